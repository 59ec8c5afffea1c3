using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// Limits requests to the public report pages per client address, so one scraper cannot take the app's
/// capacity from readers and the newsroom. Refusals are the client's (429 with Retry-After). Limits come from
/// configuration (<c>RateLimiting:Public</c>); a permit limit of 0 turns the limit off (a CDN in front that
/// limits on its own, load tests from one address).
/// </summary>
public static class PublicRateLimit
{
    public const string Policy = "public";

    internal static IServiceCollection AddPublicRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:Public:PermitLimit", 120);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:Public:WindowSeconds", 60));
        return services.AddRateLimiter(o => o.AddPolicy(Policy, context =>
            permits <= 0
                ? RateLimitPartition.GetNoLimiter("public")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })));
    }
}
