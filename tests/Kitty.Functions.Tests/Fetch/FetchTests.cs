using System.Net;
using System.Text;
using Kitty.Functions.Fetch;
using Kitty.Functions.Tests.Support;
using Microsoft.ClearScript.V8;
using static Kitty.Functions.Tests.Support.ScriptEngines;

namespace Kitty.Functions.Tests.Fetch;

/// <summary>The scripts' fetch against a real HTTP server on loopback.</summary>
public sealed class FetchTests : IAsyncLifetime
{
    private readonly LocalHttpServer _server;
    private readonly List<IDisposable> _owned = [];

    public FetchTests() => _server = new LocalHttpServer(HandleAsync);

    [Fact]
    public async Task Get_ReturnsStatusHeadersAndText()
    {
        var result = await RunAsync(Engine(), $$"""
            const response = await fetch('{{_server.BaseUrl}}hello');
            return [response.ok, response.status, response.statusText, response.url, response.headers.get('X-Kitty'),
              response.headers.get('Content-Type'), await response.text()];
            """);

        Assert.Equal($"""[true,200,"OK","{_server.BaseUrl}hello","meow","text/plain; charset=utf-8","hello from GET /hello"]""", result);
    }

    [Fact]
    public async Task Post_SendsItsHeadersAndStringBody_AndJsonParsesTheAnswer()
    {
        var result = await RunAsync(Engine(), $$"""
            const response = await fetch('{{_server.BaseUrl}}echo', {
              method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Custom': 'abc' }, body: JSON.stringify({ a: 1 }) });
            const seen = [];
            response.headers.forEach((value, name) => { if (name.startsWith('x-')) seen.push(name + '=' + value); });
            return [await response.json(), seen];
            """);

        Assert.Equal("""[{"method":"POST","contentType":"application/json","custom":"abc","body":"{\"a\":1}"},["x-kitty=meow"]]""", result);
    }

    [Fact]
    public async Task AnErrorStatus_IsAResponse_NotARejection()
    {
        var result = await RunAsync(Engine(), $"const r = await fetch('{_server.BaseUrl}missing'); return [r.ok, r.status, r.statusText];");

        Assert.Equal("""[false,404,"Not Found"]""", result);
    }

    [Fact]
    public async Task ASlowServer_RejectsWithATimeoutTypeError()
    {
        var failure = await FailureAsync(Engine(fetchTimeout: TimeSpan.FromMilliseconds(300)), $"await fetch('{_server.BaseUrl}never')");

        Assert.Equal($"TypeError: fetch of '{_server.BaseUrl}never' timed out after 300 ms.", failure);
    }

    [Fact]
    public async Task TheTimeout_IsBoundedByWhatIsLeftOfTheInvocation()
    {
        var failure = await FailureAsync(Engine(timeLeft: TimeSpan.FromMilliseconds(200)), $"await fetch('{_server.BaseUrl}never')");

        Assert.EndsWith("timed out after 200 ms.", failure);
    }

    [Theory]
    [InlineData("big")]
    [InlineData("big-chunked")]
    public async Task AResponseLargerThanTheCap_Rejects(string path)
    {
        var engine = Engine(maxBytes: 1000);

        Assert.Equal($"TypeError: fetch of '{_server.BaseUrl}{path}' was refused: The response body is larger than the 1000 bytes a chat function may read.",
            await FailureAsync(engine, $"await fetch('{_server.BaseUrl}{path}')"));
        Assert.Equal("2000", await RunAsync(Engine(maxBytes: 2000), $"return (await (await fetch('{_server.BaseUrl}{path}')).text()).length;"));
    }

    [Fact]
    public async Task ANodeThatDoesNotAllowPrivateNetworks_RefusesItsOwnLoopback()
    {
        var failure = await FailureAsync(Engine(allowPrivateNetworks: false), $"await fetch('{_server.BaseUrl}hello')");

        Assert.EndsWith("is a loopback or private network address, which chat functions may not reach.", failure);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    public async Task LinkLocalAndMetadataAddresses_AreRefused(string url)
    {
        var failure = await FailureAsync(Engine(), $"await fetch('{url}')");

        Assert.StartsWith($"TypeError: fetch of '{url}' was refused: ", failure);
        Assert.EndsWith("is a link-local or cloud metadata address, which chat functions may not reach.", failure);
    }

    [Fact]
    public async Task ARedirectToTheMetadataService_IsRefusedToo()
    {
        var failure = await FailureAsync(Engine(), $"await fetch('{_server.BaseUrl}to-metadata')");

        Assert.Equal($"TypeError: fetch of '{_server.BaseUrl}to-metadata' was refused: '169.254.169.254' is a link-local or cloud metadata address, which chat functions may not reach.",
            failure);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "was refused: only http and https URLs can be fetched, not file.")]
    [InlineData("not a url", "was refused: 'not a url' is not an absolute URL.")]
    public async Task OnlyHttpAndHttpsUrls_CanBeFetched(string url, string reason)
    {
        Assert.Equal($"TypeError: fetch of '{url}' {reason}", await FailureAsync(Engine(), $"await fetch('{url}')"));
    }

    [Fact]
    public async Task NonStringBodies_AndGetBodies_AreTypeErrors()
    {
        Assert.Equal("TypeError: fetch in chat functions only sends string bodies.",
            await FailureAsync(Engine(), $"await fetch('{_server.BaseUrl}echo', {{ method: 'POST', body: {{ a: 1 }} }})"));
        Assert.Equal("TypeError: A GET or HEAD request cannot have a body.",
            await FailureAsync(Engine(), $"await fetch('{_server.BaseUrl}echo', {{ body: 'x' }})"));
    }

    [Fact]
    public async Task AResponseBody_CanBeReadOnce()
    {
        Assert.Equal("TypeError: The response body has already been read.",
            await FailureAsync(Engine(), $"const r = await fetch('{_server.BaseUrl}hello'); await r.text(); await r.text()"));
    }

    private V8ScriptEngine Engine(TimeSpan? fetchTimeout = null, TimeSpan? timeLeft = null, int maxBytes = 1024 * 1024, bool allowPrivateNetworks = true)
    {
        var client = new FetchClient(new FunctionRunnerOptions
        {
            FetchTimeout = fetchTimeout ?? TimeSpan.FromSeconds(10), MaxFetchResponseBytes = maxBytes, FetchAllowsPrivateNetworks = allowPrivateNetworks,
        });
        var engine = WithGlobals(new ScriptHost(fetch: client, timeLeft: timeLeft));
        _owned.Add(engine);
        _owned.Add(client);
        return engine;
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers["X-Kitty"] = "meow";
        switch (request.Url!.AbsolutePath)
        {
            case "/hello":
                response.ContentType = "text/plain; charset=utf-8";
                await Write(response, $"hello from {request.HttpMethod} /hello");
                break;
            case "/echo":
                using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
                {
                    var body = await reader.ReadToEndAsync();
                    response.ContentType = "application/json";
                    await Write(response, System.Text.Json.JsonSerializer.Serialize(new
                    {
                        method = request.HttpMethod, contentType = request.ContentType, custom = request.Headers["X-Custom"], body,
                    }));
                }

                break;
            case "/never":
                var stopped = new TaskCompletionSource();
                using (_server.Stopping.Register(() => stopped.TrySetResult()))
                {
                    await stopped.Task;
                }

                break;
            case "/to-metadata":
                response.Redirect("http://169.254.169.254/latest/meta-data/");
                break;
            case "/big":
                await Write(response, new string('k', 2000));
                break;
            case "/big-chunked":
                response.SendChunked = true;
                for (var i = 0; i < 4; i++) await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(new string('k', 500)));
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    private static async Task Write(HttpListenerResponse response, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _owned.ForEach(o => o.Dispose());
        await _server.DisposeAsync();
    }
}
