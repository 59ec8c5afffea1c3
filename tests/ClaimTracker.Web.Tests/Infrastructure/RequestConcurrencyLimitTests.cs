using System.Net;
using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class RequestConcurrencyLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_past_the_running_limit_and_a_full_queue_get_503_with_retry_after_while_health_and_posts_still_answer()
    {
        // Arrange: one read may run and none may wait; the test takes that one place itself.
        await using var factory = new ClaimTrackerWebFactory();
        factory.Settings["RateLimiting:Concurrency:PermitLimit"] = "1";
        factory.Settings["RateLimiting:Concurrency:QueueLimit"] = "0";
        var reviewer = await factory.SignedInAsync(AppRoles.Reviewer);
        var page = await (await reviewer.GetAsync("/Articles/New", Ct)).Content.ReadAsStringAsync(Ct);
        var limiter = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var held = limiter.AttemptAcquire(new DefaultHttpContext { Request = { Method = HttpMethods.Get } });
        Assert.True(held.IsAcquired);

        // Act
        var refused = await reviewer.GetAsync("/Articles", Ct);
        var health = await factory.CreateBrowser().GetAsync("/healthz", Ct);
        var post = await reviewer.PostFormAsync("/Articles/New", new Dictionary<string, string> { ["Input.Title"] = "" }, BrowserExtensions.AntiforgeryToken(page));
        held.Dispose();
        var afterwards = await reviewer.GetAsync("/Articles", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Reads_over_the_running_limit_wait_their_turn_instead_of_failing()
    {
        await using var factory = new ClaimTrackerWebFactory();
        factory.Settings["RateLimiting:Concurrency:PermitLimit"] = "1";
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => browser.GetAsync("/Articles", Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
