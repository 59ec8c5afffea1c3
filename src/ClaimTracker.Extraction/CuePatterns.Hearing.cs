namespace ClaimTracker.Extraction;

/// <summary>Court reporting: evidence put before a hearing ("The court heard that ...", "The jury was told ...").</summary>
internal sealed partial class CuePatterns
{
    /// <summary>Whether <paramref name="source"/> is a hearing noun that "heard" or "was told" something before the cue at <paramref name="cue"/>.</summary>
    private bool HearsEvidence(TokenRange source, int cue, int end)
    {
        var last = source.End - 1;
        if (last < 0 || !tokens[last].IsWord || !WordLists.HearingNouns.Contains(tokens[last].Text(text)) || source.End >= end)
        {
            return false;
        }

        var verb = source.End;
        var heard = IsWord(verb, "heard") || (verb + 1 < end && (IsWord(verb, "was") || IsWord(verb, "were")) && IsWord(verb + 1, "told"));
        return heard && cue > verb + 1;
    }

    /// <summary>
    /// "The court heard that the driver had been drinking", "The inquest heard how the boy collapsed", "Jurors were told the
    /// money was never found": the content is the evidence given at the hearing. The witness or counsel who gave it is left
    /// unnamed, so the hearing itself, the mention written nearest the cue, stands as the source.
    /// </summary>
    private Attribution? HearingReport(int first, int end, int paragraph, int unit)
    {
        var start = first;
        if (IsWord(start, "the"))
        {
            start++;
        }

        // The hearing noun ends a short phrase of names and modifiers: "Southwark Crown Court", "the coroner's court".
        var noun = -1;
        for (var k = start; k < end && k < start + 5; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                if (tokens[k].Kind == TokenKind.Possessive)
                {
                    continue;
                }

                // "Hollis, 62, was paid in cash, the court heard": no hearing opens the sentence, one may close it.
                return ClosingHearingReport(first, end, paragraph, unit);
            }

            if (WordLists.HearingNouns.Contains(tokens[k].Text(text)))
            {
                noun = k;
                break;
            }
        }

        if (noun < 0 || noun + 2 >= end)
        {
            return ClosingHearingReport(first, end, paragraph, unit);
        }

        int cueEnd;
        if (IsWord(noun + 1, "heard"))
        {
            cueEnd = noun + 2;
        }
        else if ((IsWord(noun + 1, "was") || IsWord(noun + 1, "were")) && IsWord(noun + 2, "told"))
        {
            cueEnd = noun + 3;
        }
        else
        {
            return ClosingHearingReport(first, end, paragraph, unit);
        }

        var contentStart = cueEnd;
        if (contentStart < end && (IsWord(contentStart, "that") || IsWord(contentStart, "how")))
        {
            contentStart += IsWord(contentStart, "that") ? 1 : 0;
        }
        else if (!EvidenceClauseFollows(contentStart, end))
        {
            // "The court heard evidence from three witnesses", "The jury was told to disregard it": no reported clause.
            return null;
        }

        if (CountWords(contentStart, end) < 3)
        {
            return null;
        }

        var source = new SourceMention(new TokenRange(first, noun + 1), new TokenRange(first, noun + 1));
        return Build(CueMode.Front, contentStart, end, noun + 1, cueEnd, source, null, paragraph, unit);
    }

    /// <summary>
    /// "The driver had been drinking, the court heard on Monday.": the hearing closes the evidence as "X said" closes a
    /// report. Only a hearing noun, "heard" or "was told" and a time or place tail may follow the comma.
    /// </summary>
    private Attribution? ClosingHearingReport(int first, int end, int paragraph, int unit)
    {
        var last = end - 1;
        while (last > first && tokens[last].Kind == TokenKind.Punct && !IsPunct(last, ','))
        {
            last--;
        }

        for (var comma = last - 1; comma > first && comma >= last - 40; comma--)
        {
            if (!IsPunct(comma, ','))
            {
                continue;
            }

            var k = comma + 1;
            if (IsWord(k, "the") || IsWord(k, "a") || IsWord(k, "an"))
            {
                k++;
            }

            var noun = -1;
            for (var m = k; m <= last && m < k + 4 && (tokens[m].IsWord || tokens[m].Kind == TokenKind.Possessive) && !tokens[m].InQuote; m++)
            {
                if (WordLists.HearingNouns.Contains(tokens[m].Text(text)))
                {
                    noun = m;
                    break;
                }
            }

            var cueEnd = noun < 0 || noun + 1 >= end ? -1
                : IsWord(noun + 1, "heard") ? noun + 2
                : noun + 2 < end && (IsWord(noun + 1, "was") || IsWord(noun + 1, "were")) && IsWord(noun + 2, "told") ? noun + 3
                : -1;
            if (cueEnd < 0 || CountWords(first, comma) < 4)
            {
                // Commas among the last dozen tokens may belong to a tail after the hearing; further back, the first
                // comma met must be the one that opens the hearing.
                if (comma < last - 12)
                {
                    return null;
                }

                continue;
            }

            if (cueEnd <= last && !HearingTailFits(cueEnd, last))
            {
                return null;
            }

            var source = new SourceMention(new TokenRange(comma + 1, noun + 1), new TokenRange(comma + 1, noun + 1));
            return Build(CueMode.Final, first, comma, noun + 1, cueEnd, source, null, paragraph, unit);
        }

        return null;
    }

    /// <summary>
    /// What may follow a closing hearing: a short time or place tail ("on Tuesday"), then at most a comma and a clause
    /// of the reporter's that a subordinator opens ("..., a court heard on Tuesday, as three men went on trial").
    /// </summary>
    private bool HearingTailFits(int cueEnd, int last)
    {
        var k = cueEnd;
        if (tokens[k].IsWord)
        {
            if (!WordLists.TailOpeners.Contains(tokens[k].Text(text)))
            {
                return false;
            }

            while (k <= last && k < cueEnd + 8 && !IsPunct(k, ','))
            {
                k++;
            }
        }

        if (k > last)
        {
            return true;
        }

        return IsPunct(k, ',') && k + 1 <= last && OpensSubordinateClause(k + 1);
    }

    /// <summary>A clause with its own subject and finite verb after "heard" / "was told", without "that".</summary>
    private bool EvidenceClauseFollows(int start, int end)
    {
        if (start >= end || !tokens[start].IsWord)
        {
            return false;
        }

        var word = tokens[start].Text(text);
        var opensSubject = WordLists.Pronouns.Contains(word) && !WordLists.ObjectPronouns.Contains(word)
            || (WordLists.SubjectDeterminers.Contains(word) && start + 1 < end && tokens[start + 1].IsWord
                && !WordLists.EvidenceNouns.Contains(tokens[start + 1].Text(text)))
            || (tokens[start].IsCapitalized && !WordLists.EvidenceNouns.Contains(word));
        if (!opensSubject)
        {
            return false;
        }

        for (var k = start + 1; k < end && k < start + 8; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            var next = tokens[k].Text(text);
            if (WordLists.BeForms.Contains(next) || WordLists.HaveForms.Contains(next) || WordLists.Modals.Contains(next))
            {
                return true;
            }

            if (!tokens[k].IsCapitalized && next.EndsWith("ed", StringComparison.Ordinal) && !WordLists.Determiners.Contains(tokens[k - 1].Text(text)))
            {
                return true;
            }
        }

        return false;
    }
}
