using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Importing;

public sealed class ArticleReextractorTests
{
    private const string Text = """
        The government said on Monday that inflation had peaked.
        "Prices will fall by summer," Finance Minister Maria Okafor told reporters.
        The opposition leader, Omar Haddad, said the figures were misleading.
        Okafor denied the claim, saying the statistics office had checked them.
        Analysts at the central bank warned that rents were still rising.
        A senior official, speaking on condition of anonymity, said a new tax was being prepared.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, int ArticleId)> ImportedAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var result = await database.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>().ImportAsync(new ArticleDraft(Text, "Inflation"), null, Ct));
        return (database, result.ArticleId);
    }

    private static Task<List<Claim>> ClaimsAsync(TestDatabase database, int articleId) => database.InScopeAsync(sp =>
        sp.GetRequiredService<ClaimTrackerDbContext>().Claims.AsNoTracking()
            .Include(c => c.Links).Include(c => c.OutgoingRelations).Include(c => c.IncomingRelations)
            .Where(c => c.ArticleId == articleId).OrderBy(c => c.Ordinal).ToListAsync(Ct));

    private static Task<ReextractResult?> ReextractAsync(TestDatabase database, int articleId) =>
        database.InScopeAsync(sp => sp.GetRequiredService<ArticleReextractor>().ReextractAsync(articleId, null, "editor@newsroom.test", Ct));

    [Fact]
    public async Task Replaces_untouched_machine_claims_with_a_fresh_extraction()
    {
        var (database, articleId) = await ImportedAsync();
        await using var _ = database;
        var before = await ClaimsAsync(database, articleId);

        var result = await ReextractAsync(database, articleId);

        var after = await ClaimsAsync(database, articleId);
        Assert.Equal(new ReextractResult(0, before.Count, before.Count), result);
        Assert.Equal(before.Select(c => (c.Start, c.End, c.Text)), after.Select(c => (c.Start, c.End, c.Text)));
        Assert.Empty(after.Select(c => c.Id).Intersect(before.Select(c => c.Id)));
    }

    [Fact]
    public async Task Keeps_every_claim_a_person_touched_with_its_annotations()
    {
        var (database, articleId) = await ImportedAsync();
        await using var _ = database;
        var before = await ClaimsAsync(database, articleId);
        Assert.True(before.Count >= 5, $"the sample text gave only {before.Count} claims");
        var rated = before[0].Id;
        var annotated = before[1].Id;
        var linked = before[2].Id;
        var audited = before[3].Id;
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var claims = await db.Claims.Where(c => c.ArticleId == articleId).ToDictionaryAsync(c => c.Id, Ct);
            claims[rated].Rating = Rating.MostlyFalse;
            claims[rated].ReviewedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
            claims[annotated].ReviewerNotes = "Checked against the statistics office release.";
            db.CorroboratingLinks.Add(new CorroboratingLink { ClaimId = linked, Url = "https://stats.example/cpi", Stance = LinkStance.Supports, AddedAt = DateTime.UtcNow });
            db.AuditEntries.Add(new AuditEntry { At = DateTime.UtcNow, EntityType = nameof(Claim), EntityId = audited.ToString(CultureInfo.InvariantCulture), ArticleId = articleId, Field = "SourcingType", OldValue = "NamedOnRecord", NewValue = "NamedOnRecord" });
            return await db.SaveChangesAsync(Ct);
        });
        var touched = (await ClaimsAsync(database, articleId)).Where(c => c.Id is var id && (id == rated || id == annotated || id == linked || id == audited)).ToList();

        var result = await ReextractAsync(database, articleId);

        var after = await ClaimsAsync(database, articleId);
        Assert.True(result!.Kept >= 4);
        foreach (var claim in touched)
        {
            var kept = Assert.Single(after, c => c.Id == claim.Id);
            Assert.Equal((claim.Start, claim.End, claim.Text, claim.Rating, claim.ReviewerNotes, claim.ReviewedAt, claim.SourcingType, claim.Links.Count),
                (kept.Start, kept.End, kept.Text, kept.Rating, kept.ReviewerNotes, kept.ReviewedAt, kept.SourcingType, kept.Links.Count));
        }

        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task Keeps_a_claim_a_person_added_and_drops_new_claims_that_overlap_it()
    {
        var (database, articleId) = await ImportedAsync();
        await using var _ = database;
        var before = await ClaimsAsync(database, articleId);
        var machine = before[1];
        int added = 0;
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            db.Claims.Remove(await db.Claims.SingleAsync(c => c.Id == machine.Id, Ct));
            var person = new Claim
            {
                ArticleId = articleId,
                Ordinal = 99,
                Start = machine.Start,
                End = machine.End - 1,
                Segments = [new TextRange(machine.Start, machine.End - 1)],
                Text = Text.ReplaceLineEndings("\n")[machine.Start..(machine.End - 1)],
                Kind = ClaimKind.Direct,
                Origin = ClaimOrigin.AddedByPerson,
                SourcingType = SourcingType.NamedOnRecord,
            };
            db.Claims.Add(person);
            await db.SaveChangesAsync(Ct);
            added = person.Id;
            return 0;
        });

        await ReextractAsync(database, articleId);

        var after = await ClaimsAsync(database, articleId);
        var person = Assert.Single(after, c => c.Id == added);
        Assert.Equal(ClaimOrigin.AddedByPerson, person.Origin);
        Assert.DoesNotContain(after, c => c.Id != added && c.Start < person.End && person.Start < c.End);
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task Numbers_claims_again_in_text_order()
    {
        var (database, articleId) = await ImportedAsync();
        await using var _ = database;
        var before = await ClaimsAsync(database, articleId);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var lastId = before[^1].Id;
            var last = await db.Claims.SingleAsync(c => c.Id == lastId, Ct);
            last.Origin = ClaimOrigin.EditedByPerson;
            last.Ordinal = 1;
            var firstId = before[0].Id;
            var first = await db.Claims.SingleAsync(c => c.Id == firstId, Ct);
            first.Ordinal = before.Count;
            return await db.SaveChangesAsync(Ct);
        });

        await ReextractAsync(database, articleId);

        var after = await ClaimsAsync(database, articleId);
        Assert.Equal(Enumerable.Range(1, after.Count), after.Select(c => c.Ordinal));
        Assert.Equal(after.OrderBy(c => c.Start).Select(c => c.Id), after.Select(c => c.Id));
        Assert.Equal(after.Count, after.Last().Ordinal);
        Assert.Equal(before[^1].Id, after.Last().Id);
    }

    [Fact]
    public async Task Records_the_reextraction_in_the_audit_trail()
    {
        var (database, articleId) = await ImportedAsync();
        await using var _ = database;

        await ReextractAsync(database, articleId);

        var entry = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().AuditEntries
            .SingleAsync(e => e.ArticleId == articleId && e.Field == ArticleReextractor.AuditField, Ct));
        Assert.Equal("editor@newsroom.test", entry.UserName);
        Assert.StartsWith("kept 0, replaced", entry.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_article_gives_null()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Null(await ReextractAsync(database, 4242));
    }

    [Fact]
    public void A_claim_is_touched_by_any_human_trace()
    {
        static Claim Machine() => new() { Text = "x", Origin = ClaimOrigin.Extracted };
        var none = new HashSet<string>();

        Assert.False(ArticleReextractor.IsTouched(Machine(), none));
        Assert.True(ArticleReextractor.IsTouched(new Claim { Text = "x", Origin = ClaimOrigin.EditedByPerson }, none));
        Assert.True(ArticleReextractor.IsTouched(new Claim { Text = "x", ContestedStatus = ContestedStatus.Denied }, none));
        Assert.True(ArticleReextractor.IsTouched(new Claim { Text = "x", AnonymityReason = "Not authorized to speak" }, none));
        Assert.True(ArticleReextractor.IsTouched(new Claim { Text = "x", ReviewedById = "u1" }, none));
        var related = Machine();
        related.OutgoingRelations.Add(new ClaimRelation { Type = ClaimRelationType.RespondsTo });
        Assert.True(ArticleReextractor.IsTouched(related, none));
        Assert.True(ArticleReextractor.IsTouched(new Claim { Id = 7, Text = "x" }, new HashSet<string> { "7" }));
    }
}
