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
            .Validate(AdapterLoads, $"{MatchingOptions.Section}:{nameof(MatchingOptions.QueryAdapter)} must be {MatchingOptions.BuiltInAdapter}, {MatchingOptions.NoAdapter} or the path of an adapter file made by 'claimtracker adapter train' for {MatchingOptions.Section}:{nameof(MatchingOptions.Model)}.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new SentenceEmbedder(
            provider.GetRequiredService<IOptions<MatchingOptions>>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ITextEmbedder>(provider => provider.GetRequiredService<SentenceEmbedder>());
        return services;
    }

    /// <summary>
    /// A file setting is read once at start, so a missing, damaged or other model's adapter stops the app with the
    /// setting named instead of failing every lookup; the built-in ones are read on first use.
    /// </summary>
    private static bool AdapterLoads(MatchingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.QueryAdapter)
            || options.QueryAdapter.Equals(MatchingOptions.BuiltInAdapter, StringComparison.OrdinalIgnoreCase)
            || options.QueryAdapter.Equals(MatchingOptions.NoAdapter, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            QueryAdapter.ForSetting(SentenceModel.Named(options.Model), options.QueryAdapter);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }
}
