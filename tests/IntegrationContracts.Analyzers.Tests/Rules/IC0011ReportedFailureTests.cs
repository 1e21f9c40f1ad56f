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
        using System.Net.Http;
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
}
