using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// The sentence embedder as one shared instance; its model loads on the first <see cref="ITextEmbedder.Embed(string, CancellationToken)"/>.
    /// </summary>
    public static IServiceCollection AddClaimMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(MatchingOptions.Section))
            .Validate(
                o => string.IsNullOrWhiteSpace(o.QueryAdapter)
                    || o.QueryAdapter.Equals(MatchingOptions.BuiltInAdapter, StringComparison.OrdinalIgnoreCase)
                    || o.QueryAdapter.Equals(MatchingOptions.NoAdapter, StringComparison.OrdinalIgnoreCase)
                    || File.Exists(o.QueryAdapter),
                $"{MatchingOptions.Section}:{nameof(MatchingOptions.QueryAdapter)} must be {MatchingOptions.BuiltInAdapter}, {MatchingOptions.NoAdapter} or the path of an adapter file made by 'claimtracker adapter train'.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new SentenceEmbedder(
            provider.GetRequiredService<IOptions<MatchingOptions>>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ITextEmbedder>(provider => provider.GetRequiredService<SentenceEmbedder>());
        return services;
    }
}
