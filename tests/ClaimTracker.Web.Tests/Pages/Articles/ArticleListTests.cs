using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed class ArticleListTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_show_progress_and_contested_and_denied_counts_without_inline_styles()
    {
        var outlet = "Progress Times " + Guid.NewGuid().ToString("N")[..6];
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory, outlet: outlet);
        await ReviewData.QueryAsync(factory, async db =>
        {
            await db.Claims.Where(c => c.Id == claims[0]).ExecuteUpdateAsync(s => s.SetProperty(c => c.ReviewedAt, DateTime.UtcNow).SetProperty(c => c.ContestedStatus, ContestedStatus.Denied), Ct);
            return await db.Claims.Where(c => c.Id == claims[1]).ExecuteUpdateAsync(s => s.SetProperty(c => c.ContestedStatus, ContestedStatus.Contested), Ct);
        });
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Articles?outlet={Uri.EscapeDataString(outlet)}", Ct);

        Assert.Contains($"/Articles/{articleId}", html, StringComparison.Ordinal);
        Assert.Contains("<progress class=\"review-progress\" max=\"3\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-end count-contested\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-end count-denied\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("3 days ago", html, StringComparison.Ordinal);
        Assert.Contains("1 article", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_title_status_and_contested_claims()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (calm, _) = await ReviewData.CreateArticleAsync(factory, title: $"Calm harbour {marker}");
        var (stormy, claims) = await ReviewData.CreateArticleAsync(factory, title: $"Stormy harbour {marker}");
        await ReviewData.QueryAsync(factory, async db =>
        {
            await db.Articles.Where(a => a.Id == stormy).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.InReview), Ct);
            return await db.Claims.Where(c => c.Id == claims[0]).ExecuteUpdateAsync(s => s.SetProperty(c => c.ContestedStatus, ContestedStatus.Contested), Ct);
        });
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var byTitle = await browser.GetStringAsync($"/Articles?q=harbour+{marker}", Ct);
        var contested = await browser.GetStringAsync($"/Articles?q={marker}&contested=true", Ct);
        var inReview = await browser.GetStringAsync($"/Articles?q={marker}&status=InReview", Ct);
        var percent = await browser.GetStringAsync("/Articles?q=%25", Ct);

        Assert.Contains($"/Articles/{calm}\"", byTitle, StringComparison.Ordinal);
        Assert.Contains($"/Articles/{stormy}\"", byTitle, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Articles/{calm}\"", contested, StringComparison.Ordinal);
        Assert.Contains($"/Articles/{stormy}\"", contested, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Articles/{calm}\"", inReview, StringComparison.Ordinal);
        Assert.Contains($"/Articles/{stormy}\"", inReview, StringComparison.Ordinal);
        Assert.Contains("No articles match.", percent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorts_by_title_and_pages_through_the_results()
    {
        var outlet = "Paging Post " + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < IndexModelPageSize + 1; i++)
        {
            await ReviewData.CreateArticleAsync(factory, title: $"Item {i:D2} {outlet}", outlet: outlet);
        }

        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var query = $"/Articles?outlet={Uri.EscapeDataString(outlet)}&sort=title&asc=true";

        var first = await browser.GetStringAsync(query, Ct);
        var second = await browser.GetStringAsync(query + "&page=2", Ct);

        Assert.True(first.IndexOf("Item 00", StringComparison.Ordinal) < first.IndexOf("Item 01", StringComparison.Ordinal));
        Assert.DoesNotContain("Item 25", first, StringComparison.Ordinal);
        Assert.Contains("Item 25", second, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains("sort=title", second, StringComparison.Ordinal);
    }

    private const int IndexModelPageSize = ClaimTracker.Web.Pages.Articles.IndexModel.PageSize;
}
