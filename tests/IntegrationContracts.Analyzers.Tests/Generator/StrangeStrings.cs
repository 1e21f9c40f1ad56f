using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// Strings that break naive escaping, and contracts that carry them in every attribute: the generator's JSON (here)
/// and the build task's formats (IntegrationContracts.Build.Tests) must all survive them.
/// </summary>
public static class StrangeStrings
{
    public static TheoryData<string, string> Values => new()
    {
        { "quotes and backslashes", "say \"hi\" to C:\\temp\\ and \\\\server\\share\\" },
        { "line breaks", "one\ntwo\r\nthree\rfour\u0085five\u2028six\u2029seven" },
        { "C# comment and raw string ends", "\"\"\" raw \"\"\"\" */ comment /* // line #region {0} {{ }} $\"{x}\"" },
        { "table pipes", "a | b || c \\| d |" },
        { "HTML and entities", "<script>alert('x')</script> <b>bold</b> &amp; &copy; &#35; <!-- c --> <br>" },
        { "Markdown markup", "# not a heading *star* _under_ `code` [link](http://x) ![img](y) ~~strike~~ $x^2$ > quote - item 1. item" },
        { "Unicode", "emoji 🚀✓✗👩‍👩‍👧 RTL שלום مرحبا \u202Eevil\u202C zero\u200Bwidth BOM\uFEFF CJK 統合 ümlaut" },
        { "lone surrogates", "high \uD800 low \uDC00 reversed \uDC00\uD800 end \uD83D" },
        { "control characters", "nul \0 bell \u0007 esc \u001B[31m del \u007F c1 \u0090 tab\tvt\u000Bff\u000C nonchars \uFFFE\uFFFF" },
        { "YAML syntax", "key: value - item {a: 1} [x] &anchor *alias !tag %YAML @at `tick` 'single' # comment\n--- \n... ? q" },
        { "YAML scalars", "null" },
        { "YAML number", "1.0e3" },
        { "Mermaid syntax", "A --> B; C[x] end graph ;; #quot; #35; %%{init}%% click A call x() style A fill:#f00 subgraph" },
        { "very long", new string('x', 5000) + " | \" \n " + string.Concat(Enumerable.Repeat("🚀\"|", 2000)) },
        { "whitespace only", " \t " },
        { "empty", "" },
        { "trailing backslash", "ends with \\" },
    };

    /// <summary>Two integrations whose every string attribute is <paramref name="value"/>.</summary>
    public static string Contracts(string value)
    {
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        return $$"""
            using IntegrationContracts;

            namespace Contoso.Sync;

            public sealed class Hook : IIntegrationAlertHook
            {
                public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) =>
                    System.Threading.Tasks.Task.CompletedTask;
            }

            [Integration({{literal}}, Source = {{literal}}, Target = {{literal}}, Process = {{literal}}, Description = {{literal}})]
            [IntegrationOwner({{literal}}, Contact = {{literal}}, OnCall = {{literal}}, Runbook = {{literal}})]
            [RetryPolicy(2, DeadLetter = {{literal}})]
            [AlertHook(typeof(Hook))]
            public sealed class Strange { }

            public sealed class Twins
            {
                // The same name twice (IC0006's business): every format must still stay valid.
                [Integration({{literal}}, Source = {{literal}})]
                [NoRetry({{literal}})]
                public void Again() { }
            }
            """;
    }

    /// <summary>The value as a UTF-8 format carries it: lone surrogates become U+FFFD.</summary>
    public static string WithoutLoneSurrogates(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value[i]).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(value[i]) ? '\uFFFD' : value[i]);
            }
        }

        return builder.ToString();
    }
}
