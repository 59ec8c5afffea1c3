using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;

namespace ClaimTracker.Core.FactChecks;

/// <summary>
/// The cleaning every imported field goes through, whatever the format: plain text only (markup and scripts inside
/// a value are dropped, not stored), bounded lengths, http(s) addresses only, dates and numbers read leniently.
/// </summary>
internal static class FactCheckFields
{
    public const int MaxNameLength = 300;

    private static readonly HtmlParser FragmentParser = new();

    /// <summary>The text of a value, with any markup in it reduced to its words and scripts and styles removed.</summary>
    public static string? PlainText(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value;
        if (text.AsSpan().IndexOfAny('<', '&') >= 0)
        {
            var document = FragmentParser.ParseDocument("<body></body>");
            var nodes = FragmentParser.ParseFragment(text, document.Body!);
            var builder = new StringBuilder(text.Length);
            foreach (var node in nodes)
            {
                AppendText(node, builder);
            }

            text = builder.ToString();
        }

        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        var result = collapsed.ToString();
        if (!result.IsNormalized(NormalizationForm.FormC))
        {
            result = result.Normalize(NormalizationForm.FormC);
        }

        return result.Length == 0 ? null : result;
    }

    /// <summary>Cuts a name to the column's length at a word boundary where it can.</summary>
    public static string? Name(string? value)
    {
        var text = PlainText(value);
        if (text is null || text.Length <= MaxNameLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxNameLength - 1);
        return text[..(cut > MaxNameLength / 2 ? cut : MaxNameLength)];
    }

    /// <summary>An absolute http or https address, or the reason the value is not one.</summary>
    public static (string? Url, string? Problem) HttpUrl(string? value, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, $"it has no {what}");
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return (null, $"its {what} is not a web address");
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return (null, $"its {what} uses {uri.Scheme}:, only http and https addresses are accepted");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return (null, $"its {what} contains a user name or password");
        }

        return uri.AbsoluteUri.Length > 2048 ? (null, $"its {what} is longer than 2,048 characters") : (uri.AbsoluteUri, null);
    }

    /// <summary>An optional address: kept when it is http(s), dropped otherwise (a bad publisher link is no reason to lose the check).</summary>
    public static string? OptionalHttpUrl(string? value) => HttpUrl(value, "address").Url;

    public static DateTime? Date(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            && date.Year is >= 1900 and <= 2200
                ? date.UtcDateTime
                : null;
    }

    public static double? Number(string? value) =>
        double.TryParse(value?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : null;

    /// <summary>
    /// Checks what every record needs (the claim and the address of the check) and fills the checker from the
    /// address's host when the input names none. Returns the record or the reason it is skipped.
    /// </summary>
    public static (FactCheckRecord? Record, string? Problem) Build(
        string? claim,
        string? url,
        string? checker,
        string? checkerUrl,
        string? claimant,
        string? ratingText,
        double? ratingValue,
        double? bestRating,
        double? worstRating,
        DateTime? checkedOn)
    {
        var claimText = PlainText(claim);
        if (claimText is null)
        {
            return (null, "it has no claim text (claimReviewed)");
        }

        if (claimText.Length > Domain.FactCheck.MaxClaimLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"its claim text is {claimText.Length:N0} characters long, the limit is {Domain.FactCheck.MaxClaimLength:N0}"));
        }

        var (address, problem) = HttpUrl(url, "address (url)");
        if (address is null)
        {
            return (null, problem);
        }

        var who = Name(checker) ?? new Uri(address).Host;
        return (new FactCheckRecord(
            claimText,
            who,
            OptionalHttpUrl(checkerUrl),
            Name(claimant),
            Name(ratingText),
            ratingValue,
            bestRating,
            worstRating,
            checkedOn,
            address), null);
    }

    private static void AppendText(AngleSharp.Dom.INode node, StringBuilder builder)
    {
        if (node is AngleSharp.Dom.IElement element && element.LocalName is "script" or "style" or "template" or "noscript" or "iframe")
        {
            return;
        }

        if (node.NodeType == AngleSharp.Dom.NodeType.Text)
        {
            builder.Append(node.TextContent);
            return;
        }

        if (node is AngleSharp.Dom.IElement { LocalName: "br" or "p" or "div" or "li" })
        {
            builder.Append(' ');
        }

        foreach (var child in node.ChildNodes)
        {
            AppendText(child, builder);
        }
    }
}
