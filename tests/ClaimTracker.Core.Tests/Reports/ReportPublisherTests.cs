using ClaimTracker.Core.Data;
using ClaimTracker.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reports;

public sealed class ReportPublisherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<PublishOutcome> PublishAsync(TestDatabase database, ReportFixture.Seeded seeded, string? note) =>
        database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, seeded.EditorId, note, Ct));

    [Fact]
    public async Task First_version_needs_no_corrections_note()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);

        var outcome = await PublishAsync(database, seeded, null);

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(1, outcome.Number);
        var versions = await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().VersionsAsync(seeded.ArticleId, Ct));
        Assert.Equal("Ed Editor", Assert.Single(versions).PublishedBy);
    }

    [Fact]
    public async Task Later_version_without_a_corrections_note_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);

        var outcome = await PublishAsync(database, seeded, "   ");

        Assert.False(outcome.Succeeded);
        Assert.Contains("corrections note", outcome.Error, StringComparison.Ordinal);
        var count = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().PublishedReports.CountAsync(Ct));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Published_version_stays_as_it_was_after_the_claims_change()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var claim = await db.Claims.SingleAsync(c => c.Id == seeded.ClaimIds[0], Ct);
            claim.Text = "the bridge will open in June";
            return await db.SaveChangesAsync(Ct);
        });

        var second = await PublishAsync(database, seeded, "Corrected the opening month.");
        var (v1, v2) = await database.InScopeAsync(async sp =>
        {
            var publisher = sp.GetRequiredService<ReportPublisher>();
            return ((await publisher.LoadAsync(seeded.ArticleId, 1, ReportView.Internal, Ct))!,
                (await publisher.LoadAsync(seeded.ArticleId, 2, ReportView.Internal, Ct))!);
        });

        Assert.Equal(2, second.Number);
        Assert.StartsWith("the bridge will open in May", v1.Claims[0].Text, StringComparison.Ordinal);
        Assert.Equal("the bridge will open in June", v2.Claims[0].Text);
        Assert.Equal(1, v1.Publication!.Number);
        Assert.Null(v1.Publication.CorrectionsNote);
        Assert.Equal("Corrected the opening month.", v2.Publication!.CorrectionsNote);
        Assert.Equal([1], v2.Versions.Select(v => v.Number));
    }

    [Fact]
    public async Task Public_view_of_a_published_version_leaves_out_notes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await PublishAsync(database, seeded, null);

        var report = await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().LoadAsync(seeded.ArticleId, 1, ReportView.Public, Ct));

        Assert.NotNull(report);
        Assert.DoesNotContain("SECRET", ReportJson.Serialize(report), StringComparison.Ordinal);
        Assert.Equal(4, report.Summary.Claims);
    }

    [Fact]
    public async Task Publishing_is_not_counted_as_reviewing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            db.Users.Add(new Core.Domain.ApplicationUser { Id = "chief", UserName = "chief@newsroom.test", DisplayName = "Chief Editor" });
            return await db.SaveChangesAsync(Ct);
        });

        await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, "chief", null, Ct));
        var report = await database.InScopeAsync(sp => sp.GetRequiredService<ReportBuilder>().BuildAsync(seeded.ArticleId, ReportView.Internal, Ct));

        Assert.DoesNotContain("Chief Editor", report!.Reviewers);
        Assert.Equal("Chief Editor", Assert.Single(report.Versions).PublishedBy);
    }

    [Fact]
    public async Task Unknown_version_reads_as_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeded = await ReportFixture.SeedAsync(database);

        var report = await database.InScopeAsync(sp => sp.GetRequiredService<ReportPublisher>().LoadAsync(seeded.ArticleId, 7, ReportView.Internal, Ct));

        Assert.Null(report);
    }
}
