using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// The syntactic question IC0010 asks before it binds anything in a method body: can this <c>new</c> expression or
/// local declaration name a client at all? Binding one node makes Roslyn bind its whole method a second time for the
/// analyzer driver, so a test on names alone keeps ordinary code (most of a solution) from being bound at all.
/// </summary>
/// <remarks>
/// A name can denote a client when it ends with the name of a client type the compilation knows (the catalog's,
/// the configured ones, the application's bus: <c>ShopHttpClient</c> ends with <c>HttpClient</c>,
/// <c>HttpWebRequest</c> with <c>WebRequest</c>, <c>GrpcChannel</c> with <c>ChannelBase</c>'s <c>Channel</c>), with a word SDK clients are named with (<see cref="SdkClients"/>:
/// <c>…Client</c>, <c>…Service</c>, …), or is a type of this project or of a client library that derives from or
/// implements a client (<c>IBusControl</c>), or a method or property of those that returns one (<c>Build</c> of Kafka's
/// producer builder).
/// The filter only lets nodes through; what is a client is still decided on the bound type. A local declared with
/// <c>var</c> is tested on its initializer, so <c>var client = factory.CreateClient()</c> passes and
/// <c>var total = lines.Sum(l =&gt; l.Amount)</c> does not.
/// </remarks>
internal sealed class ClientNames
{
    // By length: a name's tail from one of its capitals is compared only with the names as long as it.
    private readonly Dictionary<int, string[]> _suffixesByLength;
    private readonly Lazy<HashSet<string>> _projectClients;

    public ClientNames(IEnumerable<INamedTypeSymbol> clientTypes, Func<HashSet<string>> projectClients)
    {
        _suffixesByLength = clientTypes
            .Select(type => WithoutBase(type.Name))
            .Concat(SdkClients.ClientSuffixes)
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(name => name.Length)
            .ToDictionary(group => group.Key, group => group.ToArray());
        _projectClients = new Lazy<HashSet<string>>(projectClients, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The syntax whose names decide whether <paramref name="node"/> (an object creation or a variable declarator) is
    /// worth binding, or <see langword="null"/> when it cannot hold a client a method body uses: a field's declarator
    /// (fields are declaration evidence) or a target-typed <c>new()</c> whose type is not written next to it.
    /// </summary>
    public static SyntaxNode? NamesOf(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax creation => creation.Type,
        ImplicitObjectCreationExpressionSyntax implicitCreation => TargetType(implicitCreation),
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax or UsingStatementSyntax or ForStatementSyntax or FixedStatementSyntax } declaration } declarator =>
            declaration.Type.IsVar ? declarator.Initializer?.Value : declaration.Type,
        _ => null,
    };

    /// <summary>Whether any identifier in <paramref name="names"/> can name a client.</summary>
    public bool MayNameClient(SyntaxNode names)
    {
        foreach (var token in names.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && MayBeClient(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name, or its tail from one of its capitals (<c>ShopHttpClient</c>: <c>HttpClient</c>, <c>Client</c>), is
    /// a client name: a few comparisons per identifier and no allocation, since every identifier of a body may be asked.
    /// </summary>
    private bool MayBeClient(string name)
    {
        for (var start = 0; start < name.Length; start++)
        {
            if ((start == 0 || char.IsUpper(name[start])) && _suffixesByLength.TryGetValue(name.Length - start, out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (string.CompareOrdinal(name, start, candidate, 0, candidate.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return _projectClients.Value.Contains(name);
    }

    /// <summary>Subclasses of an abstract <c>…Base</c> drop the word: <c>GrpcChannel</c> derives from <c>ChannelBase</c>.</summary>
    private static string WithoutBase(string name) =>
        name.Length > 4 && name.EndsWith("Base", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;

    /// <summary>A target-typed <c>new()</c>'s type where the code writes it: a local's, a property's or a method's return type.</summary>
    private static TypeSyntax? TargetType(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax } declaration } } => declaration.Type,
        ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.ReturnType,
        ReturnStatementSyntax => creation.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.ReturnType,
        _ => null,
    };
}
