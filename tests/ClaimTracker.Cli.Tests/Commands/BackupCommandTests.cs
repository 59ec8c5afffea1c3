using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class BackupCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-backup-").FullName;

    private string Database => Path.Combine(_folder, "live.db");

    [Fact]
    public async Task Backup_copies_the_database_while_another_connection_keeps_writing()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(Database, null, "migrate")).ExitCode);
        using var stop = new CancellationTokenSource();
        var writes = 0;
        var writer = Task.Run(async () =>
        {
            await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
            await connection.OpenAsync();
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout=10000; CREATE TABLE IF NOT EXISTS Scratch (Id INTEGER PRIMARY KEY, Text TEXT);";
            await pragma.ExecuteNonQueryAsync();
            while (!stop.IsCancellationRequested)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO Scratch (Text) VALUES ('a line written during the backup');";
                await insert.ExecuteNonQueryAsync();
                Interlocked.Increment(ref writes);
            }
        }, TestContext.Current.CancellationToken);
        while (Volatile.Read(ref writes) < 50)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var copy = Path.Combine(_folder, "copy.db");
        var run = await CliProcess.RunAsync(Database, null, "backup", copy);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("integrity ok", run.Stdout, StringComparison.Ordinal);
        await using var check = new SqliteConnection($"Data Source={copy};Pooling=False;Mode=ReadOnly");
        await check.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM AspNetRoles;";
        Assert.Equal(3L, (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_an_existing_file()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(Database, null, "migrate")).ExitCode);
        var existing = Path.Combine(_folder, "exists.db");
        await File.WriteAllTextAsync(existing, "keep me", TestContext.Current.CancellationToken);

        var run = await CliProcess.RunAsync(Database, null, "backup", existing);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("already exists", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }
}
