using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Data;

/// <summary>Article.ClaimsVersion is what the review page's snapshots trust; these are the saves that must move it.</summary>
public sealed class ClaimsVersionTests : IAsyncLifetime
{
    private static readonly ReviewActor Editor = new(null, "editor@newsroom.test");

    private TestDatabase _database = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private Task<T> InScopeAsync<T>(Func<ClaimTrackerDbContext, IServiceProvider, Task<T>> action) =>
        _database.InScopeAsync(sp => action(sp.GetRequiredService<ClaimTrackerDbContext>(), sp));

    private async Task<int> ArticleAsync(string title, Source? source = null, Source? contestedBy = null) =>
        await InScopeAsync(async (db, _) =>
        {
            const string body = "Ana said taxes will fall. Prices rose.";
            var article = new Article { Title = title, Body = body, ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title))), CreatedAt = DateTime.UtcNow };
            article.Claims.Add(new Claim { Ordinal = 1, Start = 9, End = 24, Text = "taxes will fall", Kind = ClaimKind.Indirect, Source = source, ContestedBySource = contestedBy });
            article.Claims.Add(new Claim { Ordinal = 2, Start = 26, End = 37, Text = "Prices rose" });
            if (source is not null)
            {
                db.Attach(source);
            }

            if (contestedBy is not null)
            {
                db.Attach(contestedBy);
            }

            db.Articles.Add(article);
            await db.SaveChangesAsync(Ct);
            return article.Id;
        });

    private Task<Guid> VersionAsync(int articleId) =>
        InScopeAsync((db, _) => db.Articles.Where(a => a.Id == articleId).Select(a => a.ClaimsVersion).SingleAsync(Ct));

    private Task<Source> SourceAsync(string name) => InScopeAsync(async (db, _) =>
    {
        var source = new Source { CanonicalName = name, Kind = SourceKind.Person, CreatedAt = DateTime.UtcNow };
        db.Sources.Add(source);
        await db.SaveChangesAsync(Ct);
        return source;
    });

    [Fact]
    public async Task Reviewing_a_claim_moves_its_articles_version_only()
    {
        var (edited, other) = (await ArticleAsync("edited"), await ArticleAsync("other"));
        var (before, otherBefore) = (await VersionAsync(edited), await VersionAsync(other));
        var claim = await InScopeAsync((db, _) => db.Claims.AsNoTracking().SingleAsync(c => c.ArticleId == edited && c.Ordinal == 2, Ct));

        var result = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>()
            .UpdateAsync(claim.Id, claim.Version, ClaimFields.From(claim, null) with { Rating = Rating.False }, null, Editor, Ct));

        Assert.True(result.Succeeded);
        Assert.NotEqual(before, await VersionAsync(edited));
        Assert.Equal(otherBefore, await VersionAsync(other));
    }

    [Fact]
    public async Task A_plain_save_outside_a_transaction_moves_it_with_the_change()
    {
        var article = await ArticleAsync("plain");
        var before = await VersionAsync(article);

        await InScopeAsync(async (db, _) =>
        {
            var claim = await db.Claims.SingleAsync(c => c.ArticleId == article && c.Ordinal == 1, Ct);
            claim.Rating = Rating.True;
            return await db.SaveChangesAsync(Ct);
        });

        Assert.NotEqual(before, await VersionAsync(article));
        Assert.Equal(Rating.True, await InScopeAsync((db, _) => db.Claims.Where(c => c.ArticleId == article && c.Ordinal == 1).Select(c => c.Rating).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Adding_and_deleting_claims_move_it()
    {
        var article = await ArticleAsync("spans");
        var first = await VersionAsync(article);

        var added = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimSpans>().AddAsync(article, 0, 3, Editor, Ct));
        var second = await VersionAsync(article);
        var claim = await InScopeAsync((db, _) => db.Claims.AsNoTracking().SingleAsync(c => c.Id == added.Id, Ct));
        var deleted = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimSpans>().DeleteAsync(claim.Id, claim.Version, Editor, Ct));
        var third = await VersionAsync(article);

        Assert.True(added.Succeeded && deleted.Succeeded);
        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
    }

    [Fact]
    public async Task Renaming_a_source_moves_every_article_that_names_it()
    {
        var (ana, council) = (await SourceAsync("Ana"), await SourceAsync("The council"));
        var quoting = await ArticleAsync("quoting", source: ana);
        var contesting = await ArticleAsync("contesting", source: council, contestedBy: ana);
        var unrelated = await ArticleAsync("unrelated", source: council);
        var before = (await VersionAsync(quoting), await VersionAsync(contesting), await VersionAsync(unrelated));

        await InScopeAsync(async (db, _) =>
        {
            (await db.Sources.SingleAsync(s => s.Id == ana.Id, Ct)).CanonicalName = "Ana Lopez";
            return await db.SaveChangesAsync(Ct);
        });

        Assert.NotEqual(before.Item1, await VersionAsync(quoting));
        Assert.NotEqual(before.Item2, await VersionAsync(contesting));
        Assert.Equal(before.Item3, await VersionAsync(unrelated));
    }

    [Fact]
    public async Task Merging_sources_moves_the_articles_of_the_duplicate()
    {
        var (keep, duplicate) = (await SourceAsync("Ana Lopez"), await SourceAsync("Lopez"));
        var article = await ArticleAsync("merge", source: duplicate);
        var before = await VersionAsync(article);

        var result = await InScopeAsync((_, sp) => sp.GetRequiredService<SourceDirectory>().MergeAsync(keep.Id, duplicate.Id, Editor, Ct));

        Assert.True(result.Succeeded);
        Assert.NotEqual(before, await VersionAsync(article));
    }

    [Fact]
    public async Task Article_workflow_changes_leave_it_alone()
    {
        var article = await ArticleAsync("workflow");
        var before = await VersionAsync(article);

        await InScopeAsync(async (db, _) =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article, Ct)).Title = "Renamed";
            return await db.SaveChangesAsync(Ct);
        });

        Assert.Equal(before, await VersionAsync(article));
    }
}
