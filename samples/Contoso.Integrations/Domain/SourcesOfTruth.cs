using Contoso.Integrations.Domain;
using IntegrationContracts;

// Item comes from the ERP's item list. The PIM project added its own claim later, and nobody removed the old one:
// a DELIBERATE CONFLICT for the sample build (IC0008 on both lines) - exactly how two syncs end up overwriting each other.
[assembly: SourceOfTruth("Business Central", Object = typeof(Item))]
[assembly: SourceOfTruth("Akeneo PIM", Object = typeof(Item))]
