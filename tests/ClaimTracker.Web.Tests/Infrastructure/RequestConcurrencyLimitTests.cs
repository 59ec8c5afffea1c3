using System.Net;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class RequestConcurrencyLimitTests
{
    [Fact]
    public async Task Requests_past_the_running_limit_and_a_full_queue_get_503_with_retry_after_while_health_still_answers()
    {
        // Arrange: one request may run and none may wait; a post whose body never finishes holds that one slot.
        await using var factory = new ClaimTrackerWebFactory();
        factory.Settings["RateLimiting:Concurrency:PermitLimit"] = "1";
        factory.Settings["RateLimiting:Concurrency:QueueLimit"] = "0";
        var holder = await factory.SignedInAsync(AppRoles.Reviewer);
        var other = await factory.SignedInAsync(AppRoles.Reviewer, "second@newsroom.test");
        var body = new HeldBody();
        var held = holder.PostAsync("/Articles/New", body, TestContext.Current.CancellationToken);
        await body.Started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Act: the held post reaches the limiter a moment after its body starts, so ask until it has.
        HttpResponseMessage refused;
        var attempts = 0;
        do
        {
            refused = await other.GetAsync("/Articles", TestContext.Current.CancellationToken);
        }
        while (refused.StatusCode == HttpStatusCode.OK && ++attempts < 100 && await Pause());

        var health = await factory.CreateBrowser().GetAsync("/healthz", TestContext.Current.CancellationToken);
        body.Release();
        await held;
        var afterwards = await other.GetAsync("/Articles", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Requests_over_the_running_limit_wait_their_turn_instead_of_failing()
    {
        await using var factory = new ClaimTrackerWebFactory();
        factory.Settings["RateLimiting:Concurrency:PermitLimit"] = "1";
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => browser.GetAsync("/Articles", TestContext.Current.CancellationToken)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(20, TestContext.Current.CancellationToken);
        return true;
    }

    /// <summary>A form body that sends its first bytes, then waits until the test lets it finish.</summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody() => Headers.ContentType = new("application/x-www-form-urlencoded");

        public Task Started => _started.Task;

        public void Release() => _release.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("Input.Title=held"u8.ToArray());
            await stream.FlushAsync();
            _started.TrySetResult();
            await _release.Task;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
