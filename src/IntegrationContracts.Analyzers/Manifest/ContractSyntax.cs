using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// A fingerprint of everything in one file that the manifest can depend on, read from syntax alone: usings and
/// namespaces, attribute lists, type declarations (names, type parameters, base types), member signatures, and the
/// calls retry recognition looks at (registrations, retry builders, waits), the shape of try statements (how the try
/// and each catch leave), loops with the names of the calls in them, the names of retry counts and flags, and the
/// set of names of every call and created type in the file (so a new call to a <c>[RetryPolicy]</c> method or a
/// method named in <c>retrying_calls</c>, or an SDK client created in a body, reaches the manifest). The rest of a
/// method body (arguments, literals, arithmetic, locals) is left out, so an edit
/// inside one changes nothing here and the generator's binding stage stays cached (Roslyn re-runs every semantic
/// transform on every compilation change; this stage is what lets it skip them).
/// </summary>
internal static class ContractSyntax
{
    // Calls retry recognition reads besides registrations and retry builders (which come from their own lists): what ties
    // consumers to a MassTransit retry configuration, named clients, and the waits of retry loops.
    private static readonly string[] WatchedCalls = { "AddMassTransit", "AddConsumer", "ConfigureConsumer", "Consumer", "CreateClient", "AddHttpClient", "Delay", "Sleep", "WaitForNextTickAsync" };

    public static int Fingerprint(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var hash = new Fnv();
        hash.Add(tree.FilePath);

        // What every call in the file calls (its receiver path and name: `Resilient.Send` and `Plain.Send` differ) and
        // every type it creates, as a set: recognisers read calls by their target (a call to a [RetryPolicy] method, a
        // wait, a redelivery) and creations by type (an SDK client made in a body), so adding, removing or retargeting
        // one re-reads the contracts, while an edit of arguments, literals or arithmetic does not. A set, so moving a
        // call within the file changes nothing.
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            switch (node)
            {
                case SimpleNameSyntax name when RecognisedNames.Matches(name.Identifier.ValueText):
                    // Every name a recogniser reads, wherever it is (a member read, a property assignment, a call): its
                    // place in the file, so a moved name counts too.
                    hash.Add(name.Identifier.ValueText + "@" + name.Parent?.RawKind);
                    break;
            }

            switch (node)
            {
                case InvocationExpressionSyntax call:
                    names.Add(ReceiverOfBinding(call) + CalleePath(call.Expression));
                    break;
                case ObjectCreationExpressionSyntax created:
                    names.Add("new " + InvokedNames.Of(created.Type));
                    break;
                case ImplicitObjectCreationExpressionSyntax targetTyped:
                    // `ServiceBusClient client = new(..)`: the type is written where the value goes.
                    names.Add("new() " + TargetTypeName(targetTyped));
                    break;
            }

            switch (node)
            {
                case UsingDirectiveSyntax or ExternAliasDirectiveSyntax or AttributeListSyntax or BaseListSyntax or TypeParameterListSyntax
                    or ParameterListSyntax or TypeParameterConstraintClauseSyntax:
                    hash.Add(node.ToString());
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    hash.Add("namespace " + ns.Name);
                    break;
                case BaseTypeDeclarationSyntax type:
                    hash.Add(type.Kind() + " " + type.Modifiers + " " + type.Identifier.ValueText);
                    break;
                case MethodDeclarationSyntax method:
                    hash.Add("method " + method.Modifiers + " " + method.ReturnType + " " + method.Identifier.ValueText);
                    break;
                case PropertyDeclarationSyntax property:
                    hash.Add("property " + property.Modifiers + " " + property.Type + " " + property.Identifier.ValueText + " " + property.AccessorList?.Accessors.Count);
                    break;
                case BaseFieldDeclarationSyntax field:
                    hash.Add("field " + field.Modifiers + " " + field.Declaration.Type + " " + field.Declaration.Variables.Count);
                    break;
                case AccessorDeclarationSyntax accessor:
                    hash.Add("accessor " + accessor.Keyword.ValueText + " " + accessor.Modifiers);
                    break;
                case InvocationExpressionSyntax invocation when IsWatchedCall(InvokedNames.Of(invocation)) || RegistrationObserver.IsCandidate(invocation):
                    hash.Add(invocation.ToString());
                    break;
                case BinaryExpressionSyntax comparison when RetryState.CountsAttempts(comparison.Left) || RetryState.CountsAttempts(comparison.Right):
                    hash.Add(comparison.ToString());
                    break;
                case IdentifierNameSyntax name when RetryState.CountsAttempts(name):
                    hash.Add(name.Identifier.ValueText);
                    break;
                case IfStatementSyntax check when RetryLoops.ChecksForFailedResponse(check.Condition):
                    // A second attempt after a failed response is read from the check, the calls before it in its block
                    // (what it may call again) and the calls it makes, in order.
                    hash.Add("if " + check.Condition);
                    if (check.Parent is BlockSyntax block)
                    {
                        foreach (var call in block.Statements.TakeWhile(statement => statement != check)
                            .SelectMany(statement => statement.DescendantNodesAndSelf(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>()))
                        {
                            hash.Add("before " + InvokedNames.Of(call));
                        }
                    }

                    foreach (var call in check.Statement.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>())
                    {
                        hash.Add(InvokedNames.Of(call));
                    }

                    hash.Add("end if");
                    break;
                case TryStatementSyntax attempt:
                    hash.Add(TryShape(attempt));
                    break;
                case StatementSyntax loop when RetryLoops.Body(loop) is not null:
                    AddLoop(ref hash, loop);
                    break;
                case ObjectCreationExpressionSyntax creation when RegistrationObserver.IsCandidate(creation):
                    hash.Add(creation.ToString());
                    break;
                case AssignmentExpressionSyntax assignment when RegistrationObserver.IsCandidate(assignment):
                    hash.Add(assignment.ToString());
                    break;
            }
        }

        foreach (var name in names)
        {
            hash.Add(name);
        }

        return hash.Value;
    }

    /// <summary>For <c>_client?.SendAsync(..)</c>, the receiver the member binding is on (<c>_client</c>); otherwise empty.</summary>
    private static string ReceiverOfBinding(InvocationExpressionSyntax call) =>
        call.Expression is MemberBindingExpressionSyntax && call.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>() is { } conditional
            ? CalleePath(conditional.Expression)
            : string.Empty;

    /// <summary>The type a target-typed <c>new()</c> creates, as the declaration it initializes writes it (or empty).</summary>
    private static string TargetTypeName(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type.ToString(),
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type.ToString(),
        _ => string.Empty,
    };

    /// <summary>The callee of a call without its arguments: <c>Resilient.Send</c>, <c>builder.Services.AddHttpClient&lt;T&gt;</c>, <c>Create().Send</c>.</summary>
    private static string CalleePath(ExpressionSyntax callee) => callee switch
    {
        MemberAccessExpressionSyntax member => CalleePath(member.Expression) + "." + member.Name,
        MemberBindingExpressionSyntax binding => "?." + binding.Name,
        ConditionalAccessExpressionSyntax conditional => CalleePath(conditional.Expression) + CalleePath(conditional.WhenNotNull),
        InvocationExpressionSyntax inner => CalleePath(inner.Expression) + "()",
        SimpleNameSyntax or PredefinedTypeSyntax or ThisExpressionSyntax or BaseExpressionSyntax => callee.ToString(),
        ParenthesizedExpressionSyntax parenthesized => CalleePath(parenthesized.Expression),
        _ => callee.Kind().ToString(),
    };

    /// <summary>What retry loops read of a try statement: how its block and each catch leave (return, break, goto, throw).</summary>
    private static string TryShape(TryStatementSyntax attempt)
    {
        var shape = new System.Text.StringBuilder("try ");
        AddExits(shape, attempt.Block);
        foreach (var catchClause in attempt.Catches)
        {
            shape.Append('|');
            AddExits(shape, catchClause.Block);
        }

        return shape.ToString();
    }

    private static void AddExits(System.Text.StringBuilder shape, SyntaxNode block)
    {
        foreach (var node in block.DescendantNodes(InvokedNames.InSameFunction))
        {
            switch (node)
            {
                case ReturnStatementSyntax: shape.Append('R'); break;
                case BreakStatementSyntax: shape.Append('B'); break;
                case GotoStatementSyntax: shape.Append('G'); break;
                case ThrowStatementSyntax or ThrowExpressionSyntax: shape.Append('T'); break;
            }
        }
    }

    /// <summary>
    /// A loop and the names of the calls in it: retry loops, failover and runners are read from which calls a loop
    /// makes (a wait one call deep, an interface a runner re-runs). An edit in a loop's body therefore re-reads the
    /// contracts; an edit elsewhere in a body does not.
    /// </summary>
    private static void AddLoop(ref Fnv hash, StatementSyntax loop)
    {
        hash.Add("loop " + loop.Kind());
        foreach (var call in loop.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>())
        {
            hash.Add(InvokedNames.Of(call));
        }

        hash.Add("end loop");
    }

    private static bool IsWatchedCall(string name) =>
        ResilienceSymbols.IsRetryBuilderName(name) || BrokerRedelivery.IsCandidateName(name) || System.Array.IndexOf(WatchedCalls, name) >= 0;

    /// <summary>FNV-1a over UTF-16 code units: deterministic, unlike string.GetHashCode.</summary>
    private struct Fnv
    {
        private int _value;
        private bool _started;

        public int Value => _value;

        public void Add(string text)
        {
            if (!_started)
            {
                _value = unchecked((int)2166136261);
                _started = true;
            }

            foreach (var c in text)
            {
                _value = unchecked((_value ^ c) * 16777619);
            }

            _value = unchecked((_value ^ '\n') * 16777619);
        }
    }
}
