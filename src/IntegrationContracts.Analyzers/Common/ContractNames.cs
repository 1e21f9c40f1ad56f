using System;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>System, team and process names compare trimmed and case-insensitively: "CRM" and " crm " are one system.</summary>
internal static class ContractNames
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>The comparable form of a name, or <see langword="null"/> for a missing or blank one.</summary>
    public static string? Normalize(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name!.Trim();

    /// <summary>A value as written, or <see langword="null"/> when it is missing or blank (values keep their spacing; names compare normalized).</summary>
    public static string? NullIfBlank(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value;

    public static bool AreSame(string? left, string? right) =>
        Normalize(left) is { } l && Normalize(right) is { } r && Comparer.Equals(l, r);
}
