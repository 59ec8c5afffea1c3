using System.Globalization;
using System.Text.Json;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-cli-report-").FullName;

    private string Database => Path.Combine(_folder, "cli.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An article with one reviewed, rated claim and one unreviewed claim whose text a spreadsheet would run.</summary>
    private async Task<int> SeedAsync()
    {
        await using var services = CliServices.Build(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ClaimTracker"] = $"Data Source={Database};Pooling=False",
        });
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, Ct);
        const string body = "The minister said exports grew by 4%. Critics said =1+1 is the real figure.";
        var article = new Article { Title = "Exports", Outlet = "Trade Daily", OriginalUrl = "https://trade.example/exports", Body = body, ContentHash = "cli-report" };
        article.Claims.Add(Claim(body, 1, "exports grew by 4%", Rating.MostlyTrue, reviewed: true));
        article.Claims.Add(Claim(body, 2, "=1+1 is the real figure", Rating.Unrated, reviewed: false));
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        return article.Id;
    }

    private static Claim Claim(string body, int ordinal, string text, Rating rating, bool reviewed)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        return new Claim
        {
            Ordinal = ordinal,
            Start = start,
            End = start + text.Length,
            Text = text,
            Kind = ClaimKind.Indirect,
            SourcingType = SourcingType.NamedOnRecord,
            SourceMention = ordinal == 1 ? "The minister" : "Critics",
            Rating = rating,
            ReviewedAt = reviewed ? new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc) : null,
            ReviewerNotes = "desk-only note",
        };
    }

    [Fact]
    public async Task Report_writes_parseable_json_to_stdout()
    {
        var id = await SeedAsync();

        var run = await CliProcess.RunAsync(Database, null, "report", id.ToString(CultureInfo.InvariantCulture), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("Exports", json.RootElement.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("claims").GetInt32());
    }

    [Fact]
    public async Task Report_writes_csv_that_round_trips_with_formula_cells_neutralized()
    {
        var id = await SeedAsync();

        var run = await CliProcess.RunAsync(Database, null, "report", id.ToString(CultureInfo.InvariantCulture), "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        using var csv = new CsvReader(new StringReader(run.Stdout), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("'=1+1 is the real figure", rows[1]["text"]);
    }

    [Fact]
    public async Task Report_writes_claimreview_and_annotations_json_ld()
    {
        var id = await SeedAsync();
        var arg = id.ToString(CultureInfo.InvariantCulture);

        var claimReview = await CliProcess.RunAsync(Database, null, "report", arg, "--format", "claimreview");
        var annotations = await CliProcess.RunAsync(Database, null, "report", arg, "--format", "annotations");

        Assert.Equal(0, claimReview.ExitCode);
        using var reviews = JsonDocument.Parse(claimReview.Stdout);
        var review = Assert.Single(reviews.RootElement.EnumerateArray());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal(0, annotations.ExitCode);
        using var collection = JsonDocument.Parse(annotations.Stdout);
        Assert.Equal(2, collection.RootElement.GetProperty("first").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Report_writes_public_markdown_to_a_file()
    {
        var id = await SeedAsync();
        var file = Path.Combine(_folder, "report.md");

        var run = await CliProcess.RunAsync(Database, null, "report", id.ToString(CultureInfo.InvariantCulture), "--format", "md", "--public", "--output", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var markdown = await File.ReadAllTextAsync(file, Ct);
        Assert.StartsWith("# Sourcing report: Exports", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("desk-only note", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_of_an_unknown_article_fails_with_a_clear_message()
    {
        await SeedAsync();

        var run = await CliProcess.RunAsync(Database, null, "report", "4242", "--format", "md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no article 4242", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task Report_rejects_an_unknown_format()
    {
        var run = await CliProcess.RunAsync(Database, null, "report", "1", "--format", "pdf");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("pdf", run.Stderr, StringComparison.Ordinal);
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
