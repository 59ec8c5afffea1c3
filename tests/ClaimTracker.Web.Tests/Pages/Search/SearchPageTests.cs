using System.Net;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Search;

public sealed class SearchPageTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shows_matching_claims_with_the_match_highlighted_and_the_text_encoded()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(
                new ArticleDraft("The <script>alert(1)</script> lighthouse keeper said the lamp was fixed.", "Lighthouse"), null, Ct);
        }

        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync("/Search?q=lighthouse", Ct);

        Assert.Contains("<mark>lighthouse</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_syntax_error_gives_a_message_not_a_server_error()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.GetAsync("/Search?q=%22unclosed", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not closed", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_has_the_search_box()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync("/Articles", Ct);

        Assert.Contains("action=\"/Search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_of_a_ranked_window_stop_where_the_window_ends()
    {
        var word = "tollgate" + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var body = string.Join(' ', Enumerable.Range(1, ClaimTracker.Core.Search.SqliteFullTextSearch.RankWindow + 50)
                .Select(i => $"The {word} fee rose {i} percent in district {i}."));
            await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(new ArticleDraft(body, "Toll tables"), null, Ct);
        }

        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var lastPage = ClaimTracker.Core.Search.SqliteFullTextSearch.RankWindow / ClaimTracker.Web.Pages.Search.IndexModel.PageSize;

        var first = await browser.GetStringAsync($"/Search?q={word}", Ct);
        var last = await browser.GetStringAsync($"/Search?q={word}&page={lastPage}", Ct);

        Assert.Contains($"Page 1 of {lastPage}<", first, StringComparison.Ordinal);
        Assert.Contains("ranked-within", first, StringComparison.Ordinal);
        Assert.Contains("<mark>", last, StringComparison.Ordinal);
        Assert.DoesNotContain(">Next<", last, StringComparison.Ordinal);
    }
}
