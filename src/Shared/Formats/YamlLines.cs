using System.IO;

namespace IntegrationContracts.Shared.Formats;

/// <summary>Block-style YAML, two-space indent, "\n" line ends; values are always quoted.</summary>
internal sealed class YamlLines
{
    private readonly StringWriter _text = new() { NewLine = "\n" };

    public void Comment(string text) => _text.WriteLine("# " + text);

    public void StartDocument() => _text.WriteLine("---");

    public void Key(int depth, string key) => _text.WriteLine(Indent(depth) + key + ":");

    public void Scalar(int depth, string key, string value) => _text.WriteLine(Indent(depth) + key + ": " + YamlText.Quote(value));

    public void Item(int depth, string value) => _text.WriteLine(Indent(depth) + "- " + YamlText.Quote(value));

    public void EmptyList(int depth, string key) => _text.WriteLine(Indent(depth) + key + ": []");

    public override string ToString() => _text.ToString();

    private static string Indent(int depth) => new(' ', depth * 2);
}
