using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reviewing;

public sealed class ReviewingServicesTests : IAsyncLifetime
{
    private const string Body = "The mayor said taxes will fall. The council denied it. Prices rose.";

    private static readonly ReviewActor Alice = new("alice-id", "alice@newsroom.test");

    private TestDatabase _database = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();

        // Reviewers and link authors are foreign keys to real users.
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            db.Users.Add(new ApplicationUser { Id = Alice.UserId!, UserName = Alice.UserName, Email = Alice.UserName, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private async Task<(int ArticleId, int[] Claims)> ArticleAsync()
    {
        return await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var article = new Article { Title = "Taxes", Body = Body, ContentHash = new string('a', 64), CreatedAt = DateTime.UtcNow };
            foreach (var (text, ordinal) in new[] { ("taxes will fall", 1), ("The council denied it", 2), ("Prices rose", 3) })
            {
                var start = Body.IndexOf(text, StringComparison.Ordinal);
                article.Claims.Add(new Claim { Ordinal = ordinal, Start = start, End = start + text.Length, Segments = [new TextRange(start, start + text.Length)], Text = text });
            }

            db.Articles.Add(article);
            await db.SaveChangesAsync(Ct);
            return (article.Id, article.Claims.OrderBy(c => c.Ordinal).Select(c => c.Id).ToArray());
        });
    }

    private Task<T> InScopeAsync<T>(Func<ClaimTrackerDbContext, IServiceProvider, Task<T>> action) =>
        _database.InScopeAsync(sp => action(sp.GetRequiredService<ClaimTrackerDbContext>(), sp));

    private Task<Claim> ClaimAsync(int id) => InScopeAsync((db, _) => db.Claims.AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    private static ClaimFields Fields(Claim claim) => ClaimFields.From(claim, null);

    [Fact]
    public async Task First_annotation_moves_the_article_into_review_once()
    {
        var (articleId, claims) = await ArticleAsync();
        var claim = await ClaimAsync(claims[0]);

        var first = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>()
            .UpdateAsync(claim.Id, claim.Version, Fields(claim) with { Rating = Rating.False }, null, Alice, Ct));
        var again = await ClaimAsync(claims[0]);
        await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>()
            .UpdateAsync(again.Id, again.Version, Fields(again) with { Rating = Rating.MostlyFalse }, null, Alice, Ct));

        Assert.True(first.Succeeded);
        var (status, moves) = await InScopeAsync(async (db, _) => (
            await db.Articles.Where(a => a.Id == articleId).Select(a => a.Status).SingleAsync(Ct),
            await db.AuditEntries.CountAsync(a => a.EntityType == AuditFields.ArticleEntity && a.Field == "Status", Ct)));
        Assert.Equal(ArticleStatus.InReview, status);
        Assert.Equal(1, moves);
    }

    [Fact]
    public async Task Audit_rows_carry_who_when_field_old_and_new_but_not_the_version()
    {
        var (articleId, claims) = await ArticleAsync();
        var claim = await ClaimAsync(claims[0]);

        await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>().UpdateAsync(claim.Id, claim.Version,
            Fields(claim) with { SourcingType = SourcingType.Anonymous, AnonymityReason = "fears reprisal", Hedges = ["reportedly"] }, null, Alice, Ct));

        var rows = await InScopeAsync((db, _) => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == AuditFields.ClaimEntity).ToListAsync(Ct));
        Assert.All(rows, r => Assert.Equal(("alice-id", "alice@newsroom.test", articleId), (r.UserId, r.UserName, r.ArticleId!.Value)));
        Assert.Contains(rows, r => r is { Field: "SourcingType", NewValue: "Anonymous" } && r.OldValue == nameof(SourcingType.NamedOnRecord));
        Assert.Contains(rows, r => r is { Field: "AnonymityReason", OldValue: null, NewValue: "fears reprisal" });
        Assert.Contains(rows, r => r is { Field: "Hedges", OldValue: "", NewValue: "reportedly" });
        Assert.DoesNotContain(rows, r => r.Field == "Version");
        Assert.All(rows, r => Assert.Equal(claim.Id.ToString(CultureInfo.InvariantCulture), r.EntityId));
    }

    [Fact]
    public async Task Stale_version_is_a_conflict_that_reports_their_values_and_writes_nothing()
    {
        var (_, claims) = await ArticleAsync();
        var stale = await ClaimAsync(claims[0]);
        await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>().UpdateAsync(stale.Id, stale.Version, Fields(stale) with { Rating = Rating.True }, null, Alice, Ct));
        var auditBefore = await InScopeAsync((db, _) => db.AuditEntries.CountAsync(Ct));

        var result = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>()
            .UpdateAsync(stale.Id, stale.Version, Fields(stale) with { Rating = Rating.False }, null, new ReviewActor("bob", "bob"), Ct));

        Assert.Equal(ReviewStatus.Conflict, result.Status);
        Assert.Equal(Rating.True, result.Theirs!.Rating);
        var current = await ClaimAsync(claims[0]);
        Assert.Equal(current.Version, result.CurrentVersion);
        Assert.Equal(Rating.True, current.Rating);
        Assert.Equal(auditBefore, await InScopeAsync((db, _) => db.AuditEntries.CountAsync(Ct)));
    }

    [Fact]
    public async Task Anonymous_needs_a_reason_and_contested_needs_who()
    {
        var (_, claims) = await ArticleAsync();
        var claim = await ClaimAsync(claims[0]);

        var result = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>().UpdateAsync(claim.Id, claim.Version,
            Fields(claim) with { SourcingType = SourcingType.Anonymous, ContestedStatus = ContestedStatus.Contested }, null, Alice, Ct));

        Assert.Equal(ReviewStatus.Invalid, result.Status);
        Assert.Equal(["AnonymityReason", "ContestedBySourceId"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Sign_off_waits_for_every_claim_and_for_the_review_to_start()
    {
        var (articleId, claims) = await ArticleAsync();
        var notStarted = await InScopeAsync((_, sp) => sp.GetRequiredService<ArticleWorkflow>().SignOffAsync(articleId, Alice, Ct));
        Assert.Equal(ReviewStatus.Invalid, notStarted.Status);

        foreach (var id in claims.Take(2))
        {
            var claim = await ClaimAsync(id);
            await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>().UpdateAsync(id, claim.Version, Fields(claim) with { Reviewed = true }, null, Alice, Ct));
        }

        var early = await InScopeAsync((_, sp) => sp.GetRequiredService<ArticleWorkflow>().SignOffAsync(articleId, Alice, Ct));
        Assert.Equal("1 claim is not reviewed yet.", Assert.Single(early.Errors).Message);

        var last = await ClaimAsync(claims[2]);
        await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>().UpdateAsync(last.Id, last.Version, Fields(last) with { Reviewed = true }, null, Alice, Ct));
        var signed = await InScopeAsync((_, sp) => sp.GetRequiredService<ArticleWorkflow>().SignOffAsync(articleId, Alice, Ct));

        Assert.True(signed.Succeeded);
        var article = await InScopeAsync((db, _) => db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId, Ct));
        Assert.Equal((ArticleStatus.Reviewed, "alice-id"), (article.Status, article.SignedOffById));
        var twice = await InScopeAsync((_, sp) => sp.GetRequiredService<ArticleWorkflow>().SignOffAsync(articleId, Alice, Ct));
        Assert.Equal(ReviewStatus.Invalid, twice.Status);
    }

    [Fact]
    public async Task A_signed_off_article_goes_back_into_review_when_a_claim_needs_review_again()
    {
        var (articleId, claims) = await ArticleAsync();
        foreach (var id in claims)
        {
            var claim = await ClaimAsync(id);
            await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>().UpdateAsync(id, claim.Version, Fields(claim) with { Reviewed = true }, null, Alice, Ct));
        }

        await InScopeAsync((_, sp) => sp.GetRequiredService<ArticleWorkflow>().SignOffAsync(articleId, Alice, Ct));
        var start = Body.IndexOf("The mayor", StringComparison.Ordinal);
        var added = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimSpans>().AddAsync(articleId, start, start + 9, Alice, Ct));

        Assert.True(added.Succeeded);
        var status = await InScopeAsync((db, _) => db.Articles.Where(a => a.Id == articleId).Select(a => a.Status).SingleAsync(Ct));
        Assert.Equal(ArticleStatus.InReview, status);
        Assert.True(await InScopeAsync((db, _) => db.AuditEntries.AnyAsync(a => a.Field == "Status" && a.OldValue == "Reviewed" && a.NewValue == "InReview", Ct)));
    }

    [Theory]
    [InlineData("jane smith")]
    [InlineData("J. Smith")]
    public async Task Finds_a_source_by_name_or_alias_ignoring_case(string typed)
    {
        var id = await InScopeAsync(async (db, _) =>
        {
            var source = new Source { CanonicalName = "Jane Smith", Kind = SourceKind.Person, Aliases = ["J. Smith"], CreatedAt = DateTime.UtcNow };
            db.Sources.Add(source);
            await db.SaveChangesAsync(Ct);
            return source.Id;
        });

        var found = await InScopeAsync((_, sp) => sp.GetRequiredService<SourceDirectory>().FindAsync(typed, Ct));
        var byId = await InScopeAsync((_, sp) => sp.GetRequiredService<SourceDirectory>().FindAsync($"#{id}", Ct));

        Assert.Equal(id, found);
        Assert.Equal(id, byId);
    }

    [Fact]
    public async Task Split_and_merge_move_links_and_keep_ordinals_in_text_order()
    {
        var (_, claims) = await ArticleAsync();
        await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimReview>().AddLinkAsync(claims[1],
            new LinkFields("https://council.example/statement", null, "Council", LinkStance.Supports, null, null), Alice, Ct));
        var first = await ClaimAsync(claims[0]);

        var merged = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimSpans>().MergeWithNextAsync(first.Id, first.Version, Alice, Ct));

        Assert.True(merged.Succeeded);
        var after = await InScopeAsync((db, _) => db.Claims.AsNoTracking().Include(c => c.Links).OrderBy(c => c.Ordinal).ToListAsync(Ct));
        Assert.Equal(["taxes will fall. The council denied it", "Prices rose"], after.Select(c => c.Text));
        Assert.Equal([1, 2], after.Select(c => c.Ordinal));
        Assert.Single(after[0].Links);

        var at = Body.IndexOf("The council", StringComparison.Ordinal);
        var split = await InScopeAsync((_, sp) => sp.GetRequiredService<ClaimSpans>().SplitAsync(after[0].Id, after[0].Version, at, Alice, Ct));

        Assert.True(split.Succeeded);
        var again = await InScopeAsync((db, _) => db.Claims.AsNoTracking().OrderBy(c => c.Ordinal).ToListAsync(Ct));
        Assert.Equal(["taxes will fall.", "The council denied it", "Prices rose"], again.Select(c => c.Text));
        Assert.Equal([1, 2, 3], again.Select(c => c.Ordinal));
        Assert.Equal(split.Id, again[1].Id);
    }

    [Fact]
    public async Task Merging_sources_keeps_claims_contesting_references_and_every_name()
    {
        var (_, claims) = await ArticleAsync();
        var (keepId, duplicateId) = await InScopeAsync(async (db, _) =>
        {
            var keep = new Source { CanonicalName = "Jane Smith", Kind = SourceKind.Person, CreatedAt = DateTime.UtcNow };
            var duplicate = new Source { CanonicalName = "Smith", Kind = SourceKind.Person, Aliases = ["Ms Smith", "jane smith"], Affiliation = "Council", CreatedAt = DateTime.UtcNow };
            db.Sources.AddRange(keep, duplicate);
            await db.SaveChangesAsync(Ct);
            await db.Claims.Where(c => c.Id == claims[0]).ExecuteUpdateAsync(s => s.SetProperty(c => c.SourceId, duplicate.Id), Ct);
            await db.Claims.Where(c => c.Id == claims[1]).ExecuteUpdateAsync(s => s.SetProperty(c => c.ContestedBySourceId, duplicate.Id).SetProperty(c => c.ContestedStatus, ContestedStatus.Contested), Ct);
            return (keep.Id, duplicate.Id);
        });

        var result = await InScopeAsync((_, sp) => sp.GetRequiredService<SourceDirectory>().MergeAsync(keepId, duplicateId, Alice, Ct));

        Assert.True(result.Succeeded);
        var (source, attributed, contesting, exists) = await InScopeAsync(async (db, _) => (
            await db.Sources.AsNoTracking().SingleAsync(s => s.Id == keepId, Ct),
            await db.Claims.Where(c => c.SourceId == keepId).Select(c => c.Id).ToListAsync(Ct),
            await db.Claims.Where(c => c.ContestedBySourceId == keepId).Select(c => c.Id).ToListAsync(Ct),
            await db.Sources.AnyAsync(s => s.Id == duplicateId, Ct)));
        Assert.Equal(["Smith", "Ms Smith"], source.Aliases);
        Assert.Equal("Council", source.Affiliation);
        Assert.Equal([claims[0]], attributed);
        Assert.Equal([claims[1]], contesting);
        Assert.False(exists);
    }
}
