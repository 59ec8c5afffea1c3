namespace ClaimTracker.Extraction;

/// <summary>Sources joined by "and" when each conjunct carries its own apposition.</summary>
internal sealed partial class SourceParser
{
    /// <summary>
    /// "The minister for trade, Ola Brun, and the minister for energy, Eva Lind, said": the second titled person
    /// starts at <paramref name="second"/>; when ", and" follows a first pair of a role and a name set off by commas
    /// at the clause's opening, both speak, and the first pair's start is returned. -1 otherwise.
    /// </summary>
    private int CoordinatedAppositionPairStart(int second, int limit)
    {
        var and = second - 1;
        if (and - 2 < limit || !IsWord(and, "and") || !IsPunct(and - 1, ',') || tokens[and - 1].InQuote)
        {
            return -1;
        }

        var latter = ParseNounPhraseBackward(and - 2, limit);
        if (latter.IsEmpty || latter.End != and - 1 || latter.First - 2 < limit || !IsPunct(latter.First - 1, ',')
            || !IsPlausibleSource(latter, allowPronoun: false))
        {
            return -1;
        }

        var former = ParseNounPhraseBackward(latter.First - 2, limit);
        if (former.IsEmpty || former.End != latter.First - 1 || !IsPlausibleSource(former, allowPronoun: false))
        {
            return -1;
        }

        // One of the two parts must be a name, so "Officials, residents, and the mayor, Ana Roe, said" stays a list
        // of its own kind rather than a titled pair.
        if (!tokens[former.First].IsCapitalized && !tokens[latter.First].IsCapitalized)
        {
            return -1;
        }

        var start = CoordinatedComplementStart(former, limit) is var listStart and >= 0 ? listStart : former.First;
        return OpensClause(start, limit) ? start : -1;
    }

    /// <summary>
    /// "After talks with the Ministry of Health, Ilvia and Doran said": a list member preceded by a preposition
    /// that opens the sentence is the object of a fronted adverbial, not a source.
    /// </summary>
    private bool FollowsIntroductoryPreposition(int first, int limit) =>
        first - 1 >= limit && tokens[first - 1].IsWord && !tokens[first - 1].InQuote
        && WordLists.IntroductoryWords.Contains(tokens[first - 1].Text(text)) && OpensClause(first - 1, limit);
}
