using ClaimTracker.Core.Domain;

namespace ClaimTracker.Core.Reviewing;

/// <summary>Rules for corroborating links: what may be stored and how they count.</summary>
public static class LinkRules
{
    public const string UrlMessage = "Enter a full web address starting with http:// or https:// (other kinds of link are not allowed).";

    /// <summary>An absolute http(s) URL with a host; <c>javascript:</c>, <c>data:</c>, relative and other links are refused.</summary>
    public static bool TryNormalizeUrl(string? text, out string url)
    {
        url = string.Empty;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 2048
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        url = uri.AbsoluteUri;
        return true;
    }

    /// <summary>Who published a link: its publisher as typed, else the web site's host without "www.".</summary>
    public static string PublisherKey(string? publisher, string url)
    {
        if (!string.IsNullOrWhiteSpace(publisher))
        {
            return publisher.Trim().ToUpperInvariant();
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.ToUpperInvariant();
            return host.StartsWith("WWW.", StringComparison.Ordinal) ? host[4..] : host;
        }

        return url.ToUpperInvariant();
    }

    /// <summary>Supporting links counted once per publisher: ten reprints of one wire story are one confirmation.</summary>
    public static int IndependentSupport(IEnumerable<(string Url, string? Publisher, LinkStance Stance)> links) =>
        links.Where(l => l.Stance == LinkStance.Supports)
            .Select(l => PublisherKey(l.Publisher, l.Url))
            .Distinct(StringComparer.Ordinal)
            .Count();
}
