using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Epistemic hedges in a claim's content ("alleged", "reportedly", "accused of", "suspected").</summary>
internal static class HedgeFinder
{
    private static readonly WordSet Words = new(
        "alleged", "allegedly", "reportedly", "purportedly", "purported", "supposedly", "supposed", "apparently", "suspected",
        "claimed", "rumored", "rumoured", "unconfirmed", "unverified", "presumably", "ostensibly", "so-called", "seemingly",
        "putative", "unproven", "ostensible", "presumed", "rumoured");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<string> Find(string text, List<Token> tokens, IReadOnlyList<TextSpan> segments)
    {
        List<string>? hedges = null;
        foreach (var seg in segments)
        {
            var t = tokens.FirstAt(seg.Start, tokens.Count);
            for (; t < tokens.Count && tokens[t].Start < seg.End; t++)
            {
                if (!tokens[t].IsWord)
                {
                    continue;
                }

                var w = tokens[t].Text(text);
                string? hedge = null;
                if (Words.Contains(w))
                {
                    hedge = w.ToString().ToLowerInvariant();
                }
                else if ((w.Equals("accused", StringComparison.OrdinalIgnoreCase) || w.Equals("suspected", StringComparison.OrdinalIgnoreCase))
                    && t + 1 < tokens.Count && tokens[t + 1].IsWord && tokens[t + 1].Text(text).Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    hedge = string.Concat(w.ToString().ToLowerInvariant(), " of");
                }
                else if (w.Equals("believed", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count
                    && tokens[t + 1].Text(text).Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    hedge = "believed to";
                }

                if (hedge is not null)
                {
                    hedges ??= [];
                    if (!hedges.Contains(hedge))
                    {
                        hedges.Add(hedge);
                    }
                }
            }
        }

        return hedges is null ? [] : hedges;
    }
}
