using System.Globalization;
using System.Text.Json;
using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reports;

/// <summary>
/// schema.org ClaimReview JSON-LD, one per reviewed claim with a rating, as search engines and fact-check
/// aggregators read it. The numeric scale is True = 5 … False = 1. Unverifiable is not a point on that
/// scale (placing it at 3 would read as "half true"), so its rating carries only alternateName, which
/// schema.org and Google's fact-check markup accept for ratings without a numeric value.
/// The export, the public page's head and the public feed all write their reviews through
/// <see cref="WriteReviews"/>, so the three cannot disagree.
/// </summary>
public static class ClaimReviewWriter
{
    public const int BestRating = 5;
    public const int WorstRating = 1;

    public static int? RatingValue(Rating rating) => rating switch
    {
        Rating.True => 5,
        Rating.MostlyTrue => 4,
        Rating.Mixed => 3,
        Rating.MostlyFalse => 2,
        Rating.False => 1,
        _ => null,
    };

    /// <summary>The claims that get a ClaimReview: reviewed and rated.</summary>
    public static IEnumerable<ReportClaim> Reviewed(SourcingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Claims.Where(c => c.IsReviewed && c.Rating != Rating.Unrated);
    }

    /// <summary>The export: a JSON array of the reviews, each pointing at the report's canonical address.</summary>
    public static byte[] Write(SourcingReport report, ReportLinks links, ReportOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(links);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.WriterOptions))
        {
            json.WriteStartArray();
            WriteReviews(json, report, links.Canonical(report), organization);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes one ClaimReview object per reviewed, rated claim into an array the caller opened.</summary>
    /// <param name="pageUrl">The page that shows the claims; each review points at its claim's anchor there.</param>
    public static void WriteReviews(Utf8JsonWriter json, SourcingReport report, string pageUrl, ReportOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(organization);
        var article = report.Article;

        // The review is published when the report is; before that, when the reviewer rated the claim.
        var reportPublished = report.Publication?.PublishedAt ?? (report.Versions.Count > 0 ? report.Versions[^1].PublishedAt : null);
        foreach (var claim in Reviewed(report))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ClaimReview");
            json.WriteString("url", string.Create(CultureInfo.InvariantCulture, $"{pageUrl}#claim-{claim.Ordinal}"));
            json.WriteString("claimReviewed", claim.Text);
            json.WriteString("datePublished", ReportText.Date(reportPublished ?? claim.ReviewedAt!.Value));
            json.WritePropertyName("author");
            Organization(json, organization);

            json.WritePropertyName("itemReviewed");
            json.WriteStartObject();
            json.WriteString("@type", "Claim");
            if (ClaimAuthor(claim, article) is { } author)
            {
                json.WritePropertyName("author");
                json.WriteStartObject();
                json.WriteString("@type", author.Type);
                json.WriteString("name", author.Name);
                json.WriteEndObject();
            }

            if (article.PublishedAt is { } published)
            {
                json.WriteString("datePublished", ReportText.Date(published));
            }

            json.WritePropertyName("appearance");
            OriginalArticle(json, article);
            json.WriteEndObject();

            json.WritePropertyName("reviewRating");
            json.WriteStartObject();
            json.WriteString("@type", "Rating");
            if (RatingValue(claim.Rating) is { } value)
            {
                json.WriteNumber("ratingValue", value);
                json.WriteNumber("bestRating", BestRating);
                json.WriteNumber("worstRating", WorstRating);
            }

            json.WriteString("alternateName", ReportText.Label(claim.Rating));
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    /// <summary>The reviewed article as a schema.org NewsArticle: headline, address, date and outlet.</summary>
    public static void OriginalArticle(Utf8JsonWriter json, ReportArticle article)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(article);
        json.WriteStartObject();
        json.WriteString("@type", "NewsArticle");
        if (SafeUrl.Http(article.Url) is { } articleUrl)
        {
            json.WriteString("url", articleUrl);
        }

        json.WriteString("headline", article.Title);
        if (article.PublishedAt is { } appeared)
        {
            json.WriteString("datePublished", ReportText.Date(appeared));
        }

        if (article.Outlet is not null)
        {
            json.WritePropertyName("publisher");
            json.WriteStartObject();
            json.WriteString("@type", "Organization");
            json.WriteString("name", article.Outlet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The newsroom that signs the fact-checks, with its address and logo when configured.</summary>
    public static void Organization(Utf8JsonWriter json, ReportOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(organization);
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", organization.Name);
        if (SafeUrl.Http(organization.Url) is { } url)
        {
            json.WriteString("url", url);
        }

        if (SafeUrl.Http(organization.LogoUrl) is { } logo)
        {
            json.WriteString("logo", logo);
        }

        json.WriteEndObject();
    }

    /// <summary>Who made the claim: its source; for an unattributed claim, the outlet that asserts it.</summary>
    private static (string Type, string Name)? ClaimAuthor(ReportClaim claim, ReportArticle article)
    {
        if (claim.IsAttributed && claim.SourceLabel is { } name)
        {
            var type = claim.SourceKind is null or SourceKind.Person or SourceKind.Anonymous ? "Person" : "Organization";
            return (type, name);
        }

        return article.Outlet is null ? null : ("Organization", article.Outlet);
    }
}
