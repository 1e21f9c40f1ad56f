using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.SwallowedFailureAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0011SwallowedFailureTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;
        using Microsoft.Extensions.Logging;

        """;

    private static Task VerifyAsync(string source, string? globalConfig = null)
    {
        var test = VerifyCS.CreateTest(Usings + source);
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Empty_catch_in_an_integration_type_is_reported_on_the_catch_keyword() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/orders"); }
                    {|IC0011:catch|} (HttpRequestException) { }
                }
            }
            """);

    [Fact]
    public Task Logging_below_warning_does_not_count() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, ILogger<ShopOrderSync> logger)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/orders"); }
                    {|IC0011:catch|} (Exception ex) { logger.LogInformation(ex, "Orders failed"); }

                    try { await http.GetAsync("/refunds"); }
                    {|IC0011:catch|} (Exception ex) { logger.Log(LogLevel.Debug, ex, "Refunds failed"); }
                }
            }
            """);

    [Fact]
    public Task Rethrow_throw_expression_and_wrapping_count() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public async Task<string> RunAsync()
                {
                    try { await http.GetAsync("/a"); } catch { throw; }
                    try { await http.GetAsync("/b"); } catch (Exception ex) { throw new InvalidOperationException("Orders failed", ex); }
                    try { return await http.GetStringAsync("/c"); } catch (HttpRequestException) { return (string?)null ?? throw new TimeoutException(); }
                }
            }
            """);

    [Fact]
    public Task Warning_error_critical_and_log_level_overloads_count() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, ILogger logger)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/a"); } catch (Exception ex) { logger.LogWarning(ex, "a"); }
                    try { await http.GetAsync("/b"); } catch (Exception ex) { logger.LogError(ex, "b"); }
                    try { await http.GetAsync("/c"); } catch (Exception ex) { logger.LogCritical(ex, "c"); }
                    try { await http.GetAsync("/d"); } catch (Exception ex) { logger.Log(LogLevel.Error, ex, "d"); }
                }
            }
            """);

    [Fact]
    public Task Source_generated_logger_message_counts_by_its_level() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed partial class ShopOrderSync(HttpClient http, ILogger<ShopOrderSync> logger)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/a"); } catch (Exception ex) { OrdersFailed(logger, ex); }
                    try { await http.GetAsync("/b"); } {|IC0011:catch|} (Exception ex) { OrdersSkipped(logger, ex); }
                }

                [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Orders failed")]
                static partial void OrdersFailed(ILogger logger, Exception ex);

                [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Orders skipped")]
                static partial void OrdersSkipped(ILogger logger, Exception ex);

                static partial void OrdersFailed(ILogger logger, Exception ex) { }
                static partial void OrdersSkipped(ILogger logger, Exception ex) { }
            }
            """);

    [Fact]
    public Task Serilog_error_counts() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, Serilog.ILogger log)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/a"); } catch (Exception ex) { log.Error(ex, "Orders failed"); }
                    try { await http.GetAsync("/b"); } {|IC0011:catch|} (Exception ex) { log.Information(ex, "Orders failed"); }
                }
            }
            """);

    [Fact]
    public Task Raising_an_alert_through_a_hook_counts() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, IIntegrationAlertHook alert, IntegrationDescriptor descriptor)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    try { await http.GetAsync("/a", ct); }
                    catch (Exception ex) { await alert.OnFailureAsync(new IntegrationFailure(descriptor, ex, 1, false), ct); }
                }
            }
            """);

    [Fact]
    public Task Cancellation_catches_are_not_failures() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    try { await http.GetAsync("/a", ct); } catch (OperationCanceledException) { }
                    try { await http.GetAsync("/b", ct); } catch (TaskCanceledException) when (ct.IsCancellationRequested) { }
                }
            }
            """);

    [Fact]
    public Task Throw_or_log_inside_a_lambda_does_not_count() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, ILogger logger)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/a"); }
                    {|IC0011:catch|} (Exception ex) { Action later = () => logger.LogError(ex, "later"); Func<int> never = () => throw ex; }
                }
            }
            """);

    [Fact]
    public Task Only_integration_code_is_walked() =>
        VerifyAsync("""
            public sealed class NotAnIntegration(HttpClient http)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/a"); } catch { }
                }
            }

            public sealed class Exports(HttpClient http)
            {
                [Integration("invoices")]
                public async Task InvoicesAsync()
                {
                    try { await http.GetAsync("/a"); } {|IC0011:catch|} { }
                    Func<Task> local = async () => { try { await http.GetAsync("/b"); } {|IC0011:catch|} { } };
                    await local();
                }

                public async Task HelperAsync()
                {
                    try { await http.GetAsync("/c"); } catch { }
                }
            }
            """);

    [Fact]
    public Task Nested_type_of_an_integration_is_integration_code() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync
            {
                private sealed class Retry
                {
                    public void Run() { try { } {|IC0011:catch|} { } }
                }
            }
            """);

    [Fact]
    public Task Configured_failure_reporting_method_counts() =>
        VerifyAsync("""
            public static class Telemetry { public static void ReportFailure(Exception ex) { } public static void Trace(Exception ex) { } }

            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/a"); } catch (Exception ex) { Telemetry.ReportFailure(ex); }
                    try { await http.GetAsync("/b"); } {|IC0011:catch|} (Exception ex) { Telemetry.Trace(ex); }
                }
            }
            """,
            "integration_contracts.failure_reporting_methods = Telemetry.ReportFailure, Other.Method\n");

    [Fact]
    public Task The_applications_own_logging_api_counts_by_its_shape() =>
        VerifyAsync("""
            public interface IAppLog { void Error(Exception ex, string message); void Info(string message); }
            public static class AppLogExtensions { public static void Warn(this IAppLog log, string message) { } }
            public sealed class Catalog { public void Error(string message) { } }

            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, IAppLog log, Catalog catalog)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/orders"); }
                    catch (Exception ex) { log.Error(ex, "Orders failed"); }

                    try { await http.GetAsync("/refunds"); }
                    catch (Exception) { log.Warn("Refunds failed"); }

                    try { await http.GetAsync("/invoices"); }
                    {|IC0011:catch|} (Exception) { log.Info("Invoices failed"); }

                    // A catalog is not a logger, whatever its methods are called.
                    try { await http.GetAsync("/items"); }
                    {|IC0011:catch|} (Exception) { catalog.Error("Items failed"); }
                }
            }
            """);

    [Fact]
    public Task A_helper_of_the_same_type_that_logs_counts_and_one_that_does_not_is_reported() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, ILogger<ShopOrderSync> logger)
            {
                public async Task<bool> RunAsync()
                {
                    try { await http.GetAsync("/orders"); return true; }
                    catch (Exception e) { return Failed(e, "Orders failed"); }
                }

                public async Task RefundsAsync()
                {
                    try { await http.GetAsync("/refunds"); }
                    {|IC0011:catch|} (Exception) { Count(); }
                }

                private bool Failed(Exception e, string message) => Report(e, message);

                private bool Report(Exception e, string message)
                {
                    logger.LogError(e, message);
                    return false;
                }

                private static void Count() { }
            }
            """);

    [Fact]
    public Task An_exception_handed_on_for_later_reporting_counts_and_one_kept_in_the_catch_does_not() =>
        VerifyAsync("""
            public sealed record SyncResult(Exception? Error);

            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http, ILogger<ShopOrderSync> logger)
            {
                private Exception? _lastError;

                public async Task<SyncResult> RunAsync()
                {
                    try { await http.GetAsync("/orders"); return new SyncResult(null); }
                    catch (HttpRequestException ex) { return new SyncResult(ex); }
                }

                public async Task RefundsAsync()
                {
                    Exception? failure = null;
                    try { await http.GetAsync("/refunds"); }
                    catch (Exception ex) { failure = ex; }

                    if (failure is not null)
                    {
                        logger.LogError(failure, "Refunds failed");
                    }

                    try { await http.GetAsync("/invoices"); }
                    catch (Exception ex) { _lastError = ex; }

                    try { await http.GetAsync("/items"); }
                    {|IC0011:catch|} (Exception ex) { var ignored = ex; }
                }
            }
            """);

    [Fact]
    public Task A_filtered_catch_of_an_expected_condition_is_not_a_swallow() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public async Task RunAsync(CancellationToken token)
                {
                    try { await http.GetAsync("/orders"); }
                    catch (HttpRequestException ex) when (ex.StatusCode == System.Net.HttpStatusCode.Conflict) { }

                    try { await http.GetAsync("/refunds"); }
                    catch (ObjectDisposedException) when (token.IsCancellationRequested) { }
                }
            }
            """);

    [Fact]
    public Task A_call_that_does_not_bind_is_judged_by_its_name()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public async Task RunAsync()
                {
                    try { await http.GetAsync("/orders"); }
                    catch (Exception ex) { {|#0:Log|}.Error(ex, "Orders failed"); }

                    try { await http.GetAsync("/refunds"); }
                    {|IC0011:catch|} (Exception ex) { {|#1:Log|}.Debug(ex, "Refunds failed"); }
                }
            }
            """);
        // Half-built code: the logger's type is missing, as when a package is not restored.
        test.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0103").WithLocation(0).WithArguments("Log"));
        test.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0103").WithLocation(1).WithArguments("Log"));
        return test.RunAsync();
    }
}
