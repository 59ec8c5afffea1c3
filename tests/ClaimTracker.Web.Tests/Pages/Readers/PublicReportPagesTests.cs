using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Tests.Pages.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Readers;

public sealed partial class PublicReportPagesTests : IClassFixture<ClaimTrackerWebFactory>
{
    private readonly ClaimTrackerWebFactory _factory;

    public PublicReportPagesTests(ClaimTrackerWebFactory factory)
    {
        PublishedSeed.Configure(factory);
        _factory = factory;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement JsonLd(string html)
    {
        var match = JsonLdPattern().Match(html);
        Assert.True(match.Success, "The page has no JSON-LD script.");
        Assert.Single(JsonLdPattern().Matches(html));
        return JsonDocument.Parse(match.Groups[1].Value).RootElement.Clone();
    }

    private static string Meta(string html, string property)
    {
        var match = Regex.Match(html, $"<meta (?:property|name)=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"");
        Assert.True(match.Success, $"No {property} meta tag.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task Anonymous_reader_sees_the_published_report()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var reader = _factory.CreateBrowser();

        var response = await reader.GetAsync($"/r/{published.ArticleId}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{published.Title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Coast Post", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://news.example/harbour\" rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.Contains("2 claims reviewed: 2 attributed to 1 source", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<rect", html, StringComparison.Ordinal);
        Assert.Contains("id=\"claim-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"claim-2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"claim-3\"", html, StringComparison.Ordinal);
        Assert.Contains("Mayor Ann Lee", html, StringComparison.Ordinal);
        Assert.Contains("Named on record", html, StringComparison.Ordinal);
        Assert.Contains("Mostly true", html, StringComparison.Ordinal);
        Assert.Contains("Uncontested", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://council.example/fares\" rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.Matches($@"Reviewed by <strong>{PublishedSeed.Newsroom}</strong> on\s*<time datetime=""\d{{4}}-\d\d-\d\d"">", html);
        Assert.Contains($"src=\"{PublishedSeed.LogoUrl}\"", html, StringComparison.Ordinal);
        Assert.Contains("/css/public-report", html, StringComparison.Ordinal);

        // The readers' layout: no app navigation, sign-in link, script file or inline style.
        Assert.DoesNotContain("Identity/Account", html, StringComparison.Ordinal);
        Assert.DoesNotContain("navbar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains($"img-src 'self' data: https://cdn.harbour.example;", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Head_carries_canonical_link_open_graph_and_twitter_meta()
    {
        var published = await PublishedSeed.CreateAsync(_factory);

        var html = await _factory.CreateBrowser().GetStringAsync($"/r/{published.ArticleId}", Ct);

        var canonical = $"https://localhost/r/{published.ArticleId}/{published.Slug}";
        Assert.Contains($"<link rel=\"canonical\" href=\"{canonical}\" />", html, StringComparison.Ordinal);
        Assert.Equal("article", Meta(html, "og:type"));
        Assert.Equal(canonical, Meta(html, "og:url"));
        Assert.Equal("Sourcing report: " + published.Title, Meta(html, "og:title"));
        Assert.StartsWith("2 claims reviewed", Meta(html, "og:description"), StringComparison.Ordinal);
        Assert.Equal("summary", Meta(html, "twitter:card"));
        Assert.Equal(Meta(html, "og:description"), Meta(html, "twitter:description"));
    }

    [Fact]
    public async Task Json_ld_describes_the_report_and_each_rated_claim_and_survives_a_closing_script_tag()
    {
        var published = await PublishedSeed.CreateAsync(_factory);

        var html = await _factory.CreateBrowser().GetStringAsync($"/r/{published.ArticleId}", Ct);

        // The hostile claim text appears escaped in the body and \u003C-escaped in the JSON-LD: one script element, closed once.
        Assert.Single(Regex.Matches(html, "</script>"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var items = JsonLd(html).EnumerateArray().ToList();
        var report = items[0];
        Assert.Equal("https://schema.org", report.GetProperty("@context").GetString());
        Assert.Equal("AnalysisNewsArticle", report.GetProperty("@type").GetString());
        Assert.Equal("NewsArticle", report.GetProperty("about").GetProperty("@type").GetString());
        Assert.Equal(published.Title, report.GetProperty("about").GetProperty("headline").GetString());
        Assert.Equal("https://news.example/harbour", report.GetProperty("about").GetProperty("url").GetString());
        Assert.Equal(PublishedSeed.LogoUrl, report.GetProperty("publisher").GetProperty("logo").GetString());

        // Only claim 1 is reviewed and rated.
        var review = Assert.Single(items.Skip(1));
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal(PublishedSeed.HostileText, review.GetProperty("claimReviewed").GetString());
        Assert.Equal($"https://localhost/r/{published.ArticleId}/{published.Slug}#claim-1", review.GetProperty("url").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", review.GetProperty("datePublished").GetString());
        Assert.Equal(PublishedSeed.Newsroom, review.GetProperty("author").GetProperty("name").GetString());
        var author = review.GetProperty("itemReviewed").GetProperty("author");
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.StartsWith("Mayor Ann Lee", author.GetProperty("name").GetString(), StringComparison.Ordinal);
        var rating = review.GetProperty("reviewRating");
        Assert.Equal(4, rating.GetProperty("ratingValue").GetInt32());
        Assert.Equal(5, rating.GetProperty("bestRating").GetInt32());
        Assert.Equal(1, rating.GetProperty("worstRating").GetInt32());
        Assert.Equal("Mostly true", rating.GetProperty("alternateName").GetString());
    }

    [Fact]
    public async Task Unknown_and_unpublished_articles_get_the_same_not_found()
    {
        var unpublished = await PublishedSeed.CreateAsync(_factory, publish: false);
        var reader = _factory.CreateBrowser();

        var missing = await reader.GetAsync("/r/987654", Ct);
        var hidden = await reader.GetAsync($"/r/{unpublished.ArticleId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(Ct), await hidden.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/r/{unpublished.ArticleId}/card", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/r/{unpublished.ArticleId}/v/1", Ct)).StatusCode);
    }

    [Fact]
    public async Task Slug_form_and_bare_form_serve_the_same_report_with_one_canonical_address()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var reader = _factory.CreateBrowser();

        var withSlug = await reader.GetStringAsync($"/r/{published.ArticleId}/{published.Slug}", Ct);
        var outdated = await reader.GetStringAsync($"/r/{published.ArticleId}/an-old-title", Ct);

        var canonical = $"<link rel=\"canonical\" href=\"https://localhost/r/{published.ArticleId}/{published.Slug}\" />";
        Assert.Contains(canonical, withSlug, StringComparison.Ordinal);
        Assert.Contains(canonical, outdated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_have_their_own_pages_and_the_corrections_log()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        await PublishedSeed.PublishAgainAsync(_factory, published.ArticleId, "Corrected the fare figures.");
        var reader = _factory.CreateBrowser();

        var first = await reader.GetStringAsync($"/r/{published.ArticleId}/v/1", Ct);
        var latest = await reader.GetStringAsync($"/r/{published.ArticleId}", Ct);
        var missing = await reader.GetAsync($"/r/{published.ArticleId}/v/3", Ct);

        Assert.Contains($"<link rel=\"canonical\" href=\"https://localhost/r/{published.ArticleId}/v/1\" />", first, StringComparison.Ordinal);
        Assert.Contains("This is version 1.", first, StringComparison.Ordinal);
        Assert.Contains("Read the latest version (2)", first, StringComparison.Ordinal);
        Assert.Contains("version 2", latest, StringComparison.Ordinal);
        Assert.DoesNotContain("This is version", latest, StringComparison.Ordinal);
        Assert.Contains("Corrected the fare figures.", latest, StringComparison.Ordinal);
        Assert.Matches(@"Version 2</a>,\s*<time datetime=""\d{4}-\d\d-\d\d"">\d{1,2} \w+ \d{4}</time>:", latest);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Published_versions_answer_not_modified_to_a_matching_etag()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var reader = _factory.CreateBrowser();

        var first = await reader.GetAsync($"/r/{published.ArticleId}/v/1", Ct);
        var etag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/r/{published.ArticleId}/v/1");
        again.Headers.IfNoneMatch.Add(etag!);
        var second = await reader.SendAsync(again, Ct);
        using var other = new HttpRequestMessage(HttpMethod.Get, $"/r/{published.ArticleId}/v/1");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var third = await reader.SendAsync(other, Ct);

        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Latest_page_etag_changes_when_a_correction_is_published()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var reader = _factory.CreateBrowser();
        var before = (await reader.GetAsync($"/r/{published.ArticleId}", Ct)).Headers.ETag!;

        await PublishedSeed.PublishAgainAsync(_factory, published.ArticleId, "Corrected a name.");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/r/{published.ArticleId}");
        request.Headers.IfNoneMatch.Add(before);
        var after = await reader.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Equal(TimeSpan.FromMinutes(1), after.Headers.CacheControl!.MaxAge);
    }

    [Fact]
    public async Task Card_may_be_framed_by_the_configured_origins_only()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var reader = _factory.CreateBrowser();

        // The second answer comes from the output cache and must carry the same headers.
        _ = await reader.GetAsync($"/r/{published.ArticleId}/card", Ct);
        var card = await reader.GetAsync($"/r/{published.ArticleId}/card", Ct);
        var html = await card.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.NotNull(card.Headers.Age);
        var csp = string.Join(";", card.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"frame-ancestors {PublishedSeed.EmbedOrigin}", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'none'", csp.Split(';').Single(d => d.Contains("frame-ancestors", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.False(card.Headers.Contains("X-Frame-Options"));
        Assert.Contains(published.Title, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://localhost/r/{published.ArticleId}/{published.Slug}\" target=\"_blank\" rel=\"noopener\"", html, StringComparison.Ordinal);
        Assert.Contains("2 claims reviewed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_is_a_json_array_of_claim_reviews_and_rejects_a_bad_page()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var reader = _factory.CreateBrowser();

        var response = await reader.GetAsync("/r/feed.json", Ct);
        using var feed = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var bad = await reader.GetAsync("/r/feed.json?page=0", Ct);
        var beyond = await reader.GetStringAsync("/r/feed.json?page=999", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(JsonValueKind.Array, feed.RootElement.ValueKind);
        Assert.All(feed.RootElement.EnumerateArray(), r => Assert.Equal("ClaimReview", r.GetProperty("@type").GetString()));
        Assert.Contains(feed.RootElement.EnumerateArray(), r =>
            r.GetProperty("url").GetString() == $"https://localhost/r/{published.ArticleId}/{published.Slug}#claim-1"
            && r.GetProperty("claimReviewed").GetString() == PublishedSeed.HostileText);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("[]", beyond);
    }

    [Fact]
    public async Task Sitemap_lists_public_report_pages()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var unpublished = await PublishedSeed.CreateAsync(_factory, publish: false);

        var response = await _factory.CreateBrowser().GetAsync("/sitemap.xml", Ct);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"https://localhost/r/{published.ArticleId}/{published.Slug}", locations);
        Assert.DoesNotContain(locations, l => l.Contains($"/r/{unpublished.ArticleId}/", StringComparison.Ordinal));
        Assert.All(xml.Root.Elements(ns + "url"), u => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", u.Element(ns + "lastmod")!.Value));
    }

    [Fact]
    public async Task Editor_withdraws_the_report_readers_get_gone_and_it_leaves_feed_and_sitemap()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var editor = await _factory.SignedInAsync(AppRoles.Editor);
        var reportPage = $"/Reports/{published.ArticleId}";

        var reader = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/r/{published.ArticleId}", Ct)).StatusCode);
        Assert.Contains($"/r/{published.ArticleId}/", await reader.GetStringAsync("/sitemap.xml", Ct), StringComparison.Ordinal);
        var before = await editor.GetStringAsync(reportPage, Ct);
        var withdraw = await editor.PostFormAsync($"{reportPage}?handler=Withdraw",
            new Dictionary<string, string> { ["Withdrawal.Notice"] = "Withdrawn pending a legal review." }, BrowserExtensions.AntiforgeryToken(before));
        var after = await editor.GetStringAsync(reportPage, Ct);
        var gone = await reader.GetAsync($"/r/{published.ArticleId}", Ct);
        var goneHtml = await gone.Content.ReadAsStringAsync(Ct);

        Assert.Contains($"value=\"https://localhost/r/{published.ArticleId}/{published.Slug}\"", before, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"public-url\"", before, StringComparison.Ordinal);
        Assert.Contains("readers see version 1", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Contains("Withdrawn</strong>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Withdraw", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("This report was withdrawn", goneHtml, StringComparison.Ordinal);
        Assert.Contains("Withdrawn pending a legal review.", goneHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(published.Title, goneHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync($"/r/{published.ArticleId}/v/1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync($"/r/{published.ArticleId}/card", Ct)).StatusCode);
        Assert.DoesNotContain($"/r/{published.ArticleId}/", await reader.GetStringAsync("/r/feed.json", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain($"/r/{published.ArticleId}/", await reader.GetStringAsync("/sitemap.xml", Ct), StringComparison.Ordinal);

        await using var scope = _factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().AuditEntries
            .Where(a => a.ArticleId == published.ArticleId && a.EntityType == ReportEvents.EntityType)
            .OrderBy(a => a.Id).Select(a => a.Field).ToListAsync(Ct);
        Assert.Equal([ReportEvents.Published, ReportEvents.Withdrawn], audit);
    }

    [Fact]
    public async Task Overlong_withdrawal_notice_is_refused_and_the_report_stays_public()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var editor = await _factory.SignedInAsync(AppRoles.Editor);
        var reportPage = $"/Reports/{published.ArticleId}";
        var notice = "Withdrawn for review. " + new string('x', 1000);

        var html = await editor.GetStringAsync(reportPage, Ct);
        var response = await editor.PostFormAsync($"{reportPage}?handler=Withdraw",
            new Dictionary<string, string> { ["Withdrawal.Notice"] = notice }, BrowserExtensions.AntiforgeryToken(html));
        var shown = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Notice for readers", shown, StringComparison.Ordinal);
        Assert.Contains(notice, shown, StringComparison.Ordinal);
        Assert.Contains("<details class=\"report-withdraw\" open=\"open\">", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateBrowser().GetAsync($"/r/{published.ArticleId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Reviewer_sees_the_publication_state_but_cannot_withdraw()
    {
        var published = await PublishedSeed.CreateAsync(_factory);
        var unpublished = await PublishedSeed.CreateAsync(_factory, publish: false);
        var reviewer = await _factory.SignedInAsync(AppRoles.Reviewer);

        var html = await reviewer.GetStringAsync($"/Reports/{published.ArticleId}", Ct);
        var notYet = await reviewer.GetStringAsync($"/Reports/{unpublished.ArticleId}", Ct);
        var refused = await reviewer.PostFormAsync($"/Reports/{published.ArticleId}?handler=Withdraw", new Dictionary<string, string>(), BrowserExtensions.AntiforgeryToken(html));

        Assert.Contains($"https://localhost/r/{published.ArticleId}/{published.Slug}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Withdraw", html, StringComparison.Ordinal);
        Assert.Contains("Not published:", notYet, StringComparison.Ordinal);
        Assert.True(
            refused.StatusCode == HttpStatusCode.Forbidden
            || (refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.ToString().Contains("AccessDenied", StringComparison.Ordinal)),
            $"{(int)refused.StatusCode} {refused.Headers.Location}");
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateBrowser().GetAsync($"/r/{published.ArticleId}", Ct)).StatusCode);
    }

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
