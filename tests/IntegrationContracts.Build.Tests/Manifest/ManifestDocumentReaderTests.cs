using IntegrationContracts.Build.Formats;
using IntegrationContracts.Shared.Manifest;
using IntegrationContracts.Build.Tests.Verifiers;

namespace IntegrationContracts.Build.Tests.Manifest;

/// <summary>The task reads the manifest back before rendering: verdicts as written, honest errors for anything else.</summary>
public sealed class ManifestDocumentReaderTests
{
    private const string Manifest = """
        {
          "schemaVersion": 1,
          "generator": { "name": "IntegrationContracts", "version": "1.2.3", "future": true },
          "assembly": { "name": "Contoso.Sync", "version": "1.0.0.0" },
          "integrations": [
            {
              "name": "crm-customers", "type": "Contoso.Sync.CrmClient", "member": null,
              "source": "CRM", "target": "ERP", "process": null, "description": null,
              "objects": [],
              "owner": { "team": "crm-team", "contact": null, "onCall": null, "runbook": null, "declaredOn": "assembly" },
              "retry": { "retries": true, "maxAttempts": null, "backoff": null, "deadLetter": null, "noRetryJustification": null, "declaredOn": "code",
                         "evidence": { "kind": "injectedPolicy", "description": "receives ResiliencePipeline", "file": "CrmClient.cs", "line": 3 } },
              "alertHooks": [],
              "readiness": { "owner": true, "supportPath": true, "retry": true, "alert": false, "sourceOfTruth": true },
              "verdicts": { "owner": "declared", "supportPath": "registry", "retry": "recognised", "alert": "missing", "sourceOfTruth": "notApplicable" }
            }
          ],
          "sourcesOfTruth": []
        }
        """;

    [Fact]
    public void Verdicts_are_read_as_written_and_unknown_properties_are_ignored()
    {
        var document = ManifestDocumentReader.Read(Manifest);

        Assert.Equal("1.2.3", document.GeneratorVersion);
        var integration = Assert.Single(document.Integrations);
        Assert.Equal(new[] { "owner", "supportPath", "retry", "alert", "sourceOfTruth" }, integration.Readiness.Select(r => r.Key));
        Assert.Equal(new[] { "declared", "registry", "recognised", "missing", "notApplicable" }, integration.Readiness.Select(r => r.Verdict));
        Assert.False(integration.IsReady);
    }

    [Fact]
    public void The_scorecard_shows_recognised_retry_as_in_order_and_what_does_not_apply_as_such()
    {
        var markdown = ManifestFormat.Find("markdown")!.Files[0].Render(new RenderInput(Manifest));

        var row = MarkdownScorecard.TableRows(markdown).Single(cells => cells[0] == "crm-customers");
        Assert.Equal(new[] { "✓", "✓", "✓", "✗", "n/a" }, row.Skip(5));
        Assert.Contains("**0 of 1**", markdown);
    }

    [Fact]
    public void The_catalog_lists_only_the_failing_verdicts_as_missing()
    {
        var catalog = ManifestFormat.Find("backstage")!.Files[0].Render(new RenderInput(Manifest));

        var component = BackstageCatalog.Parse(catalog).Single(entity => entity.Get("metadata", "title") == "crm-customers");
        Assert.Equal("alert", component.Get("metadata", "annotations", "integration-contracts/missing"));
    }

    [Fact]
    public void A_manifest_written_before_verdicts_existed_reads_its_flags()
    {
        var old = Manifest.Replace("""
              "verdicts": { "owner": "declared", "supportPath": "registry", "retry": "recognised", "alert": "missing", "sourceOfTruth": "notApplicable" }
            """.Trim(), "\"comment\": null");

        var integration = Assert.Single(ManifestDocumentReader.Read(old).Integrations);
        Assert.Equal(new[] { "declared", "declared", "declared", "missing", "declared" }, integration.Readiness.Select(r => r.Verdict));
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 2 }", "schemaVersion 2")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{ \"schemaVersion\": 1, \"generator\": {} }", "no \"assembly\"")]
    [InlineData("{ \"schemaVersion\": 1, ", "not valid JSON")]
    [InlineData("{ \"schemaVersion\": 01 }", "not valid JSON")]
    public void A_manifest_this_version_cannot_read_is_a_format_error_that_says_why(string json, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => ManifestDocumentReader.Read(json));
        Assert.Contains(reason, exception.Message);
    }
}
