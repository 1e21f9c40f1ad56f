using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace IntegrationContracts.Shared;

/// <summary>A parsed JSON value with the line it starts on (0-based), so registry errors can point at the line.</summary>
internal abstract record JsonNode(int Line);

internal sealed record JsonObject(int Line, IReadOnlyList<KeyValuePair<string, JsonNode>> Properties) : JsonNode(Line)
{
    /// <summary>The value of the first property named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public JsonNode? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }
}

internal sealed record JsonArray(int Line, IReadOnlyList<JsonNode> Items) : JsonNode(Line);

internal sealed record JsonString(int Line, string Value) : JsonNode(Line);

/// <summary>Numbers, booleans and null: the registry has no use for their values, only for their position.</summary>
internal sealed record JsonLiteral(int Line, string Text) : JsonNode(Line);

/// <summary>Malformed JSON, with the 0-based line and column where the parser gave up.</summary>
internal sealed class JsonSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>
/// A small strict JSON parser (RFC 8259) for the owners registry (analyzers) and the manifest (build task, run time). The analyzers cannot rely on System.Text.Json
/// being loadable in every host (Visual Studio, the compiler server), and this one reports lines.
/// </summary>
internal sealed class JsonLite
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _position;
    private int _line;
    private int _lineStart;

    private JsonLite(string text) => _text = text;

    public static JsonNode Parse(string text)
    {
        var parser = new JsonLite(text);
        parser.SkipWhitespace();
        if (parser._position < text.Length && text[parser._position] == '\uFEFF')
        {
            parser._position++;
            parser.SkipWhitespace();
        }

        var value = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("Unexpected text after the end of the JSON document.");
        }

        return value;
    }

    private JsonNode ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("The JSON is nested too deeply.");
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("Unexpected end of the file: a value is missing.");
        }

        var line = _line;
        switch (_text[_position])
        {
            case '{': return ParseObject(depth);
            case '[': return ParseArray(depth);
            case '"': return new JsonString(line, ParseString());
            case 't': return Keyword("true", line);
            case 'f': return Keyword("false", line);
            case 'n': return Keyword("null", line);
            default:
                if (_text[_position] == '-' || char.IsDigit(_text[_position]))
                {
                    return ParseNumber(line);
                }

                throw Error($"Unexpected character '{_text[_position]}': expected a value.");
        }
    }

    private JsonObject ParseObject(int depth)
    {
        var line = _line;
        _position++;
        var properties = new List<KeyValuePair<string, JsonNode>>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new JsonObject(line, properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("Expected a property name in double quotes.");
            }

            var name = ParseString();
            SkipWhitespace();
            Expect(':', "Expected ':' after the property name.");
            properties.Add(new KeyValuePair<string, JsonNode>(name, ParseValue(depth + 1)));
            SkipWhitespace();
            if (Peek() == ',')
            {
                SkipComma('}');
                continue;
            }

            Expect('}', "Expected ',' or '}' after a property value.");
            return new JsonObject(line, properties);
        }
    }

    private JsonArray ParseArray(int depth)
    {
        var line = _line;
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new JsonArray(line, items);
        }

        while (true)
        {
            items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',')
            {
                SkipComma(']');
                continue;
            }

            Expect(']', "Expected ',' or ']' after an array item.");
            return new JsonArray(line, items);
        }
    }

    private string ParseString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("Unterminated string.");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\n' || c < 0x20)
            {
                _position--;
                throw Error("Unterminated string (a string cannot contain a line break).");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = Peek();
            _position++;
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("Invalid \\u escape in a string.");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position--;
                    throw Error("Invalid escape sequence in a string.");
            }
        }
    }

    // RFC 8259's number: no leading zeros ("01"), no leading '+', digits on both sides of the point.
    private static readonly System.Text.RegularExpressions.Regex NumberGrammar =
        new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private JsonLiteral ParseNumber(int line)
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '.' or 'e' or 'E' or '+' or '-'))
        {
            _position++;
        }

        var text = _text.Substring(start, _position - start);
        if (!NumberGrammar.IsMatch(text) || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw Error($"'{text}' is not a number.");
        }

        return new JsonLiteral(line, text);
    }

    private JsonLiteral Keyword(string keyword, int line)
    {
        if (string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) != 0)
        {
            throw Error($"Unexpected text: expected a value such as \"text\", a number, {{...}} or [...].");
        }

        _position += keyword.Length;
        return new JsonLiteral(line, keyword);
    }

    /// <summary>Steps over a comma; a comma right before the closing bracket is the most common hand-editing mistake.</summary>
    private void SkipComma(char closing)
    {
        var comma = Error("A trailing comma is not allowed in JSON: remove the last ','.");
        _position++;
        SkipWhitespace();
        if (Peek() == closing)
        {
            throw comma;
        }
    }

    private void Expect(char expected, string message)
    {
        if (_position >= _text.Length)
        {
            throw Error($"Unexpected end of the file: expected '{expected}'.");
        }

        if (Peek() != expected)
        {
            throw Error(message);
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                return;
            }

            _position++;
        }
    }

    private JsonSyntaxException Error(string message) =>
        new(message, _line, Math.Max(0, _position - _lineStart));
}
