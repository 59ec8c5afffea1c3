using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ClaimTracker.Core.Matching;

/// <summary>
/// The lexical signal: Okapi BM25 over English-analysed words (lower-cased, stop words dropped, Porter stems) in an
/// in-memory Lucene index of a fixed set of texts. A rare name or number shared with a claim counts for much here,
/// where the embedding model only sees it as one more token. Searches may run from many threads.
/// </summary>
public sealed class Bm25Index : IDisposable
{
    private const string TextField = "t";
    private const string PositionField = "p";
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer analyzer = new EnglishAnalyzer(Version);
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly int[] positions;

    /// <param name="texts">The texts to search; a hit names its position in this list.</param>
    /// <param name="k1">Term-frequency saturation (Lucene's default 1.2).</param>
    /// <param name="b">Length normalisation (Lucene's default 0.75).</param>
    public Bm25Index(IReadOnlyList<string> texts, float k1 = 1.2f, float b = 0.75f)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var similarity = new BM25Similarity(k1, b);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = similarity }))
        {
            for (var i = 0; i < texts.Count; i++)
            {
                writer.AddDocument(
                [
                    new StoredField(PositionField, i),
                    new TextField(TextField, MatchingText.Prepare(texts[i]), Field.Store.NO),
                ]);
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = similarity };
        positions = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            positions[doc] = reader.Document(doc).GetField(PositionField).GetInt32Value() ?? -1;
        }
    }

    public int Count => positions.Length;

    /// <summary>Up to <paramref name="count"/> (position, BM25 score) pairs, best first; any shared word is enough to be a hit.</summary>
    public IReadOnlyList<(int Position, float Score)> Search(string query, int count)
    {
        var terms = Terms(MatchingText.Prepare(query));
        if (terms.Count == 0 || count <= 0)
        {
            return [];
        }

        var boolean = new BooleanQuery();
        foreach (var term in terms.Take(BooleanQuery.MaxClauseCount))
        {
            boolean.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        var top = searcher.Search(boolean, count);
        return [.. top.ScoreDocs.Select(hit => (positions[hit.Doc], hit.Score))];
    }

    private HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
