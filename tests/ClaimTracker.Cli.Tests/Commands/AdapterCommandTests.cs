using System.Text;
using ClaimTracker.Core.Matching;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class AdapterCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-adapter-").FullName;

    // Training needs no database: point it at a path that cannot be created.
    private const string NoDatabase = "/nonexistent-folder/never.db";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private (string Corpus, string Queries, string Qrels) Pairs() => (
        Write("corpus.tsv", """
            id	text
            c1	The city council voted to ban plastic bags in all supermarkets.
            c2	A new study says coffee drinkers live longer than people who avoid it.
            c3	Scientists found that the glacier lost a third of its ice in ten years.
            """),
        Write("queries.tsv", """
            id	text
            q1	No more plastic bags at the supermarket after the council vote
            q2	Coffee makes you live longer, a study says
            q3	The glacier has lost a third of its ice
            """),
        Write("qrels", "q1 0 c1 1\nq2 0 c2 1\nq3 0 c3 1\n"));

    [Fact]
    public async Task Training_writes_an_adapter_for_the_model_that_match_then_uses()
    {
        var (corpus, queries, qrels) = Pairs();
        var output = Path.Combine(_folder, "newsroom.qadapter");

        var train = await CliProcess.RunAsync(NoDatabase, null, "adapter", "train", "--corpus", corpus, "--queries", queries, "--qrels", qrels, "--out", output, "--epochs", "1");
        var match = await CliProcess.RunAsync(NoDatabase, null, "match", "--corpus", corpus, "--queries", queries, "--top", "1", "--adapter", output);

        Assert.Equal(0, train.ExitCode);
        Assert.Contains("3 judged queries", train.Stderr, StringComparison.Ordinal);
        await using (var file = File.OpenRead(output))
        {
            var adapter = QueryAdapter.Read(file);
            Assert.Equal(SentenceModel.Named(new MatchingOptions().Model).Name, adapter.ModelName);
        }

        Assert.Equal(0, match.ExitCode);
        Assert.Equal(["q1 Q0 c1 1", "q2 Q0 c2 1", "q3 Q0 c3 1"], match.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(' ', l.Split(' ')[..4])));
        Assert.False(File.Exists(output + ".tmp"));
    }

    [Fact]
    public async Task Judgements_that_name_no_corpus_text_are_refused_and_nothing_is_written()
    {
        var (corpus, queries, _) = Pairs();
        var qrels = Write("other.qrels", "q1 0 x9 1\n");
        var output = Path.Combine(_folder, "none.qadapter");

        var run = await CliProcess.RunAsync(NoDatabase, null, "adapter", "train", "--corpus", corpus, "--queries", queries, "--qrels", qrels, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no query has a judged match", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Match_refuses_an_adapter_file_that_is_not_one()
    {
        var (corpus, queries, _) = Pairs();
        var notAnAdapter = Write("bad.qadapter", "not an adapter");

        var run = await CliProcess.RunAsync(NoDatabase, null, "match", "--corpus", corpus, "--queries", queries, "--adapter", notAnAdapter);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Not a query adapter", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
