using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Reports;
using ClaimTracker.Core.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.FactChecks;

public sealed class OwnFactChecksTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<List<FactCheck>> OwnAsync(TestDatabase database) => database.InScopeAsync(sp =>
        sp.GetRequiredService<ClaimTrackerDbContext>().FactChecks.AsNoTracking().Where(f => f.Origin == FactCheckOrigin.Own).OrderBy(f => f.ClaimId).ToListAsync(Ct));

    [Fact]
    public async Task Publishing_a_report_makes_its_reviewed_rated_claims_own_checks()
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Reports:Organization:Name"] = "Harbour Fact Desk" });
        var seeded = await ReportFixture.SeedAsync(database);

        await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, seeded.EditorId, null, Ct));

        // Claims 1, 2 and 5 are reviewed and rated; 3 is reviewed but unrated, 6 rated but never reviewed.
        var own = await OwnAsync(database);
        Assert.Equal([seeded.ClaimIds[0], seeded.ClaimIds[1], seeded.ClaimIds[4]], own.Select(f => f.ClaimId!.Value));
        Assert.All(own, f => Assert.Equal("Harbour Fact Desk", f.CheckedBy));
        Assert.Equal(("True", 5d, "Jane Doe"), (own[0].RatingText, own[0].RatingValue!.Value, own[0].Claimant));
        Assert.Equal($"/r/{seeded.ArticleId}/v/1#claim-1", own[0].Url);
        Assert.Null(own[2].RatingValue);
    }

    [Fact]
    public async Task A_later_version_replaces_the_articles_own_checks_and_keeps_unchanged_rows()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, seeded.EditorId, null, Ct));
        var first = await OwnAsync(database);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            (await db.Claims.SingleAsync(c => c.Id == seeded.ClaimIds[1], Ct)).Rating = Rating.Unrated;
            return await db.SaveChangesAsync(Ct);
        });

        var outcome = await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, seeded.EditorId, "Rating withdrawn.", Ct));

        Assert.True(outcome.Succeeded, outcome.Error);
        var second = await OwnAsync(database);
        Assert.Equal([seeded.ClaimIds[0], seeded.ClaimIds[4]], second.Select(f => f.ClaimId!.Value));
        Assert.Equal(first[0].Id, second[0].Id);
        Assert.EndsWith("/v/2#claim-1", second[0].Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backfill_writes_own_checks_for_reports_published_without_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, seeded.EditorId, null, Ct));
        await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().FactChecks.ExecuteDeleteAsync(Ct));

        var written = await database.InScopeAsync(sp => sp.GetRequiredService<OwnFactChecks>().BackfillAsync(Ct));
        var again = await database.InScopeAsync(sp => sp.GetRequiredService<OwnFactChecks>().BackfillAsync(Ct));

        Assert.Equal((3, 0), (written, again));
        Assert.Equal(3, (await OwnAsync(database)).Count);
    }

    [Fact]
    public async Task Withdrawing_a_report_takes_its_own_checks_out_of_the_library_and_backfill_leaves_them_out()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, seeded.EditorId, null, Ct));
        Assert.Equal(3, (await OwnAsync(database)).Count);

        var outcome = await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().WithdrawAsync(seeded.ArticleId, seeded.EditorId, null, Ct));
        var backfilled = await database.InScopeAsync(sp => sp.GetRequiredService<OwnFactChecks>().BackfillAsync(Ct));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(0, backfilled);
        Assert.Empty(await OwnAsync(database));
    }
}
