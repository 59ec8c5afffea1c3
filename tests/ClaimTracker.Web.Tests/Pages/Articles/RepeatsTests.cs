using System.Net;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Articles;

/// <summary>A claim seen in other articles: the panel says how it was rated there, and one action copies that review.</summary>
public sealed class RepeatsTests : IAsyncDisposable
{
    // A factory per test: repeats are found across the whole database, so tests must not see each other's articles.
    private readonly ClaimTrackerWebFactory _factory = new();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int EarlierClaim, int LaterArticle, int LaterClaim)> ImportRepeatAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var earlier = await importer.ImportAsync(new ArticleDraft(
            $"Floods destroyed more than 300 homes and displaced 2,000 people in the valley of Arden{tag}.", "Floods " + tag), null, Ct);
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var earlierClaim = await db.Claims.Include(c => c.Links).SingleAsync(c => c.ArticleId == earlier.ArticleId, Ct);
        earlierClaim.Rating = Rating.False;
        earlierClaim.ReviewedAt = DateTime.UtcNow;
        earlierClaim.Links.Add(new CorroboratingLink { Url = "https://example.org/census", Publisher = "Census Office", Stance = LinkStance.Contradicts, AddedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(Ct);

        var later = await importer.ImportAsync(new ArticleDraft(
            $"More than 300 homes were destroyed and 2,000 people displaced by floods in the valley of Arden{tag}.", "Valley " + tag), null, Ct);
        var laterClaim = await db.Claims.Where(c => c.ArticleId == later.ArticleId).Select(c => c.Id).SingleAsync(Ct);
        return (earlierClaim.Id, later.ArticleId, laterClaim);
    }

    [Fact]
    public async Task Import_links_the_repeat_and_the_panel_shows_its_earlier_rating()
    {
        var (_, laterArticle, _) = await ImportRepeatAsync();
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Articles/{laterArticle}?claim=1", Ct);

        Assert.Contains("This claim appeared in 1 other article — 1 rated refuted", html, StringComparison.Ordinal);
        Assert.Contains("Copy this review", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copying_a_review_takes_its_rating_and_links_and_writes_audit_rows()
    {
        var (earlierClaim, laterArticle, laterClaim) = await ImportRepeatAsync();
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Articles/{laterArticle}?claim=1";
        var version = await VersionAsync(laterClaim);

        var response = await browser.SubmitAsync(page, $"/Articles/{laterArticle}?handler=CopyReview", new Dictionary<string, string>
        {
            ["claimId"] = laterClaim.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["fromClaimId"] = earlierClaim.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var copied = await db.Claims.Include(c => c.Links).SingleAsync(c => c.Id == laterClaim, Ct);
        Assert.Equal(Rating.False, copied.Rating);
        Assert.Equal("https://example.org/census", Assert.Single(copied.Links).Url);
        Assert.Null(copied.ReviewedAt);
        var key = laterClaim.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityId == key).Select(a => a.Field).ToListAsync(Ct), f => f == nameof(Claim.Rating));
    }

    [Fact]
    public async Task Copying_onto_a_claim_changed_meanwhile_is_refused_with_one_conflict_message()
    {
        var (earlierClaim, laterArticle, laterClaim) = await ImportRepeatAsync();
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Articles/{laterArticle}?claim=1";
        var stale = await ReviewData.ClaimAsync(_factory, laterClaim);
        var edit = ReviewData.PanelFields(stale);
        edit["Input.ReviewerNotes"] = "changed meanwhile";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(page, $"/Articles/{laterArticle}?handler=Save", edit)).StatusCode);

        var response = await browser.SubmitAsync(page, $"/Articles/{laterArticle}?handler=CopyReview", new Dictionary<string, string>
        {
            ["claimId"] = laterClaim.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["fromClaimId"] = earlierClaim.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = stale.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(1, ReviewData.Occurrences(html, "Someone else saved this claim while you were editing it."));
        Assert.Equal(1, ReviewData.Occurrences(html, "Nothing was copied"));
        Assert.Equal(Rating.Unrated, (await ReviewData.ClaimAsync(_factory, laterClaim)).Rating);
    }

    [Fact]
    public async Task A_review_of_an_unrelated_claim_cannot_be_copied()
    {
        var (_, laterArticle, laterClaim) = await ImportRepeatAsync();
        int unrelated;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var other = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(
                new ArticleDraft("The central bank kept its main interest rate unchanged at 4.5 percent on Thursday.", "Rates"), null, Ct);
            unrelated = await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Claims
                .Where(c => c.ArticleId == other.ArticleId).Select(c => c.Id).FirstAsync(Ct);
        }

        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.SubmitAsync($"/Articles/{laterArticle}?claim=1", $"/Articles/{laterArticle}?handler=CopyReview", new Dictionary<string, string>
        {
            ["claimId"] = laterClaim.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["fromClaimId"] = unrelated.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = (await VersionAsync(laterClaim)).ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only the review of a repeat", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task<Guid> VersionAsync(int claimId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Claims.Where(c => c.Id == claimId).Select(c => c.Version).SingleAsync(Ct);
    }
}
