using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// IC0002: an integration has no retry policy — no <c>[RetryPolicy]</c>, no <c>[NoRetry]</c> and no resilience code
/// the model recognises (an injected or built Polly retry in the type, or a retrying registration of its client or
/// consumer anywhere in the compilation; see <see cref="VerdictRules.Retry"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingRetryPolicyAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.MissingRetryPolicy, RuleDescriptors.MissingRetryPolicyInLibrary);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        if (model.Verdicts(contract, context.CancellationToken).Retry == Verdict.Missing)
        {
            ReportOnIdentifier(context, HostMayCover(context.Compilation, contract, model, context.CancellationToken) ? RuleDescriptors.MissingRetryPolicyInLibrary : RuleDescriptors.MissingRetryPolicy, contract);
        }
    }

    /// <summary>A library's integration that calls through an HttpClient: a host's HttpClient defaults may give it its retry.</summary>
    private static bool HostMayCover(Compilation compilation, IntegrationContract contract, ContractModel model, System.Threading.CancellationToken cancellationToken) =>
        !Common.Applications.IsApplication(compilation)
        && model.Retry.CandidateOf(contract.DeclaringType, cancellationToken) is { } candidate
        && (candidate.ReceivesHttpClient || !candidate.NamedClients.IsEmpty);
}
