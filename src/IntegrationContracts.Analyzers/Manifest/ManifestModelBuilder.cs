using System.Linq;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>Turns a contract (symbols) into its manifest model (values).</summary>
internal static class ManifestModelBuilder
{
    public static IntegrationModel Build(IntegrationContract contract, ContractModel model, System.Threading.CancellationToken cancellationToken)
    {
        var integration = contract.Integration;
        var sourcesOfTruth = model.SourcesOfTruth;
        return new IntegrationModel(
            Name: integration.Name ?? string.Empty,
            TypeName: TypeNames.Display(contract.DeclaringType),
            RuntimeTypeName: TypeNames.RuntimeName(contract.DeclaringType),
            MemberName: contract.Method?.Name,
            integration.Source,
            integration.Target,
            integration.Process,
            integration.Description,
            Objects: model.CarriedObjects(contract)
                .Select(carried => new CarriedObjectModel(TypeNames.Display(carried.Object), carried.Master, carried.Verdict))
                .ToEquatableArray(),
            Owner: contract.Owner is { } owner
                ? new OwnerModel(owner.Team, ContractNames.NullIfBlank(owner.Contact), ContractNames.NullIfBlank(owner.OnCall), ContractNames.NullIfBlank(owner.Runbook), LevelName(owner.Level))
                : null,
            Retry: contract.Retry is { } retry
                ? new RetryModel(retry.MaxAttempts, BackoffName(retry.Backoff), retry.DeadLetter, retry.NoRetryJustification, LevelName(retry.Level))
                : null,
            AlertHooks: contract.AlertHooks
                .Select(hook => new AlertHookModel(
                    hook.HookType is { } type ? TypeNames.Display(type) : string.Empty,
                    hook.HookType is { } hookType ? TypeNames.RuntimeName(hookType) : null,
                    hook.Audience == AlertAudienceValue.Business ? "business" : "technical",
                    LevelName(hook.Level)))
                .ToEquatableArray(),
            ReferencedSourcesOfTruth: integration.Objects
                .SelectMany(obj => sourcesOfTruth.DeclarationsFor(obj))
                .Where(declaration => !SymbolEqualityComparer.Default.Equals(declaration.DeclaringAssembly, contract.Symbol.ContainingAssembly))
                .Select(SourceOfTruth)
                .Where(model => model is not null)
                .Select(model => model!)
                .ToEquatableArray(),
            RetryFacts: model.RetryFacts(contract, cancellationToken),
            FailureFacts: model.FailureFacts(contract, cancellationToken));
    }

    /// <summary>The manifest form of a declaration; null for one that names no object or no system (IC0005 reports it).</summary>
    public static SourceOfTruthModel? SourceOfTruth(SourceOfTruthDeclaration declaration) =>
        declaration.Object is { } obj && ContractNames.Normalize(declaration.System) is { } system
            ? new SourceOfTruthModel(
                TypeNames.Display(obj),
                ContractNames.Normalize(declaration.Process),
                system,
                LevelName(declaration.Level),
                declaration.DeclaringAssembly?.Name ?? string.Empty)
            : null;

    private static string LevelName(ContractLevel level) => level switch
    {
        ContractLevel.Member => "member",
        ContractLevel.Type => "type",
        _ => "assembly",
    };

    private static string BackoffName(RetryBackoffValue backoff) => backoff switch
    {
        RetryBackoffValue.Fixed => "fixed",
        RetryBackoffValue.Linear => "linear",
        _ => "exponential",
    };
}
