using System;

namespace IntegrationContracts.Analyzers.Validation;

/// <summary>
/// The values a code fix writes where a person must decide (an owner, a contact, why not to retry): recognisable, so
/// IC0005 keeps reporting them ("placeholder: fill it in", an error in strict mode) and the integration stays not ready
/// until someone writes the real value. A fix never writes a decision nobody made.
/// </summary>
internal static class ContractPlaceholders
{
    public const string Prefix = "TODO:";

    public const string Team = Prefix + " owning team";

    public const string Contact = Prefix + " team e-mail or chat channel";

    public const string NoRetryReason = Prefix + " why not retrying is right here";

    public static bool IsPlaceholder(string? value) =>
        value is not null && value.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
