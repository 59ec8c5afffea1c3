using System.Globalization;
using System.Net;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimTracker.Web.Tests.Pages.Articles;

/// <summary>
/// A claim said again in other words in another article: once the claims' vectors are computed (the app's real
/// model and index) the panel says where it was said before, how close and how it was rated there, and one action
/// copies that review.
/// </summary>
public sealed class RepeatsTests : IAsyncDisposable
{
    // A factory per test: repeats are found across the whole database, so tests must not see each other's articles.
    // The tests compute vectors themselves, when they choose, instead of the background embedder.
    private readonly ClaimTrackerWebFactory _factory = new()
    {
        TestServices = s =>
        {
            foreach (var embedder in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ClaimVectorService)).ToList())
            {
                s.Remove(embedder);
            }
        },
    };

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> ImportAsync(string body, string title, DateTime published)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
            .ImportAsync(new ArticleDraft(body, title, Outlet: "Valley Courier", PublishedAt: published), null, Ct)).ArticleId;
    }

    /// <summary>What the background embedder does after an import: vectors for every new claim, then the linker.</summary>
    private async Task StoreVectorsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClaimVectors>().EmbedPendingAsync(null, Ct);
    }

    private async Task<(int EarlierClaim, int LaterArticle, int LaterClaim)> ImportRepeatAsync(bool storeLater = true)
    {
        var earlier = await ImportAsync("Floods destroyed more than 300 homes and displaced 2,000 people in the valley of Arden.", "Floods in Arden", new DateTime(2025, 3, 2));
        int earlierClaim;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            var claim = await db.Claims.Include(c => c.Links).SingleAsync(c => c.ArticleId == earlier, Ct);
            claim.Rating = Rating.False;
            claim.ReviewedAt = DateTime.UtcNow;
            claim.Links.Add(new CorroboratingLink { Url = "https://example.org/census", Publisher = "Census Office", Stance = LinkStance.Contradicts, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(Ct);
            earlierClaim = claim.Id;
        }

        await StoreVectorsAsync();
        var later = await ImportAsync("In the Arden valley, the floods wrecked over 300 houses and forced 2,000 residents from their homes.", "Valley counts the cost", new DateTime(2025, 3, 9));
        if (storeLater)
        {
            await StoreVectorsAsync();
        }

        var laterClaim = await ReviewData.QueryAsync(_factory, db => db.Claims.Where(c => c.ArticleId == later).Select(c => c.Id).SingleAsync(Ct));
        return (earlierClaim, later, laterClaim);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Stored_vectors_link_a_paraphrase_and_the_panel_says_where_it_was_said_before()
    {
        var (_, laterArticle, _) = await ImportRepeatAsync();
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Articles/{laterArticle}?claim=1", Ct);

        Assert.Contains("Said before in 1 article — 1 rated refuted.", html, StringComparison.Ordinal);
        Assert.Contains("Floods in Arden", html, StringComparison.Ordinal);
        Assert.Contains("Valley Courier 2025-03-02", html, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}% similar", html);
        Assert.Contains("False · Uncontested · 1 link · reviewed", html, StringComparison.Ordinal);
        Assert.Contains("Copy this review", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-contrast=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_earlier_article_lists_the_later_one_as_said_again()
    {
        await ImportRepeatAsync();
        var earlierArticle = await ReviewData.QueryAsync(_factory, db => db.Articles.Where(a => a.Title == "Floods in Arden").Select(a => a.Id).SingleAsync(Ct));
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Articles/{earlierArticle}?claim=1", Ct);

        Assert.Contains("Not said before, said again in 1 later article.", html, StringComparison.Ordinal);
        Assert.Contains("Valley counts the cost", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_with_the_opposite_direction_is_flagged_when_the_model_links_it()
    {
        var earlier = await ImportAsync("Unemployment rose to 5% in March.", "Jobs in March", new DateTime(2025, 4, 1));
        await StoreVectorsAsync();
        var later = await ImportAsync("Unemployment fell to 5% in March.", "Jobs report", new DateTime(2025, 4, 2));
        await StoreVectorsAsync();
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Articles/{later}?claim=1", Ct);

        // The model places "rose" beside "fell" (see MeaningPairsTests); the panel must not let that pass unmarked.
        Assert.Contains("Said before in 1 article.", html, StringComparison.Ordinal);
        Assert.Contains("data-contrast=\"direction\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_repeats_links_an_article_whose_vectors_are_not_stored_yet()
    {
        var (_, laterArticle, laterClaim) = await ImportRepeatAsync(storeLater: false);
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Articles/{laterArticle}?claim=1";
        Assert.Contains("Not linked to a claim of another article.", await browser.GetStringAsync(page, Ct), StringComparison.Ordinal);

        var response = await browser.SubmitAsync(page, $"/Articles/{laterArticle}?handler=FindRepeats", new Dictionary<string, string> { ["claimId"] = Id(laterClaim) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/Articles/{laterArticle}?claim=1#claim-1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var html = await browser.GetStringAsync(page, Ct);
        Assert.Contains("Linked 1 new repeat in other articles.", html, StringComparison.Ordinal);
        Assert.Contains("Said before in 1 article", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_repeats_needs_a_signed_in_reviewer_and_the_form_token()
    {
        var (_, laterArticle, laterClaim) = await ImportRepeatAsync(storeLater: false);
        var url = $"/Articles/{laterArticle}?handler=FindRepeats";
        var fields = new Dictionary<string, string> { ["claimId"] = Id(laterClaim) };

        var anonymous = await _factory.CreateBrowser().PostFormAsync(url, fields, antiforgeryToken: null);
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);
        var withoutToken = await browser.PostFormAsync(url, fields, antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(0, await ReviewData.QueryAsync(_factory, db => db.ClaimRelations.CountAsync(r => r.Type == ClaimRelationType.Repeats, Ct)));
    }

    [Fact]
    public async Task Find_repeats_on_a_missing_article_is_not_found()
    {
        var browser = await _factory.SignedInAsync(AppRoles.Editor);
        var (_, laterArticle, _) = await ImportRepeatAsync();

        var response = await browser.SubmitAsync($"/Articles/{laterArticle}", "/Articles/999999?handler=FindRepeats", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Copying_a_review_from_a_meaning_matched_repeat_takes_its_rating_and_links_and_writes_audit_rows()
    {
        var (earlierClaim, laterArticle, laterClaim) = await ImportRepeatAsync();
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Articles/{laterArticle}?claim=1";
        var version = await VersionAsync(laterClaim);

        var response = await browser.SubmitAsync(page, $"/Articles/{laterArticle}?handler=CopyReview", new Dictionary<string, string>
        {
            ["claimId"] = Id(laterClaim),
            ["fromClaimId"] = Id(earlierClaim),
            ["version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var copied = await db.Claims.Include(c => c.Links).SingleAsync(c => c.Id == laterClaim, Ct);
        Assert.Equal(Rating.False, copied.Rating);
        Assert.Equal("https://example.org/census", Assert.Single(copied.Links).Url);
        Assert.Null(copied.ReviewedAt);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityId == Id(laterClaim)).Select(a => a.Field).ToListAsync(Ct), f => f == nameof(Claim.Rating));
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
            ["claimId"] = Id(laterClaim),
            ["fromClaimId"] = Id(earlierClaim),
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
        var other = await ImportAsync("The central bank kept its main interest rate unchanged at 4.5 percent on Thursday.", "Rates", new DateTime(2025, 3, 5));
        await StoreVectorsAsync();
        var unrelated = await ReviewData.QueryAsync(_factory, db => db.Claims.Where(c => c.ArticleId == other).Select(c => c.Id).FirstAsync(Ct));
        var browser = await _factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.SubmitAsync($"/Articles/{laterArticle}?claim=1", $"/Articles/{laterArticle}?handler=CopyReview", new Dictionary<string, string>
        {
            ["claimId"] = Id(laterClaim),
            ["fromClaimId"] = Id(unrelated),
            ["version"] = (await VersionAsync(laterClaim)).ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only the review of a repeat", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private Task<Guid> VersionAsync(int claimId) =>
        ReviewData.QueryAsync(_factory, db => db.Claims.Where(c => c.Id == claimId).Select(c => c.Version).SingleAsync(Ct));
}
