using System.Text;

namespace IntegrationContracts.CodeFixes.Discovery;

/// <summary>The integration name the fix proposes: the type name in kebab-case, a starting point the team renames.</summary>
internal static class IntegrationNames
{
    /// <summary>
    /// <c>CompetitorPriceFeed</c> → <c>competitor-price-feed</c>; acronyms stay together (<c>ERPOrderSync</c> →
    /// <c>erp-order-sync</c>), digits stay with the word before them (<c>S3Uploader</c> → <c>s3-uploader</c>), and
    /// underscores become hyphens.
    /// </summary>
    public static string KebabCase(string typeName)
    {
        var builder = new StringBuilder(typeName.Length + 8);
        for (var i = 0; i < typeName.Length; i++)
        {
            var current = typeName[i];
            if (!char.IsLetterOrDigit(current))
            {
                AppendSeparator(builder);
                continue;
            }

            if (char.IsUpper(current) && i > 0)
            {
                var previous = typeName[i - 1];
                var nextIsLower = i + 1 < typeName.Length && char.IsLower(typeName[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    AppendSeparator(builder);
                }
            }

            builder.Append(char.ToLowerInvariant(current));
        }

        var name = builder.ToString().Trim('-');
        return name.Length > 0 ? name : "integration";
    }

    private static void AppendSeparator(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[builder.Length - 1] != '-')
        {
            builder.Append('-');
        }
    }
}
