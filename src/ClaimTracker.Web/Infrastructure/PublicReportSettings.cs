using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Core.Reports;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// What the public pages share: the newsroom, absolute addresses, and the validators that let browsers and
/// caches reuse a published version. A version's page only changes with the app or its configuration, so the
/// ETag is the version plus a stamp of both.
/// </summary>
public sealed class PublicReportSettings
{
    /// <summary>The latest version can be replaced by a correction or withdrawn: kept briefly.</summary>
    public static readonly TimeSpan LatestMaxAge = TimeSpan.FromMinutes(1);

    /// <summary>A numbered version never changes; only withdrawing it does, so caches still ask again within minutes.</summary>
    public static readonly TimeSpan VersionMaxAge = TimeSpan.FromMinutes(5);

    private readonly Uri? _baseUrl;
    private readonly string _stamp;

    public PublicReportSettings(IOptions<ReportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        Organization = value.Organization;
        LogoUrl = SafeUrl.Http(value.Organization.LogoUrl);
        _baseUrl = ReportLinks.ParseBase(value.PublicBaseUrl);
        var identity = string.Join('\n',
            typeof(PublicReportSettings).Assembly.ManifestModule.ModuleVersionId,
            typeof(ReportOptions).Assembly.ManifestModule.ModuleVersionId,
            Organization.Name, Organization.Url, LogoUrl, _baseUrl);
        _stamp = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..12];
    }

    public ReportOrganization Organization { get; }

    public string? LogoUrl { get; }

    /// <summary>Absolute links from <c>Reports:PublicBaseUrl</c>, else from the address the request came to.</summary>
    public ReportLinks Links(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ReportLinks(_baseUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"));
    }

    public string ETag(string kind, int articleId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{kind}-{articleId}-{number}-{_stamp}\"");

    /// <summary>
    /// Sets the validators and answers true when the client already holds this representation (send 304).
    /// Signed-in visitors get private caching: their responses may carry a renewed sign-in cookie.
    /// </summary>
    public static bool IsNotModified(HttpContext context, string etag, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.User.Identity?.IsAuthenticated == true ? "private" : "public";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"{scope}, max-age={(int)maxAge.TotalSeconds}");
        var tag = new EntityTagHeaderValue(etag);
        return context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
    }
}

/// <summary>Refuses to start with embed origins or a logo address that would be unsafe in a header or a page.</summary>
internal sealed class ReportOptionsValidation : IValidateOptions<ReportOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportOptions options)
    {
        if (options.ParseEmbedOrigins().Invalid is { } invalid)
        {
            return ValidateOptionsResult.Fail(
                $"Reports:EmbedOrigins: \"{invalid}\" is not an origin. List sites as scheme and host only, such as https://news.example.");
        }

        if (!string.IsNullOrWhiteSpace(options.Organization.LogoUrl) && SafeUrl.Http(options.Organization.LogoUrl) is null)
        {
            return ValidateOptionsResult.Fail(
                $"Reports:Organization:LogoUrl: \"{options.Organization.LogoUrl}\" is not an absolute http(s) address.");
        }

        return ValidateOptionsResult.Success;
    }
}
