using System.CommandLine;
using ClaimTracker.Cli.Commands;

namespace ClaimTracker.Cli;

internal static class CliApp
{
    public static RootCommand CreateRoot(TextReader stdin) => new("ClaimTracker: attributed claims in news articles.")
    {
        ExtractCommand.Create(),
        UsersCommand.Create(stdin),
        MigrateCommand.Create(),
        ReportCommand.Create(),
        ImportCommand.Create(),
        BackupCommand.Create(),
        GenerateCommand.Create(),
        FactChecksCommand.Create(),
        MatchCommand.Create(),
        AdapterCommand.Create(),
        RepeatsCommand.Create(),
        VectorsCommand.Create(),
    };

    public static async Task<int> RunAsync(string[] args, TextReader stdin)
    {
        try
        {
            return await CreateRoot(stdin).Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A one-line reason, never a stack trace, for the failures a user can fix (configuration, files, permissions).
            await Console.Error.WriteLineAsync($"claimtracker: {ex.Message}");
            return 1;
        }
    }
}
