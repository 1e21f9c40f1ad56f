using IntegrationContracts;

namespace Contoso.Integrations.Domain;

/// <summary>A customer account as every Contoso system understands it.</summary>
/// <param name="CustomerNo">The ERP customer number; the key the other systems cross-reference.</param>
/// <param name="Name">The legal or trading name printed on invoices.</param>
/// <param name="Email">Where order confirmations and invoices go.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code; drives VAT treatment in the ERP.</param>
/// <param name="VatNumber">The VAT registration number, for business customers only.</param>
// The CRM masters customers; for invoicing, the ERP's customer card (billing address, payment terms) is the master.
[SourceOfTruth("CRM")]
[SourceOfTruth("Business Central", Process = "Invoicing")]
public sealed record Customer(
    string CustomerNo,
    string Name,
    string Email,
    string CountryCode,
    string? VatNumber = null);
