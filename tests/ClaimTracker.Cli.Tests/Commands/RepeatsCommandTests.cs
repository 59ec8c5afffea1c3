using System.Text;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class RepeatsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-repeats-").FullName;

    private string Database => Path.Combine(_folder, "news.db");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Calibrate_prints_precision_and_recall_per_threshold_the_chosen_one_and_the_dev_figures()
    {
        var corpus = Write("corpus.tsv", """
            id	text
            c1	The city council voted to ban plastic bags in all supermarkets.
            c2	A new study says coffee drinkers live longer than people who avoid it.
            c3	The senator claimed that the border wall has been fully paid for by Mexico.
            c4	Scientists found that the glacier lost a third of its ice in ten years.
            """);
        var train = Write("train.tsv", """
            id	text
            t1	Supermarkets may no longer hand out plastic bags after a council vote
            t2	Mexico has already paid for the whole border wall, the senator says
            """);
        var trainQrels = Write("train.qrels", "t1\t0\tc1\t1\nt2\t0\tc3\t1\n");
        var dev = Write("dev.tsv", "id\ttext\nd1\tDrinking coffee makes you live longer, researchers say\n");
        var devQrels = Write("dev.qrels", "d1 0 c2 1\n");

        var run = await CliProcess.RunAsync(Database, null, "repeats", "calibrate", "--corpus", corpus, "--queries", train, "--qrels", trainQrels,
            "--dev-queries", dev, "--dev-qrels", devQrels, "--negatives", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("# train.tsv: 2 repeat pairs, 4 nearest non-repeats (2 per query)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("threshold\tprecision\trecall\tF1\tF0.5\tTP\tFP\tFN", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(66, run.Stdout.Split('\n').Count(l => l.Length > 4 && l[0] == '0' && l[1] == '.'));
        Assert.Equal(1, run.Stdout.Split('\n').Count(l => l.EndsWith("<- chosen", StringComparison.Ordinal)));
        Assert.Matches(@"chosen threshold 0\.\d\d \(best F0\.5\) on train\.tsv: 0\.\d\d\t1\.000\t1\.000", run.Stdout);
        Assert.Matches(@"on dev\.tsv \(1 repeat pairs, 2 nearest non-repeats\): 0\.\d\d\t", run.Stdout);
        Assert.False(File.Exists(Database), "calibrating needs no database");
    }

    [Fact]
    public async Task Calibrate_refuses_a_malformed_qrels_file_with_its_line()
    {
        var corpus = Write("corpus.tsv", "id\ttext\nc1\tThe council voted to ban plastic bags.\n");
        var queries = Write("q.tsv", "id\ttext\nq1\tPlastic bags are banned.\n");
        var qrels = Write("bad.qrels", "q1 0 c1 1\nq2 c1\n");

        var run = await CliProcess.RunAsync(Database, null, "repeats", "calibrate", "--corpus", corpus, "--queries", queries, "--qrels", qrels);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.qrels, line 2: expected 'QUERY 0 DOCUMENT RELEVANCE'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vectors_rebuild_links_a_repeat_and_link_all_then_adds_nothing()
    {
        var earlier = Write("earlier.txt", "Floods destroyed more than 300 homes in the valley of Arden.");
        var later = Write("later.txt", "More than 300 houses in the Arden valley were wrecked by floods.");
        Assert.Equal(0, (await CliProcess.RunAsync(Database, null, "import", earlier, later)).ExitCode);

        var rebuild = await CliProcess.RunAsync(Database, null, "vectors", "rebuild");
        var again = await CliProcess.RunAsync(Database, null, "repeats", "link", "--all");

        Assert.Equal(0, rebuild.ExitCode);
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM ClaimRelations WHERE Type = 'Repeats'"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("2 claims searched, 0 repeat links added.", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_one_article_embeds_its_claims_and_links_them()
    {
        var earlier = Write("earlier.txt", "Floods destroyed more than 300 homes in the valley of Arden.");
        Assert.Equal(0, (await CliProcess.RunAsync(Database, null, "import", earlier)).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync(Database, null, "vectors", "rebuild")).ExitCode);
        var later = Write("later.txt", "More than 300 houses in the Arden valley were wrecked by floods.");
        Assert.Equal(0, (await CliProcess.RunAsync(Database, null, "import", later)).ExitCode);
        var laterId = Scalar("SELECT MAX(Id) FROM Articles");

        var run = await CliProcess.RunAsync(Database, null, "repeats", "link", "--article", laterId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var missing = await CliProcess.RunAsync(Database, null, "repeats", "link", "--article", "9999");
        var neither = await CliProcess.RunAsync(Database, null, "repeats", "link");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Article {laterId}: 1 repeat link added.", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no article 9999", missing.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, neither.ExitCode);
        Assert.Contains("Give either --article N or --all.", neither.Stderr, StringComparison.Ordinal);
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
