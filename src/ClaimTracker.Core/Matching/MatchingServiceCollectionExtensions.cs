using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Core.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// The sentence embedder as one shared instance; its model loads on the first <see cref="ITextEmbedder.Embed(string, CancellationToken)"/>.
    /// </summary>
    public static IServiceCollection AddClaimMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.Section));
        services.TryAddSingleton<MiniLmEmbedder>();
        services.TryAddSingleton<ITextEmbedder>(provider => provider.GetRequiredService<MiniLmEmbedder>());
        return services;
    }
}
