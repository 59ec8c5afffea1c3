using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Importing;

public sealed class ArticleImporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(TestDatabase database, ArticleDraft draft) =>
        database.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>().ImportAsync(draft, null, Ct));

    [Fact]
    public async Task Stores_the_body_normalized_to_nfc_with_unix_line_endings()
    {
        await using var database = await TestDatabase.CreateAsync();
        var decomposed = "Cafe\u0301 owners met.\r\nThe mayor said the plan works.\r\n";

        var result = await ImportAsync(database, new ArticleDraft(decomposed, "Cafés"));

        var body = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>()
            .Articles.Where(a => a.Id == result.ArticleId).Select(a => a.Body).SingleAsync(Ct));
        Assert.Equal("Caf\u00e9 owners met.\nThe mayor said the plan works.", body);
    }

    [Fact]
    public async Task Claim_spans_index_into_the_stored_body()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await ImportAsync(database, new ArticleDraft("Prices rose again.\r\nThe bank kept rates on hold.", "Rates"));

        var (body, claims) = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var article = await db.Articles.Include(a => a.Claims).SingleAsync(a => a.Id == result.ArticleId, Ct);
            return (article.Body, article.Claims.OrderBy(c => c.Ordinal).ToList());
        });
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.InRange(c.Start, 0, body.Length);
            Assert.InRange(c.End, c.Start, body.Length);
            Assert.All(c.Segments, s => Assert.Contains(body[s.Start..s.End], c.Text, StringComparison.Ordinal));
        });
        Assert.Equal(Enumerable.Range(1, claims.Count), claims.Select(c => c.Ordinal));
    }

    [Fact]
    public async Task Reimporting_the_same_text_finds_the_existing_article()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await ImportAsync(database, new ArticleDraft("Officials said the bridge will reopen in May.", "Bridge"));

        var second = await ImportAsync(database, new ArticleDraft("Officials said the bridge will reopen in May.\r\n", "Another title"));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1, await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Articles.CountAsync(Ct)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n \t ")]
    public async Task Rejects_an_empty_article(string body)
    {
        await using var database = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => ImportAsync(database, new ArticleDraft(body)));

        Assert.Contains("empty", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Rejects_an_article_over_the_configured_size()
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:MaxBodyChars"] = "100" });

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => ImportAsync(database, new ArticleDraft(new string('a', 101))));

        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Articles.CountAsync(Ct)));
    }

    [Fact]
    public async Task Untitled_article_takes_its_first_line_as_title()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await ImportAsync(database, new ArticleDraft("Storm closes ports\nThe storm closed three ports on Monday."));

        var title = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>()
            .Articles.Where(a => a.Id == result.ArticleId).Select(a => a.Title).SingleAsync(Ct));
        Assert.Equal("Storm closes ports", title);
    }

    [Fact]
    public async Task New_article_starts_unreviewed_with_machine_extracted_claims()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await ImportAsync(database, new ArticleDraft("The council met on Tuesday. Turnout was low.", "Council"));

        var (status, claims) = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var article = await db.Articles.Include(a => a.Claims).SingleAsync(a => a.Id == result.ArticleId, Ct);
            return (article.Status, article.Claims);
        });
        Assert.Equal(ArticleStatus.New, status);
        Assert.All(claims, c =>
        {
            Assert.Equal(ClaimOrigin.Extracted, c.Origin);
            Assert.Equal(Rating.Unrated, c.Rating);
            Assert.Equal(ContestedStatus.Uncontested, c.ContestedStatus);
            Assert.NotEqual(Guid.Empty, c.Version);
        });
    }
}
