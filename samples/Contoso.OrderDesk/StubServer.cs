using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Contoso.OrderDesk;

/// <summary>
/// A local stand-in for Shopify and Business Central on 127.0.0.1: the shop lists one paid order, and the ERP is
/// "in maintenance" (503) for every request, so the import fails the way it does when the ERP is down.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    private const string PaidOrders = """
        {"orders":[{"name":"#1001","created_at":"2025-03-14T09:26:53Z","currency":"EUR","customer":{"id":4711},
          "line_items":[{"sku":"CHAIR-OAK","quantity":2,"price":"149.90"}]}]}
        """;

    private readonly HttpListener _listener;
    private readonly Task _serving;

    private StubServer(HttpListener listener, Uri baseAddress)
    {
        _listener = listener;
        BaseAddress = baseAddress;
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The stub's root, e.g. <c>http://127.0.0.1:51234/</c>; the shop answers under <c>shop/</c>, the ERP under <c>erp/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the stub on a free loopback port.</summary>
    public static StubServer Start()
    {
        for (int tries = 1; ; tries++)
        {
            var baseAddress = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(baseAddress.ToString());
            try
            {
                listener.Start();
                return new StubServer(listener, baseAddress);
            }
            catch (HttpListenerException) when (tries < 5)
            {
                // Another process took the port between probing and listening; probe again.
                listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving.ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            string path = context.Request.Url?.AbsolutePath ?? "/";
            (int status, string body) = path.StartsWith("/shop/", StringComparison.Ordinal)
                ? (200, PaidOrders)
                : (503, """{"error":{"code":"ServiceUnavailable","message":"Business Central is being upgraded. Try again later."}}""");
            Console.WriteLine($"  stub: {context.Request.HttpMethod} {path} -> {status}");

            byte[] bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
    }
}
