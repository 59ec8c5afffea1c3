using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Matching;
using ClaimTracker.Core.Repeats;
using ClaimTracker.Core.Tests.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Repeats;

/// <summary>The linker over real SQLite, with a bag-of-words stand-in for the model so closeness is chosen by the test.</summary>
public sealed class RepeatLinkerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The fake model's cosine for two claims sharing 7 of 8 words is 0.875; unrelated claims share next to nothing.
    private static readonly Dictionary<string, string?> Threshold = new() { ["Matching:Repeats:Threshold"] = "0.8" };

    private static Task<TestDatabase> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        TestDatabase.CreateAsync(settings ?? Threshold, s => InMemoryClaimVectorIndex.Register(s, new FakeEmbedder()));

    private static async Task<int> ImportAsync(TestDatabase database, string body, DateTime published) =>
        (await database.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>().ImportAsync(new ArticleDraft(body, body[..20], PublishedAt: published), null, Ct))).ArticleId;

    private static Task<List<(int FromArticle, int ToArticle)>> RepeatsAsync(TestDatabase database) =>
        database.InScopeAsync(async sp => (await sp.GetRequiredService<ClaimTrackerDbContext>().ClaimRelations
                .Where(r => r.Type == ClaimRelationType.Repeats)
                .Select(r => new { From = r.FromClaim!.ArticleId, To = r.ToClaim!.ArticleId })
                .ToListAsync(Ct))
            .Select(r => (r.From, r.To)).ToList());

    [Fact]
    public async Task Import_alone_links_nothing_until_the_vectors_are_stored()
    {
        await using var database = await CreateAsync();
        await ImportAsync(database, "The council spent four million pounds on the new bridge.", new DateTime(2025, 1, 5));
        await ImportAsync(database, "The council spent four million pounds on the new bridge in town.", new DateTime(2025, 2, 5));

        Assert.Empty(await RepeatsAsync(database));
    }

    [Fact]
    public async Task Stored_vectors_link_a_claim_to_its_repeat_in_an_earlier_article_once()
    {
        await using var database = await CreateAsync();
        var earlier = await ImportAsync(database, "The council spent four million pounds on the new bridge.", new DateTime(2025, 1, 5));
        var later = await ImportAsync(database, "The council spent four million pounds on the new bridge in town.", new DateTime(2025, 2, 5));

        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [earlier], Ct);
        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [later], Ct);
        var again = await database.InScopeAsync(sp => sp.GetRequiredService<RepeatLinker>().LinkArticleAsync(later, Ct));

        Assert.Equal([(later, earlier)], await RepeatsAsync(database));
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task Links_point_from_the_newer_article_even_when_the_older_one_is_embedded_last()
    {
        await using var database = await CreateAsync();
        var newer = await ImportAsync(database, "The council spent four million pounds on the new bridge in town.", new DateTime(2025, 3, 1));
        var older = await ImportAsync(database, "The council spent four million pounds on the new bridge.", new DateTime(2024, 6, 1));

        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [newer], Ct);
        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [older], Ct);

        Assert.Equal([(newer, older)], await RepeatsAsync(database));
    }

    [Fact]
    public async Task Claims_of_the_same_article_and_claims_below_the_threshold_stay_apart()
    {
        await using var database = await CreateAsync();
        var first = await ImportAsync(database,
            "The council spent four million pounds on the new bridge. The council spent four million pounds on the new bridge in town.",
            new DateTime(2025, 1, 5));
        var second = await ImportAsync(database, "Rail fares will rise by three percent from March, the operator announced.", new DateTime(2025, 2, 5));

        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [first, second], Ct);

        Assert.Empty(await RepeatsAsync(database));
    }

    [Fact]
    public async Task Each_claim_links_at_most_the_configured_number_of_closest_repeats()
    {
        await using var database = await CreateAsync(new Dictionary<string, string?>(Threshold) { ["Matching:Repeats:MaxPerClaim"] = "2" });
        var articles = new List<int>();
        for (var day = 1; day <= 4; day++)
        {
            articles.Add(await ImportAsync(database, $"The council spent four million pounds on the new bridge, edition {day}.", new DateTime(2025, 1, day)));
        }

        var latest = await ImportAsync(database, "The council spent four million pounds on the new bridge.", new DateTime(2025, 2, 1));
        await InMemoryClaimVectorIndex.StoreAsync(database.Services, articles, Ct);
        var before = (await RepeatsAsync(database)).Count;
        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [latest], Ct);

        Assert.Equal(2, (await RepeatsAsync(database)).Count(r => r.FromArticle == latest));
        Assert.Equal(before + 2, (await RepeatsAsync(database)).Count);
    }

    [Fact]
    public async Task Linking_an_article_on_demand_embeds_claims_that_have_no_stored_vector()
    {
        await using var database = await CreateAsync();
        var earlier = await ImportAsync(database, "The council spent four million pounds on the new bridge.", new DateTime(2025, 1, 5));
        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [earlier], Ct);
        var later = await ImportAsync(database, "The council spent four million pounds on the new bridge in town.", new DateTime(2025, 2, 5));

        var added = await database.InScopeAsync(sp => sp.GetRequiredService<RepeatLinker>().LinkArticleAsync(later, Ct));

        Assert.Equal(1, added);
        Assert.Equal([(later, earlier)], await RepeatsAsync(database));
    }

    [Fact]
    public async Task Linking_everything_uses_stored_vectors_and_counts_claims_still_without_one()
    {
        await using var database = await CreateAsync();
        var earlier = await ImportAsync(database, "The council spent four million pounds on the new bridge.", new DateTime(2025, 1, 5));
        var later = await ImportAsync(database, "The council spent four million pounds on the new bridge in town.", new DateTime(2025, 2, 5));
        await ImportAsync(database, "Rail fares will rise by three percent from March, the operator announced.", new DateTime(2025, 2, 6));
        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [earlier, later], Ct);
        await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().ClaimRelations.ExecuteDeleteAsync(Ct));

        var summary = await database.InScopeAsync(sp => sp.GetRequiredService<RepeatLinker>().LinkAllAsync(null, Ct));

        Assert.Equal(new RepeatLinkSummary(Claims: 2, Added: 1, WithoutVector: 1), summary);
        Assert.Equal([(later, earlier)], await RepeatsAsync(database));
    }

    [Fact]
    public async Task A_claim_deleted_since_it_was_indexed_is_not_linked()
    {
        await using var database = await CreateAsync();
        var earlier = await ImportAsync(database, "The council spent four million pounds on the new bridge.", new DateTime(2025, 1, 5));
        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [earlier], Ct);
        await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().Claims.Where(c => c.ArticleId == earlier).ExecuteDeleteAsync(Ct));
        var later = await ImportAsync(database, "The council spent four million pounds on the new bridge in town.", new DateTime(2025, 2, 5));

        await InMemoryClaimVectorIndex.StoreAsync(database.Services, [later], Ct);

        Assert.Empty(await RepeatsAsync(database));
    }
}

/// <summary>The linker with the real model at the default threshold.</summary>
public sealed class RepeatLinkerModelTests(SharedEmbedder shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Links_a_paraphrase_in_another_article_and_not_an_unrelated_claim()
    {
        await using var database = await TestDatabase.CreateAsync(configure: s => InMemoryClaimVectorIndex.Register(s, shared.Embedder));
        var articles = new List<int>();
        foreach (var (body, day) in new[]
        {
            ("Floods destroyed more than 300 homes in the valley.", 1),
            ("The central bank kept interest rates unchanged on Thursday.", 2),
            ("More than 300 houses in the valley were wrecked by floods.", 3),
        })
        {
            articles.Add((await database.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>()
                .ImportAsync(new ArticleDraft(body, body[..15], PublishedAt: new DateTime(2025, 5, day)), null, Ct))).ArticleId);
        }

        await InMemoryClaimVectorIndex.StoreAsync(database.Services, articles, Ct);

        var links = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().ClaimRelations
            .Where(r => r.Type == ClaimRelationType.Repeats)
            .Select(r => new { From = r.FromClaim!.ArticleId, To = r.ToClaim!.ArticleId })
            .ToListAsync(Ct));
        var link = Assert.Single(links);
        Assert.Equal((articles[2], articles[0]), (link.From, link.To));
    }
}
