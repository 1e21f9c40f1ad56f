using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Retry state kept with the work item and re-run later (by a hosted service, a scheduled job, the queue): a count of
/// attempts compared with a limit — <c>item.RetryCount &lt; MaxRetryCount</c>, <c>message.SentTries &lt; 3</c>,
/// <c>DequeueCount &gt; MaxDequeueCount</c> — read from syntax: the names say what the numbers are.
/// </summary>
internal static class RetryState
{
    public static RetryEvidence? Find(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var comparison in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<BinaryExpressionSyntax>())
            {
                if (comparison.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
                        or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
                    && (CountsAttempts(comparison.Left) || CountsAttempts(comparison.Right)))
                {
                    return RetryEvidence.At(RetryEvidenceKind.RetryState, "keeps a count of attempts and checks it: " + comparison, comparison.GetLocation());
                }
            }
        }

        return null;
    }

    /// <summary>Whether the expression names a count of attempts: a PascalCase or camelCase word Retry/Retries/Attempt(s)/Tries/DequeueCount/DeliveryCount/Redelivery in its last name.</summary>
    private static readonly string[] Words = { "Retry", "Retries", "Attempt", "Tries", "DequeueCount", "DeliveryCount", "Redelivery" };

    /// <summary>The same words as a camelCase name starts them (<c>retryCount</c>, <c>attempt</c>).</summary>
    private static readonly string[] CamelWords = Words.Select(word => char.ToLowerInvariant(word[0]) + word.Substring(1)).ToArray();

    internal static bool CountsAttempts(ExpressionSyntax expression)
    {
        var name = expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        // Called for every identifier of every file by the generator's fingerprint: no allocation here.
        for (var i = 0; i < Words.Length; i++)
        {
            if (name.IndexOf(Words[i], StringComparison.Ordinal) >= 0 || name.StartsWith(CamelWords[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
