using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reports;

/// <summary>
/// A W3C Web Annotation collection (JSON-LD), one annotation per claim, so Hypothesis-style tools can
/// anchor the claims in the article. Selectors are over the stored body (NFC, \n line endings):
/// TextQuoteSelector with up to 32 characters of context each side, and TextPositionSelector whose
/// offsets count Unicode code points as the specification requires (the body's spans count UTF-16 units).
/// </summary>
internal static class AnnotationWriter
{
    public const int ContextLength = 32;

    public static byte[] Write(SourcingReport report, ReportLinks links)
    {
        var article = report.Article;
        var body = article.Body;
        var target = SafeUrl.Http(article.Url)
            ?? string.Create(CultureInfo.InvariantCulture, $"urn:claimtracker:article:{article.Id}");
        var collectionId = links.Export(article.Id, ReportFormat.Annotations);
        var reportUrl = links.Canonical(report);
        var positions = new CodePointIndex(body);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("@context", "http://www.w3.org/ns/anno.jsonld");
            json.WriteString("id", collectionId);
            json.WriteString("type", "AnnotationCollection");
            json.WriteString("label", $"Claims in \"{article.Title}\"");
            json.WriteNumber("total", report.Claims.Count);
            json.WritePropertyName("first");
            json.WriteStartObject();
            json.WriteString("id", collectionId + "&page=1");
            json.WriteString("type", "AnnotationPage");
            json.WriteNumber("startIndex", 0);
            json.WriteStartArray("items");
            foreach (var claim in report.Claims)
            {
                var (start, end) = Span(claim, body);
                json.WriteStartObject();
                json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"{reportUrl}#claim-{claim.Ordinal}"));
                json.WriteString("type", "Annotation");
                json.WriteString("motivation", "describing");
                if (claim.ReviewedAt is { } reviewed)
                {
                    json.WriteString("modified", reviewed.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                }

                json.WriteStartObject("body");
                json.WriteString("type", "TextualBody");
                json.WriteString("format", "text/plain");
                json.WriteString("purpose", "describing");
                json.WriteString("value", Describe(claim));
                json.WriteEndObject();

                json.WriteStartObject("target");
                json.WriteString("source", target);
                json.WriteStartArray("selector");
                json.WriteStartObject();
                json.WriteString("type", "TextQuoteSelector");
                json.WriteString("exact", body[start..end]);
                json.WriteString("prefix", body[Back(body, start)..start]);
                json.WriteString("suffix", body[end..Forward(body, end)]);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "TextPositionSelector");
                json.WriteNumber("start", positions.At(start));
                json.WriteNumber("end", positions.At(end));
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Describe(ReportClaim claim)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Claim {claim.Ordinal}: {ReportText.Label(claim.Kind)}, {ReportText.Label(claim.SourcingType).ToLowerInvariant()}");
        if (ReportText.Source(claim) is { } source)
        {
            text.Append(". Source: ").Append(source);
        }

        text.Append(". Status: ").Append(ReportText.Status(claim));
        if (claim.Rating != Rating.Unrated)
        {
            text.Append(". Rating: ").Append(ReportText.Label(claim.Rating));
        }

        return text.Append('.').ToString();
    }

    /// <summary>The claim's span clamped to the body and kept off the middle of surrogate pairs.</summary>
    private static (int Start, int End) Span(ReportClaim claim, string body)
    {
        var start = Math.Clamp(claim.Start, 0, body.Length);
        var end = Math.Clamp(claim.End, start, body.Length);
        if (start > 0 && start < body.Length && char.IsLowSurrogate(body[start]))
        {
            start--;
        }

        if (end > 0 && end < body.Length && char.IsLowSurrogate(body[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static int Back(string body, int start)
    {
        var from = Math.Max(0, start - ContextLength);
        return from > 0 && char.IsLowSurrogate(body[from]) ? from + 1 : from;
    }

    private static int Forward(string body, int end)
    {
        var to = Math.Min(body.Length, end + ContextLength);
        return to < body.Length && char.IsLowSurrogate(body[to]) ? to - 1 : to;
    }

    /// <summary>Maps UTF-16 offsets to code point offsets in one pass over the text.</summary>
    private sealed class CodePointIndex
    {
        private readonly int[] _surrogatesBefore;

        public CodePointIndex(string text)
        {
            _surrogatesBefore = new int[text.Length + 1];
            for (var i = 0; i < text.Length; i++)
            {
                _surrogatesBefore[i + 1] = _surrogatesBefore[i] + (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 1 : 0);
            }
        }

        public int At(int utf16Offset) => utf16Offset - _surrogatesBefore[utf16Offset];
    }
}
