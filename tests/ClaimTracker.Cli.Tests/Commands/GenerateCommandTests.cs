using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-generate-").FullName;

    [Fact]
    public async Task Generates_articles_with_claims_sources_and_annotations()
    {
        var database = Path.Combine(_folder, "generated.db");

        var run = await CliProcess.RunAsync(database, null, "generate", "--articles", "30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Generated 30 articles", run.Stdout, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(30L, await ScalarAsync(connection, "SELECT count(*) FROM Articles"));
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM Claims") > 300);
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM Sources") > 0);
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM Claims WHERE ReviewedAt IS NOT NULL") > 0);
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM ClaimsFts WHERE ClaimsFts MATCH 'percent OR months OR jobs OR evidence OR figures'") > 0);
    }

    [Fact]
    public async Task Refuses_a_nonsensical_count()
    {
        var run = await CliProcess.RunAsync(Path.Combine(_folder, "none.db"), null, "generate", "--articles", "0");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--articles must be between", run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
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
