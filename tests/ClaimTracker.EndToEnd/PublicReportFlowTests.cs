using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Domain;
using Microsoft.Playwright;

namespace ClaimTracker.EndToEnd;

public sealed partial class PublicReportFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string ArticleText =
        "Ferry operator cuts winter sailings\n" +
        "The ferry operator will cut winter sailings by a third, its chief executive Tomas Berg said.\n" +
        "\"Fuel costs left us no choice,\" Berg told reporters.\n" +
        "Islanders said the cuts would isolate them. The timetable starts in November.";

    [Fact]
    public async Task Editor_publishes_a_reviewed_report_readers_open_it_without_signing_in_then_it_is_withdrawn()
    {
        var (editor, page) = await fixture.SignedInAsync(AppRoles.Editor);
        await using var _ = editor;
        var reader = await fixture.NewContextAsync();
        await using var __ = reader;
        await BrowserFixture.RunFlowAsync("5-public", editor, async () =>
        {
            // Import and review the claim attributed to the chief executive: rated, marked reviewed.
            await page.GotoAsync($"{fixture.App.BaseUrl}/Articles/New");
            await page.Locator("input[name='Input.Title']").FillAsync("Ferry operator cuts winter sailings");
            await page.Locator("input[name='Input.Outlet']").FillAsync("Island Courier");
            await page.Locator("input[name='Input.OriginalUrl']").FillAsync("https://island-courier.example/ferry-cuts");
            await page.Locator("textarea[name='Input.Body']").FillAsync(ArticleText);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import article" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(ArticleUrlPattern());
            var articleId = ArticleUrlPattern().Match(page.Url).Groups[1].Value;

            await page.GotoAsync($"{fixture.App.BaseUrl}/Articles/{articleId}?claim=2#claim-2");
            // The panel's "checked before?" section fills in after load and moves the form; click once it has.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var panel = page.Locator("#panel-edit-2");
            await panel.Locator("select[name='Input.Rating']").SelectOptionAsync(nameof(Rating.MostlyTrue));
            await panel.Locator("input[name='Input.Reviewed'][type='checkbox']").CheckAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Save claim" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Claim saved.")).ToBeVisibleAsync();

            // Publish as the Editor: the report page then shows the public link and its state.
            await page.GotoAsync($"{fixture.App.BaseUrl}/Reports/{articleId}");
            await Assertions.Expect(page.GetByText("Not published:")).ToBeVisibleAsync();
            var claimText = (await page.Locator("#claim-2 .report-claim-text").TextContentAsync() ?? "").Trim();
            Assert.False(string.IsNullOrEmpty(claimText));
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
            await Assertions.Expect(page.GetByText("readers see version 1")).ToBeVisibleAsync();
            var publicUrl = await page.Locator("#public-url").InputValueAsync();
            Assert.Matches($@"^{Regex.Escape(fixture.App.BaseUrl)}/r/{articleId}/ferry-operator-cuts-winter-sailings$", publicUrl);
            await BrowserFixture.ScreenshotAsync(page, "5-1-published");

            // A reader with no cookies opens the public page.
            var readerPage = await reader.NewPageAsync();
            var response = await readerPage.GotoAsync($"{fixture.App.BaseUrl}/r/{articleId}");
            Assert.Equal(200, response!.Status);
            Assert.Empty(await reader.CookiesAsync());
            await Assertions.Expect(readerPage.Locator("h1")).ToHaveTextAsync("Ferry operator cuts winter sailings");
            await Assertions.Expect(readerPage.Locator(".reader-claim")).ToHaveCountAsync(1);
            await Assertions.Expect(readerPage.Locator("#claim-2 blockquote")).ToHaveTextAsync(claimText);
            await Assertions.Expect(readerPage.Locator("#claim-2")).ToContainTextAsync("Tomas Berg");
            await Assertions.Expect(readerPage.Locator("#claim-2")).ToContainTextAsync("Mostly true");
            await Assertions.Expect(readerPage.Locator(".reader-chart svg rect")).ToHaveCountAsync(Enum.GetValues<SourcingType>().Length);
            await Assertions.Expect(readerPage.GetByText("Reviewed by")).ToBeVisibleAsync();
            await Assertions.Expect(readerPage.Locator("a[href*='Identity/Account']")).ToHaveCountAsync(0);
            Assert.Equal("article", await readerPage.Locator("meta[property='og:type']").GetAttributeAsync("content"));
            Assert.Equal("Sourcing report: Ferry operator cuts winter sailings", await readerPage.Locator("meta[property='og:title']").GetAttributeAsync("content"));
            Assert.Equal(publicUrl, await readerPage.Locator("meta[property='og:url']").GetAttributeAsync("content"));
            Assert.StartsWith("1 claim reviewed", await readerPage.Locator("meta[property='og:description']").GetAttributeAsync("content"), StringComparison.Ordinal);
            Assert.Equal(publicUrl, await readerPage.Locator("link[rel='canonical']").GetAttributeAsync("href"));

            using var jsonLd = JsonDocument.Parse(await readerPage.Locator("script[type='application/ld+json']").TextContentAsync() ?? "");
            var items = jsonLd.RootElement.EnumerateArray().ToList();
            Assert.Equal("AnalysisNewsArticle", items[0].GetProperty("@type").GetString());
            var review = Assert.Single(items, i => i.GetProperty("@type").GetString() == "ClaimReview");
            Assert.Equal("https://schema.org", review.GetProperty("@context").GetString());
            Assert.Equal(claimText, review.GetProperty("claimReviewed").GetString());
            Assert.Equal(publicUrl + "#claim-2", review.GetProperty("url").GetString());
            Assert.Matches(@"^\d{4}-\d\d-\d\d$", review.GetProperty("datePublished").GetString());
            Assert.False(string.IsNullOrEmpty(review.GetProperty("author").GetProperty("name").GetString()));
            Assert.Equal("Person", review.GetProperty("itemReviewed").GetProperty("author").GetProperty("@type").GetString());
            Assert.Equal("Tomas Berg", review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
            Assert.Equal("https://island-courier.example/ferry-cuts", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString());
            var rating = review.GetProperty("reviewRating");
            Assert.Equal(4, rating.GetProperty("ratingValue").GetInt32());
            Assert.Equal(5, rating.GetProperty("bestRating").GetInt32());
            Assert.Equal(1, rating.GetProperty("worstRating").GetInt32());
            Assert.Equal("Mostly true", rating.GetProperty("alternateName").GetString());
            await BrowserFixture.ScreenshotAsync(readerPage, "5-2-public-page");

            // The Editor withdraws it; the reader now gets 410 Gone with a notice.
            await page.GetByText("Withdraw the public report").ClickAsync();
            await page.Locator("textarea[name='Withdrawal.Notice']").FillAsync("Withdrawn while we recheck the figures.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".report-publication")).ToContainTextAsync("Withdrawn");

            var gone = await readerPage.GotoAsync($"{fixture.App.BaseUrl}/r/{articleId}");
            Assert.Equal(410, gone!.Status);
            await Assertions.Expect(readerPage.Locator("h1")).ToHaveTextAsync("This report was withdrawn");
            await Assertions.Expect(readerPage.GetByText("Withdrawn while we recheck the figures.")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(readerPage, "5-3-withdrawn");
        });
    }

    [GeneratedRegex(@"/Articles/(\d+)")]
    private static partial Regex ArticleUrlPattern();
}
