using System;
using Contoso.Integrations.Domain;

namespace Contoso.Integrations.Crm;

/// <summary>Published by the CRM when a customer account is created or edited.</summary>
/// <param name="CrmAccountId">The CRM's own account id, kept in the ERP for the way back.</param>
/// <param name="Customer">The customer as it is now in the CRM.</param>
/// <param name="ChangedAt">When the change was saved in the CRM.</param>
public sealed record CustomerChanged(string CrmAccountId, Customer Customer, DateTimeOffset ChangedAt);
