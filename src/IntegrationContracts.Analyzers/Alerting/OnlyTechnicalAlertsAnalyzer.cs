using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Alerting;

/// <summary>IC0013: an integration that carries business objects alerts only technical audiences.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OnlyTechnicalAlertsAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.OnlyTechnicalAlerts);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        var objects = contract.Integration.Objects;
        if (objects.IsEmpty || contract.AlertHooks.IsEmpty || contract.AlertHooks.Any(hook => hook.Audience == AlertAudienceValue.Business))
        {
            return;
        }

        ReportOnIdentifier(context, RuleDescriptors.OnlyTechnicalAlerts, contract, string.Join(", ", objects.Select(o => o.Name)));
    }
}
