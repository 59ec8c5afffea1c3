using ClaimTracker.Core.Reports;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// The Content-Security-Policy of every response, built once from configuration. Scripts only from our own files:
/// no inline script can run, so injected markup stays inert. Images may also come from the newsroom's logo
/// address, the one outside resource the public pages show. No page may be framed, except the public summary
/// card by the sites listed in <c>Reports:EmbedOrigins</c>.
/// </summary>
public sealed class ContentSecurityPolicies
{
    public ContentSecurityPolicies(IOptions<ReportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logo = Uri.TryCreate(SafeUrl.Http(options.Value.Organization.LogoUrl), UriKind.Absolute, out var logoUri)
            ? " " + logoUri.GetLeftPart(UriPartial.Authority)
            : string.Empty;
        var common =
            $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:{logo}; font-src 'self'; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";
        EmbedOrigins = options.Value.ParseEmbedOrigins().Origins;
        Default = common + "'none'";
        Embeddable = EmbedOrigins.Count == 0 ? Default : common + string.Join(' ', EmbedOrigins);
    }

    public string Default { get; }

    /// <summary>For the summary card: framing allowed to the configured origins only ('none' when there are none).</summary>
    public string Embeddable { get; }

    public IReadOnlyList<string> EmbedOrigins { get; }

    /// <summary>Lets the configured sites frame this response; without any, it stays unframeable.</summary>
    public void AllowEmbedding(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (EmbedOrigins.Count == 0)
        {
            return;
        }

        response.Headers.ContentSecurityPolicy = Embeddable;

        // X-Frame-Options cannot name several origins; browsers that know frame-ancestors ignore it anyway.
        response.Headers.Remove("X-Frame-Options");
    }
}

internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policies = app.ApplicationServices.GetRequiredService<ContentSecurityPolicies>();
        var policy = policies.Default;
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (policies.EmbedOrigins.Count > 0)
            {
                // An embeddable answer may also come from the output cache, which restores its own policy over
                // ours but cannot delete the X-Frame-Options set above: that is settled as the response starts.
                context.Response.OnStarting(static state =>
                {
                    var (response, embeddable) = ((HttpResponse, string))state;
                    if (response.Headers.ContentSecurityPolicy == embeddable)
                    {
                        response.Headers.Remove("X-Frame-Options");
                    }

                    return Task.CompletedTask;
                }, (context.Response, policies.Embeddable));
            }

            return next(context);
        });
    }
}
