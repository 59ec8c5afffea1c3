using System.Text;
using ClaimTracker.Core.Importing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Tests.Importing;

public sealed class DocumentReaderTests
{
    private static DocumentReader Reader(int maxFileBytes = 5 * 1024 * 1024) =>
        new(Options.Create(new ImportOptions { MaxFileBytes = maxFileBytes }));

    private static ArticleDraft Html(string html) => Reader().ReadFile("story.html", Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Html_article_keeps_the_story_and_drops_navigation_ads_related_links_and_comments()
    {
        var draft = Html(NewsPages.Harbour);

        Assert.StartsWith(NewsPages.ArticleSentence, draft.Body, StringComparison.Ordinal);
        Assert.Contains("\"We have checked every berth twice, and the cranes are safe,\" harbour master Omar Haddad told reporters on Friday.", draft.Body, StringComparison.Ordinal);
        Assert.Contains("Pavel Novak", draft.Body, StringComparison.Ordinal);
        foreach (var junk in new[] { "Business", "Advertisement", "Cheap flights", "Win a cruise", "Related stories", "Ferries cancelled", "harbourfan", "Finally!", "Privacy", "dataLayer", "pageview", "Photo: Ledger" })
        {
            Assert.DoesNotContain(junk, draft.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_article_becomes_one_paragraph_per_block()
    {
        var draft = Html(NewsPages.Harbour);

        var paragraphs = draft.Body.Split("\n\n");
        Assert.Contains(NewsPages.ArticleSentence, paragraphs);
        Assert.DoesNotContain('<', draft.Body);
    }

    [Fact]
    public void Html_metadata_fills_title_outlet_byline_date_url_and_language()
    {
        var draft = Html(NewsPages.Harbour);

        Assert.Equal("Harbour to reopen on Monday after storm repairs", draft.Title);
        Assert.Equal("The Northern Ledger", draft.Outlet);
        Assert.Equal("Ingrid Lindqvist", draft.Byline);
        Assert.Equal(new DateTime(2026, 3, 14, 7, 30, 0, DateTimeKind.Utc), draft.PublishedAt);
        Assert.Equal("https://ledger.example/news/2026/03/harbour-reopens", draft.OriginalUrl);
        Assert.Equal("en-gb", draft.Language);
    }

    [Fact]
    public void Html_without_an_article_body_is_refused()
    {
        var error = Assert.Throws<ImportRejectedException>(() => Html(NewsPages.SectionFront));

        Assert.Contains("no article body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_wire_brief_is_still_an_article()
    {
        const string Brief = """
            <html><head><meta property="og:title" content="Harbour reopens"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Harbour reopens</h1>
            <p>The port authority said the harbour would reopen on Monday after the storm damage was repaired by crews working day and night.</p>
            <p>"We have checked every berth twice," harbour master Omar Haddad told reporters on Friday, adding that ships could return at once.</p>
            </article><section class="comments"><div class="comment">First!</div></section></body></html>
            """;

        var draft = Html(Brief);

        Assert.StartsWith("The port authority said", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("First!", draft.Body, StringComparison.Ordinal);
        Assert.Equal("Harbour reopens", draft.Title);
    }

    [Fact]
    public void Hostile_html_leaves_only_inert_text()
    {
        var draft = Html(NewsPages.Hostile);

        // Text about a script tag stays, as text; nothing that was markup survives.
        Assert.Contains("attackers hid the text <script>alert(1)</script> in fake invoices", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert('", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("document.cookie", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("svg text", draft.Body, StringComparison.Ordinal);
        Assert.Contains("nobody had been arrested yet", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_in_windows_1252_with_a_meta_charset_is_decoded()
    {
        var html = NewsPages.Harbour.Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", StringComparison.Ordinal)
            .Replace("Omar Haddad", "Ömar Häddad", StringComparison.Ordinal);

        var draft = Reader().ReadFile("story.htm", TextDecoder.Windows1252.GetBytes(html));

        Assert.Contains("harbour master Ömar Häddad told reporters", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_heading_becomes_the_title_and_markup_is_dropped()
    {
        const string Markdown = "# Council *approves* budget\n\nThe **mayor** said the [budget](https://x.example) was balanced.\n\n> \"It is a good day,\" she said.\n";

        var draft = Reader().ReadFile("budget.md", Encoding.UTF8.GetBytes(Markdown));

        Assert.Equal("Council approves budget", draft.Title);
        Assert.Equal("\nThe mayor said the budget was balanced.\n\n\"It is a good day,\" she said.\n", draft.Body);
    }

    [Fact]
    public void Plain_text_is_kept_as_written()
    {
        var draft = Reader().ReadFile("notes.TXT", Encoding.UTF8.GetBytes("Storm closes ports\r\n\r\nThe storm closed three ports."));

        Assert.Equal("Storm closes ports\r\n\r\nThe storm closed three ports.", draft.Body);
        Assert.Null(draft.Title);
    }

    [Fact]
    public void Word_document_gives_its_paragraphs_and_properties()
    {
        var bytes = Docx(title: "Budget talks", author: "Maria Okafor", "The finance minister said the budget would balance.", "", "\"We will not raise taxes,\" she told reporters.");

        var draft = Reader().ReadFile("budget.docx", bytes);

        Assert.Equal("The finance minister said the budget would balance.\n\n\"We will not raise taxes,\" she told reporters.", draft.Body);
        Assert.Equal("Budget talks", draft.Title);
        Assert.Equal("Maria Okafor", draft.Byline);
    }

    [Fact]
    public void A_file_named_docx_that_is_not_one_is_refused()
    {
        var error = Assert.Throws<ImportRejectedException>(() => Reader().ReadFile("budget.docx", Encoding.UTF8.GetBytes("plain text, not a zip")));

        Assert.Contains("not a valid Word (.docx) document", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan.pdf")]
    [InlineData("budget.doc")]
    [InlineData("photo.jpg")]
    [InlineData("noextension")]
    public void Unsupported_file_types_are_refused_with_the_supported_list(string name)
    {
        var error = Assert.Throws<ImportRejectedException>(() => Reader().ReadFile(name, Encoding.UTF8.GetBytes("Some text.")));

        Assert.Contains("not a supported file type", error.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var error = Assert.Throws<ImportRejectedException>(() => Reader().ReadFile("empty.txt", []));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_only_whitespace_is_refused()
    {
        var error = Assert.Throws<ImportRejectedException>(() => Reader().ReadFile("blank.md", Encoding.UTF8.GetBytes(" \r\n\t\n")));

        Assert.Contains("no text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_reading()
    {
        var error = Assert.Throws<ImportRejectedException>(() => Reader(maxFileBytes: 1024).ReadFile("long.txt", new byte[2048]));

        Assert.Contains("too large: 2 KB, the limit is 1 KB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_with_a_text_extension_is_refused()
    {
        var error = Assert.Throws<ImportRejectedException>(() => Reader().ReadFile("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    internal static byte[] Docx(string? title, string? author, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = author;
        }

        return stream.ToArray();
    }
}
