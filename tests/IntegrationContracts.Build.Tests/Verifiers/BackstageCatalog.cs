using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace IntegrationContracts.Build.Tests.Verifiers;

/// <summary>
/// Parses Backstage catalog files with a real YAML parser and checks what Backstage's catalog checks before it accepts
/// an entity: apiVersion, kind, a valid metadata.name, valid annotation keys and tags, and the required spec fields of
/// Component (type, lifecycle, owner) and Group (type, children).
/// </summary>
public static partial class BackstageCatalog
{
    public sealed record Entity(string Kind, string Name, YamlMappingNode Node)
    {
        public string? Get(params string[] path)
        {
            YamlNode? node = Node;
            foreach (var key in path)
            {
                node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
            }

            return (node as YamlScalarNode)?.Value;
        }

        public IReadOnlyList<string> List(params string[] path)
        {
            YamlNode? node = Node;
            foreach (var key in path)
            {
                node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
            }

            return node is YamlSequenceNode sequence ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList() : Array.Empty<string>();
        }
    }

    /// <summary>Every entity in the file; fails when the YAML does not parse or an entity would be rejected.</summary>
    public static IReadOnlyList<Entity> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var entities = new List<Entity>();
        foreach (var document in stream.Documents)
        {
            var root = Assert.IsType<YamlMappingNode>(document.RootNode);
            var entity = new Entity(Scalar(root, "kind"), Scalar(Mapping(root, "metadata"), "name"), root);
            Assert.Equal("backstage.io/v1alpha1", Scalar(root, "apiVersion"));
            Assert.True(EntityName().IsMatch(entity.Name) && entity.Name.Length <= 63, $"Invalid entity name '{entity.Name}'.");
            if (Mapping(root, "metadata").Children.TryGetValue(new YamlScalarNode("title"), out var title))
            {
                Assert.IsType<YamlScalarNode>(title);
            }

            if (Mapping(root, "metadata").Children.TryGetValue(new YamlScalarNode("annotations"), out var annotations))
            {
                foreach (var (key, value) in Assert.IsType<YamlMappingNode>(annotations).Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    Assert.True(AnnotationKey().IsMatch(name) && name.Split('/')[^1].Length <= 63, $"Invalid annotation key '{name}'.");
                    Assert.IsType<YamlScalarNode>(value);
                }
            }

            foreach (var tag in entity.List("metadata", "tags"))
            {
                Assert.True(Tag().IsMatch(tag) && tag.Length <= 63, $"Invalid tag '{tag}'.");
            }

            var spec = Mapping(root, "spec");
            switch (entity.Kind)
            {
                case "Component":
                    Assert.NotEmpty(Scalar(spec, "type"));
                    Assert.NotEmpty(Scalar(spec, "lifecycle"));
                    AssertReference(Scalar(spec, "owner"), "group");
                    foreach (var dependency in entity.List("spec", "dependsOn"))
                    {
                        AssertReference(dependency, "component");
                    }

                    if (entity.Get("spec", "system") is { } system)
                    {
                        Assert.True(EntityName().IsMatch(system), $"Invalid system reference '{system}'.");
                    }

                    break;
                case "Group":
                    Assert.NotEmpty(Scalar(spec, "type"));
                    Assert.IsType<YamlSequenceNode>(spec.Children[new YamlScalarNode("children")]);
                    break;
                default:
                    Assert.Fail($"Unexpected kind '{entity.Kind}'.");
                    break;
            }

            entities.Add(entity);
        }

        Assert.Equal(entities.Count, entities.Select(e => (e.Kind, e.Name.ToLowerInvariant())).Distinct().Count());
        return entities;
    }

    private static void AssertReference(string reference, string kind)
    {
        var prefix = kind + ":default/";
        Assert.StartsWith(prefix, reference);
        var name = reference[prefix.Length..];
        Assert.True(EntityName().IsMatch(name) && name.Length <= 63, $"Invalid entity reference '{reference}'.");
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        Assert.IsType<YamlMappingNode>(node.Children[new YamlScalarNode(key)]);

    private static string Scalar(YamlMappingNode node, string key) =>
        Assert.IsType<YamlScalarNode>(node.Children[new YamlScalarNode(key)]).Value!;

    [GeneratedRegex("^([A-Za-z0-9]+[-_.])*[A-Za-z0-9]+$")]
    private static partial Regex EntityName();

    [GeneratedRegex("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?([A-Za-z0-9]+[-_.])*[A-Za-z0-9]+$")]
    private static partial Regex AnnotationKey();

    [GeneratedRegex("^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$")]
    private static partial Regex Tag();
}
