using System.Diagnostics;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Articles;

/// <summary>The list and review pages run a fixed number of queries however many rows they show (no N+1).</summary>
public sealed class QueryCountTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    // Subscribed once, before this class's app runs its first command, and never unsubscribed: pooled contexts
    // remember for a while that nobody listened, so a listener attached just before a request could miss it.
    private static readonly CommandCounter Commands = CommandCounter.Start();

    // Read here so the counter starts with the first test, not at its first count.
    private readonly CommandCounter _commands = Commands;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> CountQueriesAsync(HttpClient browser, string url)
    {
        _ = await browser.GetStringAsync(url, Ct);
        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("ClaimTracker")).DataSource;
        var before = _commands.CountFor(database);
        _ = await browser.GetStringAsync(url, Ct);
        return _commands.CountFor(database) - before;
    }

    [Fact]
    public async Task Article_list_runs_the_same_queries_for_one_row_or_a_full_page()
    {
        var outlet = "Count Courier " + Guid.NewGuid().ToString("N")[..6];
        await ReviewData.CreateArticleAsync(factory, outlet: outlet);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var url = $"/Articles?outlet={Uri.EscapeDataString(outlet)}";
        var one = await CountQueriesAsync(browser, url);

        for (var i = 0; i < 10; i++)
        {
            await ReviewData.CreateArticleAsync(factory, outlet: outlet);
        }

        var eleven = await CountQueriesAsync(browser, url);

        Assert.InRange(one, 1, 6);
        Assert.Equal(one, eleven);
    }

    [Fact]
    public async Task Review_page_queries_do_not_grow_with_links_or_claims()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var url = $"/Articles/{articleId}?claim=1";
        var before = await CountQueriesAsync(browser, url);

        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitAsync(url, $"/Articles/{articleId}?handler=AddLink", new Dictionary<string, string>
            {
                ["NewLink.ClaimId"] = claims[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["NewLink.Url"] = $"https://site{i}.example/",
                ["NewLink.Stance"] = "Supports",
            });
        }

        var after = await CountQueriesAsync(browser, url);

        Assert.InRange(before, 1, 15);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Review_page_queries_do_not_grow_with_repeats_in_other_articles()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var url = $"/Articles/{articleId}?claim=1";
        var linked = await LinkRepeatsAsync(claims[0], 1);
        var one = await CountQueriesAsync(browser, url);

        linked.AddRange(await LinkRepeatsAsync(claims[0], 5));
        var six = await CountQueriesAsync(browser, url);

        // The app's background embedder may link this claim to more of the same texts meanwhile; that changes
        // nothing in the count either.
        var html = await browser.GetStringAsync(url, Ct);
        Assert.All(linked, id => Assert.Contains($"data-claim=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Matches(@"<summary>\d+ more repeats?</summary>", html);
        Assert.Equal(one, six);
    }

    /// <summary>
    /// Links the claim to the first claims of new articles. Their vectors are left to the app's background embedder
    /// (a row it may be writing at the same moment): the panel's one listing query reads them whether or not they exist.
    /// </summary>
    private async Task<List<int>> LinkRepeatsAsync(int claimId, int articles)
    {
        var linked = new List<int>();
        for (var i = 0; i < articles; i++)
        {
            var (_, others) = await ReviewData.CreateArticleAsync(factory);
            await ReviewData.QueryAsync(factory, db =>
            {
                db.ClaimRelations.Add(new ClaimRelation { FromClaimId = claimId, ToClaimId = others[0], Type = ClaimRelationType.Repeats });
                return db.SaveChangesAsync(Ct);
            });
            linked.Add(others[0]);
        }

        return linked;
    }

    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public static CommandCounter Start()
        {
            var counter = new CommandCounter();
            DiagnosticListener.AllListeners.Subscribe(counter);
            return counter;
        }

        public int CountFor(string database) => _counts.GetValueOrDefault(database);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            // Other test classes run at the same time against their own database files.
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command.Connection.DataSource: { } database })
            {
                _counts.AddOrUpdate(database, 1, (_, count) => count + 1);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
