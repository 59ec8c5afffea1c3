using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Reports;
using ClaimTracker.Web.Tests.Pages.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.FactChecks;

public sealed class FactChecksPagesTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string fileName, string content)
    {
        var page = await browser.GetAsync("/FactChecks/Import", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(BrowserExtensions.AntiforgeryToken(await page.Content.ReadAsStringAsync(Ct))), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", fileName);
        return await browser.PostAsync("/FactChecks/Import?handler=Upload", form, Ct);
    }

    private async Task<int> CountAsync(string marker)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().FactChecks.CountAsync(f => f.ClaimReviewed.Contains(marker), Ct);
    }

    [Fact]
    public async Task A_reviewer_uploads_a_table_and_sees_the_summary_with_the_skipped_row()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var table = $"claim\trating\turl\tchecked by\nThe tram line {marker} carried a million riders.\tTrue\thttps://desk.example/{marker}\tTram Desk\n"
            + $"Bad {marker}.\tFalse\tjavascript:alert(1)\tTram Desk\n";

        var response = await UploadAsync(browser, "checks.tsv", table);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var summary = await browser.GetStringAsync(response.Headers.Location, Ct);
        Assert.Contains("1 added", summary, StringComparison.Ordinal);
        Assert.Contains("row 3: its address (url) uses javascript:", summary, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(marker));
        var library = await browser.GetStringAsync($"/FactChecks?q={marker}", Ct);
        Assert.Contains($"The tram line {marker} carried a million riders.", library, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", library, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_markup_is_refused_with_a_message_and_nothing_is_stored()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var markup = $$"""<script type="application/ld+json">{ "@type": "ClaimReview", "url": "javascript:alert(1)", "claimReviewed": "<script>alert(1)</script>{{marker}}" }</script>""";

        var response = await browser.SubmitAsync("/FactChecks/Import", "/FactChecks/Import?handler=Paste", new Dictionary<string, string> { ["Markup"] = markup });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Nothing was imported", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(marker));
    }

    [Fact]
    public async Task A_feed_address_on_the_internal_network_is_refused()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.SubmitAsync("/FactChecks/Import", "/FactChecks/Import?handler=Fetch", new Dictionary<string, string> { ["FeedUrl"] = "http://127.0.0.1:9/feed.json" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("internal or private network address", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Has_this_been_checked_finds_a_reworded_claim_own_and_imported()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var upload = await UploadAsync(browser, "checks.csv",
            "claim,rating,url,checked by\n"
            + "\"The city's bus fleet is now entirely electric.\",False,https://desk.example/buses,Transit Check\n"
            + "\"Bananas are the most exported fruit of Norway.\",False,https://desk.example/bananas,Transit Check\n");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var seeded = await ReportSeed.CreateAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var editor = await factory.CreateUserAsync($"ed-{Guid.NewGuid():N}@newsroom.test", AppRoles.Editor);
            var published = await scope.ServiceProvider.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, editor, null, Ct);
            Assert.True(published.Succeeded, published.Error);
            await scope.ServiceProvider.GetRequiredService<FactCheckVectors>().EmbedPendingAsync(null, Ct);
        }

        var imported = await browser.GetStringAsync("/FactChecks/Check?q=" + Uri.EscapeDataString("All of the buses in the city run on electricity"), Ct);
        var own = await browser.GetStringAsync("/FactChecks/Check?q=" + Uri.EscapeDataString("Ferry ticket prices are going up") + "&origin=Own", Ct);

        var first = imported.IndexOf("The city&#x27;s bus fleet is now entirely electric.", StringComparison.Ordinal);
        Assert.True(first >= 0, "The reworded claim should find its check.");
        var bananas = imported.IndexOf("Bananas", StringComparison.Ordinal);
        Assert.True(bananas < 0 || bananas > first, "An unrelated check must not rank above the match.");
        Assert.Contains("the ferry fares will rise", own, StringComparison.Ordinal);
        Assert.Contains(">own<", own, StringComparison.Ordinal);
        Assert.DoesNotContain("bus fleet", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_in_the_opposite_direction_is_shown_with_an_opposite_direction_badge()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var upload = await UploadAsync(browser, "harbour.csv",
            "claim,rating,url,checked by\n\"Cargo traffic through the northern harbour fell last winter.\",True,https://desk.example/harbour,Port Check\n");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FactCheckVectors>().EmbedPendingAsync(null, Ct);
        }

        var page = await browser.GetStringAsync("/FactChecks/Check?q=" + Uri.EscapeDataString("Cargo traffic through the northern harbour rose last winter."), Ct);

        var match = page.IndexOf("Cargo traffic through the northern harbour fell last winter.", StringComparison.Ordinal);
        Assert.True(match >= 0, "The check in the opposite direction should be listed as a close match.");
        var item = page[page.LastIndexOf("<li", match, StringComparison.Ordinal)..page.IndexOf("</li>", match, StringComparison.Ordinal)];
        Assert.Contains("data-contrast=\"direction\"", item, StringComparison.Ordinal);
        Assert.Contains(">opposite direction<", item, StringComparison.Ordinal);
        Assert.DoesNotContain("data-contrast=\"numbers\"", item, StringComparison.Ordinal);
        Assert.DoesNotContain("data-contrast=\"negation\"", item, StringComparison.Ordinal);
        Assert.Contains("A close match is not the same claim", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rare_name_typed_on_the_page_lifts_the_check_naming_it_above_checks_on_the_same_subject()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var upload = await UploadAsync(browser, "tramway.csv",
            "claim,rating,url,checked by\n"
            + "\"The tramway budget was cut by a third.\",False,https://desk.example/tram-cut,Tram Check\n"
            + "\"Councillor Vasquez-Oyelaran voted against the tramway budget.\",True,https://desk.example/tram-vote,Tram Check\n"
            + "\"The tramway budget was spent on new depots.\",False,https://desk.example/tram-depots,Tram Check\n");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FactCheckVectors>().EmbedPendingAsync(null, Ct);
        }

        var page = await browser.GetStringAsync("/FactChecks/Check?q=" + Uri.EscapeDataString("Vasquez-Oyelaran opposed the tram money"), Ct);

        var named = page.IndexOf("https://desk.example/tram-vote", StringComparison.Ordinal);
        Assert.True(named >= 0, "The check naming the councillor should be listed.");
        foreach (var other in new[] { "https://desk.example/tram-cut", "https://desk.example/tram-depots" })
        {
            var at = page.IndexOf(other, StringComparison.Ordinal);
            Assert.True(at < 0 || at > named, $"{other} must not rank above the check that names the councillor.");
        }
    }

    [Fact]
    public async Task The_review_panel_shows_the_closest_earlier_checks_of_the_selected_claim()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var seeded = await ReportSeed.CreateAsync(factory);
        var upload = await UploadAsync(browser, "fares.csv",
            "claim,rating,url,checked by\n\"Ferry tickets will cost more from next month.\",Mostly true,https://desk.example/ferry-fares,Coast Check\n");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FactCheckVectors>().EmbedPendingAsync(null, Ct);
        }

        var review = await browser.GetStringAsync($"/Articles/{seeded.ArticleId}?claim=1", Ct);
        var fragment = await browser.GetStringAsync($"/FactChecks/Earlier?claimId={seeded.FirstClaimId}&fragment=true", Ct);
        var page = await browser.GetStringAsync($"/FactChecks/Earlier?claimId={seeded.FirstClaimId}", Ct);

        Assert.Contains($"data-earlier-checks=\"/FactChecks/Earlier?claimId={seeded.FirstClaimId}\"", review, StringComparison.Ordinal);
        Assert.Contains("Ferry tickets will cost more from next month.", fragment, StringComparison.Ordinal);
        Assert.Contains("Coast Check", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Contains("<html", page, StringComparison.Ordinal);
        Assert.Contains("Ferry tickets will cost more from next month.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Earlier_checks_of_a_claim_that_does_not_exist_is_not_found()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.GetAsync("/FactChecks/Earlier?claimId=987654", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Imported_checks_get_their_vectors_in_the_background()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var marker = Guid.NewGuid().ToString("N")[..8];

        var response = await UploadAsync(browser, "later.csv", $"claim,url\nThe lighthouse {marker} was rebuilt in stone.,https://desk.example/{marker}\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        bool embedded;
        do
        {
            await Task.Delay(250, Ct);
            await using var scope = factory.Services.CreateAsyncScope();
            embedded = await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().FactChecks
                .AnyAsync(f => f.ClaimReviewed.Contains(marker) && f.Vector != null, Ct);
        }
        while (!embedded && waited.Elapsed < TimeSpan.FromMinutes(2));

        Assert.True(embedded, "The background service should compute the new check's vector without being asked.");
    }
}
