namespace IntegrationContracts.Shared.Formats;

/// <summary>Recognises a plain mail address in a contact, so formats can offer a <c>mailto:</c> link.</summary>
internal static class Emails
{
    /// <summary>
    /// A deliberately narrow test (letters, digits and <c>._%+-</c> around one <c>@</c>, a dot in the domain): a
    /// contact that is a chat channel or a phone number stays text instead of becoming a broken link.
    /// </summary>
    public static bool IsAddress(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '.' or '-' || (i < at && c is '_' or '%' or '+') || i == at;
            if (!allowed)
            {
                return false;
            }
        }

        var domain = value.Substring(at + 1);
        return domain.IndexOf('.') > 0 && !domain.EndsWith(".", System.StringComparison.Ordinal) && !domain.Contains("..");
    }
}
