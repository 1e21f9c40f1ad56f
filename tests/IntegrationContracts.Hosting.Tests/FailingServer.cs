using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>
/// A local HTTP server on 127.0.0.1 that answers each request with the status its script gives for that request's
/// number (1, 2, ...), and keeps the bodies it received.
/// </summary>
public sealed class FailingServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<int, HttpStatusCode> _script;
    private readonly Task _serving;
    private readonly List<string> _bodies = new();
    private int _requests;

    private FailingServer(HttpListener listener, Uri address, Func<int, HttpStatusCode> script)
    {
        _listener = listener;
        _script = script;
        Address = address;
        _serving = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public int Requests => Volatile.Read(ref _requests);

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return _bodies.ToList();
            }
        }
    }

    /// <summary>The status a script returns for a request the server never answers.</summary>
    public const HttpStatusCode Hang = 0;

    /// <summary>Always 503.</summary>
    public static FailingServer Down() => Start(_ => HttpStatusCode.ServiceUnavailable);

    public static FailingServer Start(Func<int, HttpStatusCode> script)
    {
        for (var tries = 1; ; tries++)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return new FailingServer(listener, address, script);
            }
            catch (HttpListenerException) when (tries < 5)
            {
                listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (_bodies)
                {
                    _bodies.Add(body);
                }
            }

            var status = _script(Interlocked.Increment(ref _requests));
            if (status == Hang)
            {
                continue; // never answers: the request stays open until the server stops
            }

            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }
}
