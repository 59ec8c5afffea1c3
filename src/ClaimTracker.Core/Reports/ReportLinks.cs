using System.Globalization;

namespace ClaimTracker.Core.Reports;

/// <summary>
/// Addresses of a report in the web app. With a base address they are absolute (exports that leave the app
/// need that); without one (the CLI with no <c>Reports:PublicBaseUrl</c>) they are relative to the app's root.
/// </summary>
public sealed class ReportLinks(Uri? baseUrl)
{
    public Uri? BaseUrl { get; } = baseUrl;

    public string Report(int articleId) => Absolute(string.Create(CultureInfo.InvariantCulture, $"Reports/{articleId}"));

    /// <summary>The public page of the latest published version: what readers and search engines should link to.</summary>
    public string Public(int articleId, string? slug) =>
        Absolute(slug is null
            ? string.Create(CultureInfo.InvariantCulture, $"r/{articleId}")
            : string.Create(CultureInfo.InvariantCulture, $"r/{articleId}/{Uri.EscapeDataString(slug)}"));

    /// <summary>The public page of one published version, which never changes while it is public.</summary>
    public string PublicVersion(int articleId, int number) =>
        Absolute(string.Create(CultureInfo.InvariantCulture, $"r/{articleId}/v/{number}"));

    public string PublicCard(int articleId) => Absolute(string.Create(CultureInfo.InvariantCulture, $"r/{articleId}/card"));

    public string Export(int articleId, ReportFormat format) =>
        Absolute(string.Create(CultureInfo.InvariantCulture, $"Reports/{articleId}/Export?format={ReportFormats.Name(format)}"));

    /// <summary>
    /// What readers should cite: the public page of the latest published version when there is one, else the
    /// live report inside the app.
    /// </summary>
    public string Canonical(SourcingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var number = report.Publication?.Number ?? (report.Versions.Count > 0 ? report.Versions[^1].Number : null);
        return number is { } n ? PublicVersion(report.Article.Id, n) : Report(report.Article.Id);
    }

    private string Absolute(string relative) =>
        BaseUrl is null ? "/" + relative : new Uri(BaseUrl, relative).ToString();

    /// <summary>Accepts only absolute http(s) addresses, and makes the path end in a slash so relative links append.</summary>
    public static Uri? ParseBase(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || !SafeUrl.IsHttp(uri))
        {
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri, uri.AbsolutePath + "/");
    }
}

/// <summary>Only http and https links are ever rendered or exported: javascript:, data: and the like are dropped.</summary>
public static class SafeUrl
{
    public static bool IsHttp(Uri uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static string? Http(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && IsHttp(uri) ? uri.AbsoluteUri : null;
}
