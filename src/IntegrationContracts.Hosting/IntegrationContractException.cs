using System;

namespace IntegrationContracts.Hosting;

/// <summary>
/// An integration's contract cannot run: an unknown name, an invalid value, a hook type that cannot be loaded, no
/// manifest. Thrown where the contract is applied: while services are registered (<c>AddIntegrationContract</c>), or
/// when <c>IIntegrationPipelines.For</c> asks for the pipeline — never by a call that fails at run time.
/// </summary>
public sealed class IntegrationContractException : Exception
{
    /// <summary>Describes what is wrong with one integration's contract.</summary>
    /// <param name="integration">The integration (or HttpClient) the problem is about.</param>
    /// <param name="problem">What is wrong and how to fix it.</param>
    public IntegrationContractException(string integration, string problem)
        : base($"IntegrationContracts: {integration}: {problem}")
    {
        Integration = integration;
    }

    /// <summary>The integration (or HttpClient) the problem is about.</summary>
    public string Integration { get; }
}
