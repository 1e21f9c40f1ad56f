using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.SwallowedFailureAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// IC0011: a failure handed to the caller or the user as a failure is reported; input that does not parse is an
/// expected condition; a filter that only lists exception types is a catch of those types.
/// </summary>
public sealed class IC0011ReportedFailureTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        public sealed class Result
        {
            public static Result Fail(string error) => new();
            public static Result Failed => new();
            public bool Success { get; init; }
            public string? Message { get; init; }
            public string? Error { get; init; }
        }

        public abstract class Endpoint
        {
            protected object BadRequest(string message) => message;
            protected ModelStateDictionary ModelState { get; } = new();
        }

        public sealed class ModelStateDictionary { public void AddModelError(string key, string message) { } }

        """;

    private static Task VerifyAsync(string source) => VerifyCS.VerifyAnalyzerAsync(Usings + source);

    [Fact]
    public Task A_failure_result_an_error_response_or_a_page_error_reports_the_failure() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrders(HttpClient http) : Endpoint
            {
                public async Task<Result> ImportAsync()
                {
                    try { await http.GetAsync("/orders"); return new Result { Success = true }; }
                    catch (HttpRequestException ex) { return Result.Fail(ex.Message); }
                }

                public async Task<Result> CheckAsync()
                {
                    try { await http.GetAsync("/ping"); return new Result { Success = true }; }
                    catch (HttpRequestException) { return Result.Failed; }
                }

                public async Task<Result> VerifyAsync()
                {
                    try { await http.GetAsync("/verify"); return new Result { Success = true }; }
                    catch (HttpRequestException) { return new Result { Success = false, Error = "The shop did not answer." }; }
                }

                public async Task<(bool, string)> TestAsync()
                {
                    try { await http.GetAsync("/test"); return (true, ""); }
                    catch (HttpRequestException) { return (false, "The shop did not answer."); }
                }

                public async Task<object> PostAsync()
                {
                    try { await http.PostAsync("/orders", null); return "ok"; }
                    catch (HttpRequestException) { return BadRequest("The shop did not answer."); }
                }

                public async Task SaveAsync()
                {
                    try { await http.PostAsync("/save", null); }
                    catch (HttpRequestException) { ModelState.AddModelError("", "The shop did not answer."); }
                }

                public async Task<bool> ProbeAsync()
                {
                    var hasErrors = false;
                    try { await http.GetAsync("/probe"); }
                    catch { hasErrors = true; }
                    return !hasErrors;
                }
            }
            """);

    [Fact]
    public Task A_success_result_a_null_or_an_unrelated_flag_is_still_a_swallow() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrders(HttpClient http)
            {
                public async Task<Result> ImportAsync()
                {
                    try { await http.GetAsync("/orders"); return new Result { Success = true }; }
                    {|IC0011:catch|} (HttpRequestException) { return new Result { Success = true }; }
                }

                public async Task<string?> ReadAsync()
                {
                    try { return await http.GetStringAsync("/orders"); }
                    {|IC0011:catch|} (HttpRequestException) { return null; }
                }

                public async Task<bool> TokenAsync()
                {
                    var token = false;
                    try { await http.GetAsync("/token"); }
                    {|IC0011:catch|} { token = true; }
                    return token;
                }
            }
            """);

    [Fact]
    public Task Input_that_does_not_parse_is_an_expected_condition_and_a_filter_of_types_is_judged_as_a_catch() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            public sealed class ShopOrders(HttpClient http)
            {
                public decimal? Parse(string text)
                {
                    try { return decimal.Parse(text); }
                    catch (FormatException) { return null; }
                }

                public Uri? Callback(string text)
                {
                    try { return new Uri(text); }
                    catch (ArgumentException) { return null; }
                }

                public async Task<bool> HasUpdateAsync()
                {
                    try { await http.GetAsync("/version"); return true; }
                    {|IC0011:catch|} (Exception ex) when (ex is HttpRequestException || ex is TimeoutException) { return false; }
                }

                public async Task StopAsync()
                {
                    try { await http.GetAsync("/stop"); }
                    catch (Exception ex) when (ex is OperationCanceledException) { }
                }

                public async Task<bool> ExistsAsync()
                {
                    try { await http.GetAsync("/orders/1"); return true; }
                    catch (HttpRequestException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound) { return false; }
                }
            }
            """);

    [Fact]
    public Task An_error_shown_on_the_page_or_returned_as_a_message_reports_the_failure() =>
        VerifyAsync("""
            public enum StatusSeverity { Info, Warning, Error }
            public sealed class StatusMessage { public StatusSeverity Severity { get; init; } public string? Text { get; init; } }
            public enum EventSeverity { Info, Error }
            public sealed class InvoiceLogs { public void Write(string message, EventSeverity severity) { } }
            public sealed class WalletViewModel { public List<string> Errors { get; } = new(); }

            [Integration("wallet")]
            public sealed class Wallet(HttpClient http, IDictionary<string, string> tempData, InvoiceLogs logs)
            {
                public async Task<(string?, string?)> ClaimAsync(string destination)
                {
                    try { return (await http.GetStringAsync(destination), null); }
                    catch { return (null, "The Lightning address provided was not online."); }
                }

                public Task<(string?, string)> ParseAsync(string address)
                {
                    try { return Task.FromResult<(string?, string)>((address.Trim(), "")); }
                    catch { return Task.FromResult<(string?, string)>((null, $"Not a valid address: {address}")); }
                }

                public async Task ReserveAsync()
                {
                    try { await http.PostAsync("/reserve", null); }
                    catch (HttpRequestException) { tempData["ErrorMessage"] = "Reserved addresses are unavailable."; }
                }

                public async Task<StatusMessage?> ImportAsync()
                {
                    StatusMessage? status = null;
                    try { await http.GetAsync("/import"); }
                    catch (HttpRequestException) { status = new StatusMessage { Severity = StatusSeverity.Error, Text = "The URI was malformed." }; }
                    return status;
                }

                public async Task BroadcastAsync(WalletViewModel vm)
                {
                    try { await http.PostAsync("/broadcast", null); }
                    catch (HttpRequestException ex) { vm.Errors.Add("Error while broadcasting: " + ex.Message); }
                }

                public async Task UpdateAsync()
                {
                    try { await http.PostAsync("/update", null); }
                    catch (HttpRequestException ex) { logs.Write("Could not update: " + ex.Message, EventSeverity.Error); }
                }
            }
            """);

    [Fact]
    public Task Look_alikes_of_shown_errors_still_swallow() =>
        VerifyAsync("""
            public enum EventSeverity { Info, Error }
            public sealed class InvoiceLogs { public void Write(string message, EventSeverity severity) { } }

            [Integration("wallet")]
            public sealed class Wallet(HttpClient http, IDictionary<string, string> tempData, InvoiceLogs logs, List<string> notes)
            {
                public async Task<(string?, string?)> ClaimAsync(string destination)
                {
                    try { return (await http.GetStringAsync(destination), null); }
                    {|IC0011:catch|} { return (null, null); } // nothing says what went wrong
                }

                public async Task RememberAsync()
                {
                    try { await http.PostAsync("/reserve", null); }
                    {|IC0011:catch|} (HttpRequestException) { tempData["LastAttempt"] = "now"; }
                }

                public async Task NoteAsync()
                {
                    try { await http.PostAsync("/note", null); }
                    {|IC0011:catch|} (HttpRequestException) { notes.Add("tried"); logs.Write("tried", EventSeverity.Info); }
                }
            }
            """);

    [Fact]
    public Task A_cancellation_caused_by_the_methods_own_timeout_is_a_failure_and_shutdown_is_not() =>
        VerifyAsync("""
            [Integration("dynamic-dns")]
            public sealed class DynamicDns(HttpClient http)
            {
                public async Task UpdateAsync(CancellationToken stoppingToken)
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    timeout.CancelAfter(TimeSpan.FromSeconds(20));
                    try { await http.PostAsync("/nic/update", null, timeout.Token); }
                    {|IC0011:catch|} (OperationCanceledException) when (timeout.IsCancellationRequested) { }
                }

                public async Task BroadcastAsync()
                {
                    var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                    try { await http.PostAsync("/broadcast", null, cts.Token); }
                    {|IC0011:catch|} (OperationCanceledException) { }
                }

                public async Task PollAsync(CancellationToken stoppingToken)
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    timeout.CancelAfter(TimeSpan.FromSeconds(20));
                    try { await http.GetAsync("/status", timeout.Token); }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { } // shutdown
                }

                public async Task StopAsync(CancellationToken stoppingToken)
                {
                    try { await http.PostAsync("/bye", null, stoppingToken); }
                    catch (OperationCanceledException) { } // no timeout of its own: the host is stopping
                }
            }
            """);

    [Fact]
    public Task Timeouts_said_by_a_negated_filter_or_set_inside_a_lambda_are_failures_and_severities_alone_report_nothing() =>
        VerifyAsync("""
            [Integration("stock")]
            public sealed class Stock(HttpClient http, Microsoft.Extensions.Logging.ILogger<Stock> logger, IDictionary<string, object> tags)
            {
                public async Task PushAsync(CancellationToken ct)
                {
                    try { await http.PostAsync("/stock", null, ct); }
                    {|IC0011:catch|} (OperationCanceledException) when (!ct.IsCancellationRequested) { } // the request timed out
                }

                public Task PollAsync() => Task.Run(async () =>
                {
                    using var cts = new CancellationTokenSource(5000);
                    try { await http.GetAsync("/stock", cts.Token); }
                    {|IC0011:catch|} (OperationCanceledException) { }
                });

                public async Task CountAsync()
                {
                    try { await http.GetAsync("/count"); }
                    {|IC0011:catch|} (HttpRequestException) { if (logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning)) { } tags["Error"] = true; }
                }
            }
            """);
}
