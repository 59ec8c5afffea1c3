using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Importing;

public sealed class BatchImportTests
{
    private const string Budget = "\"We will not raise taxes,\" Finance Minister Maria Okafor said on Monday.\nThe opposition said the budget was a fantasy.\nOkafor denied the claim, saying the numbers were checked.";
    private const string Bridge = "Officials said the bridge will reopen in May.\nMaria Okafor, the finance minister, said the repairs were paid for.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<IReadOnlyList<ImportOutcome>> BatchAsync(TestDatabase database, params ArticleDraft[] drafts) =>
        database.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>().ImportBatchAsync(drafts, null, Ct));

    [Fact]
    public async Task Imports_every_article_of_a_batch_with_its_claims()
    {
        await using var database = await TestDatabase.CreateAsync();

        var outcomes = await BatchAsync(database, new ArticleDraft(Budget, "Budget"), new ArticleDraft(Bridge, "Bridge"));

        Assert.All(outcomes, o => Assert.Equal(ImportStatus.Imported, o.Status));
        var stored = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Articles
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, Claims = a.Claims.Count }).ToListAsync(Ct));
        Assert.Equal(["Budget", "Bridge"], stored.Select(a => a.Title));
        Assert.Equal(outcomes.Select(o => o.ArticleId), stored.Select(a => (int?)a.Id));
        Assert.Equal(outcomes.Select(o => o.ClaimCount), stored.Select(a => a.Claims));
        Assert.All(stored, a => Assert.True(a.Claims > 0));
    }

    [Fact]
    public async Task Writes_the_same_rows_as_a_single_import()
    {
        await using var single = await TestDatabase.CreateAsync();
        await using var batch = await TestDatabase.CreateAsync();
        var draft = new ArticleDraft(Budget, "Budget", "Capital Wire", "Ingrid Lindqvist", "https://news.example/1", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), "en");

        await single.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>().ImportAsync(draft, null, Ct));
        await BatchAsync(batch, draft);

        var expected = await SnapshotAsync(single);
        var actual = await SnapshotAsync(batch);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_current_model_is_written_by_the_sqlite_bulk_writer()
    {
        await using var database = await TestDatabase.CreateAsync();

        var supported = await database.InScopeAsync(sp => Task.FromResult(SqliteBulkWriter.CanWrite(sp.GetRequiredService<ClaimTrackerDbContext>().Model)));

        Assert.True(supported, "A model change made the bulk writer fall back to SaveChanges; bulk imports will be several times slower.");
    }

    [Fact]
    public async Task Reports_texts_already_stored_and_repeated_within_the_batch_as_duplicates()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await BatchAsync(database, new ArticleDraft(Budget));

        var outcomes = await BatchAsync(database, new ArticleDraft(Budget + "\r\n"), new ArticleDraft(Bridge), new ArticleDraft(Bridge, "Same text again"));

        Assert.Equal([ImportStatus.Duplicate, ImportStatus.Imported, ImportStatus.Duplicate], outcomes.Select(o => o.Status));
        Assert.Equal(first[0].ArticleId, outcomes[0].ArticleId);
        Assert.Equal(outcomes[1].ArticleId, outcomes[2].ArticleId);
        Assert.Equal(2, await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Articles.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_bad_article_fails_alone()
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:MaxBodyChars"] = "500" });

        var outcomes = await BatchAsync(database, new ArticleDraft("  \n "), new ArticleDraft(Bridge), new ArticleDraft(new string('a', 501)));

        Assert.Equal([ImportStatus.Failed, ImportStatus.Imported, ImportStatus.Failed], outcomes.Select(o => o.Status));
        Assert.Contains("empty", outcomes[0].Error, StringComparison.Ordinal);
        Assert.Contains("too long", outcomes[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_a_full_name_to_one_source_across_the_batch_and_earlier_imports()
    {
        await using var database = await TestDatabase.CreateAsync();
        await BatchAsync(database, new ArticleDraft(Budget));

        await BatchAsync(database, new ArticleDraft(Bridge), new ArticleDraft("Maria Okafor said the talks would resume on Friday."));

        var sources = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Sources
            .Where(s => s.CanonicalName == "Maria Okafor").Select(s => new { s.Id, Claims = s.Claims.Count }).ToListAsync(Ct));
        var okafor = Assert.Single(sources);
        Assert.True(okafor.Claims >= 3);
    }

    private static Task<List<string>> SnapshotAsync(TestDatabase database) => database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ClaimTrackerDbContext>();
        var article = await db.Articles.AsNoTracking().SingleAsync(Ct);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Source).OrderBy(c => c.Ordinal).ToListAsync(Ct);
        var relations = await db.ClaimRelations.AsNoTracking().Select(r => new { From = r.FromClaim!.Ordinal, To = r.ToClaim!.Ordinal, r.Type }).ToListAsync(Ct);
        var rows = new List<string>
        {
            string.Join('|', article.Title, article.Outlet, article.Byline, article.OriginalUrl, article.PublishedAt?.ToString("O"), article.Language, article.Body, article.ContentHash, article.Status, article.Version != Guid.Empty),
        };
        rows.AddRange(claims.Select(c => string.Join('|', c.Ordinal, c.Start, c.End, string.Join(';', c.Segments), c.Text, c.Kind, c.Cue, c.CueStart, c.CueEnd,
            c.SourceMention, c.SourceMentionStart, c.SourceMentionEnd, c.SpeakerRole, c.Source?.CanonicalName, c.Source?.Kind, string.Join(';', c.Source?.Aliases ?? []),
            string.Join(';', c.Hedges), c.Origin, c.SourcingType, c.ContestedStatus, c.Rating, c.Version != Guid.Empty)));
        rows.AddRange(relations.Select(r => $"{r.From}->{r.To} {r.Type}"));
        return rows;
    });
}
