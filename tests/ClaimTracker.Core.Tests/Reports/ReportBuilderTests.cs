using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reports;

public sealed class ReportBuilderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, ReportFixture.Seeded Seeded)> SeedAsync()
    {
        var database = await TestDatabase.CreateAsync();
        return (database, await ReportFixture.SeedAsync(database));
    }

    private static Task<SourcingReport> BuildAsync(TestDatabase database, int articleId, ReportView view) =>
        database.InScopeAsync(async sp => (await sp.GetRequiredService<ReportBuilder>().BuildAsync(articleId, view, Ct))!);

    [Fact]
    public async Task Summary_counts_match_the_seeded_claims()
    {
        var (database, seeded) = await SeedAsync();
        await using var _ = database;

        var s = (await BuildAsync(database, seeded.ArticleId, ReportView.Internal)).Summary;

        Assert.Equal(6, s.Claims);
        Assert.Equal(4, s.Reviewed);
        Assert.Equal(5, s.Attributed);
        Assert.Equal(1, s.Unattributed);
        Assert.Equal((2, 2, 1), (s.Direct, s.Indirect, s.Mixed));
        Assert.Equal(
            [1, 1, 0, 3, 0, 0, 0, 1],
            s.BySourcingType.OrderBy(t => t.Type).Select(t => t.Count));
        Assert.Equal(3, s.DistinctSources);
        Assert.Equal(3, s.AnonymousSources);
        Assert.Equal(2, s.SingleSourceClaims);
        Assert.Equal(1, s.Contested);
        Assert.Equal(1, s.Denied);
        Assert.Equal(2, s.Refuted);
        Assert.Equal(1, s.Corroborated);
        Assert.Equal(5, s.Uncorroborated);
        Assert.Equal(2, s.Hedged);
        Assert.Equal(5.0 / 6, s.AttributedShare, 6);
    }

    [Fact]
    public async Task Summary_prose_uses_quantities()
    {
        var (database, seeded) = await SeedAsync();
        await using var _ = database;

        var prose = ReportText.SummaryProse((await BuildAsync(database, seeded.ArticleId, ReportView.Internal)).Summary);

        Assert.Contains("6 claims: 5 attributed (83%), 1 unattributed (17%).", prose);
        Assert.Contains("3 distinct sources identified; 3 anonymous sources.", prose);
        Assert.Contains("2 claims (33%) rest on a single source.", prose);
        Assert.Contains("1 claim corroborated, 5 without corroboration.", prose);
    }

    [Fact]
    public async Task Header_names_reviewers_and_counts_unreviewed_claims()
    {
        var (database, seeded) = await SeedAsync();
        await using var _ = database;

        var report = await BuildAsync(database, seeded.ArticleId, ReportView.Internal);

        Assert.Equal(["Ed Editor", "old@newsroom.test", "Rita Reviewer"], report.Reviewers);
        Assert.Equal(6, report.ArticleClaimCount);
        Assert.Equal(2, report.UnreviewedCount);
        Assert.Equal(1, report.MachineExtractedUnreviewedCount);
        Assert.Equal("2 claims of 6 are still unreviewed (1 exactly as the extractor found them).", ReportText.ReviewGap(report));
        Assert.Equal("https://news.example/bridge", report.Article.Url);
    }

    [Fact]
    public async Task Claims_come_in_article_order_with_sources_statuses_and_safe_links()
    {
        var (database, seeded) = await SeedAsync();
        await using var _ = database;

        var report = await BuildAsync(database, seeded.ArticleId, ReportView.Internal);

        Assert.Equal([1, 2, 3, 4, 5, 6], report.Claims.Select(c => c.Ordinal));
        var first = report.Claims[0];
        Assert.Equal("Jane Doe, Minister", ReportText.Source(first));
        Assert.Equal("Rita Reviewer", first.ReviewedBy);
        Assert.Equal(["https://records.example/bridge-schedule"], first.Links.Select(l => l.Url));
        Assert.Equal("Denied by Ministry of Works; Denied by claim 3 (Ministry of Works)", ReportText.Status(report.Claims[1]));
        Assert.Equal("Contested", ReportText.Status(report.Claims[4]));
        Assert.Equal("a hacker", ReportText.Source(report.Claims[3]));
    }

    [Fact]
    public async Task Sources_section_carries_each_sources_record_in_other_articles()
    {
        var (database, seeded) = await SeedAsync();
        await using var _ = database;

        var sources = (await BuildAsync(database, seeded.ArticleId, ReportView.Internal)).Sources;

        Assert.Equal(["Jane Doe", "Officials", "Ministry of Works"], sources.Select(s => s.Name));
        Assert.Equal([1], sources[0].ClaimOrdinals);
        Assert.Equal(new ReportTrackRecord(1, 2, 1, 1), sources[0].Elsewhere);
        Assert.Equal(ReportTrackRecord.None, sources[1].Elsewhere);
        Assert.Equal(new ReportTrackRecord(1, 1, 0, 0), sources[2].Elsewhere);
        Assert.Equal("2 claims in 1 other article: 1 refuted, 1 corroborated.", ReportText.TrackRecord(sources[0].Elsewhere));
    }

    [Fact]
    public async Task Public_view_keeps_only_reviewed_claims_without_notes_or_anonymity_reasons()
    {
        var (database, seeded) = await SeedAsync();
        await using var _ = database;

        var report = await BuildAsync(database, seeded.ArticleId, ReportView.Public);

        Assert.Equal(ReportView.Public, report.View);
        Assert.Equal([1, 2, 3, 5], report.Claims.Select(c => c.Ordinal));
        Assert.All(report.Claims, c => Assert.Null(c.ReviewerNotes));
        Assert.All(report.Claims, c => Assert.Null(c.AnonymityReason));
        Assert.All(report.Claims.SelectMany(c => c.Links), l => Assert.Null(l.Note));
        Assert.Equal([3], report.Claims[1].Relations.Select(r => r.OtherOrdinal));
        var s = report.Summary;
        Assert.Equal((4, 3, 1), (s.Claims, s.Attributed, s.Unattributed));
        Assert.Equal((1, 1, 1), (s.Refuted, s.Corroborated, s.AnonymousSources));
        Assert.Equal(2, s.SingleSourceClaims);
        Assert.Equal(0, s.Hedged);
        Assert.EndsWith("this public report leaves them out.", ReportText.ReviewGap(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_article_has_no_report()
    {
        await using var database = await TestDatabase.CreateAsync();

        var report = await database.InScopeAsync(sp => sp.GetRequiredService<ReportBuilder>().BuildAsync(424242, ReportView.Internal, Ct));

        Assert.Null(report);
    }

    [Fact]
    public async Task Article_without_claims_reports_zeros()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Core.Data.ClaimTrackerDbContext>();
            var article = new Article { Title = "Empty", Body = "Nothing said.", ContentHash = "empty" };
            db.Articles.Add(article);
            await db.SaveChangesAsync(Ct);
            return article.Id;
        });

        var report = await BuildAsync(database, id, ReportView.Internal);

        Assert.Equal(0, report.Summary.Claims);
        Assert.Equal(0, report.Summary.AttributedShare);
        Assert.Equal(["No claims to report."], ReportText.SummaryProse(report.Summary));
    }
}
