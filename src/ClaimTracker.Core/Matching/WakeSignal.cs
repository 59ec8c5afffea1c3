namespace ClaimTracker.Core.Matching;

/// <summary>
/// Wakes a background worker that processes whatever is pending. Notifications coalesce: one pass handles
/// everything, so a burst of saves wakes the worker once.
/// </summary>
public abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the next pass takes this work too.
        }
        catch (ObjectDisposedException)
        {
            // Shutting down: the next start's sweep finds what is pending.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _signal.Dispose();
        }
    }
}
