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
        if (declarations.Integration is { } integration)
        {
            Report(context, ContractValueProblems.Of(integration));
        }

        foreach (var sourceOfTruth in declarations.SourcesOfTruth)
        {
            AnalyzeSourceOfTruth(context, sourceOfTruth);
        }

        if (declarations.Owner is { } owner)
        {
            Report(context, ContractValueProblems.Of(owner));
        }

        if (declarations.RetryPolicy is { } retry)
        {
            Report(context, ContractValueProblems.Of(retry));
        }

        foreach (var hook in declarations.AlertHooks)
        {
            Report(context, ContractValueProblems.Of(hook));
        }

        if (declarations.NoRetry is { } noRetry)
        {
            Report(context, ContractValueProblems.Of(noRetry));
        }
    }

    private static void Report(DeclarationContext context, System.Collections.Generic.IEnumerable<ValueProblem> problems)
    {
        foreach (var problem in problems)
        {
            var location = problem.Argument is { } index ? ContractLocations.OfArgument(problem.Attribute, index, context.CancellationToken)
                : problem.NamedArgument is { } name ? ContractLocations.OfArgument(problem.Attribute, name, context.CancellationToken)
                : ContractLocations.Of(problem.Attribute, context.CancellationToken);
            context.Report(RuleDescriptors.InvalidContractValue, location, problem.Message);
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
