using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reports;

public sealed class ReportExportTests
{
    private static readonly Uri BaseUrl = new("https://factcheck.example/");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, SourcingReport Report)> ReportAsync(ReportView view = ReportView.Internal)
    {
        var database = await TestDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Reports:Organization:Name"] = "Harbour Fact Check",
            ["Reports:Organization:Url"] = "https://harbour-factcheck.example/",
        });
        var seeded = await ReportFixture.SeedAsync(database);
        var report = await database.InScopeAsync(async sp => (await sp.GetRequiredService<ReportBuilder>().BuildAsync(seeded.ArticleId, view, Ct))!);
        return (database, report);
    }

    private static ExportedReport Export(TestDatabase database, SourcingReport report, ReportFormat format) =>
        database.Services.GetRequiredService<ReportExporter>().Export(report, format, BaseUrl);

    private static string Text(ExportedReport export) => Encoding.UTF8.GetString(export.Content);

    [Fact]
    public async Task Json_export_parses_and_carries_the_full_data_in_camel_case()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;

        var export = Export(database, report, ReportFormat.Json);
        using var json = JsonDocument.Parse(export.Content);

        var root = json.RootElement;
        Assert.Equal("application/json; charset=utf-8", export.ContentType);
        Assert.EndsWith(".json", export.FileName, StringComparison.Ordinal);
        Assert.Equal("Bridge <b>costs</b> double", root.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal(6, root.GetProperty("claims").GetArrayLength());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("refuted").GetInt32());
        Assert.Equal("Anonymous", root.GetProperty("claims")[1].GetProperty("sourcingType").GetString());
        Assert.Equal(ReportFixture.Note, root.GetProperty("claims")[0].GetProperty("reviewerNotes").GetString());
        Assert.Equal(3, root.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Json_export_round_trips_to_the_same_report()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;

        var back = ReportJson.Deserialize(Text(Export(database, report, ReportFormat.Json)));

        Assert.Equal(report.Summary with { BySourcingType = [] }, back.Summary with { BySourcingType = [] });
        Assert.Equal(report.Claims.Select(c => (c.Ordinal, c.Text, c.Rating)), back.Claims.Select(c => (c.Ordinal, c.Text, c.Rating)));
    }

    [Fact]
    public async Task ClaimReview_describes_each_reviewed_rated_claim_with_the_required_properties()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;

        var export = Export(database, report, ReportFormat.ClaimReview);
        using var json = JsonDocument.Parse(export.Content);

        Assert.StartsWith("application/ld+json", export.ContentType, StringComparison.Ordinal);
        var reviews = json.RootElement.EnumerateArray().ToList();

        // Claims 1 (True), 2 (Mostly false) and 5 (Unverifiable); 6 is rated but unreviewed, 3 reviewed but unrated.
        Assert.Equal(3, reviews.Count);
        foreach (var review in reviews)
        {
            Assert.Equal("https://schema.org", review.GetProperty("@context").GetString());
            Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrEmpty(review.GetProperty("claimReviewed").GetString()));
            Assert.StartsWith("https://factcheck.example/Reports/", review.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Equal("2026-11-20", review.GetProperty("datePublished").GetString());
            Assert.Equal("Harbour Fact Check", review.GetProperty("author").GetProperty("name").GetString());
            Assert.Equal("Organization", review.GetProperty("author").GetProperty("@type").GetString());
            var item = review.GetProperty("itemReviewed");
            Assert.Equal("Claim", item.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("author").GetProperty("name").GetString()));
            var appearance = item.GetProperty("appearance");
            Assert.Equal("https://news.example/bridge", appearance.GetProperty("url").GetString());
            Assert.Equal("Bridge <b>costs</b> double", appearance.GetProperty("headline").GetString());
            Assert.Equal("Rating", review.GetProperty("reviewRating").GetProperty("@type").GetString());
            Assert.False(string.IsNullOrEmpty(review.GetProperty("reviewRating").GetProperty("alternateName").GetString()));
        }

        var first = reviews[0];
        Assert.Equal("Person", first.GetProperty("itemReviewed").GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Jane Doe", first.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(5, first.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal(5, first.GetProperty("reviewRating").GetProperty("bestRating").GetInt32());
        Assert.Equal(1, first.GetProperty("reviewRating").GetProperty("worstRating").GetInt32());
        Assert.Equal(2, reviews[1].GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal("Mostly false", reviews[1].GetProperty("reviewRating").GetProperty("alternateName").GetString());
        var unverifiable = reviews[2].GetProperty("reviewRating");
        Assert.Equal("Unverifiable", unverifiable.GetProperty("alternateName").GetString());
        Assert.False(unverifiable.TryGetProperty("ratingValue", out var _));
        Assert.Equal("Harbour Times", reviews[2].GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ClaimReview_points_at_the_latest_published_version()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;
        var published = report with { Versions = [new ReportVersion(1, ReportFixture.Reviewed, "Ed", null), new ReportVersion(2, new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc), "Ed", "Fixed")] };

        using var json = JsonDocument.Parse(Export(database, published, ReportFormat.ClaimReview).Content);

        var review = json.RootElement[0];
        Assert.Equal($"https://factcheck.example/r/{report.Article.Id}/v/2#claim-1", review.GetProperty("url").GetString());
        Assert.Equal("2026-11-22", review.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task ClaimReview_is_an_empty_array_when_no_reviewed_claim_is_rated()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;
        var unrated = report with { Claims = report.Claims.Select(c => c with { Rating = Rating.Unrated }).ToList() };

        using var json = JsonDocument.Parse(Export(database, unrated, ReportFormat.ClaimReview).Content);

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Csv_round_trips_through_CsvHelper_one_row_per_claim()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;

        var export = Export(database, report, ReportFormat.Csv);
        var text = Text(export);
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.StartsWith("text/csv", export.ContentType, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(6, rows.Count);
        Assert.Equal(report.Claims[0].Text, rows[0]["text"]);
        Assert.Equal("Jane Doe", rows[0]["source"]);
        Assert.Equal("https://records.example/bridge-schedule", rows[0]["links"]);
        Assert.Equal("1", rows[0]["links_supporting"]);
        Assert.Equal("3", rows[1]["denied_by_claims"]);
        Assert.Equal(ReportFixture.Note, rows[0]["reviewer_notes"]);
        Assert.Equal("funds were missing \U0001F642 today", rows[5]["text"]);
    }

    [Fact]
    public async Task Csv_neutralizes_cells_a_spreadsheet_would_run_as_formulas()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;
        var hostile = report with
        {
            Claims = report.Claims.Select((c, i) => c with
            {
                Text = i switch { 0 => "+1+1", 1 => "-2", 2 => "@SUM(A1)", 4 => "\tcmd", _ => c.Text },
                Cue = "=HYPERLINK(\"https://evil.example\")",
            }).ToList(),
        };

        using var reader = new CsvReader(new StringReader(Text(Export(database, hostile, ReportFormat.Csv))), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.Equal("'+1+1", rows[0]["text"]);
        Assert.Equal("'-2", rows[1]["text"]);
        Assert.Equal("'@SUM(A1)", rows[2]["text"]);
        Assert.Equal("'=SUM(A1) was the code", rows[3]["text"]);
        Assert.Equal("'\tcmd", rows[4]["text"]);
        Assert.All(rows, r => Assert.Equal("'=HYPERLINK(\"https://evil.example\")", r["cue"]));
    }

    [Fact]
    public async Task Annotation_selectors_reanchor_exactly_to_each_claim_in_the_article_text()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;
        var body = report.Article.Body;

        var export = Export(database, report, ReportFormat.Annotations);
        using var json = JsonDocument.Parse(export.Content);

        var root = json.RootElement;
        Assert.Contains("anno.jsonld", export.ContentType, StringComparison.Ordinal);
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        Assert.Equal(6, root.GetProperty("total").GetInt32());
        var items = root.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        var codePoints = body.EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            var claim = report.Claims[i];
            var item = items[i];
            Assert.Equal("Annotation", item.GetProperty("type").GetString());
            var target = item.GetProperty("target");
            Assert.Equal("https://news.example/bridge", target.GetProperty("source").GetString());
            var selectors = target.GetProperty("selector").EnumerateArray().ToDictionary(s => s.GetProperty("type").GetString()!);
            var quote = selectors["TextQuoteSelector"];
            var exact = quote.GetProperty("exact").GetString()!;
            var prefix = quote.GetProperty("prefix").GetString()!;
            var suffix = quote.GetProperty("suffix").GetString()!;
            var position = selectors["TextPositionSelector"];
            var start = position.GetProperty("start").GetInt32();
            var end = position.GetProperty("end").GetInt32();

            Assert.Equal(body[claim.Start..claim.End], exact);
            Assert.Equal(exact, string.Concat(codePoints[start..end]));
            Assert.True(prefix.Length <= 32 && suffix.Length <= 32);
            var at = body.IndexOf(prefix + exact + suffix, StringComparison.Ordinal);
            Assert.Equal(claim.Start - prefix.Length, at);
            Assert.Equal(-1, body.IndexOf(prefix + exact + suffix, at + 1, StringComparison.Ordinal));
        }

        Assert.Equal(32, items[1].GetProperty("target").GetProperty("selector")[0].GetProperty("prefix").GetString()!.Length);
    }

    [Fact]
    public async Task Annotations_fall_back_to_an_article_urn_without_a_web_address()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;
        var offline = report with { Article = report.Article with { Url = "javascript:alert(1)" } };

        using var json = JsonDocument.Parse(Export(database, offline, ReportFormat.Annotations).Content);

        var source = json.RootElement.GetProperty("first").GetProperty("items")[0].GetProperty("target").GetProperty("source").GetString();
        Assert.Equal($"urn:claimtracker:article:{report.Article.Id}", source);
    }

    [Fact]
    public async Task Markdown_escapes_markup_and_the_public_variant_leaves_out_notes_and_reasons()
    {
        var (database, report) = await ReportAsync();
        await using var _ = database;

        var internalText = Text(Export(database, report, ReportFormat.Markdown));
        var publicText = Text(Export(database, report.ToPublic(), ReportFormat.Markdown));

        Assert.Contains("# Sourcing report: Bridge \\<b\\>costs\\</b\\> double", internalText, StringComparison.Ordinal);
        Assert.Contains(ReportFixture.Note, internalText, StringComparison.Ordinal);
        Assert.Contains(ReportFixture.AnonymityReason, internalText, StringComparison.Ordinal);
        Assert.Contains("- 1 claim corroborated, 5 without corroboration.", internalText, StringComparison.Ordinal);
        Assert.Contains("| Anonymous | 3 |", internalText, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", internalText, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("=SUM", publicText, StringComparison.Ordinal);
    }
}
