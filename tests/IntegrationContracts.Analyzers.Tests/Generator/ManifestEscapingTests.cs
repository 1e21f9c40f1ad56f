using System.Text.Json;
using IntegrationContracts.Analyzers.Tests.Verifiers;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// The safety theory, generator side: any string in any contract attribute yields generated C# that compiles and JSON
/// that parses and matches the schema, with the value coming back out unchanged (but for lone surrogates). The build
/// task's formats are checked on the same strings in IntegrationContracts.Build.Tests.
/// </summary>
public sealed class ManifestEscapingTests
{
    [Theory]
    [MemberData(nameof(StrangeStrings.Values), MemberType = typeof(StrangeStrings))]
    public async Task Any_attribute_string_survives_the_generated_code_and_the_json(string label, string value)
    {
        Assert.NotNull(label);
        var source = StrangeStrings.Contracts(value);

        var (output, _) = await GeneratorHarness.RunAsync(new[] { source });
        GeneratorHarness.AssertCompiles(output);

        AssertJson(GeneratorHarness.ManifestJson(output), value);
    }

    private static void AssertJson(string json, string value)
    {
        ManifestSchema.AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var expected = StrangeStrings.WithoutLoneSurrogates(value);
        foreach (var integration in document.RootElement.GetProperty("integrations").EnumerateArray())
        {
            Assert.Equal(expected, integration.GetProperty("name").GetString());
            Assert.Equal(expected, integration.GetProperty("source").GetString());
        }

        var strange = document.RootElement.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("member").ValueKind == JsonValueKind.Null);
        // Blank support values are left out (null), as the analyzers treat them as missing.
        Assert.Equal(string.IsNullOrWhiteSpace(value) ? null : expected, strange.GetProperty("owner").GetProperty("runbook").GetString());
        Assert.Equal(expected, strange.GetProperty("retry").GetProperty("deadLetter").GetString());
    }
}
