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
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> CountQueriesAsync(HttpClient browser, string url)
    {
        _ = await browser.GetStringAsync(url, Ct);
        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("ClaimTracker")).DataSource;
        using var counter = new CommandCounter(database);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(counter);
        _ = await browser.GetStringAsync(url, Ct);
        return counter.Count;
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

    private sealed class CommandCounter(string database) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            // Other test classes run at the same time against their own database files.
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
                && data.Command.Connection?.DataSource == database)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
