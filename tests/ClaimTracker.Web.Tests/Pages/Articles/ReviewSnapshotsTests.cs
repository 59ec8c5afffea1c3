using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Web.Pages.Articles;
using ClaimTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Articles;

/// <summary>
/// The review page keeps each article's claim rows and highlighted text between views; a change saved anywhere
/// (another instance, the command line) must show on the next view all the same.
/// </summary>
public sealed class ReviewSnapshotsTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_claim_saved_outside_this_page_shows_on_the_next_view()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var before = await browser.GetStringAsync($"/Articles/{articleId}?claim=1", Ct);

        await ReviewData.QueryAsync(factory, async db =>
        {
            var claim = await db.Claims.SingleAsync(c => c.Id == claims[2], Ct);
            claim.ContestedStatus = ContestedStatus.Denied;
            claim.Rating = Rating.Unverifiable;
            return await db.SaveChangesAsync(Ct);
        });
        var after = await browser.GetStringAsync($"/Articles/{articleId}?claim=1", Ct);

        Assert.Contains("class=\"claim-span unattributed st-open\" data-claim=\"3\"", before, StringComparison.Ordinal);
        Assert.Contains("class=\"claim-span unattributed st-denied\" data-claim=\"3\"", after, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip rating\">Unverifiable</span>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_source_shows_under_the_name_it_was_merged_into()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var duplicate = (await ReviewData.ClaimAsync(factory, claims[1])).SourceId!.Value;
        var keep = await ReviewData.QueryAsync(factory, async db =>
        {
            var source = new Source { CanonicalName = "Ana Ruiz Ortega " + Guid.NewGuid().ToString("N")[..6], Kind = SourceKind.Person, CreatedAt = DateTime.UtcNow };
            db.Sources.Add(source);
            await db.SaveChangesAsync(Ct);
            return source;
        });
        _ = await browser.GetStringAsync($"/Articles/{articleId}?claim=2", Ct);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var merged = await scope.ServiceProvider.GetRequiredService<SourceDirectory>().MergeAsync(keep.Id, duplicate, new ReviewActor(null, "editor"), Ct);
            Assert.True(merged.Succeeded);
        }

        var after = await browser.GetStringAsync($"/Articles/{articleId}?claim=2", Ct);

        Assert.Contains($"<strong>{keep.CanonicalName}</strong>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_selected_claim_follows_the_address_on_one_kept_rendering()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var first = await browser.GetStringAsync($"/Articles/{articleId}?claim=1", Ct);
        var third = await browser.GetStringAsync($"/Articles/{articleId}?claim=3", Ct);

        Assert.Contains("st-open selected\" data-claim=\"1\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("selected\" data-claim=\"3\"", first, StringComparison.Ordinal);
        Assert.Contains("st-open selected\" data-claim=\"3\"", third, StringComparison.Ordinal);
        Assert.DoesNotContain("selected\" data-claim=\"1\"", third, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_within_its_size_limit()
    {
        using var snapshots = new ReviewSnapshots(sizeLimitBytes: 64 * 1024);
        var text = ArticleHighlighter.Render(new string('x', 20_000), [], System.Text.Encodings.Web.HtmlEncoder.Default);

        for (var id = 1; id <= 10; id++)
        {
            snapshots.Keep(id, new ReviewSnapshots.Snapshot(Guid.Empty, [], text, ClaimListHtml.Render([], System.Text.Encodings.Web.HtmlEncoder.Default), OptionList.Empty, DetailsModel.SourceChoices.None));
        }

        // Over the limit the cache refuses new entries and compacts in the background, so none or one remains.
        var kept = Enumerable.Range(1, 10).Count(id => snapshots.Find(id, Guid.Empty) is not null);
        Assert.True(kept <= 1, $"{kept} snapshots of 40 KB kept under a 64 KB limit");
    }

    [Fact]
    public void A_snapshot_of_another_claims_version_is_not_found()
    {
        using var snapshots = new ReviewSnapshots(sizeLimitBytes: 1024 * 1024);
        var (built, current) = (Guid.NewGuid(), Guid.NewGuid());
        var text = ArticleHighlighter.Render("text", [], System.Text.Encodings.Web.HtmlEncoder.Default);
        snapshots.Keep(7, new ReviewSnapshots.Snapshot(built, [], text, ClaimListHtml.Render([], System.Text.Encodings.Web.HtmlEncoder.Default), OptionList.Empty, DetailsModel.SourceChoices.None));

        Assert.NotNull(snapshots.Find(7, built));
        Assert.Null(snapshots.Find(7, current));
    }
}
