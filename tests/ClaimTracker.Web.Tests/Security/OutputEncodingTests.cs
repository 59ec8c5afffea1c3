using System.Net;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Security;

/// <summary>Article text, notes and source names carrying markup, entities, bidi overrides and zero-width characters render inert.</summary>
public sealed class OutputEncodingTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private const string Hostile = "Officials said <script>alert('pwned')</script> the &lt;b&gt; plan \u202Egnp.exe and zero\u200Bwidth <img src=x onerror=alert(1)> harbour budget.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int ArticleId, int SourceId)> SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var imported = await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
            .ImportAsync(new ArticleDraft(Hostile, "Hostile <i>title</i> \u202Eevil", "Outlet <b>x</b>"), null, Ct);
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var claim = await db.Claims.FirstAsync(c => c.ArticleId == imported.ArticleId, Ct);
        var source = new Source { CanonicalName = "Mallory <script>alert(2)</script> \u202Eyrollam", Kind = SourceKind.Person, CreatedAt = DateTime.UtcNow };
        claim.Source = source;
        claim.ReviewerNotes = "Note <script>alert(3)</script> \u2066isolated\u2069 zero\u200Bwidth";
        await db.SaveChangesAsync(Ct);
        return (imported.ArticleId, source.Id);
    }

    [Fact]
    public async Task Hostile_text_is_encoded_and_hidden_controls_are_shown_on_every_page_that_displays_it()
    {
        var (articleId, sourceId) = await SeedAsync();
        var browser = await factory.SignedInAsync(AppRoles.Editor);
        var pages = new[] { "/Articles", $"/Articles/{articleId}", $"/Articles/{articleId}?claim=1", "/Search?q=harbour", $"/Sources/{sourceId}", $"/Reports/{articleId}" };

        foreach (var page in pages)
        {
            var response = await browser.GetAsync(page, Ct);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>title</i>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2066", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\u200B", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Article_page_shows_the_literal_text_of_markup_and_entities()
    {
        var (articleId, _) = await SeedAsync();
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        // Claim highlights may cut the text into several elements; compare the text between the tags.
        var html = System.Text.RegularExpressions.Regex.Replace(await browser.GetStringAsync($"/Articles/{articleId}", Ct), "<[^>]*>", "");

        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("&amp;lt;b&amp;gt;", html, StringComparison.Ordinal);
        Assert.Contains("⟦U+202E⟧gnp.exe", html, StringComparison.Ordinal);
        Assert.Contains("zero⟦U+200B⟧width", html, StringComparison.Ordinal);
    }
}
