using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Matching;
using ClaimTracker.Core.Repeats;
using ClaimTracker.Core.Search;
using ClaimTracker.Core.Reports;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Core.Seeding;
using ClaimTracker.Core.Users;
using ClaimTracker.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Everything both front ends need: database, extractor, import, seeding, user administration.</summary>
    public static IServiceCollection AddClaimTrackerCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddClaimTrackerDatabase(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IClaimExtractor, ClaimExtractor>();
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section));
        services.AddScoped<ArticleImporter>();
        services.AddScoped<ArticleReextractor>();
        services.AddSingleton<DocumentReader>();
        services.AddImportHttpClient();
        services.AddScoped<UrlFetcher>();
        services.AddScoped<SeedImporter>();
        services.AddScoped<UserAdministration>();
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section));
        services.AddMemoryCache();
        services.AddScoped<ReportBuilder>();
        services.AddScoped<ReportPublisher>();
        services.AddScoped<PublicReports>();
        services.AddSingleton<ReportExporter>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<ArticleWorkflow>();
        services.AddScoped<ClaimReview>();
        services.AddScoped<ClaimSpans>();
        services.AddScoped<SourceDirectory>();
        services.AddScoped<OutletNames>();
        services.AddScoped<SecurityAudit>();
        if (DatabaseSetup.GetProvider(configuration) == DatabaseProvider.Sqlite)
        {
            services.AddSingleton(_ => new SearchResultCache(configuration.GetValue(SearchResultCache.EntriesSetting, 500)));
            services.AddScoped<ISearchIndex, SqliteFullTextSearch>();
        }
        else
        {
            services.AddScoped<ISearchIndex, LikeSearch>();
        }

        services.AddOptions<RepeatOptions>().Bind(configuration.GetSection(RepeatOptions.Section));
        services.AddScoped<RepeatLinker>();
        services.AddScoped<IClaimVectorsStoredHandler>(provider => provider.GetRequiredService<RepeatLinker>());
        services.AddClaimMatching(configuration);
        services.AddOptions<FactCheckOptions>().Bind(configuration.GetSection(FactCheckOptions.Section));
        services.AddScoped<FactCheckImporter>();
        services.AddScoped<OwnFactChecks>();
        services.AddSingleton<FactCheckIndex>();
        services.AddSingleton<FactCheckEmbeddingSignal>();
        services.AddScoped<FactCheckVectors>();
        services.AddScoped<FactCheckMatcher>();
        services.AddClaimVectors(configuration);

        return services;
    }
}
