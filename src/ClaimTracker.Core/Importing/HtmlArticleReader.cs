using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace ClaimTracker.Core.Importing;

/// <summary>
/// An HTML page to an article: SmartReader (a port of Mozilla's Readability) finds the article body and drops
/// navigation, ads, related links and comments; the page's own metadata (Open Graph, article:published_time,
/// author, canonical link) fills in title, byline, date, outlet and URL. The body becomes plain text, one
/// paragraph per block, so nothing of the page's markup or scripts survives.
/// </summary>
internal static partial class HtmlArticleReader
{
    private static readonly Uri PlaceholderUrl = new("https://article.invalid/");

    // Never part of the stored text: code, embedded objects, forms and figures.
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button",
        "input", "select", "textarea", "figure", "img", "picture", "video", "audio", "nav", "aside", "footer",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "hr", "address", "details", "summary",
    };

    public static ArticleDraft Read(string html, Uri? baseUrl, string what)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = ReadMetadata(document, baseUrl);

        var reader = new Reader((baseUrl ?? PlaceholderUrl).ToString(), document)
        {
            // An empty result is handled below with a clear message; SmartReader's own errors would not say what to do.
            ContinueIfNotReadable = true,

            // Wire briefs run to a few hundred characters; Readability's default of 500 would refuse them.
            CharThreshold = 200,
        };
        var article = reader.GetArticle();
        var body = article.Content is { Length: > 0 } content ? ToText(parser.ParseDocument($"<body>{content}</body>").Body!) : string.Empty;
        if (!(article.IsReadable ? CountWords(body) >= 20 : LooksLikeProse(body)))
        {
            throw new ImportRejectedException($"{what} has no article body that ClaimTracker could find (only navigation, links or very little text). Paste the article's text instead.");
        }

        var title = metadata.Title ?? NullIfBlank(article.Title);
        return new ArticleDraft(
            body,
            title,
            metadata.Outlet ?? NullIfBlank(article.SiteName),
            metadata.Byline ?? NullIfBlank(article.Byline) ?? NullIfBlank(article.Author),
            metadata.Url,
            metadata.PublishedAt ?? article.PublicationDate?.ToUniversalTime(),
            metadata.Language ?? TwoLetterLanguage(article.Language));
    }

    /// <summary>The charset of a <c>&lt;meta charset&gt;</c> or http-equiv tag near the top of the page.</summary>
    public static string? SniffCharset(ReadOnlySpan<byte> content)
    {
        var head = Encoding.ASCII.GetString(content[..Math.Min(content.Length, 4096)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static PageMetadata ReadMetadata(IHtmlDocument document, Uri? baseUrl)
    {
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? NullIfBlank(document.Title);
        var byline = Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "parsely-author")
            ?? Text(document.QuerySelector("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author"));
        if (byline is not null && Uri.TryCreate(byline, UriKind.Absolute, out _))
        {
            // article:author is often a profile URL, not a name.
            byline = Text(document.QuerySelector("[rel=author], .byline, .author"));
        }

        var published = Meta(document, "article:published_time") ?? Meta(document, "datePublished")
            ?? Meta(document, "date") ?? Meta(document, "dc.date") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var language = document.DocumentElement.GetAttribute("lang");
        return new PageMetadata(
            Clip(title, 500),
            Clip(Meta(document, "og:site_name") ?? Meta(document, "application-name"), 200),
            Clip(byline is null ? null : BylinePrefix().Replace(byline, string.Empty), 300),
            HttpUrl(canonical, baseUrl),
            ParseDate(published),
            TwoLetterLanguage(language));
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && NullIfBlank(meta.GetAttribute("content")) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? HttpUrl(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)
            || !Uri.TryCreate(baseUrl ?? PlaceholderUrl, href.Trim(), out var url)
            || url.Scheme is not ("http" or "https")
            || url.Host == PlaceholderUrl.Host)
        {
            return null;
        }

        return url.ToString().Length <= 2048 ? url.ToString() : null;
    }

    private static DateTime? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime
            : null;

    private static string? TwoLetterLanguage(string? tag)
    {
        var value = tag?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.Length <= 16 ? value.ToLowerInvariant() : null;
    }

    private static string? Text(IElement? element) => NullIfBlank(Whitespace().Replace(element?.TextContent ?? string.Empty, " "));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Clip(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];

    /// <summary>Block elements become paragraphs, line breaks become newlines, runs of whitespace become one space.</summary>
    internal static string ToText(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    // Newlines in the page source are formatting; only <br> breaks a line.
                    current.Append(Whitespace().Replace(text.Data, " "));
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    current.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }

        var lines = current.ToString().Split('\n').Select(l => Whitespace().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        var paragraph = string.Join('\n', lines);
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }

    /// <summary>
    /// Readability calls short pages unreadable; a brief is still an article if it has sentences, not just
    /// headlines and links: a paragraph of 20 words or more and 40 words in all.
    /// </summary>
    private static bool LooksLikeProse(string body) =>
        CountWords(body) >= 40 && body.Split("\n\n").Any(p => CountWords(p) >= 20);

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed record PageMetadata(string? Title, string? Outlet, string? Byline, string? Url, DateTime? PublishedAt, string? Language);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
