using ClaimTracker.Core.Matching;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// Hands the C library's free heap pages back to the system at an interval (<c>Memory:NativeHeapTrimInterval</c>,
/// 30 seconds; zero turns it off). glibc keeps what native code frees (the sentence model's per-call buffers, the
/// JIT's, SQLite's) in its arenas for reuse and returns to the system only what lies at the top of the main heap;
/// under the load script about 12 MB of the app's anonymous memory was such free pages. A trim walks the allocator's
/// free memory once, and pages it returns are simply mapped again if needed.
/// </summary>
internal sealed class NativeHeapTrimmer(IConfiguration configuration, TimeProvider time, Action? trim = null) : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30);

    private readonly Action trim = trim ?? NativeHeap.Trim;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Memory:NativeHeapTrimInterval", DefaultInterval);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                trim();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
