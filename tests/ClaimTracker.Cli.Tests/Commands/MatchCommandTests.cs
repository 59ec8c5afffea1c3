using System.Text;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class MatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-match-").FullName;

    // Matching must never touch the database: point it at a path that cannot be created.
    private const string NoDatabase = "/nonexistent-folder/never.db";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Each_query_gets_trec_run_lines_ranking_its_paraphrase_first()
    {
        var corpus = Write("corpus.tsv", """
            id	text
            c1	The city council voted to ban plastic bags in all supermarkets.
            c2	A new study says coffee drinkers live longer than people who avoid it.
            c3	The senator claimed that the border wall has been fully paid for by Mexico.
            c4	Scientists found that the glacier lost a third of its ice in ten years.
            """);
        var queries = Write("queries.tsv", """"
            id	text
            q1	Supermarkets may no longer hand out plastic bags after a council vote https://t.co/x1 #NoMoreBags
            q2	"Drinking coffee makes you live longer, researchers say ""in a new study"""
            """");

        var run = await CliProcess.RunAsync(NoDatabase, null, "match", "--corpus", corpus, "--queries", queries, "--top", "2");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l =>
        {
            Assert.Equal(6, l.Length);
            Assert.Equal("Q0", l[1]);
            Assert.Equal("claimtracker", l[5]);
        });
        Assert.Equal(["q1", "Q0", "c1", "1"], lines[0][..4]);
        Assert.Equal(["q2", "Q0", "c2", "1"], lines[2][..4]);
        Assert.Equal("2", lines[1][3]);
        Assert.True(double.Parse(lines[0][4], System.Globalization.CultureInfo.InvariantCulture) >= double.Parse(lines[1][4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("claimtracker match:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_the_header_is_refused_with_a_reason()
    {
        var corpus = Write("corpus.tsv", "c1\tSome claim\n");
        var queries = Write("queries.tsv", "id\ttext\nq1\tSome claim\n");

        var run = await CliProcess.RunAsync(NoDatabase, null, "match", "--corpus", corpus, "--queries", queries);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("header", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task A_repeated_id_is_refused()
    {
        var corpus = Write("corpus.tsv", "id\ttext\nc1\tOne claim\nc1\tAnother claim\n");
        var queries = Write("queries.tsv", "id\ttext\nq1\tOne claim\n");

        var run = await CliProcess.RunAsync(NoDatabase, null, "match", "--corpus", corpus, "--queries", queries);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("appears twice", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
