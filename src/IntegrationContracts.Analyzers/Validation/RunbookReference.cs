using System;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Shared;

namespace IntegrationContracts.Analyzers.Validation;

/// <summary>What a runbook value may be: an absolute http(s) URL, or a repository-relative path such as <c>docs/runbooks/orders.md</c>.</summary>
internal static class RunbookReference
{
    public static bool IsValid(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.Length != value.Length)
        {
            return false;
        }

        if (trimmed.IndexOf(':') >= 0)
        {
            // Anything with a scheme must be a web address an on-call engineer can open.
            return WebUrls.TryParse(trimmed, out _);
        }

        // A repository-relative path: no whitespace, not rooted, and shaped like a path (a folder or a file extension),
        // so that placeholders such as "TBD" or "wiki" are not taken for one.
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return trimmed[0] is not ('/' or '\\')
            && (trimmed.IndexOf('/') > 0 || trimmed.LastIndexOf('.') > 0);
    }
}
