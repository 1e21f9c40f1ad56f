using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Registry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.CodeFixes.Editing;

/// <summary>What the fixes offer choices from: the project's owners registry and the alert hooks it can see.</summary>
internal static class ProjectContracts
{
    private const string AlertHookInterface = "IntegrationContracts.IIntegrationAlertHook";

    /// <summary>The owners registry (<c>integration-owners.json</c>, an additional file), parsed as the analyzers parse it.</summary>
    public static async Task<OwnersRegistry?> RegistryAsync(Project project, CancellationToken cancellationToken)
    {
        foreach (var file in project.AdditionalDocuments)
        {
            if (OwnersRegistryFile.IsRegistryPath(file.FilePath ?? file.Name))
            {
                var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
                return OwnersRegistryFile.Read(text).Registry;
            }
        }

        return null;
    }

    /// <summary>The registry's teams, ordered by name.</summary>
    public static IReadOnlyList<RegistryTeam> Teams(OwnersRegistry? registry) =>
        registry is null ? Array.Empty<RegistryTeam>() : registry.Teams.OrderBy(team => team.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every class of the project that implements <c>IIntegrationAlertHook</c> and can be created, ordered by name.</summary>
    public static async Task<IReadOnlyList<INamedTypeSymbol>> AlertHooksAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation?.GetTypeByMetadataName(AlertHookInterface) is not { } hook)
        {
            return Array.Empty<INamedTypeSymbol>();
        }

        return compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, cancellationToken)
            .OfType<INamedTypeSymbol>()
            .Where(type => type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsGenericType
                && type.AllInterfaces.Contains(hook, SymbolEqualityComparer.Default))
            .OrderBy(type => type.ToDisplayString(), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The ready hooks of IntegrationContracts.Hosting (<c>LoggerAlertHook</c>, <c>WebhookAlertHook</c>) when the project
    /// references it: what a project with no hook of its own can point at.
    /// </summary>
    public static async Task<IReadOnlyList<INamedTypeSymbol>> ShippedAlertHooksAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        return new[] { "IntegrationContracts.Hosting.LoggerAlertHook", "IntegrationContracts.Hosting.WebhookAlertHook" }
            .Select(name => compilation?.GetTypeByMetadataName(name))
            .OfType<INamedTypeSymbol>()
            .ToList();
    }

    /// <summary><c>typeof(global::Ns.Type)</c>, reduced by the editor to what the file can write.</summary>
    public static string TypeOf(INamedTypeSymbol type) =>
        "typeof(" + type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")";

    /// <summary>The same as an expression whose type name the editor reduces.</summary>
    public static ExpressionSyntax TypeOfExpression(INamedTypeSymbol type)
    {
        var typeOf = (TypeOfExpressionSyntax)SyntaxFactory.ParseExpression(TypeOf(type));
        return typeOf.WithType(typeOf.Type.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));
    }

    /// <summary>Marks the string literal <paramref name="placeholder"/> in the attribute so the editor selects it for the user to type over.</summary>
    public static AttributeSyntax WithPlaceholder(this AttributeSyntax attribute, string placeholder)
    {
        var token = attribute.DescendantTokens().FirstOrDefault(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText == placeholder);
        return token == default ? attribute : attribute.ReplaceToken(token, token.WithAdditionalAnnotations(RenameAnnotation.Create()));
    }
}
