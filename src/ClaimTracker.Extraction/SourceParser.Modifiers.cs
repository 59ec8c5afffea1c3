namespace ClaimTracker.Extraction;

/// <summary>Post-modifiers of a source noun that are clauses: "that"-relatives and participles with an object.</summary>
internal sealed partial class SourceParser
{
    /// <summary>
    /// "The agency that oversees the dam said", "A study that followed 2,000 children found": when the phrase before
    /// the cue is the object of a "that"-relative whose antecedent is a source noun, that antecedent speaks. A
    /// complement clause ("The panel concluded that mounting costs ...") has no source noun before "that" and no
    /// finite verb after it. Returns the antecedent, or an empty range.
    /// </summary>
    private TokenRange ThatRelativeAntecedent(TokenRange phrase, int limit)
    {
        var that = phrase.First - 1;
        while (that >= limit && that >= phrase.First - 4 && tokens[that].IsWord && !tokens[that].IsCapitalized && !tokens[that].InQuote
            && !WordLists.ClauseOpeners.Contains(tokens[that].Text(text)))
        {
            that--;
        }

        if (that - 1 < limit || that + 1 >= phrase.End || !IsWord(that, "that") || !IsFiniteVerbForm(that + 1)
            || !tokens[that - 1].IsWord || tokens[that - 1].InQuote || !WordLists.IsSourceNoun(tokens[that - 1].Text(text)))
        {
            return TokenRange.Empty;
        }

        var antecedent = ParseNounPhraseBackward(that - 1, limit);
        return !antecedent.IsEmpty && antecedent.End == that && IsPlausibleSource(antecedent, allowPronoun: false) ? antecedent : TokenRange.Empty;
    }

    /// <summary>"oversees", "runs", "followed", "ran": a verb that can head a relative clause; not "-ing" or a listed noun.</summary>
    private bool IsFiniteVerbForm(int k)
    {
        var t = tokens[k];
        if (!t.IsWord || t.IsCapitalized || t.InQuote)
        {
            return false;
        }

        var w = t.Text(text);
        return !WordLists.SourceNouns.Contains(w) && !WordLists.NounPhraseStops.Contains(w) && !WordLists.Determiners.Contains(w)
            && (WordLists.IrregularPast.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
                || (w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i'));
    }

    /// <summary>
    /// "The lawyer representing the family, Mia Storr, said": a role whose noun carries a participle and its object.
    /// The start of the noun phrase before the participle when <paramref name="role"/> is that object, else -1.
    /// </summary>
    private int ParticipleModifiedRoleStart(TokenRange role, int limit)
    {
        var participle = role.First - 1;
        if (participle - 1 < limit || !tokens[participle].IsWord || tokens[participle].IsCapitalized || tokens[participle].InQuote)
        {
            return -1;
        }

        var w = tokens[participle].Text(text);
        if (w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal) || WordLists.SourceNouns.Contains(w)
            || !tokens[participle - 1].IsWord || !WordLists.IsSourceNoun(tokens[participle - 1].Text(text)))
        {
            return -1;
        }

        var noun = ParseNounPhraseBackward(participle - 1, limit);
        return !noun.IsEmpty && noun.End == participle && OpensClause(noun.First, limit) ? noun.First : -1;
    }
}
