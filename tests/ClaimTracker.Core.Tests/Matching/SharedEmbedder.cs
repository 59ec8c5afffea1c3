using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Options;

[assembly: AssemblyFixture(typeof(ClaimTracker.Core.Tests.Matching.SharedEmbedder))]

namespace ClaimTracker.Core.Tests.Matching;

/// <summary>
/// One loaded embedder per model and precision for all tests of the assembly: loading one takes a second and up
/// to 100 MB. <see cref="Embedder"/> runs the configured default model and precision, as the app does.
/// </summary>
public sealed class SharedEmbedder : IDisposable
{
    private readonly Dictionary<(SentenceModel, SentencePrecision), Lazy<SentenceEmbedder>> embedders = new()
    {
        [(SentenceModel.MiniLm, SentencePrecision.Full)] = new(() => Create("MiniLm", "Float")),
        [(SentenceModel.MiniLm, SentencePrecision.EightBit)] = new(() => Create("MiniLm", "Int8")),
        [(SentenceModel.ArcticXs, SentencePrecision.Full)] = new(() => Create("ArcticXs", "Float")),
        [(SentenceModel.ArcticXs, SentencePrecision.EightBit)] = new(() => Create("ArcticXs", "Int8")),
    };

    public SentenceEmbedder Embedder => For(new MatchingOptions().Model);

    /// <summary>The model at the configured default precision.</summary>
    public SentenceEmbedder For(string model) => For(model, new MatchingOptions().ModelPrecision);

    public SentenceEmbedder For(string model, string precision) =>
        embedders[(SentenceModel.Named(model), MatchingOptions.ParsePrecision(precision))].Value;

    private static SentenceEmbedder Create(string model, string precision) =>
        new(Options.Create(new MatchingOptions { Model = model, ModelPrecision = precision, ModelIdleMinutes = 0 }));

    public void Dispose()
    {
        foreach (var embedder in embedders.Values.Where(e => e.IsValueCreated))
        {
            embedder.Value.Dispose();
        }
    }
}
