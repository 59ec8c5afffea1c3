using System.Net;
using System.Text;
using ClaimTracker.Core.Importing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Tests.Importing;

/// <summary>
/// The SSRF guard against a real server on 127.0.0.1 (never any other address): with the default settings every
/// loopback fetch is refused; with private addresses allowed, the size cap, redirect limit and timeout are tested.
/// </summary>
public sealed class UrlFetcherTests : IAsyncLifetime
{
    private WebApplication _server = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Base { get; set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.MapGet("/story", () => Results.Content(NewsPages.Harbour, "text/html; charset=utf-8"));
        _server.MapGet("/big", () => Results.Bytes(new byte[3000], "text/plain"));
        _server.MapGet("/big-chunked", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            for (var i = 0; i < 10; i++)
            {
                await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes(new string('a', 500)));
                await context.Response.Body.FlushAsync();
            }
        });
        _server.MapGet("/loop", () => Results.Redirect("/loop"));
        _server.MapGet("/hop/{n:int}", (int n) => n == 0 ? Results.Redirect("/story") : Results.Redirect($"/hop/{n - 1}"));
        _server.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
        _server.MapGet("/to-other-loopback", (HttpContext context) => Results.Redirect($"http://127.0.0.2:{context.Connection.LocalPort}/story"));
        _server.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Results.Text("late");
        });
        _server.MapGet("/missing", () => Results.NotFound());
        await _server.StartAsync(Ct);
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Base = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
    }

    private static UrlFetcher Fetcher(ImportOptions options, Func<IPAddress, bool>? isAllowed = null) =>
        new(new OneClientFactory(isAllowed is null ? UrlFetcher.CreateHandler(options) : UrlFetcher.CreateHandler(isAllowed)), Options.Create(options));

    private static ImportOptions Allowing(int maxFileBytes = 5 * 1024 * 1024, int maxRedirects = 5, int timeoutSeconds = 15) => new()
    {
        AllowPrivateAddresses = true,
        MaxFileBytes = maxFileBytes,
        MaxRedirects = maxRedirects,
        FetchTimeoutSeconds = timeoutSeconds,
    };

    [Fact]
    public async Task Fetches_a_page_when_private_addresses_are_allowed()
    {
        var fetched = await Fetcher(Allowing()).FetchAsync($"{Base}/story", Ct);

        Assert.Equal("text/html", fetched.MediaType);
        Assert.Equal("utf-8", fetched.Charset);
        Assert.Contains(NewsPages.ArticleSentence, Encoding.UTF8.GetString(fetched.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_loopback_by_default()
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(new ImportOptions()).FetchAsync($"{Base}/story", Ct));

        Assert.Contains("Refused to fetch 127.0.0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_host_name_that_resolves_to_loopback_by_default()
    {
        var port = new Uri(Base).Port;

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(new ImportOptions()).FetchAsync($"http://localhost:{port}/story", Ct));

        Assert.Contains("Refused to fetch localhost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_redirect_to_an_address_that_is_not_allowed()
    {
        // Only 127.0.0.1 is allowed here; the redirect points at 127.0.0.2, which stands in for an internal host.
        var fetcher = Fetcher(Allowing(), ip => ip.Equals(IPAddress.Loopback));

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => fetcher.FetchAsync($"{Base}/to-other-loopback", Ct));

        Assert.Contains("Refused to fetch 127.0.0.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_redirect_to_a_non_web_scheme()
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(Allowing()).FetchAsync($"{Base}/to-file", Ct));

        Assert.Contains("http:// or https://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_a_few_redirects()
    {
        var fetched = await Fetcher(Allowing(maxRedirects: 3)).FetchAsync($"{Base}/hop/2", Ct);

        Assert.EndsWith("/story", fetched.Url.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_after_the_redirect_limit()
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(Allowing(maxRedirects: 3)).FetchAsync($"{Base}/loop", Ct));

        Assert.Contains("redirected more than 3 times", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/big")]
    [InlineData("/big-chunked")]
    public async Task Refuses_a_body_over_the_size_cap(string path)
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(Allowing(maxFileBytes: 2048)).FetchAsync(Base + path, Ct));

        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_up_on_a_server_that_does_not_answer_in_time()
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(Allowing(timeoutSeconds: 1)).FetchAsync($"{Base}/slow", Ct));

        Assert.Contains("took longer than 1 seconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_an_error_status()
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(Allowing()).FetchAsync($"{Base}/missing", Ct));

        Assert.Contains("answered 404", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/story")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public async Task Refuses_addresses_that_are_not_web_pages(string url)
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(new ImportOptions()).FetchAsync(url, Ct));

        Assert.Contains("http:// or https://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_credentials_in_the_address()
    {
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Fetcher(Allowing()).FetchAsync(Base.Replace("http://", "http://admin:secret@", StringComparison.Ordinal) + "/story", Ct));

        Assert.Contains("user name or password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registered_client_refuses_loopback_with_the_default_settings()
    {
        await using var database = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() =>
            database.InScopeAsync(sp => sp.GetRequiredService<UrlFetcher>().FetchAsync($"{Base}/story", Ct)));

        Assert.Contains("Refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registered_client_follows_the_configuration_switch()
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:AllowPrivateAddresses"] = "true" });

        var fetched = await database.InScopeAsync(sp => sp.GetRequiredService<UrlFetcher>().FetchAsync($"{Base}/story", Ct));

        Assert.NotEmpty(fetched.Content);
    }

    private sealed class OneClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
