using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Validation;

/// <summary>
/// IC0005: a contract value that cannot work. Each mistake is reported here once, at the offending argument;
/// the declaration still counts as present for IC0001–IC0003.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidContractValueAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.InvalidContractValue);

    private protected override void AnalyzeDeclarations(DeclarationContext context, ContractDeclarations declarations)
    {
        if (declarations.Integration is { } integration && string.IsNullOrWhiteSpace(integration.Name))
        {
            Report(context, integration.Attribute, 0,
                "The integration name is empty: manifests, alerts and dashboards cannot name this integration. Give it a stable name such as \"shop-orders-to-erp\".");
        }

        if (declarations.Owner is { } owner)
        {
            if (string.IsNullOrWhiteSpace(owner.Team))
            {
                Report(context, owner.Attribute, 0,
                    "The owner team is empty: nobody can be paged for this integration. Name the owning team, e.g. \"erp-team\".");
            }

            if (owner.Runbook is { } runbook && !RunbookReference.IsValid(runbook))
            {
                Report(context, owner.Attribute, "Runbook",
                    $"The runbook '{runbook}' is neither an absolute http(s) URL nor a repository-relative path: the on-call engineer cannot open it. Use e.g. \"https://wiki.example/runbooks/orders\" or \"docs/runbooks/orders.md\".");
            }
        }

        if (declarations.RetryPolicy is { MaxAttempts: < 1 } retry)
        {
            Report(context, retry.Attribute, 0,
                $"maxAttempts is {retry.MaxAttempts}: an integration makes at least one attempt. Use [RetryPolicy(n)] with n ≥ 1, or [NoRetry(\"why\")].");
        }

        foreach (var hook in declarations.AlertHooks)
        {
            // typeof(Missing) is the compiler's to report; a literal null is ours.
            if (hook.HookType is null && hook.Attribute.ConstructorArguments is { Length: 1 } arguments && arguments[0].IsNull)
            {
                Report(context, hook.Attribute, 0,
                    "[AlertHook] names no type: failures are raised to nobody. Pass typeof(YourAlertHook).");
            }
        }

        if (declarations.NoRetry is { } noRetry && string.IsNullOrWhiteSpace(noRetry.NoRetryJustification))
        {
            Report(context, noRetry.Attribute, 0,
                "[NoRetry] has no justification: the next engineer cannot tell a deliberate choice from a forgotten policy. Say why not retrying is right here.");
        }
    }

    private static void Report(DeclarationContext context, AttributeData attribute, int argument, string message) =>
        context.Report(RuleDescriptors.InvalidContractValue, ContractLocations.OfArgument(attribute, argument, context.CancellationToken), message);

    private static void Report(DeclarationContext context, AttributeData attribute, string argument, string message) =>
        context.Report(RuleDescriptors.InvalidContractValue, ContractLocations.OfArgument(attribute, argument, context.CancellationToken), message);
}
