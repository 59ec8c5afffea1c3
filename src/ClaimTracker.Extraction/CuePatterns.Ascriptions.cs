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
            return causeEnd > k + 1 ? causeEnd : objectEnd;
        }

        return objectEnd;
    }
}
