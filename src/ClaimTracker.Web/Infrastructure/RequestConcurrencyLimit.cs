using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// Bounds how many requests run at once and queues the rest in arrival order. SQLite work is synchronous and
/// CPU-bound, so beyond a few requests per core extra concurrency adds no throughput: it only holds more pooled
/// connections (each with its own page cache), more response buffers and more thread-pool threads, which is
/// where memory and tail latency went under load. Only reads are bounded: a post may wait on its client (a large
/// upload over a slow line) or on another server (importing from a URL) and must not hold a place meanwhile.
/// Health checks and static files skip the queue.
/// </summary>
internal static class RequestConcurrencyLimit
{
    public static IServiceCollection AddRequestConcurrencyLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:Concurrency:PermitLimit", 4 * Environment.ProcessorCount);
        var queue = configuration.GetValue("RateLimiting:Concurrency:QueueLimit", 2_000);
        if (permits <= 0)
        {
            return services;
        }

        var limiter = new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        return services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsRead(context.Request.Method)
                    ? RateLimitPartition.GetConcurrencyLimiter("reads", _ => limiter)
                    : RateLimitPartition.GetNoLimiter("writes"));

            // A refusal with a retry time came from a per-client window (sign-in posts, public pages): the client's
            // doing (429). A read refused without one met this limiter's full queue: the server's fault (503).
            o.OnRejected = (context, _) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.StatusCode = StatusCodes.Status429TooManyRequests;
                    response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (IsRead(context.HttpContext.Request.Method))
                {
                    response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    response.Headers.RetryAfter = "1";
                }

                return ValueTask.CompletedTask;
            };
        });
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
}
