using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using IntegrationContracts.Analyzers.Manifest;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// The generator's fingerprint is derived from <see cref="RecognisedNames"/>: every name a retry recogniser reads.
/// These tests fail when a recogniser's name list holds a name the list (and so the fingerprint) does not cover, and
/// when a listed name can appear in a body without changing the fingerprint.
/// </summary>
public sealed partial class RecognisedNamesTests
{
    // Fields that hold words or type names matched some other way: parts of a name (retry counts, hashed by their own
    // rule), metadata names, namespaces.
    private static readonly HashSet<string> NotNameLists = new(StringComparer.Ordinal)
    {
        "RetryState.Words", "RetryState.CamelWords", "ResilienceSymbols.InjectedPolicyTypes", "SdkClientRetry.AzureMessaging",
        "ContractSymbols.Namespace",
    };

    [Fact]
    public void The_list_is_sorted_and_distinct_for_binary_search()
    {
        var sorted = RecognisedNames.Exact.OrderBy(name => name, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Equal(sorted, RecognisedNames.Exact.ToArray());
    }

    [Fact]
    public void Every_name_a_recogniser_lists_is_in_the_list()
    {
        var listed = RecogniserNames().ToList();

        Assert.NotEmpty(listed);
        var missing = listed.Where(entry => !RecognisedNames.Matches(entry.Name)).Select(entry => entry.Field + ": " + entry.Name).ToList();
        Assert.True(missing.Count == 0, "Names recognisers read that the fingerprint does not cover (add them to RecognisedNames):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_listed_name_in_a_body_changes_the_fingerprint()
    {
        var names = RecognisedNames.Exact.Concat(RecognisedNames.Prefixes.Select(prefix => prefix + "Async")).ToList();
        var plain = Fingerprint("Total");

        Assert.All(names, name => Assert.NotEqual(plain, Fingerprint(name)));
        Assert.Equal(plain, Fingerprint("Subtotal")); // a name no recogniser reads leaves it as it was
    }

    private static int Fingerprint(string member) => ContractSyntax.Fingerprint(
        CSharpSyntaxTree.ParseText($$"""
            public sealed class Orders
            {
                public object Read(dynamic response) { var value = response.{{member}}; return value; }
            }
            """, path: "Orders.cs"),
        CancellationToken.None);

    /// <summary>Identifier-like strings in the static name fields of the recognisers (the Contracts namespace and the fingerprint).</summary>
    private static IEnumerable<(string Field, string Name)> RecogniserNames()
    {
        var types = typeof(ContractModel).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(RecognisedNames).Namespace || type == typeof(ContractSyntax))
            .Where(type => !type.IsDefined(typeof(CompilerGeneratedAttribute)));
        foreach (var type in types)
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                var key = type.Name + "." + field.Name;
                if (NotNameLists.Contains(key) || field.IsDefined(typeof(CompilerGeneratedAttribute)))
                {
                    continue;
                }

                foreach (var value in Strings(field.IsLiteral ? field.GetRawConstantValue() : field.GetValue(null)))
                {
                    if (IdentifierLike().IsMatch(value))
                    {
                        yield return (key, value);
                    }
                }
            }
        }
    }

    /// <summary>A string, the strings of a collection, or the first string of each tuple (a name and where it lives).</summary>
    private static IEnumerable<string> Strings(object? value)
    {
        switch (value)
        {
            case string text:
                yield return text;
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (item is string text)
                    {
                        yield return text;
                    }
                    else if (item is ITuple tuple && tuple.Length > 0 && tuple[0] is string first)
                    {
                        yield return first;
                    }
                }

                break;
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex IdentifierLike();
}
