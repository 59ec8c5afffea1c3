using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Options;

[assembly: AssemblyFixture(typeof(ClaimTracker.Core.Tests.Matching.SharedEmbedder))]

namespace ClaimTracker.Core.Tests.Matching;

/// <summary>
/// One loaded embedder per model for all tests of the assembly: loading one takes a second and 100 MB.
/// <see cref="Embedder"/> runs the configured default model, as the app does.
/// </summary>
public sealed class SharedEmbedder : IDisposable
{
    private readonly Lazy<SentenceEmbedder> miniLm = new(() => Create("MiniLm"));
    private readonly Lazy<SentenceEmbedder> arcticXs = new(() => Create("ArcticXs"));

    public SentenceEmbedder Embedder => For(new MatchingOptions().Model);

    public SentenceEmbedder For(string model) => SentenceModel.Named(model) == SentenceModel.MiniLm ? miniLm.Value : arcticXs.Value;

    private static SentenceEmbedder Create(string model) =>
        new(Options.Create(new MatchingOptions { Model = model, ModelIdleMinutes = 0 }));

    public void Dispose()
    {
        if (miniLm.IsValueCreated)
        {
            miniLm.Value.Dispose();
        }

        if (arcticXs.IsValueCreated)
        {
            arcticXs.Value.Dispose();
        }
    }
}
