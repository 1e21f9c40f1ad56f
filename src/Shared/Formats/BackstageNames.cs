using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace IntegrationContracts.Shared.Formats;

/// <summary>
/// Backstage entity names: 1 to 63 characters, runs of <c>[a-z0-9]</c> separated by single <c>-</c>, <c>_</c> or
/// <c>.</c>. Written lower case, because Backstage compares references case-insensitively and the rules compare
/// teams and systems that way too. Accents are folded (<c>Ünïcode</c> → <c>unicode</c>, <c>ß</c> → <c>ss</c>,
/// <c>ø</c> → <c>o</c>); a name that must be cut keeps its start and ends in a stable hash of the whole value, so two
/// long names never meet; a value with nothing Latin left (<c>チーム</c>) gets a stable hash-based name, and the
/// writers keep the value itself as the entity's <c>title</c>.
/// </summary>
internal static class BackstageNames
{
    public const int MaxLength = 63;

    private const int HashLength = 8;

    /// <summary>Letters that do not decompose into a base letter and a mark.</summary>
    private static readonly Dictionary<char, string> Folded = new()
    {
        ['ß'] = "ss", ['ø'] = "o", ['Ø'] = "o", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe",
        ['đ'] = "d", ['Đ'] = "d", ['ł'] = "l", ['Ł'] = "l", ['þ'] = "th", ['Þ'] = "th", ['ı'] = "i",
    };

    /// <summary>
    /// The entity name for <paramref name="value"/>; <paramref name="fallback"/> when the value is empty, and
    /// <c>fallback-hash</c> when the value has nothing Latin in it.
    /// </summary>
    public static string EntityName(string? value, string fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var full = Latin(value!);
        if (full.Length == 0)
        {
            return fallback + "-" + Hash(value!);
        }

        if (full.Length <= MaxLength)
        {
            return full;
        }

        // Cut at a character, not a separator, and end with the whole value's hash: long names stay apart.
        var cut = full.Substring(0, MaxLength - HashLength - 1).TrimEnd('-', '_', '.');
        return cut + "-" + Hash(value!);
    }

    /// <summary>The Group every integration without an owner points at (and that the writers then define).</summary>
    public const string Unowned = "unowned";

    /// <summary>A team's Group name: <see cref="Unowned"/> only when no team is written; a named team always gets its own.</summary>
    public static string Team(string? team) => string.IsNullOrWhiteSpace(team) ? Unowned : EntityName(team, "team");

    /// <summary>
    /// An integration's Component name, the same in the build's catalog and the landscape's: it carries the service,
    /// so two services' catalogs can be ingested side by side.
    /// </summary>
    public static string Component(string service, string integration) => EntityName(service + "-" + integration, "integration");

    /// <summary>A stable 8-hex-digit hash of the value (FNV-1a over its UTF-8 bytes): the same in every build and tool run.</summary>
    public static string Hash(string value)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>The value in Backstage's alphabet, accents folded, separators collapsed, uncut.</summary>
    private static string Latin(string value)
    {
        var builder = new StringBuilder();
        var pendingSeparator = '\0';
        foreach (var c in Fold(value))
        {
            var lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (pendingSeparator != '\0' && builder.Length > 0)
                {
                    builder.Append(pendingSeparator);
                }

                builder.Append(lower);
                pendingSeparator = '\0';
            }
            else if (pendingSeparator == '\0')
            {
                // The first separator of a run wins; anything that is not a separator (spaces, punctuation, non-Latin) becomes '-'.
                pendingSeparator = c is '-' or '_' or '.' ? c : '-';
            }
        }

        return builder.ToString();
    }

    private static string Fold(string value)
    {
        var folded = new StringBuilder(value.Length);
        foreach (var c in Decomposed(value))
        {
            if (Folded.TryGetValue(c, out var replacement))
            {
                folded.Append(replacement);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>The value with accents split from their letters; a value with invalid code points (lone surrogates) as it is.</summary>
    private static string Decomposed(string value)
    {
        try
        {
            return value.Normalize(NormalizationForm.FormD);
        }
        catch (System.ArgumentException)
        {
            return value;
        }
    }

    /// <summary>
    /// Hands out entity names that are unique within one output. The same value always gets the same name; a different
    /// value that would get a name already handed out (<c>Order to Cash!</c> after <c>Order-to-Cash</c>) gets the name
    /// with its own stable hash; the same value claimed again as a new entity (two integrations of one name, IC0006)
    /// gets <c>-2</c>, <c>-3</c>.
    /// </summary>
    public sealed class UniqueNames
    {
        private readonly Dictionary<string, string> _owners = new();

        /// <summary>The name for a distinct value (a system, a team): the same value, the same name.</summary>
        public string For(string name, string value)
        {
            if (_owners.TryGetValue(name, out var owner))
            {
                if (owner == value)
                {
                    return name;
                }

                var hashed = WithTail(name, "-" + Hash(value));
                if (!_owners.ContainsKey(hashed))
                {
                    _owners[hashed] = value;
                }

                return hashed;
            }

            _owners[name] = value;
            return name;
        }

        /// <summary>A new entity's name: never one handed out before.</summary>
        public string Claim(string name)
        {
            var candidate = name;
            for (var suffix = 2; _owners.ContainsKey(candidate); suffix++)
            {
                candidate = WithTail(name, "-" + suffix.ToString(CultureInfo.InvariantCulture));
            }

            _owners[candidate] = "\0" + candidate;
            return candidate;
        }

        private static string WithTail(string name, string tail) =>
            name.Substring(0, System.Math.Min(name.Length, MaxLength - tail.Length)).TrimEnd('-', '_', '.') + tail;
    }
}
