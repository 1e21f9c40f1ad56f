using IntegrationContracts;

namespace Contoso.Billing;

/// <summary>A paying customer as billing knows it: the Stripe customer and the ERP's customer number.</summary>
/// <param name="StripeCustomerId">The Stripe customer id (<c>cus_...</c>).</param>
/// <param name="CustomerNo">The ERP customer number it is invoiced under.</param>
/// <param name="Email">Where receipts go.</param>
// Billing's team considers Stripe the master of customers. Contoso.Integrations says the CRM is (and the ERP for
// invoicing): each build is clean on its own, and only the landscape sees that the two services disagree.
[SourceOfTruth("Stripe")]
public sealed record Customer(string StripeCustomerId, string CustomerNo, string Email);
