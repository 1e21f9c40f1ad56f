using System.Reflection;
using System.Reflection.Emit;

namespace IntegrationContracts.Tests;

/// <summary>Reading the manifest an assembly carries: what the generated IntegrationManifest class answers from.</summary>
public sealed class EmbeddedManifestTests
{
    private const string Manifest = """
        {
          "schemaVersion": 1,
          "integrations": [
            {
              "name": "shop-orders-to-erp",
              "type": "Contoso.Sync.ShopOrderSync",
              "runtimeType": "System.String, System.Private.CoreLib",
              "member": null,
              "source": "Shopify",
              "target": "Business Central",
              "process": "Order-to-Cash",
              "description": null,
              "objects": [ { "type": "Contoso.Sync.SalesOrder", "sourceOfTruth": "Shopify", "verdict": "declared" } ],
              "owner": { "team": "erp-team", "contact": "erp@contoso.example", "onCall": "pagerduty:ERP", "runbook": null, "declaredOn": "type" },
              "retry": { "retries": true, "maxAttempts": 5, "backoff": "linear", "deadLetter": "dlq", "noRetryJustification": null, "declaredOn": "type" },
              "alertHooks": [ { "type": "Contoso.Sync.Alert", "runtimeType": "Contoso.Missing, Contoso.Missing", "audience": "business", "declaredOn": "assembly" } ]
            },
            {
              "name": "crm-customers",
              "type": "Contoso.Sync.CrmClient",
              "runtimeType": null,
              "member": null,
              "source": null,
              "target": null,
              "process": null,
              "description": null,
              "objects": [],
              "owner": null,
              "retry": { "retries": true, "maxAttempts": null, "backoff": null, "deadLetter": null, "noRetryJustification": null, "declaredOn": "code",
                         "evidence": { "kind": "injectedPolicy", "description": "receives ResiliencePipeline", "file": "CrmClient.cs", "line": 3 } },
              "alertHooks": []
            }
          ]
        }
        """;

    [Fact]
    public void Descriptors_come_from_the_embedded_json()
    {
        var assembly = AssemblyWith(Manifest);

        Assert.Equal(Manifest, EmbeddedManifest.Json(assembly));
        var orders = EmbeddedManifest.FindByName(assembly, "shop-orders-to-erp")!;
        Assert.Equal("erp-team", orders.OwnerTeam);
        Assert.Equal("pagerduty:ERP", orders.OnCall);
        Assert.Equal(new[] { "Contoso.Sync.SalesOrder" }, orders.Objects);
        Assert.Equal(5, orders.Retry!.MaxAttempts);
        Assert.Equal(RetryBackoff.Linear, orders.Retry.Backoff);
        Assert.Equal(typeof(string), orders.IntegrationType);
        var hook = Assert.Single(orders.AlertHooks);
        Assert.Equal(AlertAudience.Business, hook.Audience);
        Assert.Null(hook.HookType); // an assembly that cannot be found: the descriptor still names the type
        Assert.Equal("Contoso.Sync.Alert", hook.HookTypeName);
        Assert.Equal(new[] { orders }, EmbeddedManifest.FindByType(assembly, typeof(string)));
    }

    [Fact]
    public void Retry_recognised_in_code_has_no_declared_policy_to_describe()
    {
        var crm = EmbeddedManifest.FindByName(AssemblyWith(Manifest), "crm-customers")!;
        Assert.Null(crm.Retry);
        Assert.Null(crm.IntegrationType);
    }

    [Fact]
    public void An_assembly_without_a_manifest_has_no_integrations()
    {
        var assembly = typeof(EmbeddedManifestTests).Assembly;
        Assert.Null(EmbeddedManifest.Json(assembly));
        Assert.Empty(EmbeddedManifest.Descriptors(assembly));
        Assert.Null(EmbeddedManifest.FindByName(assembly, "anything"));
    }

    [Fact]
    public void A_damaged_manifest_is_a_format_error_that_says_so()
    {
        var exception = Assert.Throws<FormatException>(() => EmbeddedManifest.Descriptors(AssemblyWith("{ \"integrations\": [ ")));
        Assert.Contains("not valid JSON", exception.Message);
    }

    private static Assembly AssemblyWith(string json)
    {
        var metadata = new CustomAttributeBuilder(
            typeof(AssemblyMetadataAttribute).GetConstructor(new[] { typeof(string), typeof(string) })!,
            new object[] { EmbeddedManifest.MetadataKey, json });
        return AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Manifest" + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.Run, new[] { metadata });
    }
}
