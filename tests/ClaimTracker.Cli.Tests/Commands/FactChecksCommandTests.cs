using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class FactChecksCommandTests : IDisposable
{
    private const string Checks = "claim\trating\turl\tchecked by\n"
        + "The national park doubled in size last year.\tFalse\thttps://desk.example/park\tPark Check\n"
        + "School meals are free for every pupil.\tTrue\thttps://desk.example/meals\tPark Check\n"
        + "A broken row.\tFalse\tjavascript:alert(1)\tPark Check\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-factchecks-").FullName;

    private string Database => Path.Combine(_folder, "library.db");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Imports_a_table_reports_the_skipped_row_and_adds_nothing_the_second_time()
    {
        var file = Write("checks.tsv", Checks);

        var first = await CliProcess.RunAsync(Database, null, "factchecks", "import", file, "--no-vectors");
        var second = await CliProcess.RunAsync(Database, null, "factchecks", "import", file, "--no-vectors");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 added, 0 already in the library, 1 skipped", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped: row 4: its address (url) uses javascript:", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 added, 2 already in the library", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Count("SELECT COUNT(*) FROM FactChecks"));
    }

    [Fact]
    public async Task Refuses_deeply_nested_json_with_a_message_and_stores_nothing()
    {
        var file = Write("deep.json", string.Concat(Enumerable.Repeat("[", 500)) + string.Concat(Enumerable.Repeat("]", 500)));

        var run = await CliProcess.RunAsync(Database, null, "factchecks", "import", file, "--no-vectors");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nested more than 32 levels deep", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM FactCheckImports"));
    }

    [Fact]
    public async Task Computes_vectors_on_import_and_finds_a_reworded_claim()
    {
        var file = Write("checks.tsv", Checks);
        var import = await CliProcess.RunAsync(Database, null, "factchecks", "import", file);

        var check = await CliProcess.RunAsync(Database, null, "factchecks", "check", "Every child gets lunch at school for free", "--top", "1");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM FactChecks WHERE Vector IS NULL"));
        Assert.Equal(0, check.ExitCode);
        var line = Assert.Single(check.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("\tTrue\tPark Check\thttps://desk.example/meals\tSchool meals are free for every pupil.\t-", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_the_contrast_badges_beside_a_close_check_that_may_say_the_opposite()
    {
        var file = Write("checks.tsv", Checks);
        await CliProcess.RunAsync(Database, null, "factchecks", "import", file);

        var check = await CliProcess.RunAsync(Database, null, "factchecks", "check", "School meals are not free for every pupil.", "--top", "1");

        Assert.Equal(0, check.ExitCode);
        var line = Assert.Single(check.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("\thttps://desk.example/meals\tSchool meals are free for every pupil.\tnegation differs", line, StringComparison.Ordinal);
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
            // A leftover temp folder is harmless.
        }
    }
}
