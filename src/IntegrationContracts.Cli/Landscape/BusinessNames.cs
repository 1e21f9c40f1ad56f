using IntegrationContracts.Analyzers.Common;

namespace IntegrationContracts.Cli.Landscape;

/// <summary>
/// Services do not share types, so a business object is matched across services by its business name: the
/// type's simple name, compared as <see cref="ContractNames"/> compares names (<c>Contoso.Billing.Customer</c>
/// and <c>Fabrikam.Erp.Customer</c> are both "Customer"; <c>Orders.Order`1</c> is "Order").
/// </summary>
internal static class BusinessNames
{
    public static string Of(string typeName)
    {
        var name = typeName;
        var generic = name.IndexOf('<');
        if (generic >= 0)
        {
            name = name[..generic];
        }

        var last = name.LastIndexOfAny(['.', '+']);
        name = last >= 0 ? name[(last + 1)..] : name;
        var arity = name.IndexOf('`');
        return (arity >= 0 ? name[..arity] : name).Trim();
    }

    public static readonly StringComparer Comparer = ContractNames.Comparer;
}
