using System;

namespace Contoso.Integrations.Catalog;

/// <summary>Texts the catalogue manager. It is a plain sender, not an alert hook: naming it in [AlertHook] is IC0014.</summary>
public sealed class SmsGateway
{
    /// <summary>Sends one text message.</summary>
    /// <param name="phoneNumber">The recipient.</param>
    /// <param name="text">The message.</param>
    public void Send(string phoneNumber, string text) => Console.WriteLine($"SMS to {phoneNumber}: {text}");
}
