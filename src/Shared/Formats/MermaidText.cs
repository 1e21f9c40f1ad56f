using System.Globalization;
using System.Text;

namespace IntegrationContracts.Shared.Formats;

/// <summary>
/// The one place Mermaid flowchart text is escaped. Labels go inside double quotes; letters, digits, spaces and a
/// few harmless punctuation marks stay as they are, and every other character becomes a Mermaid entity code
/// (<c>#34;</c>), which GitHub, GitLab and Azure DevOps decode; whitespace becomes a space. Labels are cut to a
/// readable length.
/// </summary>
internal static class MermaidText
{
    public const int MaxLabelLength = 60;

    private const string Plain = " -.,:/@_+'()?!*=";

    /// <summary>The label, escaped and ready to be put between double quotes.</summary>
    public static string Label(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        var visible = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (visible == MaxLabelLength - 1 && i < value.Length - 1)
            {
                builder.Append("#8230;"); // an ellipsis for the rest
                break;
            }

            var c = value[i];
            int codePoint;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[++i]);
            }
            else
            {
                codePoint = char.IsSurrogate(c) ? 0xFFFD : c;
            }

            if (codePoint < 0x10000 && char.IsWhiteSpace((char)codePoint))
            {
                builder.Append(' '); // a line break or tab in a label is a space to the reader
            }
            else if (codePoint < 0x10000 && (Plain.IndexOf((char)codePoint) >= 0 || char.IsLetterOrDigit((char)codePoint)))
            {
                builder.Append((char)codePoint);
            }
            else
            {
                builder.Append('#').Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
            }

            visible++;
        }

        return builder.ToString();
    }

    /// <summary>A node id made of ASCII letters, digits and underscores, never a Mermaid keyword (it has a prefix).</summary>
    public static string NodeId(string prefix, string value)
    {
        var builder = new StringBuilder(prefix);
        foreach (var c in value)
        {
            if (builder.Length >= prefix.Length + 32)
            {
                break;
            }

            var ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            builder.Append(ascii ? c : '_');
        }

        return builder.ToString();
    }
}
