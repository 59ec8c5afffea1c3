namespace ClaimTracker.Extraction;

/// <summary>
/// Verbs that ascribe their object to a cause: "blamed the delays on the contractor", "attributed the rise in cases to
/// a new variant". The object alone is not the claim; the claim is that the cause named after the verb's own
/// preposition brought the object about.
/// </summary>
internal sealed partial class CuePatterns
{
    private const int MaxObjectBeforeCause = 12;

    /// <summary>The preposition that introduces the cause for an ascribing verb, else null.</summary>
    private static string? CausePreposition(string lemma) => lemma switch
    {
        "blame" => "on",
        "attribute" => "to",
        _ => null,
    };

    /// <summary>
    /// "a statement attributed to the group", "the outbreak was blamed on": a participle whose preposition follows it
    /// at once describes the noun before it; the source is not its subject.
    /// </summary>
    private bool IsAscriptionParticiple(VerbHit hit, int cueEnd, int end) =>
        hit.Form == VerbForm.Past && cueEnd < end && CausePreposition(hit.Entry.Lemma) is { } preposition && IsWord(cueEnd, preposition)
        && !NamesATime(cueEnd + 1, end);

    private bool NamesATime(int k, int end) =>
        k < end && tokens[k].IsWord && (WordLists.TimeWords.Contains(tokens[k].Text(text)) || IsWeekdayToken(k));

    /// <summary>
    /// Where the content of an ascribing verb ends: after the cause phrase ("on the contractor") when the verb's own
    /// preposition follows its object, else <paramref name="objectEnd"/>. "on Monday" dates the act, it names no cause.
    /// </summary>
    private int AscribedCauseEnd(string lemma, int contentStart, int objectEnd, int end)
    {
        if (CausePreposition(lemma) is not { } preposition)
        {
            return objectEnd;
        }

        for (var k = contentStart + 1; k + 1 < end && k < contentStart + MaxObjectBeforeCause; k++)
        {
            var tok = tokens[k];
            if (tok.InQuote || tok.Kind == TokenKind.Quote || (tok.Kind == TokenKind.Punct && !IsAbbreviationLike(k)))
            {
                return objectEnd;
            }

            if (!IsWord(k, preposition))
            {
                continue;
            }

            if (NamesATime(k + 1, end))
            {
                continue;
            }

            var causeEnd = ContentEnd(k, end, objectOnly: true, coordinatedPredicate: true);
            if (causeEnd <= k + 1)
            {
                return objectEnd;
            }

            // "blamed the fall on misinformation and on the cost of travel": causes joined by "and" and the
            // preposition again are one ascription.
            var and = AndAround(causeEnd, end);
            while (and > k && and + 2 < end && IsWord(and + 1, preposition) && !NamesATime(and + 2, end))
            {
                var next = ContentEnd(and + 1, end, objectOnly: true, coordinatedPredicate: true);
                if (next <= and + 2)
                {
                    break;
                }

                causeEnd = next;
                and = AndAround(causeEnd, end);
            }

            return causeEnd;
        }

        return objectEnd;
    }

    /// <summary>The "and" that closes a phrase ending at <paramref name="k"/> or follows it, else -1.</summary>
    private int AndAround(int k, int end) => IsWord(k - 1, "and") ? k - 1 : k < end && IsWord(k, "and") ? k : -1;

    /// <summary>
    /// "The company put the losses down to higher fuel costs": the phrasal "put X down to Y" ascribes as "blame" does,
    /// with its particle after the object, so the lexicon's particles cannot match it. The content is the object and
    /// the cause.
    /// </summary>
    private Attribution? CausePutDownTo(int first, int end, int paragraph, int unit)
    {
        for (var v = first + 1; v + 4 < end && v < first + 30; v++)
        {
            if (!tokens[v].IsWord || tokens[v].InQuote || tokens[v].IsCapitalized || !(tokens[v].Text(text) is "put" or "puts"))
            {
                continue;
            }

            var down = -1;
            for (var k = v + 2; k + 2 < end && k <= v + MaxObjectBeforeCause && tokens[k].IsWord && !tokens[k].InQuote; k++)
            {
                if (IsWord(k, "down") && IsWord(k + 1, "to"))
                {
                    down = k;
                    break;
                }
            }

            if (down < 0 || !tokens[down + 2].IsWord || NamesATime(down + 2, end) || IsPurposeInfinitive(down + 2, end))
            {
                continue;
            }

            var subject = parser.ParseSubject(v, first);
            if (subject.Head.IsEmpty || !parser.IsPlausibleSource(subject.Head, allowPronoun: true))
            {
                return null;
            }

            var contentEnd = ContentEnd(down + 1, end, objectOnly: true, coordinatedPredicate: true);
            return Build(CueMode.Front, v + 1, contentEnd, v, v + 1, subject, entry: null, paragraph, unit);
        }

        return null;
    }

    /// <summary>
    /// "put the box down to rest her arms": after "to" a word that takes a determiner or pronoun as its object is a verb
    /// of purpose; a cause is a noun phrase ("to the weather", "to higher fuel costs", "to fatigue").
    /// </summary>
    private bool IsPurposeInfinitive(int k, int end)
    {
        var w = tokens[k].Text(text);
        if (tokens[k].IsCapitalized || WordLists.Determiners.Contains(w) || tokens[k].Is(TokenFlags.Numeric))
        {
            return false;
        }

        return k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].InQuote
            && (WordLists.Determiners.Contains(tokens[k + 1].Text(text)) || IsObjectPronoun(k + 1) || WordLists.Pronouns.Contains(tokens[k + 1].Text(text)));
    }
}
