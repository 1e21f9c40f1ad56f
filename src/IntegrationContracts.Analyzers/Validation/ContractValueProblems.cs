using System.Collections.Generic;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Validation;

/// <summary>
/// IC0005's checks, one per kind of declaration: what IC0005 reports (at the offending argument), and what the model's
/// contract-values verdict reads for the declarations an integration carries, so a warning and readiness cannot disagree.
/// </summary>
internal static class ContractValueProblems
{
    public static IEnumerable<ValueProblem> Of(IntegrationDeclaration integration)
    {
        foreach (var (value, argument, name) in new[] { (integration.Name, (int?)0, (string?)null), (integration.Source, null, "Source"), (integration.Target, null, "Target"), (integration.Process, null, "Process") })
        {
            if (ContractPlaceholders.IsPlaceholder(value))
            {
                yield return Placeholder(integration.Attribute, argument, name, value!);
            }
        }

        if (string.IsNullOrWhiteSpace(integration.Name))
        {
            yield return new ValueProblem(integration.Attribute, 0, null,
                "The integration name is empty: manifests, alerts and dashboards cannot name this integration. Give it a stable name such as \"shop-orders-to-erp\".");
        }

        if (!integration.Objects.IsEmpty && ContractNames.Normalize(integration.Source) is null)
        {
            yield return new ValueProblem(integration.Attribute, null, "Objects",
                "The integration carries Objects but names no Source: nobody can check that it copies from the master system. Set Source to the system the data comes from.");
        }
    }

    public static IEnumerable<ValueProblem> Of(OwnerDeclaration owner)
    {
        foreach (var (value, argument, name) in new[] { (owner.Team, (int?)0, (string?)null), (owner.Contact, null, "Contact"), (owner.OnCall, null, "OnCall"), (owner.Runbook, null, "Runbook") })
        {
            if (ContractPlaceholders.IsPlaceholder(value))
            {
                yield return Placeholder(owner.Attribute, argument, name, value!);
            }
        }

        if (string.IsNullOrWhiteSpace(owner.Team))
        {
            yield return new ValueProblem(owner.Attribute, 0, null,
                "The owner team is empty: nobody can be paged for this integration. Name the owning team, e.g. \"erp-team\".");
        }

        if (owner.Runbook is { } runbook && !ContractPlaceholders.IsPlaceholder(runbook) && !RunbookReference.IsValid(runbook))
        {
            yield return new ValueProblem(owner.Attribute, null, "Runbook",
                $"The runbook '{runbook}' is neither an absolute http(s) URL nor a repository-relative path: the on-call engineer cannot open it. Use e.g. \"https://wiki.example/runbooks/orders\" or \"docs/runbooks/orders.md\".");
        }
    }

    public static IEnumerable<ValueProblem> Of(RetryDeclaration retry)
    {
        if (!retry.IsNoRetry && retry.MaxAttempts is < 1)
        {
            yield return new ValueProblem(retry.Attribute, 0, null,
                $"maxAttempts is {retry.MaxAttempts}: an integration makes at least one attempt. Use [RetryPolicy(n)] with n ≥ 1, or [NoRetry(\"why\")].");
        }

        if (retry.IsNoRetry && ContractPlaceholders.IsPlaceholder(retry.NoRetryJustification))
        {
            yield return Placeholder(retry.Attribute, 0, null, retry.NoRetryJustification!);
        }

        if (retry.IsNoRetry && string.IsNullOrWhiteSpace(retry.NoRetryJustification))
        {
            yield return new ValueProblem(retry.Attribute, 0, null,
                "[NoRetry] has no justification: the next engineer cannot tell a deliberate choice from a forgotten policy. Say why not retrying is right here.");
        }
    }

    public static IEnumerable<ValueProblem> Of(AlertHookDeclaration hook)
    {
        // typeof(Missing) is the compiler's to report; a literal null is ours.
        if (hook.HookType is null && hook.Attribute.ConstructorArguments is { Length: 1 } arguments && arguments[0].IsNull)
        {
            yield return new ValueProblem(hook.Attribute, 0, null,
                "[AlertHook] names no type: failures are raised to nobody. Pass typeof(YourAlertHook).");
        }
    }

    /// <summary>Whether any declaration the integration carries (its own, and the owner, retry and hooks it resolved to) has a problem.</summary>
    public static bool AnyIn(IntegrationContract contract)
    {
        foreach (var _ in Of(contract.Integration))
        {
            return true;
        }

        if (contract.Owner is { } owner && Any(Of(owner)))
        {
            return true;
        }

        if (contract.Retry is { } retry && Any(Of(retry)))
        {
            return true;
        }

        foreach (var hook in contract.AlertHooks)
        {
            if (Any(Of(hook)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A value a code fix left for a person to decide: reported until it is filled in.</summary>
    private static ValueProblem Placeholder(Microsoft.CodeAnalysis.AttributeData attribute, int? argument, string? name, string value) =>
        new(attribute, argument, name, $"'{value}' is a placeholder: fill it in. Until then the integration is not ready, and strict mode fails the build. Write the real value the placeholder asks for.");

    private static bool Any(IEnumerable<ValueProblem> problems)
    {
        foreach (var _ in problems)
        {
            return true;
        }

        return false;
    }
}

/// <summary>One IC0005 problem: the attribute, the argument it is about (by position or by name; neither: the whole attribute) and the message.</summary>
internal sealed record ValueProblem(AttributeData Attribute, int? Argument, string? NamedArgument, string Message);
