using System.Net;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed class ReextractTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> ImportAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Core.Importing.ArticleImporter>().ImportAsync(new Core.Importing.ArticleDraft(
            $"\"Prices will fall by summer,\" Finance Minister Maria Okafor told reporters.\nThe opposition leader, Omar Haddad, said the figures were misleading.\nAnalysts at the central bank warned that rents were still rising.\nFiled {Guid.NewGuid():N}.",
            "Inflation"), null, Ct);
        return result.ArticleId;
    }

    private async Task<List<Claim>> ClaimsAsync(int articleId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId).OrderBy(c => c.Ordinal).ToListAsync(Ct);
    }

    [Fact]
    public async Task Article_page_offers_re_extraction()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var id = await ImportAsync();

        var html = await browser.GetStringAsync($"/Articles/{id}", Ct);

        Assert.Contains($"action=\"/Articles/{id}/Reextract\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_extraction_keeps_a_rated_claim_and_replaces_the_rest()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var id = await ImportAsync();
        var before = await ClaimsAsync(id);
        Assert.True(before.Count >= 2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            var claim = await db.Claims.SingleAsync(c => c.Id == before[0].Id, Ct);
            claim.Rating = Rating.MostlyTrue;
            claim.ReviewerNotes = "Matches the statistics office release.";
            await db.SaveChangesAsync(Ct);
        }

        var response = await browser.SubmitAsync($"/Articles/{id}", $"/Articles/{id}/Reextract", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Articles/{id}", response.Headers.Location!.OriginalString);
        var html = await browser.GetStringAsync(response.Headers.Location, Ct);
        Assert.Contains($"Re-extracted: kept 1 claims people worked on, replaced {before.Count - 1} machine-extracted claims", html, StringComparison.Ordinal);
        var after = await ClaimsAsync(id);
        var kept = Assert.Single(after, c => c.Id == before[0].Id);
        Assert.Equal((Rating.MostlyTrue, "Matches the statistics office release."), (kept.Rating, kept.ReviewerNotes));
        Assert.Equal(before.Count, after.Count);
        Assert.Single(after.Select(c => c.Id).Intersect(before.Select(c => c.Id)));
    }

    [Fact]
    public async Task A_get_goes_back_to_the_article_without_changing_anything()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var id = await ImportAsync();
        var before = await ClaimsAsync(id);

        var response = await browser.GetAsync($"/Articles/{id}/Reextract", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Articles/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(before.Select(c => c.Id), (await ClaimsAsync(id)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var id = await ImportAsync();

        var response = await browser.PostFormAsync($"/Articles/{id}/Reextract", new Dictionary<string, string>(), antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_article_is_not_found()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var id = await ImportAsync();
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetStringAsync($"/Articles/{id}", Ct));

        var response = await browser.PostFormAsync("/Articles/999999/Reextract", new Dictionary<string, string>(), token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_re_extract()
    {
        var browser = factory.CreateBrowser();

        var response = await browser.PostFormAsync("/Articles/1/Reextract", new Dictionary<string, string>(), antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
