namespace ClaimTracker.Core.Reports;

/// <summary>Settings under <c>Reports</c>: who signs the fact-checks, and where the reports are read.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The publisher named as author of every ClaimReview and shown on the public pages.</summary>
    public ReportOrganization Organization { get; set; } = new();

    /// <summary>
    /// The app's public address (https://factcheck.example/); exports and the public pages use it for absolute links.
    /// When empty, the web app uses the address of the request and the CLI writes relative links.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Sites allowed to show the public summary card in a frame (https://news.example). Every other page, and the
    /// card when the list is empty, may not be framed at all.
    /// </summary>
    public List<string> EmbedOrigins { get; set; } = [];

    /// <summary>The configured embed origins in the form a Content-Security-Policy needs, or the first one that is not an origin.</summary>
    public (IReadOnlyList<string> Origins, string? Invalid) ParseEmbedOrigins()
    {
        var origins = new List<string>();
        foreach (var value in EmbedOrigins.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (Origin(value) is not { } origin)
            {
                return ([], value);
            }

            origins.Add(origin);
        }

        return (origins.Distinct(StringComparer.Ordinal).ToList(), null);
    }

    /// <summary>
    /// "https://news.example" from "https://news.example" or "https://news.example/": scheme, host and port only.
    /// Anything with a path, query, credentials or another scheme is refused, since the value goes into a header.
    /// </summary>
    public static string? Origin(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || !SafeUrl.IsHttp(uri)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }
}

public sealed class ReportOrganization
{
    public string Name { get; set; } = "ClaimTracker";

    public string? Url { get; set; }

    /// <summary>An absolute http(s) address of the newsroom's logo, shown on the public pages and named in the JSON-LD.</summary>
    public string? LogoUrl { get; set; }
}
