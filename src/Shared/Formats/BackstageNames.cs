using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace IntegrationContracts.Shared.Formats;

/// <summary>
/// Backstage entity names: 1 to 63 characters, runs of <c>[a-z0-9]</c> separated by single <c>-</c>, <c>_</c> or
/// <c>.</c>. Written lower case, because Backstage compares references case-insensitively and the rules compare
/// teams and systems that way too.
/// </summary>
internal static class BackstageNames
{
    public const int MaxLength = 63;

    /// <summary>The entity name for <paramref name="value"/>, or <paramref name="fallback"/> when nothing usable is left.</summary>
    public static string EntityName(string? value, string fallback)
    {
        var builder = new StringBuilder();
        var pendingSeparator = '\0';
        foreach (var c in value ?? string.Empty)
        {
            var lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (pendingSeparator != '\0' && builder.Length > 0)
                {
                    if (builder.Length + 2 > MaxLength)
                    {
                        break;
                    }

                    builder.Append(pendingSeparator);
                }

                if (builder.Length + 1 > MaxLength)
                {
                    break;
                }

                builder.Append(lower);
                pendingSeparator = '\0';
            }
            else if (pendingSeparator == '\0')
            {
                // The first separator of a run wins; anything that is not a separator (spaces, punctuation, non-ASCII) becomes '-'.
                pendingSeparator = c is '-' or '_' or '.' ? c : '-';
            }
        }

        return builder.Length == 0 ? fallback : builder.ToString();
    }

    /// <summary>Hands out entity names that are unique within one file: a second "orders" becomes "orders-2".</summary>
    public sealed class UniqueNames
    {
        private readonly HashSet<string> _used = new();

        public string Claim(string name)
        {
            var candidate = name;
            for (var suffix = 2; !_used.Add(candidate); suffix++)
            {
                var tail = "-" + suffix.ToString(CultureInfo.InvariantCulture);
                candidate = name.Substring(0, System.Math.Min(name.Length, MaxLength - tail.Length)).TrimEnd('-', '_', '.') + tail;
            }

            return candidate;
        }
    }
}
