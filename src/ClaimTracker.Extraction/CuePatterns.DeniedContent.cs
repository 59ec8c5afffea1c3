namespace ClaimTracker.Extraction;

/// <summary>
/// A denial hung on the content it denies: "Rebels said the army had bombed villages, which the army denied", "…, a
/// charge the ministry rejects". The sentential relative or the content label stands for the reported clause, so the
/// source of its clause denies that content.
/// </summary>
internal sealed partial class CuePatterns
{
    private static readonly WordSet DenyingLemmas = new("deny", "reject", "dismiss", "refute", "dispute", "contest", "contradict");

    /// <summary>
    /// The denial after the content of <paramref name="best"/>, closing its sentence (a clause going on after it may
    /// still belong to the first content); null when none. The content of <paramref name="best"/> is cut before the
    /// comma that opens the denial.
    /// </summary>
    private Attribution? DeniedContent(Attribution best, int end, int paragraph, int unit)
    {
        if (best.Mode != CueMode.Front || best.Segments.Count != 1 || best.Kind == ClaimKind.Direct)
        {
            return null;
        }

        return DenialAfter(FirstTokenAt(best.Segments[0].Start, end), best, end, paragraph, unit);
    }

    /// <summary>
    /// "He is charged with murder, which he denies.", "The firm was fined for the spill, a charge it disputes.": a
    /// sentence in the reporter's voice whose closing relative or labelled clause denies it. What is denied is the
    /// clause before the comma, the reporter's statement of the charge.
    /// </summary>
    private Attribution? DeniedReporterClause(int first, int end, int paragraph, int unit) => DenialAfter(first, best: null, end, paragraph, unit);

    private Attribution? DenialAfter(int contentFirst, Attribution? best, int end, int paragraph, int unit)
    {
        for (var k = contentFirst + 3; k + 3 < end; k++)
        {
            if (!IsPunct(k, ',') || tokens[k].InQuote)
            {
                continue;
            }

            var start = IsWord(k + 1, "which") ? k + 2
                : (IsWord(k + 1, "a") || IsWord(k + 1, "an")) && tokens[k + 2].IsWord && WordLists.ContentLabels.Contains(tokens[k + 2].Text(text)) ? k + 3
                : -1;
            if (start < 0 || start >= end || tokens[start].InQuote)
            {
                continue;
            }

            var denier = parser.ParseForward(start, end);
            for (var j = denier.Head.First + 1; j < denier.Head.End; j++)
            {
                if (!tokens[j].IsCapitalized && TryMatchCue(j, end, out var inside, out _) && DenyingLemmas.Contains(inside.Entry.Lemma))
                {
                    // "a charge the company rejects": read forward, the -s form looks like a plural noun closing the phrase.
                    denier = new SourceMention(new TokenRange(denier.Head.First, j), new TokenRange(denier.Full.First, j));
                    break;
                }
            }

            if (denier.Head.IsEmpty || !parser.IsPlausibleSource(denier.Head, allowPronoun: true))
            {
                return null;
            }

            var verb = denier.Full.End;
            while (verb < end && tokens[verb].IsWord && !tokens[verb].IsCapitalized
                && (WordLists.VerbModifiers.Contains(tokens[verb].Text(text)) || WordLists.TimeWords.Contains(tokens[verb].Text(text)) || IsAdverbLike(verb)))
            {
                // "which the ministry has strongly denied", "which the Home Office today rejects".
                verb++;
            }

            if (verb >= end || !TryMatchCue(verb, end, out var hit, out var cueEnd) || !DenyingLemmas.Contains(hit.Entry.Lemma)
                || TrimEnd(cueEnd, end) > cueEnd)
            {
                return null;
            }

            // The content may have ended before the comma already ("accused the army of shelling villages in the north").
            var denied = Trim(contentFirst, best is null ? k : Math.Min(k, FirstTokenAt(best.Segments[0].End, end)));
            if (denied.IsEmpty || CountWords(denied.First, denied.End) < 3)
            {
                return null;
            }

            if (best is not null)
            {
                best.Segments[0] = ToSpan(denied);
                best.Kind = Classify(denied);
            }

            return Build(CueMode.Final, denied.First, denied.End, verb, cueEnd, denier, hit.Entry, paragraph, unit);
        }

        return null;
    }
}
