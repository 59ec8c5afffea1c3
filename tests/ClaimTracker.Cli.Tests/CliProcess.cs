using System.Diagnostics;

namespace ClaimTracker.Cli.Tests;

public sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real claimtracker binary in its own process, with its own environment, as a shell would.</summary>
public static class CliProcess
{
    /// <summary>Starts the CLI without waiting, output discarded, for tests that interrupt it.</summary>
    public static Process Start(string databaseFile, params string[] args)
    {
        var start = StartInfo(databaseFile, args);
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task<CliRun> RunAsync(string databaseFile, string? stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(databaseFile, args))!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo StartInfo(string databaseFile, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "claimtracker.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__ClaimTracker"] = $"Data Source={databaseFile}";
        return start;
    }
}
