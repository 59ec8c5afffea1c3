using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Domain;
using Microsoft.Playwright;

namespace ClaimTracker.EndToEnd;

public sealed partial class ReviewFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string ArticleText =
        "Harbour authority approves night shipping\n" +
        "The harbour authority approved night shipping on Tuesday, its director Maria Okafor said.\n" +
        "\"We expect traffic to double within a year,\" Okafor told reporters.\n" +
        "Residents said the noise would keep them awake. The decision can be appealed until March.";

    private async Task<(IBrowserContext Context, IPage Page, string ArticleUrl)> ImportArticleAsync(string role, string title)
    {
        var (context, page) = await fixture.SignedInAsync(role);
        await page.GotoAsync($"{fixture.App.BaseUrl}/Articles/New");
        await page.Locator("input[name='Input.Title']").FillAsync(title);
        await page.Locator("input[name='Input.Outlet']").FillAsync("Coast Herald");
        await page.Locator("textarea[name='Input.Body']").FillAsync(ArticleText.Replace("night shipping", title, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import article" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ArticleUrlPattern());
        return (context, page, page.Url.Split('?')[0].Split('#')[0]);
    }

    [Fact]
    public async Task Reviewer_imports_an_article_annotates_a_claim_and_sees_its_highlight_change()
    {
        var (context, page, articleUrl) = await ImportArticleAsync(AppRoles.Reviewer, "night shipping");
        await using var _ = context;
        await BrowserFixture.RunFlowAsync("2-review", context, async () =>
        {
            await BrowserFixture.ScreenshotAsync(page, "2-1-imported");

            // Select the second claim by clicking its highlight in the text.
            var highlight = page.Locator("a.claim-span[data-claim='2']").First;
            await Assertions.Expect(highlight).ToHaveClassAsync(new Regex("st-open"));
            await highlight.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("claim=2"));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var panel = page.Locator("#panel-edit-2");
            await Assertions.Expect(panel).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "2-2-claim-selected");

            // Sourcing, contested status (with who contests it), rating, reviewed.
            await panel.Locator("select[name='Input.SourcingType']").SelectOptionAsync(nameof(SourcingType.NamedOnRecord));
            await panel.Locator("select[name='Input.ContestedStatus']").SelectOptionAsync(nameof(ContestedStatus.Contested));
            var contestedBy = panel.Locator("select[name='Input.ContestedBySourceId'] option:not([value=''])").First;
            await panel.Locator("select[name='Input.ContestedBySourceId']").SelectOptionAsync(await contestedBy.GetAttributeAsync("value") ?? "");
            await panel.Locator("select[name='Input.Rating']").SelectOptionAsync(nameof(Rating.MostlyTrue));
            await panel.Locator("input[name='Input.Reviewed'][type='checkbox']").CheckAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Save claim" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Claim saved.")).ToBeVisibleAsync();
            // The save re-renders the panels; filling the link form before that settles can land in the old one.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            // A corroborating link.
            var links = page.Locator("#panel-links-2");
            await links.Locator("input[name='NewLink.Url']").FillAsync("https://example.org/harbour-minutes");
            await links.Locator("input[name='NewLink.Publisher']").FillAsync("Harbour Gazette");
            await links.Locator("select[name='NewLink.Stance']").SelectOptionAsync(new SelectOptionValue { Label = "Supports" });
            await links.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
            await Assertions.Expect(page.Locator("#panel-links-2 a[href='https://example.org/harbour-minutes']")).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");

            // The highlight now shows the claim as contested.
            await Assertions.Expect(page.Locator("a.claim-span[data-claim='2']").First).ToHaveClassAsync(new Regex("st-contested"));
            await BrowserFixture.ScreenshotAsync(page, "2-3-annotated");

            // The README's pictures: this workspace, and the report of the article as annotated.
            if (BrowserFixture.DocumentationFolder is not null)
            {
                await BrowserFixture.DocumentationShotAsync(page, "review-page");
                await page.GotoAsync($"{fixture.App.BaseUrl}/Reports/{articleUrl[(articleUrl.LastIndexOf('/') + 1)..]}");
                await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("night shipping");
                await BrowserFixture.DocumentationShotAsync(page, "report");
            }
        });
    }

    [Fact]
    public async Task Editor_generates_the_report_and_downloads_an_export()
    {
        var (context, page, articleUrl) = await ImportArticleAsync(AppRoles.Editor, "port dredging");
        await using var _ = context;
        await BrowserFixture.RunFlowAsync("3-report", context, async () =>
        {
            var articleId = articleUrl[(articleUrl.LastIndexOf('/') + 1)..];
            await page.GotoAsync($"{fixture.App.BaseUrl}/Reports/{articleId}");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("port dredging");
            await BrowserFixture.ScreenshotAsync(page, "3-1-report");

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[download]", new() { HasTextString = "csv" }).ClickAsync());
            var saved = Path.Combine(BrowserFixture.ScreenshotFolder, "3-2-" + download.SuggestedFilename);
            await download.SaveAsAsync(saved);
            var lines = await File.ReadAllLinesAsync(saved);
            Assert.True(lines.Length >= 2, "the CSV export has a header and at least one claim");
            Assert.Contains("Okafor", string.Join('\n', lines), StringComparison.Ordinal);

            var json = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[download]", new() { HasTextString = "json" }).First.ClickAsync());
            using var document = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync((await json.PathAsync())!));
            Assert.Equal(System.Text.Json.JsonValueKind.Object, document.RootElement.ValueKind);
        });
    }

    [Fact]
    public async Task Two_reviewers_edit_the_same_claim_and_the_second_sees_the_conflict()
    {
        var (first, firstPage, articleUrl) = await ImportArticleAsync(AppRoles.Reviewer, "toll increases");
        var (second, secondPage) = await fixture.SignedInAsync(AppRoles.Reviewer);
        await using var _ = first;
        await using var __ = second;
        await BrowserFixture.RunFlowAsync("4-conflict", second, async () =>
        {
            var claimUrl = articleUrl + "?claim=1#claim-1";
            await firstPage.GotoAsync(claimUrl);
            await secondPage.GotoAsync(claimUrl);

            await firstPage.Locator("#panel-edit-1 select[name='Input.Rating']").SelectOptionAsync(nameof(Rating.True));
            await firstPage.Locator("#panel-edit-1").GetByRole(AriaRole.Button, new() { Name = "Save claim" }).ClickAsync();
            await Assertions.Expect(firstPage.GetByText("Claim saved.")).ToBeVisibleAsync();

            await secondPage.Locator("#panel-edit-1 select[name='Input.Rating']").SelectOptionAsync(nameof(Rating.False));
            await secondPage.Locator("#panel-edit-1 textarea[name='Input.ReviewerNotes']").FillAsync("Checked the toll schedule.");
            await secondPage.Locator("#panel-edit-1").GetByRole(AriaRole.Button, new() { Name = "Save claim" }).ClickAsync();

            await Assertions.Expect(secondPage.Locator("#claim-panel").GetByText("Someone else saved this claim while you were editing it.")).ToBeVisibleAsync();
            await Assertions.Expect(secondPage.Locator("#panel-edit-1 textarea[name='Input.ReviewerNotes']")).ToHaveValueAsync("Checked the toll schedule.");
            await BrowserFixture.ScreenshotAsync(secondPage, "4-1-conflict");

            // Choosing to keep theirs or mine is deliberate: "Keep mine" saves over the other reviewer's value.
            await secondPage.Locator("#panel-edit-1").GetByRole(AriaRole.Button, new() { Name = "Keep mine" }).ClickAsync();
            await Assertions.Expect(secondPage.GetByText("Claim saved.")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(secondPage, "4-2-kept-mine");
        });
    }

    [Fact]
    public async Task Reviewer_finds_a_claim_said_before_in_other_words_and_copies_its_review()
    {
        var (context, page) = await fixture.SignedInAsync(AppRoles.Reviewer);
        await using var _ = context;
        await BrowserFixture.RunFlowAsync("5-repeats", context, async () =>
        {
            async Task<string> ImportAsync(string title, string body)
            {
                await page.GotoAsync($"{fixture.App.BaseUrl}/Articles/New");
                await page.Locator("input[name='Input.Title']").FillAsync(title);
                await page.Locator("input[name='Input.Outlet']").FillAsync("Valley Courier");
                await page.Locator("textarea[name='Input.Body']").FillAsync(body);
                await page.GetByRole(AriaRole.Button, new() { Name = "Import article" }).ClickAsync();
                await Assertions.Expect(page).ToHaveURLAsync(ArticleUrlPattern());
                return page.Url.Split('?')[0].Split('#')[0];
            }

            var earlierUrl = await ImportAsync("Floods in Arden", "Floods destroyed more than 300 homes in the valley of Arden.");
            await page.GotoAsync(earlierUrl + "?claim=1#claim-1");
            // The panel's "checked before?" section fills in after load and moves the form; click once it has.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.Locator("#panel-edit-1 select[name='Input.Rating']").SelectOptionAsync(nameof(Rating.MostlyFalse));
            await page.Locator("#panel-edit-1 input[name='Input.Reviewed'][type='checkbox']").CheckAsync();
            await page.Locator("#panel-edit-1").GetByRole(AriaRole.Button, new() { Name = "Save claim" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Claim saved.")).ToBeVisibleAsync();

            var laterUrl = await ImportAsync("Valley counts the cost", "More than 300 houses in the Arden valley were wrecked by floods.");
            await page.GotoAsync(laterUrl + "?claim=1#claim-1");
            await page.Locator("#panel-repeats-1").GetByRole(AriaRole.Button, new() { Name = "Find repeats" }).ClickAsync();

            var repeats = page.Locator("#panel-repeats-1");
            await Assertions.Expect(repeats).ToContainTextAsync("Said before in 1 article — 1 rated refuted");
            await Assertions.Expect(repeats.GetByRole(AriaRole.Link, new() { Name = "Floods in Arden" })).ToBeVisibleAsync();
            await Assertions.Expect(repeats.Locator(".similarity")).ToContainTextAsync("% similar");
            await BrowserFixture.ScreenshotAsync(page, "5-1-said-before");

            await repeats.GetByRole(AriaRole.Button, new() { Name = "Copy this review (rating, status, links)" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Copied the earlier review.")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#panel-edit-1 select[name='Input.Rating']")).ToHaveValueAsync(nameof(Rating.MostlyFalse));
        });
    }

    [GeneratedRegex(@"/Articles/\d+")]
    private static partial Regex ArticleUrlPattern();
}
