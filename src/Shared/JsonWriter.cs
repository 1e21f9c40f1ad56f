using System.Globalization;
using System.Text;

namespace IntegrationContracts.Shared;

/// <summary>
/// A small, deterministic JSON writer for the manifest: indented (two spaces, "\n" line ends, a final line end) for
/// the file people read, or compact for the copy the assembly carries. <see cref="Escape"/> is the one place JSON
/// strings are escaped.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private readonly bool _indented;
    private int _depth;
    private bool _needsComma;

    public JsonWriter(bool indented = true) => _indented = indented;

    public void StartObject(string? name = null) => Start(name, '{');

    public void EndObject() => End('}');

    public void StartArray(string? name = null) => Start(name, '[');

    public void EndArray() => End(']');

    public void String(string name, string? value) => Value(name, value is null ? "null" : Escape(value));

    public void String(string value) => Value(null, Escape(value));

    public void Number(string name, int? value) => Value(name, value?.ToString(CultureInfo.InvariantCulture) ?? "null");

    public void Boolean(string name, bool value) => Value(name, value ? "true" : "false");

    public void Null(string name) => Value(name, "null");

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c> exactly as read (see <see cref="JsonText"/>).</summary>
    public void Literal(string? name, string literal) => Value(name, literal);

    public override string ToString() => _indented ? _text.ToString() + "\n" : _text.ToString();

    /// <summary>Quotes and escapes a string: quotes, backslashes and control characters; a lone surrogate (which UTF-8 cannot carry) becomes U+FFFD.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (IsLoneSurrogate(value, i))
                    {
                        // Valid JSON syntax, but not text: UTF-8 readers (System.Text.Json among them) reject it.
                        builder.Append("\\ufffd");
                    }
                    else if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            builder.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsLoneSurrogate(string value, int i) =>
        (char.IsHighSurrogate(value[i]) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
        || char.IsLowSurrogate(value[i]);

    private void Start(string? name, char bracket)
    {
        Prefix(name);
        _text.Append(bracket);
        _depth++;
        _needsComma = false;
    }

    private void End(char bracket)
    {
        _depth--;
        if (_needsComma)
        {
            NewLine();
        }

        _text.Append(bracket);
        _needsComma = true;
    }

    private void Value(string? name, string literal)
    {
        Prefix(name);
        _text.Append(literal);
        _needsComma = true;
    }

    private void Prefix(string? name)
    {
        if (_needsComma)
        {
            _text.Append(',');
        }

        if (_depth > 0)
        {
            NewLine();
        }

        if (name is not null)
        {
            _text.Append(Escape(name)).Append(_indented ? ": " : ":");
        }
    }

    private void NewLine()
    {
        if (_indented)
        {
            _text.Append('\n').Append(' ', _depth * 2);
        }
    }
}
