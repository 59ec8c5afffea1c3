using System.Globalization;
using System.Net;
using System.Text.Json;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Reports;

public sealed class ReportPagesTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Note(string? note) => new() { ["Input.CorrectionsNote"] = note ?? string.Empty };

    private async Task<int> VersionCountAsync(int articleId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().PublishedReports.CountAsync(r => r.ArticleId == articleId, Ct);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var browser = factory.CreateBrowser();

        var response = await browser.GetAsync("/Reports/1", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitor_cannot_export()
    {
        var browser = factory.CreateBrowser();

        var response = await browser.GetAsync("/Reports/1/Export?format=json", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_page_links_to_its_report()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Articles/{seeded.ArticleId}", Ct);

        Assert.Contains($"href=\"/Reports/{seeded.ArticleId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_sees_header_summary_chart_claims_and_notes()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Reports/{seeded.ArticleId}", Ct);

        Assert.Contains("Coast Post", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://news.example/harbour\" rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d UTC", html);
        Assert.Contains("1 claim of 3 is still unreviewed", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<rect", html, StringComparison.Ordinal);
        Assert.Contains("3 claims: 3 attributed (100%)", html, StringComparison.Ordinal);
        Assert.Contains("id=\"claim-3\"", html, StringComparison.Ordinal);
        Assert.Contains(ReportSeed.Note, html, StringComparison.Ordinal);
        Assert.Contains(ReportSeed.AnonymityReason, html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://council.example/fares\" rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_view_contains_no_note_text_nor_anonymity_reason_nor_unreviewed_claims()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Reports/{seeded.ArticleId}?view=public", Ct);

        Assert.Contains("the ferry fares will rise", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSeed.Note, html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSeed.AnonymityReason, html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSeed.LinkNote, html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSeed.UnreviewedText, html.Replace(ReportSeed.UnreviewedText + ".", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("this public report leaves them out", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsafe_article_address_is_not_rendered_as_a_link()
    {
        var seeded = await ReportSeed.CreateAsync(factory, url: "javascript:alert(document.cookie)");
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync($"/Reports/{seeded.ArticleId}", Ct);

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_article_or_version_is_not_found()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Reports/987654", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Reports/{seeded.ArticleId}?version=9", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("md", "text/markdown", ".md")]
    [InlineData("csv", "text/csv", ".csv")]
    [InlineData("json", "application/json", ".json")]
    [InlineData("claimreview", "application/ld+json", ".claimreview.jsonld")]
    [InlineData("annotations", "application/ld+json", ".annotations.jsonld")]
    public async Task Export_downloads_a_file_of_the_right_type(string format, string mediaType, string extension)
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.GetAsync($"/Reports/{seeded.ArticleId}/Export?format={format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"article-{seeded.ArticleId}-report{extension}", disposition.FileName?.Trim('"'));
        var body = await response.Content.ReadAsStringAsync(Ct);
        if (format is "json" or "claimreview" or "annotations")
        {
            using var json = JsonDocument.Parse(body);
        }
        else if (format == "csv")
        {
            using var csv = new CsvReader(new StringReader(body), CultureInfo.InvariantCulture);
            Assert.Equal(3, csv.GetRecords<dynamic>().Count());
        }
        else
        {
            Assert.StartsWith("# Sourcing report: Harbour fares", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ClaimReview_export_links_to_the_report_with_an_absolute_address()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        using var json = JsonDocument.Parse(await browser.GetStringAsync($"/Reports/{seeded.ArticleId}/Export?format=claimreview", Ct));

        var review = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal($"https://localhost/Reports/{seeded.ArticleId}#claim-1", review.GetProperty("url").GetString());
        Assert.Equal("ClaimTracker", review.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(4, review.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
    }

    [Fact]
    public async Task Public_export_leaves_out_notes()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var json = await browser.GetStringAsync($"/Reports/{seeded.ArticleId}/Export?format=json&view=public", Ct);

        Assert.DoesNotContain(ReportSeed.Note, json, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSeed.AnonymityReason, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_export_format_is_a_clear_bad_request()
    {
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var response = await browser.GetAsync("/Reports/1/Export?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Use one of: md, csv, json, claimreview, annotations", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_cannot_publish()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var page = $"/Reports/{seeded.ArticleId}";

        var html = await browser.GetStringAsync(page, Ct);
        var response = await browser.PostFormAsync($"{page}?handler=Publish", Note(null), BrowserExtensions.AntiforgeryToken(html));

        Assert.DoesNotContain("handler=Publish", html, StringComparison.Ordinal);
        var denied = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("AccessDenied", StringComparison.Ordinal));
        Assert.True(denied, $"{(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(0, await VersionCountAsync(seeded.ArticleId));
    }

    [Fact]
    public async Task Editor_publishes_numbered_versions_and_later_ones_need_a_corrections_note()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var editor = await factory.SignedInAsync(AppRoles.Editor);
        var page = $"/Reports/{seeded.ArticleId}";

        var first = await editor.SubmitAsync(page, $"{page}?handler=Publish", Note(null));
        var refused = await editor.SubmitAsync(page, $"{page}?handler=Publish", Note("  "));
        var refusedHtml = await refused.Content.ReadAsStringAsync(Ct);
        var second = await editor.SubmitAsync(page, $"{page}?handler=Publish", Note("Corrected the fare figure."));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"{page}?version=1", first.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Version 1 is already published: say what changed in a corrections note.", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"{page}?version=2", second.Headers.Location!.ToString());
        Assert.Equal(2, await VersionCountAsync(seeded.ArticleId));
        var v2 = await editor.GetStringAsync($"{page}?version=2", Ct);
        Assert.Contains("Corrected the fare figure.", v2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_1_stays_readable_as_published_after_the_claims_change()
    {
        var seeded = await ReportSeed.CreateAsync(factory);
        var editor = await factory.SignedInAsync(AppRoles.Editor);
        var page = $"/Reports/{seeded.ArticleId}";
        await editor.SubmitAsync(page, $"{page}?handler=Publish", Note(null));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            var claim = await db.Claims.SingleAsync(c => c.Id == seeded.FirstClaimId, Ct);
            claim.Text = "the ferry fares will double";
            await db.SaveChangesAsync(Ct);
        }

        var v1 = await editor.GetStringAsync($"{page}?version=1", Ct);
        var v1Public = await editor.GetStringAsync($"{page}?version=1&view=public", Ct);
        var live = await editor.GetStringAsync(page, Ct);
        var export = await editor.GetAsync($"{page}/Export?format=json&version=1", Ct);
        var exported = await export.Content.ReadAsStringAsync(Ct);

        Assert.Contains("the ferry fares will rise", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("the ferry fares will double", v1, StringComparison.Ordinal);
        Assert.Contains("the ferry fares will rise", v1Public, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSeed.Note, v1Public, StringComparison.Ordinal);
        Assert.Contains("the ferry fares will double", live, StringComparison.Ordinal);
        Assert.Contains("Version 1", live, StringComparison.Ordinal);
        Assert.Equal($"article-{seeded.ArticleId}-report-v1.json", export.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Contains("the ferry fares will rise", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("the ferry fares will double", exported, StringComparison.Ordinal);
    }
}
