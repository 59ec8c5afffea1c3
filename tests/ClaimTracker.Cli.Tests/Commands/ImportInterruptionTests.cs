using System.Diagnostics;
using ClaimTracker.Core.Generation;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests.Commands;

/// <summary>Killing the process during a bulk import leaves a consistent database, and running the import again completes it.</summary>
public sealed class ImportInterruptionTests : IDisposable
{
    private const int Files = 600;

    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-kill-").FullName;

    [Fact]
    public async Task Killed_import_leaves_a_consistent_database_and_a_rerun_completes_it()
    {
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        var generator = new SyntheticCorpus(seed: 11);
        for (var i = 0; i < Files; i++)
        {
            var article = generator.Next(i + 1);
            await File.WriteAllTextAsync(Path.Combine(corpus, $"article-{i:D4}.txt"), article.Title + "\n" + article.Body, TestContext.Current.CancellationToken);
        }

        var database = Path.Combine(_folder, "import.db");
        Assert.Equal(0, (await CliProcess.RunAsync(database, null, "migrate")).ExitCode);

        // Kill hard (no chance to clean up) once some batches have committed and more are on their way.
        using (var import = CliProcess.Start(database, "import", corpus, "--batch-size", "25"))
        {
            var clock = Stopwatch.StartNew();
            while (await CountAsync(database, "SELECT count(*) FROM Articles") < 50 && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var afterKill = await CountAsync(database, "SELECT count(*) FROM Articles");
        Assert.Equal("ok", await IntegrityAsync(database));
        Assert.InRange(afterKill, 1, Files - 1);
        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM Articles a WHERE NOT EXISTS (SELECT 1 FROM Claims c WHERE c.ArticleId = a.Id)"));

        var rerun = await CliProcess.RunAsync(database, null, "import", corpus);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Files, await CountAsync(database, "SELECT count(*) FROM Articles"));
        Assert.Equal("ok", await IntegrityAsync(database));
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> IntegrityAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync())!;
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
