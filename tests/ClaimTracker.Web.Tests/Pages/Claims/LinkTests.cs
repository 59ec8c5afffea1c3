using System.Globalization;
using System.Net;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Tests.Pages.Articles;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Pages.Claims;

public sealed class LinkTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> NewLink(int claimId, string url, string? publisher = null, string stance = "Supports") => new()
    {
        ["NewLink.ClaimId"] = claimId.ToString(CultureInfo.InvariantCulture),
        ["NewLink.Url"] = url,
        ["NewLink.Title"] = "Timetable",
        ["NewLink.Publisher"] = publisher ?? "",
        ["NewLink.Stance"] = stance,
        ["NewLink.AccessedAt"] = "2026-11-20",
        ["NewLink.Note"] = "",
    };

    [Fact]
    public async Task Adding_links_counts_independent_publishers_once_and_audits_them()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Articles/{articleId}?claim=1";
        var post = $"/Articles/{articleId}?handler=AddLink";

        foreach (var (url, publisher) in new[] { ("https://www.wire.example/a", ""), ("https://wire.example/b", ""), ("http://other.example/c", "Other Paper") })
        {
            var response = await browser.SubmitAsync(page, post, NewLink(claims[0], url, publisher));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var html = await browser.GetStringAsync(page, Ct);
        Assert.Contains("2 independent supporting sources", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.Equal(3, (await ReviewData.ClaimAsync(factory, claims[0])).Links.Count);
        var audit = await ReviewData.QueryAsync(factory, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Claim" && a.EntityId == claims[0].ToString(CultureInfo.InvariantCulture)).ToListAsync(Ct));
        Assert.Equal(3, audit.Count(a => a.Field.StartsWith("Link ", StringComparison.Ordinal) && a.Field.EndsWith("Created", StringComparison.Ordinal)));
        var status = await ReviewData.QueryAsync(factory, db => db.Articles.Where(a => a.Id == articleId).Select(a => a.Status).SingleAsync(Ct));
        Assert.Equal(ArticleStatus.InReview, status);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/relative/path")]
    [InlineData("ftp://files.example/x")]
    public async Task Rejects_links_that_are_not_http_or_https_and_keeps_the_form(string url)
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.SubmitAsync($"/Articles/{articleId}?claim=1", $"/Articles/{articleId}?handler=AddLink", NewLink(claims[0], url, "Kept Publisher"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("starting with http:// or https://", html, StringComparison.Ordinal);
        Assert.Contains("Kept Publisher", html, StringComparison.Ordinal);
        Assert.Empty((await ReviewData.ClaimAsync(factory, claims[0])).Links);
    }

    [Fact]
    public async Task Editing_and_removing_a_link_are_audited_against_the_claim()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Articles/{articleId}?claim=1";
        await browser.SubmitAsync(page, $"/Articles/{articleId}?handler=AddLink", NewLink(claims[0], "https://news.example/1"));
        var link = (await ReviewData.ClaimAsync(factory, claims[0])).Links.Single();

        var edit = await browser.SubmitAsync(page, $"/Articles/{articleId}?handler=EditLink", new Dictionary<string, string>
        {
            ["Link.LinkId"] = link.Id.ToString(CultureInfo.InvariantCulture),
            ["Link.ClaimId"] = claims[0].ToString(CultureInfo.InvariantCulture),
            ["Link.Url"] = "https://news.example/1",
            ["Link.Stance"] = "Contradicts",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(LinkStance.Contradicts, (await ReviewData.ClaimAsync(factory, claims[0])).Links.Single().Stance);

        var badEdit = await browser.SubmitAsync(page, $"/Articles/{articleId}?handler=EditLink", new Dictionary<string, string>
        {
            ["Link.LinkId"] = link.Id.ToString(CultureInfo.InvariantCulture),
            ["Link.ClaimId"] = claims[0].ToString(CultureInfo.InvariantCulture),
            ["Link.Url"] = "javascript:void(0)",
            ["Link.Stance"] = "Supports",
        });
        Assert.Equal(HttpStatusCode.OK, badEdit.StatusCode);
        Assert.Contains("starting with http:// or https://", await badEdit.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var remove = await browser.SubmitAsync(page, $"/Articles/{articleId}?handler=RemoveLink", new Dictionary<string, string>
        {
            ["linkId"] = link.Id.ToString(CultureInfo.InvariantCulture),
            ["claimId"] = claims[0].ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Empty((await ReviewData.ClaimAsync(factory, claims[0])).Links);
        var fields = await ReviewData.QueryAsync(factory, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Claim" && a.EntityId == claims[0].ToString(CultureInfo.InvariantCulture)).Select(a => a.Field).ToListAsync(Ct));
        Assert.Contains($"Link {link.Id} Stance", fields);
        Assert.Contains($"Link {link.Id} Deleted", fields);
    }

    [Fact]
    public async Task Two_reviewers_editing_one_link_do_not_overwrite_each_other()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var first = await factory.SignedInAsync(AppRoles.Reviewer);
        var second = await factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Articles/{articleId}?claim=1";
        await first.SubmitAsync(page, $"/Articles/{articleId}?handler=AddLink", NewLink(claims[0], "https://news.example/1"));
        var claim = await ReviewData.ClaimAsync(factory, claims[0]);
        var link = claim.Links.Single();
        Dictionary<string, string> Edit(string title) => new()
        {
            ["Link.LinkId"] = link.Id.ToString(CultureInfo.InvariantCulture),
            ["Link.ClaimId"] = claims[0].ToString(CultureInfo.InvariantCulture),
            ["Link.ClaimVersion"] = claim.Version.ToString(),
            ["Link.Url"] = "https://news.example/1",
            ["Link.Title"] = title,
            ["Link.Stance"] = "Supports",
        };

        var saved = await first.SubmitAsync(page, $"/Articles/{articleId}?handler=EditLink", Edit("First title"));
        var refused = await second.SubmitAsync(page, $"/Articles/{articleId}?handler=EditLink", Edit("Second title"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Equal(1, ReviewData.Occurrences(html, "Someone else saved this claim"));
        Assert.Contains("value=\"Second title\"", html, StringComparison.Ordinal);
        Assert.Equal("First title", (await ReviewData.ClaimAsync(factory, claims[0])).Links.Single().Title);
    }
}
