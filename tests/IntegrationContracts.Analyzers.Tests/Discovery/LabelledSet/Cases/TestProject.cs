// project: Contoso.Integrations.Tests
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace LabelledSet.TestProject;

// IC0010: no (test class in a test project)
public sealed class ErpClientTests
{
    private readonly HttpClient _http = new(new FakeErpHandler());

    [Fact]
    public async Task Reads_an_item() => Assert.NotNull(await _http.GetStringAsync("http://erp/items/1"));
}

// IC0010: no (test double)
public sealed class FakeErpHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
}

// IC0010: no (test fixture that starts a client for the tests)
public sealed class ShopApiFixture
{
    public HttpClient Client { get; } = new() { BaseAddress = new System.Uri("http://localhost:5000") };
}
