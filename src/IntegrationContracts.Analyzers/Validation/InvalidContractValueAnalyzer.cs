using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Common;
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

        if (declarations.Integration is { Objects.IsEmpty: false } carrier && ContractNames.Normalize(carrier.Source) is null)
        {
            Report(context, carrier.Attribute, "Objects",
                "The integration carries Objects but names no Source: nobody can check that it copies from the master system. Set Source to the system the data comes from.");
        }

        foreach (var sourceOfTruth in declarations.SourcesOfTruth)
        {
            AnalyzeSourceOfTruth(context, sourceOfTruth);
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

    private static void AnalyzeSourceOfTruth(DeclarationContext context, SourceOfTruthDeclaration declaration)
    {
        if (ContractNames.Normalize(declaration.System) is null)
        {
            Report(context, declaration.Attribute, 0,
                "The source-of-truth system is empty: nobody can tell which system masters the data. Name the system, e.g. \"CRM\".");
        }

        var named = declaration.Attribute.NamedType("Object");
        if (declaration.Level == ContractLevel.Assembly && declaration.Object is null && named is not { TypeKind: TypeKind.Error })
        {
            context.Report(RuleDescriptors.InvalidContractValue, ContractLocations.Of(declaration.Attribute, context.CancellationToken),
                "An assembly-level [SourceOfTruth] needs Object = typeof(...): without it the declaration speaks about nothing. Add Object = typeof(TheCanonicalType).");
        }

        if (declaration.Level == ContractLevel.Type && named is { TypeKind: not TypeKind.Error } other
            && !SymbolEqualityComparer.Default.Equals(other.OriginalDefinition, declaration.Object?.OriginalDefinition))
        {
            Report(context, declaration.Attribute, "Object",
                $"[SourceOfTruth] on {declaration.Object?.Name} names Object = typeof({other.Name}): on a type it speaks about that type. Move it to the assembly level, or put it on {other.Name}.");
        }
    }

    private static void Report(DeclarationContext context, AttributeData attribute, int argument, string message) =>
        context.Report(RuleDescriptors.InvalidContractValue, ContractLocations.OfArgument(attribute, argument, context.CancellationToken), message);

    private static void Report(DeclarationContext context, AttributeData attribute, string argument, string message) =>
        context.Report(RuleDescriptors.InvalidContractValue, ContractLocations.OfArgument(attribute, argument, context.CancellationToken), message);
}
