using System.Globalization;
using System.Text;

namespace ClaimTracker.Core.Search;

/// <summary>
/// Near-duplicate measure for claims: Jaccard overlap of word shingles over normalized tokens (lower-cased,
/// accents folded, stop words dropped, light suffix stripping), blended with token-set overlap so a
/// reordered or lightly edited sentence still scores high. Threshold chosen on the labelled pairs in
/// ClaimSimilarityTests (see RepeatThreshold there for measured precision and recall).
/// </summary>
public static class ClaimSimilarity
{
    /// <summary>At or above this score two claims say the same thing.</summary>
    public const double RepeatThreshold = 0.5;

    /// <summary>Claims shorter than this (in content tokens) are too generic to call repeats.</summary>
    public const int MinimumTokens = 5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "that", "this",
        "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
        "could", "should", "may", "might", "can", "not", "no", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "your", "him", "them", "us", "me", "there", "here", "which", "who", "whom", "what", "when", "where",
        "than", "then", "so", "if", "into", "about", "over", "after", "before", "also", "said", "says", "say", "s",
    };

    public static IReadOnlyList<string> Tokens(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                var token = Stem(word.ToString());
                if (!StopWords.Contains(token))
                {
                    tokens.Add(token);
                }

                word.Clear();
            }
        }

        return tokens;
    }

    public static double Score(string a, string b) => Score(Tokens(a), Tokens(b));

    public static double Score(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count < MinimumTokens || b.Count < MinimumTokens)
        {
            return 0;
        }

        var shingles = Jaccard(Shingles(a), Shingles(b));
        var words = Jaccard(a.ToHashSet(StringComparer.Ordinal), b.ToHashSet(StringComparer.Ordinal));
        return (0.5 * shingles) + (0.5 * words);
    }

    private static HashSet<string> Shingles(IReadOnlyList<string> tokens)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            set.Add(tokens[i] + ' ' + tokens[i + 1]);
        }

        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>Plural and tense endings only: enough for "allegation/allegations", "plan/planned/planning".</summary>
    private static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("ses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
