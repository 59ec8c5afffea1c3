using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// Reads schema.org ClaimReview JSON-LD, the markup fact-checkers publish for search engines: from an HTML page
/// (its <c>&lt;script type="application/ld+json"&gt;</c> blocks) or from a JSON file holding one or many. ClaimReviews
/// are found wherever they sit: at the top, in arrays, in <c>@graph</c>, in a DataFeed's items, beside other types.
/// Each is read on its own, so one without a claim or with a <c>javascript:</c> address is skipped with its reason
/// while the others are kept. JSON nested deeper than the limit is refused before anything is read.
/// </summary>
public static class ClaimReviewParser
{
    public const int DefaultMaxDepth = 32;

    /// <summary>The ClaimReviews of an HTML page. A broken JSON-LD block is skipped; a page with no ClaimReview at all is refused.</summary>
    public static ParsedFactChecks ParseHtml(string html, int maxDepth = DefaultMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var reader = new Reader(maxDepth);
        var blocks = document.QuerySelectorAll("script")
            .Where(s => string.Equals(s.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (blocks.Count == 0)
        {
            throw new FactCheckImportRefusedException("The page has no JSON-LD markup (<script type=\"application/ld+json\">), so it carries no ClaimReview to import.");
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"JSON-LD block {i + 1}");
            try
            {
                using var json = JsonDocument.Parse(blocks[i].TextContent, reader.Options);
                reader.Walk(json.RootElement);
            }
            catch (JsonException ex)
            {
                reader.Skipped.Add(new SkippedRecord(where, Explain(ex, maxDepth)));
            }
        }

        return reader.Finish(FactCheckFormat.ClaimReviewHtml, "The page");
    }

    /// <summary>The ClaimReviews of a JSON or JSON-LD document; invalid or too deeply nested JSON refuses the whole file.</summary>
    public static ParsedFactChecks ParseJson(string json, int maxDepth = DefaultMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new Reader(maxDepth);
        try
        {
            using var document = JsonDocument.Parse(json, reader.Options);
            reader.Walk(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new FactCheckImportRefusedException($"The file is not valid JSON: {Explain(ex, maxDepth)}. Nothing was imported.");
        }

        return reader.Finish(FactCheckFormat.ClaimReviewJson, "The file");
    }

    private static string Explain(JsonException ex, int maxDepth) =>
        ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? string.Create(CultureInfo.InvariantCulture, $"it is nested more than {maxDepth} levels deep")
            : string.Create(CultureInfo.InvariantCulture, $"not valid JSON near line {(ex.LineNumber ?? 0) + 1}");

    private sealed class Reader(int maxDepth)
    {
        private readonly SortedSet<string> _otherTypes = new(StringComparer.Ordinal);
        private int _found;

        public JsonDocumentOptions Options { get; } = new()
        {
            MaxDepth = maxDepth,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };

        public List<FactCheckRecord> Records { get; } = [];

        public List<SkippedRecord> Skipped { get; } = [];

        public void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
                case JsonValueKind.Object:
                    var types = Types(element);
                    if (types.Contains("ClaimReview"))
                    {
                        Read(element);
                        return;
                    }

                    _otherTypes.UnionWith(types);
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.Name != "@context")
                        {
                            Walk(property.Value);
                        }
                    }

                    break;
            }
        }

        public ParsedFactChecks Finish(FactCheckFormat format, string what)
        {
            if (_found == 0)
            {
                var seen = _otherTypes.Count == 0 ? "no schema.org types at all" : $"only {string.Join(", ", _otherTypes.Take(8))}";
                var broken = Skipped.Count > 0 ? $" ({string.Join("; ", Skipped.Select(s => $"{s.Where}: {s.Reason}"))})" : string.Empty;
                throw new FactCheckImportRefusedException($"{what} has no ClaimReview: it has {seen}{broken}. Nothing was imported.");
            }

            return new ParsedFactChecks(format, Records, Skipped);
        }

        private void Read(JsonElement review)
        {
            _found++;
            var where = string.Create(CultureInfo.InvariantCulture, $"ClaimReview {_found}");
            var url = Text(review, "url") ?? (Text(review, "@id") is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null);
            var author = First(review, "author") ?? First(review, "publisher");
            var item = First(review, "itemReviewed");
            var claimant = item is { } claim ? First(claim, "author") : null;
            var rating = First(review, "reviewRating");
            var (record, problem) = FactCheckFields.Build(
                Text(review, "claimReviewed"),
                url,
                author is { } a ? NameOf(a) : null,
                author is { ValueKind: JsonValueKind.Object } o ? Text(o, "url") : null,
                claimant is { } c ? NameOf(c) : null,
                rating is { ValueKind: JsonValueKind.Object } r ? Text(r, "alternateName") ?? Text(r, "name") : null,
                rating is { ValueKind: JsonValueKind.Object } v ? FactCheckFields.Number(Text(v, "ratingValue")) : null,
                rating is { ValueKind: JsonValueKind.Object } b ? FactCheckFields.Number(Text(b, "bestRating")) : null,
                rating is { ValueKind: JsonValueKind.Object } w ? FactCheckFields.Number(Text(w, "worstRating")) : null,
                FactCheckFields.Date(Text(review, "datePublished")));
            if (record is null)
            {
                Skipped.Add(new SkippedRecord(url is null ? where : $"{where} ({Shorten(url)})", problem!));
            }
            else
            {
                Records.Add(record);
            }
        }

        private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";

        /// <summary>The short type names of an object: "ClaimReview" for "ClaimReview", "schema:ClaimReview" and "https://schema.org/ClaimReview".</summary>
        private static HashSet<string> Types(JsonElement element)
        {
            var types = new HashSet<string>(StringComparer.Ordinal);
            if (!element.TryGetProperty("@type", out var type))
            {
                return types;
            }

            foreach (var value in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerable.Repeat(type, 1))
            {
                if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } name)
                {
                    types.Add(name[(name.LastIndexOfAny(['/', ':', '#']) + 1)..]);
                }
            }

            return types;
        }

        /// <summary>A property's value, or the first of an array of them.</summary>
        private static JsonElement? First(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    return item;
                }

                return null;
            }

            return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : value;
        }

        /// <summary>A string or number as text; a language-tagged value (<c>{"@value": ...}</c>) by its value.</summary>
        private static string? Text(JsonElement element, string name)
        {
            var value = First(element, name);
            return value?.ValueKind switch
            {
                JsonValueKind.String => value.Value.GetString(),
                JsonValueKind.Number => value.Value.GetRawText(),
                JsonValueKind.Object => value.Value.TryGetProperty("@value", out var inner) && inner.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? (inner.ValueKind == JsonValueKind.String ? inner.GetString() : inner.GetRawText())
                    : null,
                _ => null,
            };
        }

        /// <summary>A person or organisation given as an object with a name, or as a bare string.</summary>
        private static string? NameOf(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Object => Text(element, "name") ?? Text(element, "alternateName"),
            _ => null,
        };
    }
}
