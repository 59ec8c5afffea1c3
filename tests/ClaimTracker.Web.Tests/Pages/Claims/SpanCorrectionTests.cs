using System.Globalization;
using System.Net;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Tests.Pages.Articles;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Pages.Claims;

public sealed class SpanCorrectionTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<List<Claim>> ClaimsAsync(int articleId) =>
        ReviewData.QueryAsync(factory, db => db.Claims.AsNoTracking().Where(c => c.ArticleId == articleId).OrderBy(c => c.Ordinal).ToListAsync(Ct));

    [Fact]
    public async Task Adding_a_claim_from_a_text_range_inserts_it_in_article_order()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var start = ReviewData.Body.IndexOf("Critics denied it.", StringComparison.Ordinal);

        var response = await browser.SubmitAsync($"/Articles/{articleId}", $"/Articles/{articleId}?handler=AddClaim", new Dictionary<string, string>
        {
            ["NewClaim.Start"] = Id(start - 1),
            ["NewClaim.End"] = Id(start + "Critics denied it.".Length),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Articles/{articleId}?claim=2#claim-2", response.Headers.Location!.ToString());
        var claims = await ClaimsAsync(articleId);
        Assert.Equal(["the bridge will open in May", "Critics denied it.", "It is a fantasy", "Officials are confident"], claims.Select(c => c.Text));
        Assert.Equal([1, 2, 3, 4], claims.Select(c => c.Ordinal));
        Assert.Equal(ClaimOrigin.AddedByPerson, claims[1].Origin);
        Assert.True(await ReviewData.QueryAsync(factory, db => db.AuditEntries.AnyAsync(a => a.EntityId == Id(claims[1].Id) && a.Field == "Created", Ct)));
    }

    [Fact]
    public async Task Adding_a_claim_outside_the_text_is_refused_and_keeps_the_numbers()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.SubmitAsync($"/Articles/{articleId}", $"/Articles/{articleId}?handler=AddClaim", new Dictionary<string, string>
        {
            ["NewClaim.Start"] = "40",
            ["NewClaim.End"] = "999999",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Choose a stretch of the article", html, StringComparison.Ordinal);
        Assert.Contains("value=\"999999\"", html, StringComparison.Ordinal);
        Assert.Equal(3, (await ClaimsAsync(articleId)).Count);
    }

    [Fact]
    public async Task Splitting_then_merging_a_claim_round_trips_its_text()
    {
        var (articleId, claimIds) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var claim = await ReviewData.ClaimAsync(factory, claimIds[0]);
        var at = ReviewData.Body.IndexOf("will open", StringComparison.Ordinal);

        var split = await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=Split", new Dictionary<string, string>
        {
            ["Span.ClaimId"] = Id(claim.Id),
            ["Span.Version"] = claim.Version.ToString(),
            ["Span.At"] = Id(at),
        });

        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var afterSplit = await ClaimsAsync(articleId);
        Assert.Equal(["the bridge", "will open in May", "It is a fantasy", "Officials are confident"], afterSplit.Select(c => c.Text));

        var first = afterSplit[0];
        var merge = await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=Merge", new Dictionary<string, string>
        {
            ["Span.ClaimId"] = Id(first.Id),
            ["Span.Version"] = first.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);
        var afterMerge = await ClaimsAsync(articleId);
        Assert.Equal(["the bridge will open in May", "It is a fantasy", "Officials are confident"], afterMerge.Select(c => c.Text));
        Assert.Equal([1, 2, 3], afterMerge.Select(c => c.Ordinal));
    }

    [Fact]
    public async Task Splitting_outside_the_claim_is_refused()
    {
        var (articleId, claimIds) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var claim = await ReviewData.ClaimAsync(factory, claimIds[0]);

        var response = await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=Split", new Dictionary<string, string>
        {
            ["Span.ClaimId"] = Id(claim.Id),
            ["Span.Version"] = claim.Version.ToString(),
            ["Span.At"] = Id(claim.End + 5),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Split at a position inside the claim", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_span_trims_it_and_records_the_old_and_new_range()
    {
        var (articleId, claimIds) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var claim = await ReviewData.ClaimAsync(factory, claimIds[0]);
        var start = ReviewData.Body.IndexOf("The minister", StringComparison.Ordinal);

        var response = await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=EditSpan", new Dictionary<string, string>
        {
            ["Span.ClaimId"] = Id(claim.Id),
            ["Span.Version"] = claim.Version.ToString(),
            ["Span.Start"] = Id(start),
            ["Span.End"] = Id(claim.End + 1),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edited = await ReviewData.ClaimAsync(factory, claim.Id);
        Assert.Equal("The minister said the bridge will open in May.", edited.Text);
        Assert.Equal(ClaimOrigin.EditedByPerson, edited.Origin);
        Assert.True(await ReviewData.QueryAsync(factory, db => db.AuditEntries.AnyAsync(a => a.EntityId == Id(claim.Id) && a.Field == "Start" && a.OldValue == Id(claim.Start) && a.NewValue == Id(start), Ct)));
    }

    [Fact]
    public async Task Deleting_a_claim_removes_it_with_its_links_and_renumbers()
    {
        var (articleId, claimIds) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=AddLink", new Dictionary<string, string>
        {
            ["NewLink.ClaimId"] = Id(claimIds[0]),
            ["NewLink.Url"] = "https://example.org/x",
            ["NewLink.Stance"] = "Supports",
        });
        var claim = await ReviewData.ClaimAsync(factory, claimIds[0]);

        var response = await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=Delete", new Dictionary<string, string>
        {
            ["Span.ClaimId"] = Id(claim.Id),
            ["Span.Version"] = claim.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var claims = await ClaimsAsync(articleId);
        Assert.Equal([1, 2], claims.Select(c => c.Ordinal));
        Assert.Equal("It is a fantasy", claims[0].Text);
        Assert.False(await ReviewData.QueryAsync(factory, db => db.CorroboratingLinks.AnyAsync(l => l.ClaimId == claim.Id, Ct)));
        Assert.True(await ReviewData.QueryAsync(factory, db => db.AuditEntries.AnyAsync(a => a.EntityId == Id(claim.Id) && a.Field == "Deleted" && a.ArticleId == articleId, Ct)));
    }

    [Fact]
    public async Task Deleting_a_claim_someone_just_changed_is_refused_as_a_conflict()
    {
        var (articleId, claimIds) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var stale = await ReviewData.ClaimAsync(factory, claimIds[0]);
        var fields = ReviewData.PanelFields(stale);
        fields["Input.Rating"] = "True";
        await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=Save", fields);

        var response = await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=Delete", new Dictionary<string, string>
        {
            ["Span.ClaimId"] = Id(stale.Id),
            ["Span.Version"] = stale.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(1, ReviewData.Occurrences(html, "Someone else changed this claim meanwhile"));
        Assert.DoesNotContain("Someone else saved this claim", html, StringComparison.Ordinal);
        Assert.Equal(3, (await ClaimsAsync(articleId)).Count);
    }
}
