using System.Globalization;
using System.Net;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Tests.Pages.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Sources;

public sealed class SourcesPagesTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Two spellings of one person, each with a claim; one claim refuted, contested and corroborated.</summary>
    private async Task<(int Keep, int Duplicate, string Name)> TwoSpellingsAsync()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var name = "Hossein Tester " + Guid.NewGuid().ToString("N")[..6];
        var keep = new Source { CanonicalName = name, Kind = SourceKind.Person, Aliases = ["the minister"], CreatedAt = DateTime.UtcNow };
        var duplicate = new Source { CanonicalName = "Tester", Kind = SourceKind.Person, Aliases = ["Mr Tester"], CreatedAt = DateTime.UtcNow };
        db.Sources.AddRange(keep, duplicate);
        var first = await db.Claims.SingleAsync(c => c.Id == claims[0], Ct);
        first.Source = keep;
        first.Rating = Rating.MostlyFalse;
        first.ContestedStatus = ContestedStatus.Contested;
        first.Links.Add(new CorroboratingLink { Url = "https://a.example/", Stance = LinkStance.Supports, AddedAt = DateTime.UtcNow });
        var second = await db.Claims.SingleAsync(c => c.Id == claims[2], Ct);
        second.Source = duplicate;
        await db.SaveChangesAsync(Ct);
        _ = articleId;
        return (keep.Id, duplicate.Id, name);
    }

    [Fact]
    public async Task List_searches_names_and_aliases_with_counts()
    {
        var (_, _, name) = await TwoSpellingsAsync();
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var byName = await browser.GetStringAsync($"/Sources?q={Uri.EscapeDataString(name)}", Ct);
        var byAlias = await browser.GetStringAsync("/Sources?q=Mr%20Tester", Ct);

        Assert.Contains(name, byName, StringComparison.Ordinal);
        Assert.Contains("also: the minister", byName, StringComparison.Ordinal);
        Assert.Contains("Tester", byAlias, StringComparison.Ordinal);
        Assert.Contains("1 source", byName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_shows_the_track_record_across_articles()
    {
        var (keep, _, _) = await TwoSpellingsAsync();
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Sources/{keep}", Ct);

        Assert.Contains("id=\"count-claims\">1<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"count-contested\">1<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"count-refuted\">1<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"count-corroborated\">1<", html, StringComparison.Ordinal);
        Assert.Contains("the bridge will open in May", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Merge a duplicate", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_merges_a_duplicate_keeping_claims_and_aliases_with_audit()
    {
        var (keep, duplicate, _) = await TwoSpellingsAsync();
        var editor = await factory.SignedInAsync(AppRoles.Editor);

        var response = await editor.SubmitAsync($"/Sources/{keep}", $"/Sources/{keep}?handler=Merge",
            new Dictionary<string, string> { ["duplicateId"] = duplicate.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (source, claimCount, gone) = await ReviewData.QueryAsync(factory, async db => (
            await db.Sources.AsNoTracking().SingleAsync(s => s.Id == keep, Ct),
            await db.Claims.CountAsync(c => c.SourceId == keep, Ct),
            !await db.Sources.AnyAsync(s => s.Id == duplicate, Ct)));
        Assert.Equal(2, claimCount);
        Assert.True(gone);
        Assert.Equal(["the minister", "Tester", "Mr Tester"], source.Aliases);
        var audit = await ReviewData.QueryAsync(factory, db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Source").ToListAsync(Ct));
        Assert.Contains(audit, a => a.EntityId == duplicate.ToString(CultureInfo.InvariantCulture) && a.Field == "Deleted");
        Assert.Contains(audit, a => a.EntityId == keep.ToString(CultureInfo.InvariantCulture) && a.Field == "Aliases");
        var page = await editor.GetStringAsync($"/Sources/{keep}", Ct);
        Assert.Contains("<td>Aliases</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_cannot_merge_sources()
    {
        var (keep, duplicate, _) = await TwoSpellingsAsync();
        var reviewer = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await reviewer.SubmitAsync($"/Sources/{keep}", $"/Sources/{keep}?handler=Merge",
            new Dictionary<string, string> { ["duplicateId"] = duplicate.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.True(await ReviewData.QueryAsync(factory, db => db.Sources.AnyAsync(s => s.Id == duplicate, Ct)));
    }

    [Fact]
    public async Task Merging_a_source_into_itself_is_refused()
    {
        var (keep, _, _) = await TwoSpellingsAsync();
        var editor = await factory.SignedInAsync(AppRoles.Editor);

        var response = await editor.SubmitAsync($"/Sources/{keep}", $"/Sources/{keep}?handler=Merge",
            new Dictionary<string, string> { ["duplicateId"] = keep.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pick a different source", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_source_needs_a_name()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var missing = await browser.SubmitAsync("/Sources", "/Sources?handler=Create", new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Affiliation"] = "Kept affiliation" });
        var created = await browser.SubmitAsync("/Sources", "/Sources?handler=Create", new Dictionary<string, string> { ["Input.Name"] = "Port Authority", ["Input.Kind"] = "OfficialBody" });

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Give the source&#x27;s name.", html, StringComparison.Ordinal);
        Assert.Contains("Kept affiliation", html, StringComparison.Ordinal);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith("/Sources/", created.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
