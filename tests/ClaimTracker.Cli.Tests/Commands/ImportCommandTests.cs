using System.Text;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-import-").FullName;

    private string Database => Path.Combine(_folder, "import.db");

    private string Corpus => Path.Combine(_folder, "corpus");

    private string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    private string Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(Corpus, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private void WriteGoodCorpus()
    {
        Write("2026/03/budget.txt", "\"We will not raise taxes,\" Finance Minister Maria Okafor said on Monday.\r\nThe opposition said the budget was a fantasy.\r\n");
        Write("2026/03/budget.json", """{ "title": "Budget row", "outlet": "Capital Wire", "publishedAt": "2026-03-02T10:00:00Z" }""");
        Write("2026/04/bridge.md", "# Bridge to reopen\n\nOfficials said the **bridge** will reopen in May.\n");
        Write("harbour.html", """
            <html><head><meta property="og:title" content="Harbour reopens"><meta property="og:site_name" content="The Northern Ledger"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Harbour reopens</h1>
            <p>The port authority said the harbour would reopen on Monday after the storm damage was repaired by crews working day and night.</p>
            <p>"We have checked every berth twice," harbour master Omar Haddad told reporters on Friday, adding that ships could return at once.</p>
            </article><section class="comments"><div class="comment">First!</div></section></body></html>
            """);
        Write("notes/readme.pdf", "%PDF-1.7");
    }

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Imports_a_folder_recursively_and_prints_a_summary()
    {
        WriteGoodCorpus();

        var run = await CliProcess.RunAsync(Database, null, "import", Corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Imported: 3 (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("duplicates: 0, failed: 0, skipped (not article files): 1", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, Scalar<int>("SELECT COUNT(*) FROM Articles"));
        Assert.True(Scalar<int>("SELECT COUNT(*) FROM Claims") > 0);
    }

    [Fact]
    public async Task Uses_the_metadata_beside_a_text_file_and_found_in_documents()
    {
        WriteGoodCorpus();

        await CliProcess.RunAsync(Database, null, "import", Corpus);

        Assert.Equal("Capital Wire", Scalar<string>("SELECT Outlet FROM Articles WHERE Title = 'Budget row'"));
        Assert.Equal(1, Scalar<int>("SELECT COUNT(*) FROM Articles WHERE Title = 'Bridge to reopen'"));
        Assert.Equal("The Northern Ledger", Scalar<string>("SELECT Outlet FROM Articles WHERE Title = 'Harbour reopens'"));
        Assert.Equal(0, Scalar<int>("SELECT COUNT(*) FROM Articles WHERE Body LIKE '%First!%' OR Body LIKE '%Home%'"));
    }

    [Fact]
    public async Task Running_again_after_a_partial_import_adds_only_the_rest()
    {
        WriteGoodCorpus();
        var first = await CliProcess.RunAsync(Database, null, "import", Path.Combine(Corpus, "2026"));

        var second = await CliProcess.RunAsync(Database, null, "import", Corpus, "--batch-size", "1");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("Imported: 2 (", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Imported: 1 (", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("duplicates: 2, failed: 0", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, Scalar<int>("SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task Reports_every_failure_with_its_reason_and_imports_the_rest()
    {
        var good = Write("good.txt", "Officials said the bridge will reopen in May.");
        var binary = Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var empty = Write("empty.txt", []);
        var unsupported = Write("scan.pdf", "%PDF-1.7");
        var missing = Path.Combine(_folder, "nowhere");

        var run = await CliProcess.RunAsync(Database, null, "import", good, binary, empty, unsupported, missing);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Imported: 1 (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("failed: 4", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"failed: {binary}: photo.txt looks like a binary file", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"failed: {empty}: empty.txt is empty.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"failed: {unsupported}: scan.pdf is not a supported file type.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"failed: {missing}: no such file or folder", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_text_twice_in_one_run_is_one_article()
    {
        Write("a.txt", "Officials said the tunnel will close in June.");
        Write("b.txt", "Officials said the tunnel will close in June.\r\n");

        var run = await CliProcess.RunAsync(Database, null, "import", Corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("duplicates: 1", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Scalar<int>("SELECT COUNT(*) FROM Articles"));
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
