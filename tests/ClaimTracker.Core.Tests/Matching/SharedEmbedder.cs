using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Options;

[assembly: AssemblyFixture(typeof(ClaimTracker.Core.Tests.Matching.SharedEmbedder))]

namespace ClaimTracker.Core.Tests.Matching;

/// <summary>One loaded model for all tests of the assembly: loading it takes a second and 100 MB.</summary>
public sealed class SharedEmbedder : IDisposable
{
    public MiniLmEmbedder Embedder { get; } = new(Options.Create(new MatchingOptions()));

    public void Dispose() => Embedder.Dispose();
}
