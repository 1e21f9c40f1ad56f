using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// A hand-written retry in the type or in a base class of the same project (a loop in <c>BaseAsyncService</c> runs
/// for every service derived from it):
/// <list type="bullet">
/// <item>a loop (<c>for</c>, <c>foreach</c>, <c>while</c>, <c>do</c>) that waits between attempts (<c>Task.Delay</c>,
/// <c>Thread.Sleep</c>, <c>PeriodicTimer.WaitForNextTickAsync</c>, directly or in a method or local function of this
/// project it calls; not a <c>Task.Delay</c> raced against the work as a timeout) and either tries the work with a
/// catch that stays in the loop or checks a retry count or flag (<c>result.ShouldRetry</c>);</item>
/// <item>a loop whose <c>try</c> leaves the loop on success and whose catch stays in it, and which counts attempts or
/// works through a list of providers: the next attempt, or the next provider, runs when one fails;</item>
/// <item>a catch that waits and then calls again what its try called (a single delayed second attempt), or jumps back
/// to the try's label (<c>goto retry</c>).</item>
/// </list>
/// </summary>
internal static class RetryLoops
{
    public static RetryEvidence? Find(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        for (var declaring = type; declaring is not null && SymbolEqualityComparer.Default.Equals(declaring.ContainingAssembly, type.ContainingAssembly); declaring = declaring.BaseType)
        {
            foreach (var reference in declaring.DeclaringSyntaxReferences)
            {
                if (FindIn(reference.GetSyntax(cancellationToken), semanticModel, cancellationToken) is { } found)
                {
                    return ReferenceEquals(declaring, type)
                        ? found.Evidence
                        : found.Evidence with { Description = "inherits from " + declaring.Name + ", which " + found.Evidence.Description };
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The first retry in a declaration, with the loop or try statement that carries it and whether it waits before
    /// trying again (a failover loop tries the next provider at once).
    /// </summary>
    internal static (RetryEvidence Evidence, StatementSyntax Retrying, bool Waits)? FindIn(SyntaxNode declaration, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        var tree = declaration.SyntaxTree;
        foreach (var loop in declaration.DescendantNodes().OfType<StatementSyntax>())
        {
            if (Judge(loop, semanticModel, cancellationToken) is { } retry)
            {
                return (retry.Evidence, loop, retry.Waits);
            }
        }

        // A single delayed second attempt: the catch waits (often honouring Retry-After on a 429) and calls again
        // what the try called.
        foreach (var tryStatement in declaration.DescendantNodes().OfType<TryStatementSyntax>())
        {
            var tried = tryStatement.Block.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>().Select(InvokedNames.Of).ToImmutableHashSet();
            foreach (var catchClause in tryStatement.Catches)
            {
                var calls = catchClause.Block.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>().ToList();
                var wait = calls.FindIndex(call => InvokedNames.Of(call) is "Delay" or "Sleep");
                if (wait >= 0
                    && (calls.Skip(wait + 1).Any(call => tried.Contains(InvokedNames.Of(call))) || JumpsBackTo(catchClause, tryStatement))
                    && Wait(catchClause.Block, tree, semanticModel, cancellationToken, callDepth: 0) is { } waiter)
                {
                    return (RetryEvidence.At(RetryEvidenceKind.RetryLoop, "tries again after waiting with " + waiter + " in its catch", catchClause.CatchKeyword.GetLocation()), tryStatement, true);
                }
            }
        }

        // A second attempt after a failed response (no exception): `var response = await SendAsync(..); if
        // (!response.IsSuccessStatusCode) { log; await Task.Delay(2000); response = await SendAsync(..); }` — the check
        // tests the result for failure, waits, and makes again the call whose result it tested.
        foreach (var check in declaration.DescendantNodes().OfType<IfStatementSyntax>())
        {
            if (FailedResult(check.Condition) is not { } result || check.Parent is not BlockSyntax block)
            {
                continue;
            }

            var calls = check.Statement.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>().ToList();
            var wait = calls.FindIndex(call => InvokedNames.Of(call) is "Delay" or "Sleep");
            if (wait < 0)
            {
                continue;
            }

            var producedResult = CallsThatProduce(result, block.Statements.TakeWhile(statement => statement != check));
            if (calls.Skip(wait + 1).Any(call => producedResult.Contains(InvokedNames.Of(call)))
                && Wait(check.Statement, tree, semanticModel, cancellationToken, callDepth: 0) is { } waiter)
            {
                return (RetryEvidence.At(RetryEvidenceKind.RetryLoop, "tries again after waiting with " + waiter + " when a response is not a success", check.IfKeyword.GetLocation()), check, true);
            }
        }

        return null;
    }

    /// <summary>Words of a condition that reads a response's or result's success (<c>response.IsSuccessStatusCode</c>).</summary>
    private static readonly string[] ResponseSuccessNames = { "IsSuccessStatusCode", "IsSuccess", "IsSuccessful", "Success", "Succeeded", "StatusCode" };

    /// <summary>Whether an <c>if</c> condition reads a response's or result's success (the fingerprint hashes such conditions).</summary>
    internal static bool ChecksForFailedResponse(ExpressionSyntax condition) =>
        condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => System.Array.IndexOf(ResponseSuccessNames, name.Identifier.ValueText) >= 0);

    /// <summary>
    /// The variable a condition tests for failure: <c>!response.IsSuccessStatusCode</c>, <c>result.Success == false</c>,
    /// <c>response.StatusCode != HttpStatusCode.OK</c>, <c>response.StatusCode == HttpStatusCode.TooManyRequests</c> give
    /// <c>response</c>/<c>result</c>; a test for success (<c>response.IsSuccessStatusCode</c>) gives nothing.
    /// </summary>
    private static string? FailedResult(ExpressionSyntax condition)
    {
        foreach (var node in condition.DescendantNodesAndSelf())
        {
            var tested = node switch
            {
                PrefixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalNotExpression } not => SuccessOf(not.Operand),
                BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.EqualsExpression } equals when IsFalse(equals.Right) || IsFalse(equals.Left) =>
                    SuccessOf(equals.Left) ?? SuccessOf(equals.Right),
                BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.NotEqualsExpression } notEquals => StatusOf(notEquals.Left) ?? StatusOf(notEquals.Right),
                BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.EqualsExpression } equals when !IsOk(equals.Right) && !IsOk(equals.Left) =>
                    StatusOf(equals.Left) ?? StatusOf(equals.Right),
                IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } pattern when IsFalse(constant) => SuccessOf(pattern.Expression),
                _ => null,
            };
            if (tested is not null)
            {
                return tested;
            }
        }

        return null;

        static bool IsFalse(ExpressionSyntax expression) => expression.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.FalseLiteralExpression);
        static bool IsOk(ExpressionSyntax expression) =>
            expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "OK" } || expression is LiteralExpressionSyntax { Token.ValueText: "200" };
        static string? SuccessOf(ExpressionSyntax expression) => Tested(expression, name => name is not "StatusCode");
        static string? StatusOf(ExpressionSyntax expression) => Tested(expression, name => name is "StatusCode");
        static string? Tested(ExpressionSyntax expression, System.Func<string, bool> accepts) =>
            expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax variable, Name.Identifier.ValueText: var name }
            && System.Array.IndexOf(ResponseSuccessNames, name) >= 0 && accepts(name)
                ? variable.Identifier.ValueText
                : null;
    }

    /// <summary>The names of the calls whose value <paramref name="variable"/> holds, in the statements given (declared or assigned).</summary>
    private static ImmutableHashSet<string> CallsThatProduce(string variable, IEnumerable<StatementSyntax> statements) =>
        statements
            .SelectMany(statement => statement.DescendantNodesAndSelf(InvokedNames.InSameFunction))
            .Select(node => node switch
            {
                VariableDeclaratorSyntax declarator when declarator.Identifier.ValueText == variable => declarator.Initializer?.Value,
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment when target.Identifier.ValueText == variable => assignment.Right,
                _ => null,
            })
            .Where(value => value is not null)
            .SelectMany(value => value!.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            .Select(InvokedNames.Of)
            .ToImmutableHashSet();

    /// <summary>Whether one statement is a retry loop, and whether it waits before trying again; <see langword="null"/> when it is not.</summary>
    internal static (RetryEvidence Evidence, bool Waits)? Judge(StatementSyntax loop, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        if (Body(loop) is not { } body)
        {
            return null;
        }

        var tries = body.DescendantNodesAndSelf(InvokedNames.InSameFunction).OfType<TryStatementSyntax>().ToList();
        if (tries.Any(attempt => LeavesOnSuccessStaysOnFailure(attempt, loop) && IsAttemptOrFailover(attempt, loop)))
        {
            return (RetryEvidence.At(RetryEvidenceKind.RetryLoop, "makes another attempt in a loop when one fails (the try leaves the loop on success, the catch stays in it)", loop.GetLocation()), false);
        }

        // A loop whose every catch gives up (throws, returns, breaks out) ends at the first failure: not a retry.
        if ((tries.Count > 0 ? tries.Any(attempt => attempt.Catches.Any(catchClause => !GivesUp(catchClause, loop))) : MentionsRetries(loop))
            && Wait(loop, loop.SyntaxTree, semanticModel, cancellationToken, callDepth: 1) is { } waiter)
        {
            return (RetryEvidence.At(RetryEvidenceKind.RetryLoop, "retries in a loop, waiting with " + waiter + " between attempts", loop.GetLocation()), true);
        }

        return null;
    }

    /// <summary><c>retry: try { ... } catch { await Task.Delay(1000); goto retry; }</c>: the catch jumps back to the try's label.</summary>
    private static bool JumpsBackTo(CatchClauseSyntax catchClause, TryStatementSyntax tryStatement) =>
        tryStatement.Parent is LabeledStatementSyntax label
        && catchClause.Block.DescendantNodes(InvokedNames.InSameFunction).OfType<GotoStatementSyntax>()
            .Any(jump => jump.Expression is IdentifierNameSyntax target && target.Identifier.ValueText == label.Identifier.ValueText);

    internal static StatementSyntax? Body(StatementSyntax loop) => loop switch
    {
        ForStatementSyntax f => f.Statement,
        CommonForEachStatementSyntax f => f.Statement,
        WhileStatementSyntax w => w.Statement,
        DoStatementSyntax d => d.Statement,
        _ => null,
    };

    /// <summary>
    /// The try returns or breaks out of this loop (success ends the attempts) and no catch leaves it (a failure goes
    /// round again): a retry, or a failover to the next provider.
    /// </summary>
    private static bool LeavesOnSuccessStaysOnFailure(TryStatementSyntax attempt, StatementSyntax loop) =>
        attempt.Catches.Count > 0
        && attempt.Block.DescendantNodes(InvokedNames.InSameFunction).Any(node => node is InvocationExpressionSyntax)
        && attempt.Block.DescendantNodes(InvokedNames.InSameFunction).Any(node => node is ReturnStatementSyntax || (node is BreakStatementSyntax && ReferenceEquals(BrokenOutOf(node), loop)))
        && attempt.Catches.All(catchClause => !catchClause.Block.DescendantNodes(InvokedNames.InSameFunction).Any(node => node is ThrowStatementSyntax or ThrowExpressionSyntax or ReturnStatementSyntax or BreakStatementSyntax));

    /// <summary>
    /// Without a wait, such a loop is a retry only when it says so or fails over: a <c>for</c>/<c>while</c>/<c>do</c>
    /// loop that counts attempts (<c>++attempts &lt; 3</c>), or a <c>foreach</c> whose try works through the item
    /// (<c>provider.SendAsync(mail)</c>) and whose catches are not about input that does not parse (trying the next
    /// date format is not failover) — not a reader loop that merely ends on a null.
    /// </summary>
    private static bool IsAttemptOrFailover(TryStatementSyntax attempt, StatementSyntax loop) => loop switch
    {
        ForEachStatementSyntax each =>
            attempt.Block.DescendantNodes(InvokedNames.InSameFunction).OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == each.Identifier.ValueText)
            && !attempt.Catches.Any(catchClause => catchClause.Declaration is { } declared
                && InvokedNames.Of(declared.Type) is "FormatException" or "ArgumentException" or "OverflowException" or "JsonException" or "XmlException"),
        CommonForEachStatementSyntax => false,
        _ => MentionsRetries(loop),
    };

    /// <summary>The catch ends the attempts: it throws, returns, or breaks out of the loop.</summary>
    private static bool GivesUp(CatchClauseSyntax catchClause, StatementSyntax loop) =>
        catchClause.Block.DescendantNodes(InvokedNames.InSameFunction).Any(node =>
            node is ThrowStatementSyntax or ThrowExpressionSyntax or ReturnStatementSyntax
            || (node is BreakStatementSyntax && ReferenceEquals(BrokenOutOf(node), loop)));

    /// <summary>The loop or switch a <c>break</c> leaves.</summary>
    private static SyntaxNode? BrokenOutOf(SyntaxNode breakStatement) =>
        breakStatement.Ancestors().FirstOrDefault(node => node is SwitchStatementSyntax || (node is StatementSyntax statement && Body(statement) is not null));

    /// <summary>Whether the loop's condition or body names a retry count or flag (<c>attempt &lt; MaxRetries</c>, <c>result.ShouldRetry</c>).</summary>
    private static bool MentionsRetries(StatementSyntax loop) =>
        loop.DescendantNodes(InvokedNames.InSameFunction).OfType<IdentifierNameSyntax>().Any(RetryState.CountsAttempts);

    /// <summary>
    /// The framework wait (<c>Task.Delay</c>, <c>Thread.Sleep</c>, <c>PeriodicTimer.WaitForNextTickAsync</c>) in the
    /// code or, up to <paramref name="callDepth"/> calls deep, in a method of the same type it calls; bound to be sure.
    /// </summary>
    private static string? Wait(SyntaxNode code, SyntaxTree tree, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken, int callDepth)
    {
        var model = semanticModel(tree);
        var ownCalls = new List<InvocationExpressionSyntax>();
        foreach (var call in code.DescendantNodesAndSelf(node => node == code || InvokedNames.InSameFunction(node)).OfType<InvocationExpressionSyntax>())
        {
            var name = InvokedNames.Of(call);
            if (name is "Delay" or "Sleep" or "WaitForNextTickAsync")
            {
                // Task.WhenAny(send, Task.Delay(5000)): a timeout raced against the work, not a wait between attempts.
                if (call.Parent is ArgumentSyntax)
                {
                    continue;
                }

                if (model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } waiter }
                    && waiter.ToDisplayString() is "System.Threading.Tasks.Task" or "System.Threading.Thread" or "System.Threading.PeriodicTimer")
                {
                    return waiter.Name + "." + name;
                }
            }
            else if (callDepth > 0 && call.Expression is IdentifierNameSyntax)
            {
                ownCalls.Add(call);
            }
        }

        foreach (var call in ownCalls)
        {
            // A method (or local function) declared in this compilation: another project's syntax, visible in the IDE,
            // belongs to another compilation, which has no semantic model here.
            if (model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } method)
            {
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    if (!model.Compilation.ContainsSyntaxTree(reference.SyntaxTree))
                    {
                        continue;
                    }

                    var declaration = reference.GetSyntax(cancellationToken);
                    if (Wait(declaration, declaration.SyntaxTree, semanticModel, cancellationToken, callDepth - 1) is { } waiter)
                    {
                        return waiter;
                    }
                }
            }
        }

        return null;
    }
}
