namespace IntegrationContracts.Shared;

/// <summary>
/// Rewrites a JSON document with <see cref="JsonWriter"/>: the assembly carries the manifest compact, and the build
/// task writes it indented, byte for byte as the generator would have.
/// </summary>
internal static class JsonText
{
    /// <exception cref="JsonSyntaxException">The text is not JSON.</exception>
    public static string Indent(string json)
    {
        var writer = new JsonWriter(indented: true);
        Write(writer, null, JsonLite.Parse(json));
        return writer.ToString();
    }

    private static void Write(JsonWriter writer, string? name, JsonNode node)
    {
        switch (node)
        {
            case JsonObject value:
                writer.StartObject(name);
                foreach (var property in value.Properties)
                {
                    Write(writer, property.Key, property.Value);
                }

                writer.EndObject();
                break;
            case JsonArray array:
                writer.StartArray(name);
                foreach (var item in array.Items)
                {
                    Write(writer, null, item);
                }

                writer.EndArray();
                break;
            case JsonString text:
                if (name is null)
                {
                    writer.String(text.Value);
                }
                else
                {
                    writer.String(name, text.Value);
                }

                break;
            case JsonLiteral literal:
                writer.Literal(name, literal.Text);
                break;
        }
    }
}
