using System.Net;

namespace ClaimTracker.Web.Tests.Pages.Readers;

public sealed class PublicRateLimitTests : IDisposable
{
    private readonly ClaimTrackerWebFactory _factory = new();

    public PublicRateLimitTests()
    {
        _factory.Settings["RateLimiting:Public:PermitLimit"] = "3";
        _factory.Settings["RateLimiting:Public:WindowSeconds"] = "600";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Public_pages_refuse_a_client_over_its_limit_with_retry_after()
    {
        var reader = _factory.CreateBrowser();
        var ct = TestContext.Current.CancellationToken;

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await reader.GetAsync("/r/987654", ct)).StatusCode);
        }

        var refused = await reader.GetAsync("/sitemap.xml", ct);
        var signIn = await reader.GetAsync("/Identity/Account/Login", ct);

        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to come back");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}

public sealed class PublicReportConfigurationTests
{
    [Theory]
    [InlineData("Reports:EmbedOrigins:0", "https://partner.example/embed", "Reports:EmbedOrigins")]
    [InlineData("Reports:EmbedOrigins:0", "https://partner.example; script-src *", "Reports:EmbedOrigins")]
    [InlineData("Reports:Organization:LogoUrl", "javascript:alert(1)", "Reports:Organization:LogoUrl")]
    public void App_refuses_to_start_with_an_unsafe_setting(string key, string value, string named)
    {
        using var factory = new ClaimTrackerWebFactory();
        factory.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateBrowser());

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
