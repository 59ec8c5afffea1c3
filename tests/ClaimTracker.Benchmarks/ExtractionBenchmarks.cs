using BenchmarkDotNet.Attributes;
using ClaimTracker.Extraction;

namespace ClaimTracker.Benchmarks;

/// <summary>Throughput of the extractor; words/s = Words / mean time (reported by the Words column).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ClaimExtractor _extractor = new();
    private string _news = string.Empty;
    private string _quoteMarks = string.Empty;
    private string _unpunctuated = string.Empty;
    private string _nestedQuotes = string.Empty;
    private string _titledNames = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _news = SyntheticNews.Generate(1_000_000);
        _quoteMarks = new string('"', 1 << 20);
        _unpunctuated = string.Concat(Enumerable.Repeat("the official said that according to Smith ", (1 << 20) / 42));
        _nestedQuotes = string.Concat(Enumerable.Repeat("\u201C'\u00AB\"", 1 << 18));
        _titledNames = string.Concat(Enumerable.Repeat("Mr. John Smith Jr. of Washington D.C. told Jane Doe (JD) ", (1 << 20) / 58));
        Console.WriteLine($"// synthetic news: {SyntheticNews.CountWords(_news):N0} words, {_news.Length:N0} chars");
    }

    [Benchmark(Description = "news 1M words")]
    public int News() => _extractor.Extract(_news).Count;

    [Benchmark(Description = "1 MB quote marks")]
    public int QuoteMarks() => _extractor.Extract(_quoteMarks).Count;

    [Benchmark(Description = "1 MB unpunctuated cues")]
    public int Unpunctuated() => _extractor.Extract(_unpunctuated).Count;

    [Benchmark(Description = "1 MB nested quote marks")]
    public int NestedQuotes() => _extractor.Extract(_nestedQuotes).Count;

    [Benchmark(Description = "1 MB titled names without sentence ends")]
    public int TitledNames() => _extractor.Extract(_titledNames).Count;
}
