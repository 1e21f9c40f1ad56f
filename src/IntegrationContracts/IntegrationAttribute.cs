using System;

namespace IntegrationContracts
{
    /// <summary>
    /// Marks a class, struct or method as integration code: code that moves data between two business
    /// systems (an HTTP client, a message consumer, a sync job, a file export).
    /// The analyzers then require an owner, a retry policy and an alert hook for it, and the generator
    /// lists it in the ownership manifest.
    /// </summary>
    /// <example>
    /// <code>
    /// [Integration("shop-orders-to-erp", Source = "Shopify", Target = "Business Central", Process = "Order-to-Cash")]
    /// public sealed class ShopOrderSync { }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class IntegrationAttribute : Attribute
    {
        /// <summary>Declares an integration with a name that is unique within the service.</summary>
        /// <param name="name">A stable, unique name such as <c>shop-orders-to-erp</c>; it identifies the integration in manifests and alerts.</param>
        public IntegrationAttribute(string name) => Name = name;

        /// <summary>The integration's stable, unique name, e.g. <c>shop-orders-to-erp</c>.</summary>
        public string Name { get; }

        /// <summary>The system the data comes from, e.g. <c>Shopify</c>.</summary>
        public string? Source { get; set; }

        /// <summary>The system the data goes to, e.g. <c>Business Central</c>.</summary>
        public string? Target { get; set; }

        /// <summary>The business process the integration serves, e.g. <c>Order-to-Cash</c>; source-of-truth rules are checked per process.</summary>
        public string? Process { get; set; }

        /// <summary>A sentence for the people who read the manifest: what moves, when and why.</summary>
        public string? Description { get; set; }

        /// <summary>The canonical data objects the integration carries, e.g. <c>typeof(SalesOrder)</c>; each needs a source of truth for the process.</summary>
        public Type[]? Objects { get; set; }
    }
}
