using System.Linq;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>Turns a contract (symbols) into its manifest model (values).</summary>
internal static class ManifestModelBuilder
{
    public static IntegrationModel Build(IntegrationContract contract)
    {
        var integration = contract.Integration;
        return new IntegrationModel(
            Name: integration.Name ?? string.Empty,
            TypeName: TypeNames.Display(contract.DeclaringType),
            TypeOfName: TypeNames.TypeOfName(contract.DeclaringType),
            MemberName: contract.Method?.Name,
            integration.Source,
            integration.Target,
            integration.Process,
            integration.Description,
            Objects: integration.Objects.Select(TypeNames.Display).ToEquatableArray(),
            Owner: contract.Owner is { } owner
                ? new OwnerModel(owner.Team, NullIfBlank(owner.Contact), NullIfBlank(owner.OnCall), NullIfBlank(owner.Runbook), LevelName(owner.Level))
                : null,
            Retry: contract.Retry is { } retry
                ? new RetryModel(retry.MaxAttempts, BackoffName(retry.Backoff), retry.DeadLetter, retry.NoRetryJustification, LevelName(retry.Level))
                : null,
            AlertHooks: contract.AlertHooks
                .Select(hook => new AlertHookModel(
                    hook.HookType is { } type ? TypeNames.Display(type) : string.Empty,
                    hook.HookType is { } hookType ? TypeNames.TypeOfName(hookType) : null,
                    hook.Audience == AlertAudienceValue.Business ? "business" : "technical",
                    LevelName(hook.Level)))
                .ToEquatableArray());
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

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
