using System;
using System.Text;

namespace IntegrationContracts.Shared.Formats;

/// <summary>
/// The one place Markdown text is escaped (GitHub, GitLab and Azure DevOps flavours). Escaped text is inline content
/// that stays on one line and inside its table cell: line breaks become spaces, other control characters and lone
/// surrogates become U+FFFD, and every character that could start markup (emphasis, links, HTML, entities, code,
/// table pipes, math) is backslash-escaped.
/// </summary>
internal static class MarkdownText
{
    private const string Markup = "\\`*_[]()<>|&~$!#{}";

    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\r' or '\n' or '\t' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (char.IsControl(c))
            {
                builder.Append('\uFFFD');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                if (Markup.IndexOf(c) >= 0)
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A Markdown link to an absolute http(s) URL or a mail address, or <see langword="null"/> when
    /// <paramref name="target"/> is neither (a repository-relative path would resolve against wherever the file is copied).
    /// </summary>
    public static string? Link(string text, string target)
    {
        if (Emails.IsAddress(target))
        {
            return "[" + Escape(text) + "](mailto:" + target + ")";
        }

        if (WebUrls.TryParse(target, out var uri))
        {
            return "[" + Escape(text) + "](" + Destination(uri.AbsoluteUri) + ")";
        }

        return null;
    }

    // A link destination may not contain spaces or controls, and its parentheses, pipes and backslashes must be escaped.
    private static string Destination(string url)
    {
        var builder = new StringBuilder(url.Length + 8);
        foreach (var c in url)
        {
            if (c <= ' ' || c >= '\u007f' || c is '<' or '>' or '"')
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                if (c is '(' or ')' or '|' or '\\' or '&' or '`')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
