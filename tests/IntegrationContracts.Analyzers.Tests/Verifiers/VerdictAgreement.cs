using System.Collections.Immutable;
using System.Text.Json;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// The manifest tells the same story as the build: runs the generator and every IntegrationContracts analyzer over a
/// compilation, and for each integration in the manifest asserts that each readiness flag is false exactly when the
/// matching rule is reported for that integration. Where a diagnostic belongs is worked out here from the symbols,
/// independently of the model under test.
/// </summary>
public static class VerdictAgreement
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(ContractAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>Checks every integration; returns how many were checked (0 when the compilation has no manifest).</summary>
    public static async Task<int> AssertAsync(Compilation compilation, AnalyzerOptions options)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ManifestGenerator().AsSourceGenerator() },
            additionalTexts: options.AdditionalFiles,
            parseOptions: compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions,
            optionsProvider: options.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        if (GeneratorHarness.EmbeddedDocument(output, IntegrationContracts.Shared.ManifestChannel.JsonMetadataKey) is not { } json)
        {
            return 0;
        }

        var diagnostics = await output.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        using var manifest = JsonDocument.Parse(json);
        var checkedCount = 0;
        foreach (var integration in manifest.RootElement.GetProperty("integrations").EnumerateArray())
        {
            foreach (var symbol in IntegrationSymbols(output, integration))
            {
                AssertAgrees(output, symbol, integration, diagnostics);
                checkedCount++;
            }
        }

        return checkedCount;
    }

    private static void AssertAgrees(Compilation compilation, ISymbol symbol, JsonElement integration, ImmutableArray<Diagnostic> diagnostics)
    {
        var identifiers = Identifiers(symbol).ToList();
        bool ReportedOnIdentifier(string id) => diagnostics.Any(d => d.Id == id && identifiers.Contains(d.Location));

        var owner = ResolvedOwner(symbol);
        var supportPathReported = owner is not null && diagnostics.Any(d => d.Id == "IC0004" && d.Location == owner);
        var conflicts = ApplicableSourcesOfTruth(compilation, symbol, integration);
        var conflictReported = diagnostics.Any(d => d.Id == "IC0008" && conflicts.Contains(d.Location));

        var readiness = integration.GetProperty("readiness");
        var name = integration.GetProperty("name").GetString();
        Assert.True(readiness.GetProperty("owner").GetBoolean() == !ReportedOnIdentifier("IC0001"), $"owner flag of '{name}' disagrees with IC0001");
        Assert.True(readiness.GetProperty("retry").GetBoolean() == !ReportedOnIdentifier("IC0002"), $"retry flag of '{name}' disagrees with IC0002");
        // Where the integration's carried declarations are: the nearest owner, retry and hooks, and its own attribute.
        var hooks = Nearest(symbol, "AlertHookAttribute");
        var carried = hooks
            .Concat(Nearest(symbol, "IntegrationOwnerAttribute").Take(1))
            .Concat(Nearest(symbol, "RetryPolicyAttribute", "NoRetryAttribute").Take(1))
            .Concat(symbol.GetAttributes().Where(a => a.AttributeClass?.Name == "IntegrationAttribute"))
            .ToList();
        bool ReportedIn(string id, IEnumerable<AttributeData> attributes) => diagnostics.Any(d => d.Id == id && attributes.Any(a => Contains(a, d.Location)));

        Assert.True(
            readiness.GetProperty("alert").GetBoolean() == !(ReportedOnIdentifier("IC0003") || ReportedIn("IC0014", hooks)),
            $"alert flag of '{name}' disagrees with IC0003/IC0014");
        Assert.True(
            readiness.GetProperty("failureHandling").GetBoolean() == !diagnostics.Any(d => d.Id == "IC0011" && InnermostIntegration(compilation, d.Location) is { } owning && SymbolEqualityComparer.Default.Equals(owning, symbol)),
            $"failure-handling flag of '{name}' disagrees with IC0011");
        Assert.True(
            readiness.GetProperty("contractValues").GetBoolean() == !ReportedIn("IC0005", carried),
            $"contract-values flag of '{name}' disagrees with IC0005");
        Assert.True(readiness.GetProperty("supportPath").GetBoolean() == !supportPathReported, $"support path flag of '{name}' disagrees with IC0004");
        // Not a readiness flag (IC0018 is Info), but the same one verdict: "missing" exactly when IC0018 is reported.
        Assert.True(
            (integration.GetProperty("verdicts").GetProperty("retryApplied").GetString() == "missing") == ReportedOnIdentifier("IC0018"),
            $"retryApplied verdict of '{name}' disagrees with IC0018");
        Assert.True(
            readiness.GetProperty("sourceOfTruth").GetBoolean() == !(ReportedOnIdentifier("IC0007") || ReportedOnIdentifier("IC0009") || conflictReported),
            $"source-of-truth flag of '{name}' disagrees with IC0007/IC0008/IC0009");
    }

    /// <summary>The type or method(s) a manifest entry describes.</summary>
    private static IEnumerable<ISymbol> IntegrationSymbols(Compilation compilation, JsonElement integration)
    {
        var typeName = integration.GetProperty("type").GetString();
        var member = integration.GetProperty("member").GetString();
        var type = AllTypes(compilation.Assembly.GlobalNamespace).FirstOrDefault(t => TypeNames.Display(t) == typeName);
        Assert.True(type is not null, $"no type '{typeName}' in the compilation");
        if (member is null)
        {
            return new[] { type! };
        }

        return type!.GetMembers(member).Where(m => m.GetAttributes().Any(a => a.AttributeClass?.Name == "IntegrationAttribute"));
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                if (nested is INamedTypeSymbol type)
                {
                    yield return type;
                }

                foreach (var inner in AllTypes(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<Location> Identifiers(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax() switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.GetLocation(),
            MethodDeclarationSyntax method => method.Identifier.GetLocation(),
            var other => other.GetLocation(),
        });

    /// <summary>The attributes of the nearest level (the member, its containing types, the assembly) that has any of the named ones.</summary>
    private static List<AttributeData> Nearest(ISymbol symbol, params string[] attributeNames)
    {
        var levels = new List<ImmutableArray<AttributeData>> { symbol.GetAttributes() };
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            levels.Add(type.GetAttributes());
        }

        levels.Add(symbol.ContainingAssembly.GetAttributes());
        foreach (var attributes in levels)
        {
            var found = attributes.Where(a => attributeNames.Contains(a.AttributeClass?.Name)).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    private static bool Contains(AttributeData attribute, Location location) =>
        attribute.ApplicationSyntaxReference is { } reference
        && reference.SyntaxTree == location.SourceTree
        && reference.Span.Contains(location.SourceSpan);

    /// <summary>The innermost method or type marked [Integration] around a location, from the syntax (not the model under test).</summary>
    private static ISymbol? InnermostIntegration(Compilation compilation, Location location)
    {
        if (location.SourceTree is not { } tree)
        {
            return null;
        }

        var model = compilation.GetSemanticModel(tree);
        for (var current = model.GetEnclosingSymbol(location.SourceSpan.Start); current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol or INamedTypeSymbol && current.GetAttributes().Any(a => a.AttributeClass?.Name == "IntegrationAttribute"))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The nearest [IntegrationOwner]: the member, its containing types, the assembly.</summary>
    private static Location? ResolvedOwner(ISymbol symbol)
    {
        var levels = new List<ImmutableArray<AttributeData>> { symbol.GetAttributes() };
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            levels.Add(type.GetAttributes());
        }

        levels.Add(symbol.ContainingAssembly.GetAttributes());
        foreach (var attributes in levels)
        {
            if (attributes.FirstOrDefault(a => a.AttributeClass?.Name == "IntegrationOwnerAttribute") is { } owner)
            {
                return owner.ApplicationSyntaxReference?.GetSyntax().GetLocation();
            }
        }

        return null;
    }

    /// <summary>
    /// The [SourceOfTruth] attributes (written in this compilation) that apply to the integration's objects in its
    /// process: those for the process when there are any, else the process-independent ones.
    /// </summary>
    private static HashSet<Location> ApplicableSourcesOfTruth(Compilation compilation, ISymbol symbol, JsonElement integration)
    {
        var process = integration.GetProperty("process").GetString()?.Trim();
        var locations = new HashSet<Location>();
        var integrationAttribute = symbol.GetAttributes().First(a => a.AttributeClass?.Name == "IntegrationAttribute");
        var objects = integrationAttribute.NamedArguments.FirstOrDefault(a => a.Key == "Objects").Value;
        if (objects.Kind != TypedConstantKind.Array || objects.IsNull)
        {
            return locations;
        }

        foreach (var obj in objects.Values.Select(v => v.Value).OfType<ITypeSymbol>())
        {
            var declarations = obj.OriginalDefinition.GetAttributes().Where(a => a.AttributeClass?.Name == "SourceOfTruthAttribute")
                .Concat(compilation.Assembly.GetAttributes().Where(a => a.AttributeClass?.Name == "SourceOfTruthAttribute"
                    && a.NamedArguments.Any(n => n.Key == "Object" && SymbolEqualityComparer.Default.Equals((n.Value.Value as ITypeSymbol)?.OriginalDefinition, obj.OriginalDefinition))))
                .ToList();
            string? ProcessOf(AttributeData a) => (a.NamedArguments.FirstOrDefault(n => n.Key == "Process").Value.Value as string)?.Trim() is { Length: > 0 } p ? p : null;
            var specific = process is { Length: > 0 } ? declarations.Where(a => string.Equals(ProcessOf(a), process, StringComparison.OrdinalIgnoreCase)).ToList() : new List<AttributeData>();
            foreach (var declaration in specific.Count > 0 ? specific : declarations.Where(a => ProcessOf(a) is null))
            {
                if (declaration.ApplicationSyntaxReference?.GetSyntax().GetLocation() is { } location)
                {
                    locations.Add(location);
                }
            }
        }

        return locations;
    }
}
