using System.Runtime.InteropServices;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// Tuning of the C library's allocator, which holds the sentence model's native memory (ONNX Runtime allocates
/// through it). glibc gives every thread that allocates its own arena, up to eight per core, and keeps freed memory
/// in them; model calls run on whichever pool thread serves the request, so each arena ends up holding a copy of
/// a call's working memory. Elsewhere (musl, macOS, Windows) the calls do nothing.
/// </summary>
public static class NativeHeap
{
    private const int ArenaMaxParameter = -8; // M_ARENA_MAX in glibc's malloc.h

    /// <summary>Caps the allocator's arenas; takes effect for threads that have not allocated yet.</summary>
    public static void LimitArenas(int arenas) => Call(() => mallopt(ArenaMaxParameter, arenas));

    /// <summary>Returns the free pages of every arena to the system, e.g. after a model load's temporary buffers.</summary>
    public static void Trim() => Call(() => malloc_trim(0));

    private static void Call(Func<int> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            call();
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc: its allocator has its own policy, and nothing here is needed for correctness.
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int parameter, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);
}
