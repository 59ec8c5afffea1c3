namespace ClaimTracker.Extraction;

/// <summary>
/// Reported clauses without "that" or without their subject: after verbs of belief ("Investigators believe the fire
/// started in the kitchen") and in relative clauses whose relative word is the clause's subject ("which it said would").
/// </summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// Whether a belief verb's bare complement can be a clause: the verb is no plural noun ("Health worries have
    /// dogged"), its object is not a fronted "what" ("what we expect from them is"), and the words after it do not
    /// open with a preposition ("expect from", "hope for") or a noun with its own clause ("the claim that"), nor after a
    /// comma.
    /// </summary>
    private bool BeliefClauseFollows(VerbHit hit, SourceMention subject, int first, int contentStart) =>
        // A belief verb that ends the text ("They believe") has no complement to read.
        contentStart < tokens.Count
        && !(hit.Form == VerbForm.ThirdPerson && WordLists.NounlikeBeliefLemmas.Contains(hit.Entry.Lemma) && !IsSingularBeforeClause(subject, contentStart))
        && !(subject.Full.First - 1 >= first && tokens[subject.Full.First - 1].IsWord && tokens[subject.Full.First - 1].Text(text) is "what" or "which" or "that")
        && !(tokens[contentStart].IsWord && (WordLists.InnerPrepositions.Contains(tokens[contentStart].Text(text)) || WordLists.LocativePrepositions.Contains(tokens[contentStart].Text(text))))
        && !NounComplementAhead(contentStart)
        // "..., officials believe, including a shortage of staff": after the comma closing a parenthetical cue, the
        // sentence goes on; a bare complement follows its verb directly.
        && !(contentStart > 0 && tokens[contentStart - 1].IsPunct(text, ','));

    /// <summary>
    /// "The union fears the strike will fail", "Ortiz hopes the talks resume": an -s form after a singular subject and
    /// before a clause's own subject (a determiner, a pronoun or a name) agrees with that subject as its verb, where
    /// "Health worries have dogged …" reads the -s form as a plural noun.
    /// </summary>
    private bool IsSingularBeforeClause(SourceMention subject, int contentStart)
    {
        if (subject.Head.IsEmpty || contentStart >= tokens.Count || !tokens[contentStart].IsWord || tokens[contentStart].InQuote)
        {
            return false;
        }

        var last = tokens[subject.Head.End - 1];
        var lastWord = last.Text(text);
        // "Voter worries the economy is slowing …": a bare singular common noun is a modifier, not a subject.
        var bareNoun = subject.Head.Length() == 1 && WordLists.IsSourceNoun(lastWord);
        var singular = last.IsWord && !bareNoun && (lastWord is "he" or "she" or "it" || (lastWord[^1] != 's' && !WordLists.Pronouns.Contains(lastWord)));
        var next = tokens[contentStart].Text(text);
        return singular && (WordLists.PhraseOpeningDeterminers.Contains(next) || WordLists.Pronouns.Contains(next) || tokens[contentStart].IsCapitalized);
    }

    /// <summary>
    /// "The fire, which investigators believe was started deliberately": a belief verb whose relative word is the
    /// subject of what is believed, so the verb is followed at once by the clause's auxiliary or modal.
    /// </summary>
    private bool IsBeliefGap(VerbHit hit, SourceMention subject, int first, int contentStart) =>
        WordLists.BeliefLemmas.Contains(hit.Entry.Lemma) && subject.Full.First - 1 > first && tokens[subject.Full.First - 1].IsWord
        && (tokens[subject.Full.First - 1].Text(text) is "which" or "that" or "who" || ContactAntecedentStart(subject.Full.First - 1, first) >= 0)
        && IsFiniteAuxiliaryWord(contentStart);

    private bool IsFiniteAuxiliaryWord(int k) =>
        tokens[k].IsWord && !tokens[k].InQuote && (WordLists.HaveForms.Contains(tokens[k].Text(text)) || WordLists.Modals.Contains(tokens[k].Text(text))
            || (WordLists.BeForms.Contains(tokens[k].Text(text)) && !IsWord(k, "be") && !IsWord(k, "been") && !IsWord(k, "being")));

    /// <summary>"doubted the governor's claim that taxes would fall": the clause completes a noun, not the verb.</summary>
    private bool NounComplementAhead(int start)
    {
        for (var k = start + 1; k < tokens.Count && k < start + 8 && tokens[k].Kind != TokenKind.Punct; k++)
        {
            if (IsWord(k, "that") || IsWord(k, "which") || IsWord(k, "who"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a van, which it said would go on sale next year,", "a plan that officials say will cut traffic": the relative
    /// word is the subject of the reported clause, so the clause opens with its verb. The content is that predicate, up
    /// to the comma closing a non-restrictive clause. Null without an explicit relative word ("Everything Harper says
    /// is a lie" is the main predicate).
    /// </summary>
    private Attribution? GapClause(int contentStart, int end, int head, SourceMention subject, VerbEntry entry, int first, int paragraph, int unit, int cueEnd = -1)
    {
        var relative = subject.Full.First - 1;
        if (relative > first && ContactAntecedentStart(relative, first) is var antecedent and >= 0)
        {
            // "a move critics say will hurt shops": no relative word; the antecedent's determiner stands where it would.
            relative = antecedent;
        }
        else if (relative <= first || !tokens[relative].IsWord || tokens[relative].Text(text) is not ("which" or "that" or "who"))
        {
            return null;
        }

        var contentEnd = ContentEnd(contentStart, end, objectOnly: false, coordinatedPredicate: true);
        var afterComma = relative > first && IsPunct(relative - 1, ',');
        if (!afterComma && NoFiniteVerbBetween(first, relative))
        {
            // "The dam that engineers said had cracked was repaired": the clause qualifies the sentence's subject, so the
            // main clause's verb after the reported predicate closes it.
            contentEnd = Math.Min(contentEnd, MainVerbAfter(contentStart, contentEnd));
        }
        else if (afterComma)
        {
            for (var k = contentStart + 1; k < contentEnd; k++)
            {
                if (IsPunct(k, ',') && !tokens[k].InQuote)
                {
                    contentEnd = k;
                    break;
                }
            }
        }

        if (CountWords(contentStart, contentEnd) < 2)
        {
            return null;
        }

        var gap = Build(CueMode.Front, contentStart, contentEnd, head, cueEnd < 0 ? contentStart : cueEnd, subject, entry, paragraph, unit);
        gap.InNounRelative = true;
        return gap;
    }

    /// <summary>
    /// The determiner opening "a move" or "a bold step" when <paramref name="noun"/> ends such a phrase right before a
    /// relative clause without its relative word, else -1.
    /// </summary>
    private int ContactAntecedentStart(int noun, int first)
    {
        if (!tokens[noun].IsWord || tokens[noun].IsCapitalized || tokens[noun].InQuote || WordLists.Determiners.Contains(tokens[noun].Text(text))
            || WordLists.InnerPrepositions.Contains(tokens[noun].Text(text)) || WordLists.Pronouns.Contains(tokens[noun].Text(text))
            || WordLists.BeForms.Contains(tokens[noun].Text(text)) || IsFiniteAuxiliaryWord(noun))
        {
            // "this time was the print called "…"": a verb ends no noun phrase.
            return -1;
        }

        for (var k = noun - 1; k >= first && k >= noun - 2; k--)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }

            if (tokens[k].Text(text) is "a" or "an" or "A" or "An" or "the" or "The" or "this" or "This")
            {
                return k;
            }
        }

        // "arrested on charges he called absurd", "with claims critics say are false": a bare plural as a preposition's
        // object opens the phrase itself.
        var w = tokens[noun].Text(text);
        return noun - 1 >= first && w.Length > 3 && w[^1] == 's' && w[^2] != 's' && tokens[noun - 1].IsWord && !tokens[noun - 1].IsCapitalized
            && WordLists.InnerPrepositions.Contains(tokens[noun - 1].Text(text)) && !IsWord(noun - 1, "of")
            ? noun
            : -1;
    }

    /// <summary>
    /// "a verdict his supporters called politically motivated", "a punishment his club called "excessive"": after a
    /// naming verb the predicate, or a quotation of it, follows at once, no object (a determiner, pronoun or name) comes
    /// between, so the antecedent before the source is the object. "the city they call home" names no predicate.
    /// </summary>
    private bool IsObjectGap(int k) =>
        (tokens[k].Is(TokenFlags.QuoteOpen) && !tokens[k].InQuote)
        || tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].InQuote && !WordLists.Determiners.Contains(tokens[k].Text(text))
        && !WordLists.Pronouns.Contains(tokens[k].Text(text)) && !WordLists.ObjectPronouns.Contains(tokens[k].Text(text))
        && !tokens[k].Is(TokenFlags.Numeric) && !IsWord(k, "for") && !IsWord(k, "on") && !IsWord(k, "off") && !IsWord(k, "in") && !IsWord(k, "home");

    /// <summary>Whether [from, to) is a noun phrase alone: no finite verb, so a relative clause after it sits in the subject.</summary>
    private bool NoFiniteVerbBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.Quote || IsFiniteVerb(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first finite verb after the verb group at <paramref name="start"/>, else <paramref name="end"/>.</summary>
    private int MainVerbAfter(int start, int end)
    {
        for (var k = VerbGroupEnd(start, end); k < end; k++)
        {
            if (tokens[k].InQuote)
            {
                return end;
            }

            if (!tokens[k].IsWord || tokens[k].IsCapitalized || (tokens[k - 1].IsWord && (WordLists.Determiners.Contains(tokens[k - 1].Text(text))
                || WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)) || IsWord(k - 1, "to"))))
            {
                continue;
            }

            // "had sunk turned up": after the reported predicate a past can only be the main clause's.
            var w = tokens[k].Text(text);
            if (IsFiniteVerb(k) || WordLists.IrregularPast.Contains(w) || (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>A form that is finite wherever it stands: a form of "be" or "have", a modal, or a simple past that is no participle.</summary>
    private bool IsFiniteVerb(int k)
    {
        if (!tokens[k].IsWord || tokens[k].IsCapitalized)
        {
            return false;
        }

        var w = tokens[k].Text(text);
        return (WordLists.BeForms.Contains(w) && !IsWord(k, "be") && !IsWord(k, "been") && !IsWord(k, "being")) || WordLists.HaveForms.Contains(w)
            || WordLists.Modals.Contains(w) || WordLists.PastOnly.Contains(w);
    }
}
