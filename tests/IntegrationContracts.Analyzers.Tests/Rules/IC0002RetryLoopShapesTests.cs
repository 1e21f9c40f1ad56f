using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// IC0002 and the shapes hand-written retry takes in real applications: redelivery schedules, failover lists, loops
/// inherited from a base service, runners that re-run the jobs they call, periodic timers.
/// </summary>
public sealed class IC0002RetryLoopShapesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        """;

    [Fact]
    public Task A_redelivery_schedule_that_waits_and_checks_a_retry_flag_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed record Delivery(bool ShouldRetry);

            [Integration("webhook-delivery")]
            public sealed class WebhookSender(HttpClient http)
            {
                public async Task ProcessAsync(string url, CancellationToken ct)
                {
                    var result = await SendAsync(url, ct);
                    foreach (var wait in new[] { TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10) })
                    {
                        if (!result.ShouldRetry)
                            return;
                        await Task.Delay(wait, ct);
                        result = await SendAsync(url, ct);
                    }
                }

                private async Task<Delivery> SendAsync(string url, CancellationToken ct) =>
                    new((int)(await http.PostAsync(url, null, ct)).StatusCode >= 500);
            }
            """);

    [Fact]
    public Task A_loop_that_names_retries_but_never_waits_is_not_a_retry() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed record Delivery(bool ShouldRetry);

            [Integration("webhook-delivery")]
            public sealed class {|IC0002:WebhookSender|}(HttpClient http)
            {
                public async Task<int> ProcessAsync(string[] urls, CancellationToken ct)
                {
                    // Counts what should be retried and leaves it to nobody.
                    var failed = 0;
                    foreach (var url in urls)
                    {
                        var result = new Delivery((int)(await http.PostAsync(url, null, ct)).StatusCode >= 500);
                        if (result.ShouldRetry) failed++;
                    }
                    return failed;
                }
            }
            """);

    [Fact]
    public Task A_failover_list_counts_for_the_aggregate_and_not_for_each_provider() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public interface IMailProvider { Task SendAsync(string message); }

            [Integration("mail-smtp")]
            public sealed class {|IC0002:SmtpMailProvider|}(HttpClient http) : IMailProvider
            {
                public Task SendAsync(string message) => http.PostAsync("/smtp", new StringContent(message));
            }

            [Integration("mail")]
            public sealed class AggregateMailProvider(IEnumerable<IMailProvider> providers) : IMailProvider
            {
                public async Task SendAsync(string message)
                {
                    foreach (var provider in providers)
                    {
                        try
                        {
                            await provider.SendAsync(message);
                            return;
                        }
                        catch (Exception)
                        {
                            // next provider
                        }
                    }
                    throw new InvalidOperationException("No mail provider could send the message.");
                }
            }
            """);

    [Fact]
    public Task A_loop_whose_catch_gives_up_is_not_a_failover() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public interface IMailProvider { Task SendAsync(string message); }

            [Integration("mail")]
            public sealed class {|IC0002:FirstMailProvider|}(IEnumerable<IMailProvider> providers, HttpClient http)
            {
                public async Task SendAsync(string message)
                {
                    foreach (var provider in providers)
                    {
                        try
                        {
                            await http.PostAsync("/mail", new StringContent(message));
                            return;
                        }
                        catch (HttpRequestException)
                        {
                            throw;
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task A_retry_loop_in_a_base_class_of_the_project_counts_for_derived_services() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public abstract class BaseAsyncService
            {
                private readonly CancellationTokenSource _cts = new();

                protected async Task CreateLoopTask(Func<Task> act)
                {
                    while (!_cts.IsCancellationRequested)
                    {
                        try { await act(); }
                        catch (Exception)
                        {
                            await Task.Delay(TimeSpan.FromMinutes(1), _cts.Token);
                        }
                    }
                }
            }

            [Integration("dynamic-dns")]
            public sealed class DynamicDnsService(HttpClient http) : BaseAsyncService
            {
                public Task StartAsync() => CreateLoopTask(() => http.GetAsync("/nic/update"));
            }

            public abstract class PlainService { }

            [Integration("rates")]
            public sealed class {|IC0002:RatesService|}(HttpClient http) : PlainService
            {
                public Task RunAsync() => http.GetAsync("/rates");
            }
            """);

    [Fact]
    public Task A_runner_that_re_runs_failed_jobs_after_waiting_counts_for_the_jobs_it_runs() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public interface IPeriodicTask { Task Do(CancellationToken token); }
            public interface IStartupTask { Task Do(CancellationToken token); }

            public sealed class PeriodicTaskLauncher(IEnumerable<IPeriodicTask> tasks)
            {
                public async Task LoopAsync(CancellationToken token)
                {
                    foreach (var task in tasks)
                    {
                        try { await task.Do(token); }
                        catch (Exception) when (!token.IsCancellationRequested) { }
                        _ = Reschedule(token);
                    }
                }

                private static async Task Reschedule(CancellationToken token) => await Task.Delay(TimeSpan.FromHours(1), token);
            }

            [Integration("github-versions")]
            public sealed class GithubVersionFetcher(HttpClient http) : IPeriodicTask
            {
                public Task Do(CancellationToken token) => http.GetAsync("/releases", token);
            }

            [Integration("plugin-catalog")]
            public sealed class {|IC0002:PluginCatalogWarmup|}(HttpClient http) : IStartupTask
            {
                // Run once at startup by nothing that retries.
                public Task Do(CancellationToken token) => http.GetAsync("/plugins", token);
            }
            """);

    [Fact]
    public Task A_periodic_timer_loop_that_tries_the_work_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("stock-poll")]
            public sealed class StockPoll(HttpClient http)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
                    while (await timer.WaitForNextTickAsync(ct))
                    {
                        try { await http.GetStringAsync("/stock", ct); }
                        catch (HttpRequestException) { }
                    }
                }
            }
            """);

    [Fact]
    public Task A_catch_that_waits_and_jumps_back_to_the_try_counts_and_a_jump_without_a_wait_does_not() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("lightning-invoices")]
            public sealed class LightningListener(HttpClient http)
            {
                public async Task ListenAsync(CancellationToken ct)
                {
                    retry:
                    try { await http.GetAsync("/invoices", ct); }
                    catch (HttpRequestException)
                    {
                        await Task.Delay(1000, ct);
                        goto retry;
                    }
                }
            }

            [Integration("node-status")]
            public sealed class {|IC0002:NodeStatus|}(HttpClient http)
            {
                public async Task CheckAsync(CancellationToken ct)
                {
                    retry:
                    try { await http.GetAsync("/status", ct); }
                    catch (HttpRequestException)
                    {
                        goto retry; // hammers the node: no wait between attempts
                    }
                }
            }
            """);

    [Fact]
    public Task Loops_that_only_look_like_failover_or_retry_are_not() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public interface IReader { Task<string?> ReadAsync(); }

            [Integration("dates-in")]
            public sealed class {|IC0002:DateImport|}(HttpClient http)
            {
                private static readonly string[] Formats = { "yyyy-MM-dd", "dd.MM.yyyy" };

                public async Task<DateTime?> ImportAsync()
                {
                    var text = await http.GetStringAsync("/date");
                    foreach (var format in Formats)
                    {
                        // The next format, not the next attempt.
                        try { return DateTime.ParseExact(text, format, null); }
                        catch (FormatException) { }
                    }
                    return null;
                }
            }

            [Integration("queue-in")]
            public sealed class {|IC0002:QueueReader|}(IReader reader, HttpClient http)
            {
                public async Task RunAsync()
                {
                    while (true)
                    {
                        // Ends on the last message; a failure is logged and the next message read.
                        try { var message = await reader.ReadAsync(); if (message is null) return; await http.PostAsync("/in", null); }
                        catch (HttpRequestException) { }
                    }
                }
            }

            [Integration("poll-once")]
            public sealed class {|IC0002:PollUntilFailure|}(HttpClient http)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    while (true)
                    {
                        try { await http.GetAsync("/poll", ct); }
                        catch (HttpRequestException) { return; } // gives up at the first failure
                        await Task.Delay(1000, ct);
                    }
                }
            }

            [Integration("send-with-timeout")]
            public sealed class {|IC0002:SendWithTimeout|}(HttpClient http)
            {
                public async Task RunAsync(string[] items)
                {
                    foreach (var item in items)
                    {
                        try { await Task.WhenAny(http.PostAsync("/items", new StringContent(item)), Task.Delay(5000)); }
                        catch (HttpRequestException) { }
                    }
                }
            }
            """);

    [Fact]
    public Task A_runner_credits_only_what_its_loop_tries() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public interface IPeriodicTask { Task Do(CancellationToken token); }
            public interface INotifier { Task NotifyAdminsAsync(Exception error); }

            public sealed class PeriodicTaskLauncher(IEnumerable<IPeriodicTask> tasks, INotifier notifier)
            {
                public async Task LoopAsync(CancellationToken token)
                {
                    foreach (var task in tasks)
                    {
                        try { await task.Do(token); }
                        catch (Exception error) { await notifier.NotifyAdminsAsync(error); }
                        await Task.Delay(TimeSpan.FromHours(1), token);
                    }
                }
            }

            [Integration("github-versions")]
            public sealed class GithubVersionFetcher(HttpClient http) : IPeriodicTask
            {
                public Task Do(CancellationToken token) => http.GetAsync("/releases", token);
            }

            // Told about failures by the runner's catch: not re-run by it.
            [Integration("admin-mail")]
            public sealed class {|IC0002:SmtpNotifier|}(HttpClient http) : INotifier
            {
                public Task NotifyAdminsAsync(Exception error) => http.PostAsync("/mail", new StringContent(error.Message));
            }
            """);

    [Fact]
    public Task A_wait_in_a_base_class_of_another_project_is_not_followed_and_nothing_crashes()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("erp-orders")]
            public sealed class {|IC0002:ErpOrders|}(HttpClient http) : Contoso.Workers.WorkerBase
            {
                public async Task RunAsync()
                {
                    while (true)
                    {
                        try { await http.GetAsync("/orders"); }
                        catch (HttpRequestException) { await Backoff(); }
                    }
                }
            }
            """);
        var workers = test.TestState.AdditionalProjects["Contoso.Workers"];
        workers.AdditionalReferences.AddRange(Verifiers.ClientLibraries.References);
        workers.Sources.Add("""
            namespace Contoso.Workers
            {
                public abstract class WorkerBase
                {
                    protected System.Threading.Tasks.Task Backoff() => System.Threading.Tasks.Task.Delay(1000);
                }
            }
            """);
        test.TestState.AdditionalProjectReferences.Add("Contoso.Workers");
        return test.RunAsync();
    }

    [Fact]
    public Task A_delayed_second_attempt_after_a_failed_response_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("stock-push")]
            public sealed class StockPush(HttpClient http)
            {
                public async Task PushAsync(HttpContent content)
                {
                    var response = await http.PostAsync("stock", content);
                    if (!response.IsSuccessStatusCode)
                    {
                        Console.WriteLine("Stock push failed, trying again");
                        await Task.Delay(2000);
                        response = await http.PostAsync("stock", content);
                    }

                    response.EnsureSuccessStatusCode();
                }
            }
            """);

    [Fact]
    public Task A_failed_response_that_only_waits_or_only_sends_something_else_is_not_retry() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("stock-push")]
            public sealed class {|IC0002:StockPush|}(HttpClient http)
            {
                public async Task PushAsync(HttpContent content)
                {
                    var response = await http.PostAsync("stock", content);
                    if (!response.IsSuccessStatusCode)
                    {
                        // Waits, then reports the failure somewhere else: not a second attempt.
                        await Task.Delay(2000);
                        await http.GetAsync("status");
                    }
                }
            }

            [Integration("price-push")]
            public sealed class {|IC0002:PricePush|}(HttpClient http)
            {
                public async Task PushAsync(HttpContent content)
                {
                    var response = await http.PostAsync("prices", content);
                    if (!response.IsSuccessStatusCode)
                    {
                        // Sends again at once, and a look-alike Delay of its own: no framework wait.
                        Delay(2000);
                        response = await http.PostAsync("prices", content);
                    }
                }

                private static void Delay(int milliseconds) { }
            }

            [Integration("page-pull")]
            public sealed class {|IC0002:PagePull|}(HttpClient http)
            {
                public async Task PullAsync()
                {
                    // A test for success that fetches the next page after a pause: paging, not a second attempt.
                    var page = await http.GetAsync("items?page=1");
                    if (page.IsSuccessStatusCode)
                    {
                        await Task.Delay(200);
                        page = await http.GetAsync("items?page=2");
                    }
                }
            }

            [Integration("order-push")]
            public sealed class {|IC0002:OrderPush|}(HttpClient http)
            {
                public async Task PushAsync(HttpContent content)
                {
                    // The repeated call is the log, not the one whose result failed.
                    Console.WriteLine("sending");
                    var response = await http.PostAsync("orders", content);
                    if (!response.IsSuccessStatusCode)
                    {
                        await Task.Delay(100);
                        Console.WriteLine("failed");
                    }
                }
            }
            """);

    [Fact]
    public Task A_status_code_compared_with_a_failure_and_retried_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("rate-limited-push")]
            public sealed class RateLimitedPush(HttpClient http)
            {
                public async Task PushAsync(HttpContent content)
                {
                    var response = await http.PostAsync("stock", content);
                    if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
                    {
                        await Task.Delay(5000);
                        response = await http.PostAsync("stock", content);
                    }
                }
            }
            """);
}
