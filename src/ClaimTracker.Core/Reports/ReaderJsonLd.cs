using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimTracker.Core.Reports;

/// <summary>
/// The JSON-LD of the public pages and feed: the report as a schema.org AnalysisNewsArticle about the original
/// article, and one ClaimReview per rated claim written by <see cref="ClaimReviewWriter"/>, the same mapping the
/// export uses.
/// </summary>
public static class ReaderJsonLd
{
    /// <summary>
    /// Safe to put inside an HTML script element: unlike the exports' relaxed encoder this one escapes &lt;, &gt;,
    /// &amp; and quotes, so a claim quoting "&lt;/script&gt;" cannot end the element. Other scripts stay readable.
    /// </summary>
    public static JsonWriterOptions HtmlSafe { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The content of the page's <c>application/ld+json</c> script: an array with the report first.</summary>
    /// <param name="pageUrl">The page's canonical address.</param>
    public static string ForPage(ReaderReport reader, string pageUrl, ReportOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, HtmlSafe))
        {
            json.WriteStartArray();
            WriteReport(json, reader, pageUrl, organization);
            ClaimReviewWriter.WriteReviews(json, reader.Report, pageUrl, organization);
            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the reviews of several reports into one array: the public feed.</summary>
    public static async Task WriteFeedAsync(Stream output, IEnumerable<(ReaderReport Report, string PageUrl)> reports, ReportOrganization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        await using var json = new Utf8JsonWriter(output, HtmlSafe);
        json.WriteStartArray();
        foreach (var (report, pageUrl) in reports)
        {
            ClaimReviewWriter.WriteReviews(json, report.Report, pageUrl, organization);
            if (json.BytesPending > 32 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteReport(Utf8JsonWriter json, ReaderReport reader, string pageUrl, ReportOrganization organization)
    {
        var report = reader.Report;
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "AnalysisNewsArticle");
        json.WriteString("url", pageUrl);
        json.WriteString("headline", Headline(report));
        json.WriteString("description", ReportText.ReaderSummary(report.Summary));
        json.WriteString("datePublished", report.Publication!.PublishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        if (report.Article.Language is { Length: > 0 } language)
        {
            json.WriteString("inLanguage", language);
        }

        json.WritePropertyName("author");
        ClaimReviewWriter.Organization(json, organization);
        json.WritePropertyName("publisher");
        ClaimReviewWriter.Organization(json, organization);
        json.WritePropertyName("about");
        ClaimReviewWriter.OriginalArticle(json, report.Article);
        json.WriteEndObject();
    }

    /// <summary>"Sourcing report: Harbour fares to rise": the page title, og:title and the JSON-LD headline.</summary>
    public static string Headline(SourcingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "Sourcing report: " + report.Article.Title;
    }
}
