using System.Globalization;
using ClaimTracker.Core.Reports;
using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// Keeps the rendered public pages in memory (ASP.NET Core output caching) for anonymous readers: a published
/// version never changes, so a popular report is rendered once a minute instead of on every request. Publishing
/// and withdrawing evict the article's pages and the feed and sitemap at once (<see cref="IPublishedReportCache"/>).
/// The built-in default policy still decides what may be stored: GET and HEAD of anonymous requests, 200 answers
/// that set no cookie; 404 and 410 are never kept. Entries are tagged per article so eviction is exact.
/// With several app instances each keeps its own copies: another instance may serve a withdrawn page until its copy
/// expires (<see cref="PublicReportSettings.LatestMaxAge"/>).
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-pages";
    public const string ListingTag = "public-listing";

    public static string ArticleTag(int articleId) => string.Create(CultureInfo.InvariantCulture, $"public-report-{articleId}");

    internal static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var megabytes = configuration.GetValue("PublicPages:CacheMegabytes", 32L);
        services.AddOutputCache(o =>
        {
            o.SizeLimit = Math.Max(1, megabytes) * 1024 * 1024;
            o.AddPolicy(Policy, b => b
                .AddPolicy<TagByArticle>()
                .Expire(PublicReportSettings.LatestMaxAge)
                .SetVaryByQuery("page"));
        });
        services.AddSingleton<IPublishedReportCache, Eviction>();
        return services;
    }

    /// <summary>Tags each page with its article, or as a listing (feed, sitemap) when it has none.</summary>
    private sealed class TagByArticle : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.Tags.Add(context.HttpContext.Request.RouteValues.TryGetValue("articleId", out var id) && id is not null
                ? ArticleTag(int.Parse(Convert.ToString(id, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture))
                : ListingTag);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }

    private sealed class Eviction(IOutputCacheStore store) : IPublishedReportCache
    {
        public async Task ForgetAsync(int articleId, CancellationToken cancellationToken)
        {
            await store.EvictByTagAsync(ArticleTag(articleId), cancellationToken);
            await store.EvictByTagAsync(ListingTag, cancellationToken);
        }
    }
}
