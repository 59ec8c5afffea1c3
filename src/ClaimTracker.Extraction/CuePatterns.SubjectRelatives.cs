namespace ClaimTracker.Extraction;

/// <summary>
/// Reports inside a restrictive relative clause on the sentence's subject: "Two men who denied the charges were
/// convicted", "A woman who said she saw the crash has been questioned". The clause picks out its antecedent by what
/// it said, and the main clause's verb follows the report with no comma, so the report ends where that verb begins.
/// </summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// Whether the cue's relative word at <paramref name="relative"/> is a "who" with no comma before it whose
    /// antecedent opens the sentence: the clause sits inside the sentence's subject.
    /// </summary>
    private bool IsSubjectRelative(int relative, SourceMention subject, int first) =>
        relative > first && IsWord(relative, "who") && !IsPunct(relative - 1, ',') && !subject.Head.IsEmpty
        && subject.Head.First >= first && subject.Head.End <= relative && NoFiniteVerbBetween(first, relative);

    /// <summary>
    /// The main clause's verb inside the span after a subject's relative clause, else <paramref name="end"/>. The
    /// sentence needs a finite verb after the clause, so when the report holds only one, that one is the main verb
    /// ("denied the charges were convicted": "the charges" was denied). With two or more, a report that is a clause
    /// ("that ...", a pronoun or a noun and its own verb) keeps its first verb, and a gerund or noun object keeps none
    /// ("admitted causing the crash was jailed").
    /// </summary>
    private int SubjectRelativeMainVerb(int start, int end)
    {
        int firstVerb = -1, secondVerb = -1, thirdVerb = -1;
        // After an auxiliary, adverbs, more auxiliaries and one participle finish the verb group ("has not yet been
        // questioned"); a past after a lexical verb is a new one ("had doubled won").
        var auxiliaryBefore = false;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.Quote || IsPunct(k, ',') || IsPunct(k, ';'))
            {
                // A quotation or a comma makes the span more than a plain clause; its verbs are not counted.
                return end;
            }

            if (!tokens[k].IsWord)
            {
                continue;
            }

            var w = tokens[k].Text(text);
            if (firstVerb >= 0 && WordLists.Subordinators.Contains(w))
            {
                // "... was jailed after a jury said ...": the main verb comes before an adverbial clause, whose verbs are
                // its own.
                break;
            }

            if (auxiliaryBefore)
            {
                if (IsAdverbLike(k) || WordLists.BeForms.Contains(w) || WordLists.HaveForms.Contains(w))
                {
                    continue;
                }

                auxiliaryBefore = false;
                if (WordLists.LooksPast(w) || WordLists.IrregularParticiples.Contains(w) || (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal)))
                {
                    continue;
                }
            }

            if (k == start || !LooksFinite(k, w, end))
            {
                continue;
            }

            auxiliaryBefore = WordLists.BeForms.Contains(w) || WordLists.HaveForms.Contains(w) || WordLists.Modals.Contains(w) || WordLists.DoForms.Contains(w);
            if (IsWord(k - 1, "and") || IsWord(k - 1, "or") || IsWord(k - 1, "but") || IsWord(k - 1, "who") || IsWord(k - 1, "which")
                || IsWord(k - 1, "that") || IsWord(k - 1, "to"))
            {
                // A coordinated or embedded predicate ("a trial that lasted weeks") belongs to what went before.
                continue;
            }

            if (firstVerb < 0)
            {
                firstVerb = k;
            }
            else if (secondVerb < 0)
            {
                secondVerb = k;
            }
            else
            {
                thirdVerb = k;
                break;
            }
        }

        // A report that is a clause of its own ("that the tolls had doubled", "she heard shouting") keeps its first verb.
        var clause = IsWord(start - 1, "that") || WordLists.Pronouns.Contains(tokens[start].Text(text));
        // "who said the lifts were broken say nothing has been repaired": a reporting verb second is the main clause's.
        var reportingSecond = secondVerb >= 0 && TryMatchCue(secondVerb, end, out var second, out _) && second.Form is not VerbForm.Gerund;
        if (firstVerb < 0 || (thirdVerb >= 0 && !reportingSecond) || (clause && secondVerb < 0))
        {
            // Three verbs nest a clause inside the report ("told police her husband said he would hurt her"), which word
            // lists cannot untangle: the report is left whole.
            return end;
        }

        if (secondVerb < 0)
        {
            return firstVerb;
        }

        var opener = tokens[start].Text(text);
        var gerund = opener.Length > 4 && opener.EndsWith("ing", StringComparison.Ordinal);
        // "A man who admitted the attack told the court he was sorry": after a noun object, a reporting verb with a
        // report of its own is the main clause's; after a pronoun ("who said he told police") it is the report's.
        var objectThenCue = !WordLists.Pronouns.Contains(opener) && TryMatchCue(firstVerb, end, out var hit, out _)
            && hit.Form is VerbForm.Past or VerbForm.ThirdPerson;
        return !clause && (gerund || objectThenCue) ? firstVerb : secondVerb;
    }

    /// <summary>
    /// A finite verb at <paramref name="k"/>: a form of "be" or "have" or a modal anywhere ("hurt her was"); a past, a
    /// base form the treebanks read as a verb, or a reporting verb ("say"), but not right after a determiner, a
    /// preposition or a possessive, where such a word is a noun or a modifier.
    /// </summary>
    private bool LooksFinite(int k, ReadOnlySpan<char> w, int end)
    {
        if (IsFiniteVerb(k))
        {
            return true;
        }

        if (tokens[k].IsCapitalized || (tokens[k - 1].IsWord && (WordLists.Determiners.Contains(tokens[k - 1].Text(text))
            || WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)))) || tokens[k - 1].Kind == TokenKind.Possessive)
        {
            return false;
        }

        return WordLists.LooksPast(w) || (w[^1] != 's' && PresentVerbs.Of(w) == PresentVerbClass.Verb)
            || (TryMatchCue(k, end, out var hit, out _) && hit.Form is VerbForm.Base or VerbForm.ThirdPerson or VerbForm.Past);
    }

    /// <summary>
    /// "A man who admitted the attack told the court he was sorry", "Parents who complained about the closure say
    /// nothing has changed": when the report in the subject's relative clause ended at the main verb and that verb
    /// reports too, the antecedent is its source as well. Null otherwise.
    /// </summary>
    private Attribution? MainCueAfterSubjectRelative(Attribution report, int first, int end, int paragraph, int unit)
    {
        if (report.Mode != CueMode.Front || report.Segments.Count != 1 || report.CueSpan is not { } cue)
        {
            return null;
        }

        var cueFirst = FirstTokenAt(cue.Start, end);
        var relative = BeforeVerbModifiers(PreviousWord(cueFirst, first), first);

        var verb = FirstTokenAt(report.Segments[0].End, end);
        if (relative < 0 || !IsSubjectRelative(relative, report.Source, first) || verb >= end
            || !TryMatchCue(verb, end, out var hit, out var cueEnd) || hit.Form is not (VerbForm.Past or VerbForm.ThirdPerson or VerbForm.Base)
            || (hit.Entry.Frames & VerbFrames.Weak) != 0)
        {
            return null;
        }

        var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
        if ((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement)
        {
            return null;
        }

        var clausal = (hit.Entry.Frames & VerbFrames.Clausal) != 0;
        var contentEnd = ContentEnd(contentStart, end, objectOnly: !clausal && !hasComplement, coordinatedPredicate: !hasComplement);
        return CountWords(contentStart, contentEnd) < (clausal ? 2 : 1) ? null
            : Build(CueMode.Front, contentStart, contentEnd, verb, cueEnd, report.Source, hit.Entry, paragraph, unit);
    }

    /// <summary>
    /// The word before the adverbs and auxiliaries that end at <paramref name="k"/>: "who first reported the flaw",
    /// "which had already warned" give "who" and "which". <paramref name="k"/> itself when it is none of them.
    /// </summary>
    private int BeforeVerbModifiers(int k, int first)
    {
        while (k > first && !tokens[k].IsCapitalized && WordLists.VerbModifiers.Contains(tokens[k].Text(text)))
        {
            k = PreviousWord(k, first);
        }

        return k;
    }
}
