using System.Text.Json;
using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reports;

public sealed class PublicReportsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<PublishOutcome> PublishAsync(TestDatabase database, ReportFixture.Seeded seeded, string? note) =>
        database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, seeded.EditorId, note, Ct));

    private static Task<ReaderLookup> FindAsync(TestDatabase database, int articleId, int? number) =>
        database.InScopeAsync(sp => sp.GetRequiredService<PublicReports>().FindAsync(articleId, number, Ct));

    [Fact]
    public async Task Unknown_and_unpublished_articles_are_alike_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);

        Assert.Equal(ReaderStatus.NotFound, (await FindAsync(database, seeded.ArticleId, null)).Status);
        Assert.Equal(ReaderStatus.NotFound, (await FindAsync(database, 987_654, null)).Status);
    }

    [Fact]
    public async Task Reader_report_keeps_reviewed_claims_and_drops_notes_people_and_ids()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);

        var lookup = await FindAsync(database, seeded.ArticleId, null);

        Assert.Equal(ReaderStatus.Found, lookup.Status);
        var report = lookup.Report!.Report;
        Assert.Equal([1, 2, 3, 5], report.Claims.Select(c => c.Ordinal));
        var json = JsonSerializer.Serialize(report, ReportJson.Options);
        foreach (var secret in new[] { ReportFixture.Note, ReportFixture.AnonymityReason, ReportFixture.LinkNote, "newsroom.test", "Rita Reviewer", "Ed Editor", ReportFixture.Body })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }

        Assert.All(report.Claims, c => Assert.Equal(0, c.Id));
        Assert.Equal(1, lookup.Report.Number);
        Assert.Equal("bridge-b-costs-b-double", lookup.Report.Slug);
    }

    [Fact]
    public async Task Withdrawing_takes_every_public_version_down_and_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);
        await PublishAsync(database, seeded, "Corrected the date.");

        var outcome = await database.InScopeAsync(sp =>
            sp.GetRequiredService<ReportPublisher>().WithdrawAsync(seeded.ArticleId, seeded.EditorId, "  Legal review pending.  ", Ct));

        Assert.True(outcome.Succeeded, outcome.Error);
        var latest = await FindAsync(database, seeded.ArticleId, null);
        Assert.Equal(ReaderStatus.Withdrawn, latest.Status);
        Assert.Equal("Legal review pending.", latest.WithdrawalNote);
        Assert.Equal(ReaderStatus.Withdrawn, (await FindAsync(database, seeded.ArticleId, 1)).Status);
        Assert.Empty(await database.InScopeAsync(sp => sp.GetRequiredService<PublicReports>().ListAsync(0, 10, Ct)));
        var audit = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().AuditEntries
            .Where(a => a.ArticleId == seeded.ArticleId && a.EntityType == ReportEvents.EntityType)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Field, a.EntityId, a.UserName, a.NewValue })
            .ToListAsync(Ct));
        Assert.Equal([ReportEvents.Published, ReportEvents.Published, ReportEvents.Withdrawn], audit.Select(a => a.Field));
        Assert.Equal("2", audit[^1].EntityId);
        Assert.Equal("ed@newsroom.test", audit[^1].UserName);
        Assert.Equal("Legal review pending.", audit[^1].NewValue);
    }

    [Fact]
    public async Task Withdrawing_twice_is_refused_and_publishing_again_makes_the_new_version_public()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);
        await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().WithdrawAsync(seeded.ArticleId, seeded.EditorId, null, Ct));

        var again = await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().WithdrawAsync(seeded.ArticleId, seeded.EditorId, null, Ct));
        await PublishAsync(database, seeded, "Republished after legal review.");

        Assert.False(again.Succeeded);
        var lookup = await FindAsync(database, seeded.ArticleId, null);
        Assert.Equal(ReaderStatus.Found, lookup.Status);
        Assert.Equal(2, lookup.Report!.Number);
        Assert.Equal([2], lookup.Report.Versions.Select(v => v.Number));
        Assert.Equal(ReaderStatus.Withdrawn, (await FindAsync(database, seeded.ArticleId, 1)).Status);
        var state = await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().StateAsync(seeded.ArticleId, Ct));
        Assert.Equal(2, state.PublicNumber);
    }

    [Fact]
    public async Task Older_version_knows_the_latest_and_the_corrections_log()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);
        await PublishAsync(database, seeded, "Corrected the date.");

        var first = (await FindAsync(database, seeded.ArticleId, 1)).Report!;

        Assert.False(first.IsLatest);
        Assert.Equal(2, first.LatestNumber);
        Assert.Equal([(1, (string?)null), (2, "Corrected the date.")], first.Versions.Select(v => (v.Number, v.CorrectionsNote)));
        Assert.Equal(ReaderStatus.NotFound, (await FindAsync(database, seeded.ArticleId, 3)).Status);
    }

    [Fact]
    public async Task Feed_lists_the_latest_public_version_of_each_article_newest_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);
        await PublishAsync(database, seeded, "Corrected the date.");

        var (listings, loaded) = await database.InScopeAsync(async sp =>
        {
            var reports = sp.GetRequiredService<PublicReports>();
            var found = await reports.ListAsync(0, 10, Ct);
            return (found, await reports.LoadAsync(found, Ct));
        });

        var listing = Assert.Single(listings);
        Assert.Equal((seeded.ArticleId, 2), (listing.ArticleId, listing.Number));
        Assert.Equal(2, Assert.Single(loaded).Report.Publication!.Number);
    }

    [Fact]
    public async Task Page_json_ld_cannot_close_its_script_element()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var claim = await db.Claims.SingleAsync(c => c.Id == seeded.ClaimIds[0], Ct);
            claim.Text = "it was fine</script><script>alert(1)</script> & <!-- done";
            return await db.SaveChangesAsync(Ct);
        });
        await PublishAsync(database, seeded, null);
        var reader = (await FindAsync(database, seeded.ArticleId, null)).Report!;

        var json = ReaderJsonLd.ForPage(reader, "https://factcheck.example/r/1/x", new ReportOrganization { Name = "Harbour Fact Check" });

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("AnalysisNewsArticle", document.RootElement[0].GetProperty("@type").GetString());
        var review = document.RootElement.EnumerateArray().First(e => e.GetProperty("@type").GetString() == "ClaimReview");
        Assert.Equal("it was fine</script><script>alert(1)</script> & <!-- done", review.GetProperty("claimReviewed").GetString());
        Assert.Equal("https://factcheck.example/r/1/x#claim-1", review.GetProperty("url").GetString());
    }
}
