using ClaimTracker.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class NativeHeapTrimmerTests
{
    private static IConfiguration Interval(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Memory:NativeHeapTrimInterval"] = value })
        .Build();

    [Fact]
    public async Task Trims_once_each_time_the_interval_passes()
    {
        var time = new ObservedTimeProvider();
        var trims = 0;
        using var trimmer = new NativeHeapTrimmer(Interval("00:00:30"), time, () => Interlocked.Increment(ref trims));
        await trimmer.StartAsync(TestContext.Current.CancellationToken);
        await time.TimerCreated.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        var beforeInterval = Volatile.Read(ref trims);
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => Volatile.Read(ref trims) == 1);
        time.Advance(TimeSpan.FromSeconds(30));
        await WaitForAsync(() => Volatile.Read(ref trims) == 2);
        await trimmer.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, beforeInterval);
        Assert.Equal(2, Volatile.Read(ref trims));
    }

    [Fact]
    public async Task An_interval_of_zero_turns_trimming_off()
    {
        var time = new FakeTimeProvider();
        var trims = 0;
        using var trimmer = new NativeHeapTrimmer(Interval("00:00:00"), time, () => Interlocked.Increment(ref trims));
        await trimmer.StartAsync(TestContext.Current.CancellationToken);

        // Off, the service ends by itself instead of waiting for ticks.
        await trimmer.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(0, Volatile.Read(ref trims));
        Assert.True(trimmer.ExecuteTask.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Stopping_ends_the_loop_without_an_error()
    {
        var time = new ObservedTimeProvider();
        using var trimmer = new NativeHeapTrimmer(Interval(null), time, () => { });
        await trimmer.StartAsync(TestContext.Current.CancellationToken);
        await time.TimerCreated.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await trimmer.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(trimmer.ExecuteTask?.IsCompletedSuccessfully);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Tells when the trimmer's timer exists, so advancing the clock cannot race the loop's start.</summary>
    private sealed class ObservedTimeProvider : FakeTimeProvider
    {
        private readonly TaskCompletionSource created = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task TimerCreated => created.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            created.TrySetResult();
            return timer;
        }
    }
}
