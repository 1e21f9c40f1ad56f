using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Cli.Inputs;

/// <summary>A manifest that was read, and where from (a file, an assembly, or <c>package.nupkg!entry</c>).</summary>
internal sealed record ManifestInput(string Origin, ManifestDocument Document);

/// <summary>An input that could not be read: the file and the reason, for a one-line error.</summary>
internal sealed record InputProblem(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>Everything read from the paths a command was given: the manifests, and the inputs that failed.</summary>
internal sealed record InputSet(IReadOnlyList<ManifestInput> Manifests, IReadOnlyList<InputProblem> Problems);
