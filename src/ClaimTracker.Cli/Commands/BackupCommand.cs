using System.CommandLine;
using ClaimTracker.Core.Data;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker backup OUT</c>: a consistent copy of the SQLite database taken with SQLite's online
/// backup API, so the web app can keep running and writing while it is made.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "File to write the copy to (must not exist)" };
        var command = new Command("backup", "Copy the SQLite database consistently while the app runs.") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = CliServices.BuildConfiguration();
            if (DatabaseSetup.GetProvider(configuration) != DatabaseProvider.Sqlite)
            {
                await Console.Error.WriteLineAsync("claimtracker backup: the database is SQL Server; back it up with BACKUP DATABASE (see docs/operations.md, Backups).");
                return 2;
            }

            var target = Path.GetFullPath(parse.GetValue(output)!);
            if (File.Exists(target))
            {
                await Console.Error.WriteLineAsync($"claimtracker backup: {target} already exists; choose a new file.");
                return 2;
            }

            var source = new SqliteConnectionStringBuilder(DatabaseSetup.GetConnectionString(configuration)) { Mode = SqliteOpenMode.ReadWrite };
            if (!File.Exists(source.DataSource))
            {
                await Console.Error.WriteLineAsync($"claimtracker backup: no database at {source.DataSource}.");
                return 1;
            }

            var integrity = await BackupAsync(source.ToString(), target, cancellationToken);
            if (integrity != "ok")
            {
                await Console.Error.WriteLineAsync($"claimtracker backup: the copy failed its integrity check: {integrity}");
                return 1;
            }

            await Console.Out.WriteLineAsync($"Backed up {source.DataSource} to {target} ({new FileInfo(target).Length:N0} bytes, integrity ok).");
            return 0;
        });
        return command;
    }

    internal static async Task<string> BackupAsync(string sourceConnectionString, string target, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using (var source = new SqliteConnection(sourceConnectionString))
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await using (var busy = source.CreateCommand())
            {
                busy.CommandText = "PRAGMA busy_timeout=10000;";
                await busy.ExecuteNonQueryAsync(cancellationToken);
            }

            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
        }

        await using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await check.OpenAsync(cancellationToken);
        await using var command = check.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
