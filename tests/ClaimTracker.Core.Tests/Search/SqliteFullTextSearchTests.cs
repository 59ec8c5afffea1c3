using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Search;

public sealed class SqliteFullTextSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> ImportAsync(TestDatabase database, string body, string title, string outlet = "Coast Herald") =>
        (await database.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>()
            .ImportAsync(new ArticleDraft(body, title, outlet, PublishedAt: new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc)), null, Ct))).ArticleId;

    private static Task<SearchResults> SearchAsync(TestDatabase database, SearchQuery query) =>
        database.InScopeAsync(sp => sp.GetRequiredService<ISearchIndex>().SearchAsync(query, Ct));

    [Fact]
    public async Task Finds_claims_articles_and_sources_with_highlighted_snippets()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "The harbour will reopen in May, Maria Okafor said. Rain fell all day.", "Harbour news");

        var results = await SearchAsync(database, new SearchQuery("harbour"));

        var claim = Assert.Single(results.Claims);
        Assert.Contains("<mark>harbour</mark>", claim.Snippet.ToHtml(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, results.ClaimCount);
        Assert.Single(results.Articles);
    }

    [Fact]
    public async Task Index_follows_edits_and_deletions_through_triggers()
    {
        await using var database = await TestDatabase.CreateAsync();
        var articleId = await ImportAsync(database, "The ferry timetable changes next week.", "Ferries");

        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var claim = await db.Claims.SingleAsync(c => c.ArticleId == articleId, Ct);
            claim.Text = "The tram timetable changes next week.";
            return await db.SaveChangesAsync(Ct);
        });
        var afterEdit = (await SearchAsync(database, new SearchQuery("tram")), await SearchAsync(database, new SearchQuery("ferry")));
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            db.Claims.RemoveRange(db.Claims.Where(c => c.ArticleId == articleId));
            return await db.SaveChangesAsync(Ct);
        });
        var afterDelete = await SearchAsync(database, new SearchQuery("tram"));

        Assert.Single(afterEdit.Item1.Claims);
        Assert.Empty(afterEdit.Item2.Claims);
        Assert.Empty(afterDelete.Claims);
    }

    [Fact]
    public async Task Filters_narrow_the_claims()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "Tolls on the bridge will double.", "Bridge tolls", outlet: "Coast Herald");
        await ImportAsync(database, "Tolls on the tunnel will fall.", "Tunnel tolls", outlet: "Metro Courier");

        var all = await SearchAsync(database, new SearchQuery("tolls"));
        var metro = await SearchAsync(database, new SearchQuery("tolls", Outlet: "Metro Courier"));
        var rated = await SearchAsync(database, new SearchQuery("tolls", Rating: Rating.False));
        var later = await SearchAsync(database, new SearchQuery("tolls", From: new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(2, all.ClaimCount);
        Assert.Equal("Tunnel tolls", Assert.Single(metro.Claims).ArticleTitle);
        Assert.Empty(rated.Claims);
        Assert.Empty(later.Claims);
    }

    [Fact]
    public async Task Punctuation_in_words_never_breaks_the_query()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "The U.S. envoy met Iran's delegation.", "Envoy");

        var results = await SearchAsync(database, new SearchQuery("Iran's U.S. (envoy) OR"));

        Assert.NotNull(results.Error);
        Assert.Single((await SearchAsync(database, new SearchQuery("Iran's U.S. envoy"))).Claims);
    }

    [Fact]
    public async Task Very_common_words_rank_the_most_recent_matches_and_say_so()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "The levy, the levy, the levy: the levy rose.", "Old levy story", outlet: "Archive Weekly");
        var many = string.Join(' ', Enumerable.Range(1, SqliteFullTextSearch.RankWindow + 100).Select(i => $"The levy rose {i} percent in district {i}."));
        var recent = await ImportAsync(database, many, "Levy tables");

        var everything = await SearchAsync(database, new SearchQuery("levy"));
        var narrowed = await SearchAsync(database, new SearchQuery("levy", Outlet: "Archive Weekly"));

        Assert.Equal(SqliteFullTextSearch.RankWindow + 101, everything.ClaimCount);
        Assert.Equal(SqliteFullTextSearch.RankWindow, everything.RankedWithin);
        Assert.All(everything.Claims, c => Assert.Equal(recent, c.ArticleId));
        Assert.Null(narrowed.RankedWithin);
        Assert.Equal("Old levy story", Assert.Single(narrowed.Claims).ArticleTitle);
    }

    [Fact]
    public async Task Fewer_matches_than_the_window_are_ranked_by_relevance_across_all_of_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "The levy, the levy, the levy: the levy rose.", "Old levy story");
        await ImportAsync(database, "A long report on many matters of the port, the roads, the schools and also the levy.", "Newer story");

        var results = await SearchAsync(database, new SearchQuery("levy"));

        Assert.Null(results.RankedWithin);
        Assert.Equal("Old levy story", results.Claims[0].ArticleTitle);
    }

    [Fact]
    public async Task Articles_with_the_words_in_their_title_come_before_articles_that_only_mention_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "Ferry fares rose. The ferry was late. Ferry crews struck.", "Harbour roundup");
        await ImportAsync(database, "The council met on Tuesday and discussed the port, the roads and the schools at length.", "Ferry plan");

        var results = await SearchAsync(database, new SearchQuery("ferry"));

        Assert.Equal(["Ferry plan", "Harbour roundup"], results.Articles.Select(a => a.Title));
    }

    [Fact]
    public async Task Repeating_a_search_on_unchanged_data_reuses_its_results()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "The lighthouse keeper retires in June.", "Lighthouse");

        var first = await SearchAsync(database, new SearchQuery("lighthouse"));
        var again = await SearchAsync(database, new SearchQuery(" lighthouse "));
        var otherPage = await SearchAsync(database, new SearchQuery("lighthouse", Page: 2));

        Assert.Same(first, again);
        Assert.NotSame(first, otherPage);
    }

    [Fact]
    public async Task A_review_saved_after_a_search_shows_in_the_next_search()
    {
        await using var database = await TestDatabase.CreateAsync();
        var articleId = await ImportAsync(database, "The quay wall collapsed last winter.", "Quay");
        var before = await SearchAsync(database, new SearchQuery("quay", Rating: Rating.False));

        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            var claim = await db.Claims.SingleAsync(c => c.ArticleId == articleId, Ct);
            claim.Rating = Rating.False;
            return await db.SaveChangesAsync(Ct);
        });
        var after = await SearchAsync(database, new SearchQuery("quay", Rating: Rating.False));

        Assert.Empty(before.Claims);
        Assert.Equal(Rating.False, Assert.Single(after.Claims).Rating);
    }

    [Fact]
    public async Task Writes_from_another_connection_are_seen_by_the_next_search()
    {
        // Another process (the CLI importing, a second web instance) writes without this app's DbContext.
        await using var database = await TestDatabase.CreateAsync();
        var articleId = await ImportAsync(database, "The ferry timetable changes next week.", "Ferries");
        var before = await SearchAsync(database, new SearchQuery("hovercraft"));

        await using (var other = new SqliteConnection($"Data Source={Path.Combine(database.Folder, "test.db")};Pooling=False"))
        {
            await other.OpenAsync(Ct);
            await using var update = other.CreateCommand();
            update.CommandText = "UPDATE Claims SET Text = 'The hovercraft timetable changes next week.' WHERE ArticleId = $article";
            update.Parameters.AddWithValue("$article", articleId);
            Assert.Equal(1, await update.ExecuteNonQueryAsync(Ct));
        }

        var after = await SearchAsync(database, new SearchQuery("hovercraft"));

        Assert.Empty(before.Claims);
        Assert.Single(after.Claims);
    }

    [Fact]
    public void A_cache_of_no_entries_keeps_nothing()
    {
        using var cache = new SearchResultCache(0);
        var query = new SearchQuery("budget");

        cache.Set(1, "\"budget\"", query, SearchResults.Empty);

        Assert.False(cache.Enabled);
        Assert.False(cache.TryGet(1, "\"budget\"", query, out _));
    }
}
