using System;

namespace IntegrationContracts.Shared;

/// <summary>Web addresses people can open: absolute http(s) URLs. Runbook validation, Markdown links and Backstage links agree on what one is.</summary>
internal static class WebUrls
{
    public static bool TryParse(string? value, out Uri url)
    {
        if (value is not null
            && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            && parsed.Host.Length > 0)
        {
            url = parsed;
            return true;
        }

        url = null!;
        return false;
    }
}
