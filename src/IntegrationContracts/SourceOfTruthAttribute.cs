using System;

namespace IntegrationContracts
{
    /// <summary>
    /// Declares which system masters a canonical data object, for every process or for one process.
    /// On a canonical type it speaks about that type; on an assembly it names the type with <see cref="Object"/>,
    /// for types you do not own.
    /// </summary>
    /// <example>
    /// <code>
    /// [SourceOfTruth("CRM")]
    /// [SourceOfTruth("Business Central", Process = "Invoicing")]
    /// public sealed record Customer(string Id);
    ///
    /// [assembly: SourceOfTruth("Business Central", Object = typeof(Item))]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class SourceOfTruthAttribute : Attribute
    {
        /// <summary>Declares the master system.</summary>
        /// <param name="system">The system that owns the data, e.g. <c>CRM</c>.</param>
        public SourceOfTruthAttribute(string system) => System = system;

        /// <summary>The system that masters the object, e.g. <c>CRM</c>.</summary>
        public string System { get; }

        /// <summary>The business process this declaration is for; <see langword="null"/> means every process.</summary>
        public string? Process { get; set; }

        /// <summary>The canonical object this declaration speaks about; required on an assembly, implied by the type otherwise.</summary>
        public Type? Object { get; set; }
    }
}
