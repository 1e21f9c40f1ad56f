namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>Where a contract attribute was found, in resolution order: the member, its containing type(s), the assembly.</summary>
internal enum ContractLevel
{
    Member,
    Type,
    Assembly,
}
