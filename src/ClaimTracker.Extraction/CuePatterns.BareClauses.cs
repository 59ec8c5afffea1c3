namespace ClaimTracker.Extraction;

/// <summary>
/// Complements without "that" of verbs that need one: a bare finite clause after a record, an inquirer or a verb of
/// belief ("The results show the party kept its majority"), an object with its infinitive ("expect the bridge to
/// reopen"), a verdict ("found him guilty").
/// </summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// Whether a verb that needs a complement reports the words at <paramref name="contentStart"/> without "that".
    /// "Investigators believe the fire started in the kitchen": verbs of belief drop "that" as freely as "say" does;
    /// "the jury found him guilty", "ruled the ban unlawful": a verdict is the object with its predicate.
    /// </summary>
    private bool ReportsWithoutThat(VerbHit hit, SourceMention subject, int first, int contentStart, int end)
    {
        var lemma = hit.Entry.Lemma;
        var reporter = IsEvidenceHead(subject.Head) || (IsInquirerHead(subject.Head) && lemma is "find" or "discover" or "conclude" or "determine")
            || (WordLists.BeliefLemmas.Contains(lemma) && BeliefClauseFollows(hit, subject, first, contentStart));
        return (reporter && (BareClauseAt(contentStart, end) || InfinitiveClauseAt(lemma, contentStart, end)))
            || (TakesOnlyInfinitiveClause(lemma) && BeliefClauseFollows(hit, subject, first, contentStart) && InfinitiveClauseAt(lemma, contentStart, end))
            || HasVerdictPredicate(contentStart, end) || IsQuotedJudgment(lemma, contentStart, end);
    }

    /// <summary>
    /// 'A reviewer found it "earnest but slow".': "find" with a pronoun object and a quoted predicate that closes the
    /// clause passes a judgment, as a verdict adjective does. 'found it "abandoned" near the river' reports a state.
    /// </summary>
    private bool IsQuotedJudgment(string lemma, int start, int end)
    {
        if (lemma != "find" || start + 2 >= end || !tokens[start].IsWord || tokens[start].InQuote
            || tokens[start].Text(text) is not ("it" or "them" or "him" or "her") || !tokens[start + 1].Is(TokenFlags.QuoteOpen))
        {
            return false;
        }

        var close = start + 2;
        while (close < end && !tokens[close].Is(TokenFlags.QuoteClose))
        {
            close++;
        }

        var after = close + 1;
        while (after < end && tokens[after].Kind == TokenKind.Punct && !IsPunct(after, ','))
        {
            after++;
        }

        return close < end && (after >= end || IsPunct(after, ','));
    }

    /// <summary>
    /// Whether a bare finite clause starts at <paramref name="start"/>: a finite verb (a past, a form of "be" or
    /// "have", a modal) after at least one word of its subject, before any punctuation. "show the party kept its
    /// majority" has one; "show a sharp rise in prices" and "show the elected council" do not. A relative clause inside
    /// the object keeps its own verb: "found a car that had been abandoned" has no clause, "found those who ate fish
    /// lived longer" has one.
    /// </summary>
    private bool BareClauseAt(int start, int end)
    {
        var inRelative = false;
        var relativeVerbEnd = -1;
        for (var k = start + 1; k < end && k < start + 14; k++)
        {
            var tok = tokens[k];
            if (tok.Kind is TokenKind.Punct or TokenKind.Quote && !IsAbbreviationLike(k))
            {
                return false;
            }

            if (!tok.IsWord || tok.IsCapitalized || tok.InQuote)
            {
                continue;
            }

            var w = tok.Text(text);
            if (w is "that" or "which" or "who" or "whom" or "whose")
            {
                inRelative = true;
                continue;
            }

            if (w is "as" or "because" or "while" or "when" or "if" or "although" or "though" or "until" or "unless" or "whereas")
            {
                // "suggests a close contest as the governor gains ground": a verb in an adverbial clause after the object
                // makes no clause of the object.
                return false;
            }

            // "the elected council", "the newly elected council": a participle inside a noun phrase.
            var modifier = k - 1;
            if (modifier - 1 >= start && tokens[modifier].IsWord && IsAdverbLike(modifier))
            {
                modifier--;
            }

            var afterDeterminer = tokens[modifier].IsWord && WordLists.Determiners.Contains(tokens[modifier].Text(text));
            if (!(WordLists.BeForms.Contains(w) || WordLists.HaveForms.Contains(w) || WordLists.Modals.Contains(w)
                || (!afterDeterminer && (WordLists.IrregularPast.Contains(w) || SameFormPastWithObject(k, end)
                    || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || IsPresentAfterSubject(k, end, afterVerb: k == relativeVerbEnd)))))
            {
                continue;
            }

            if (inRelative)
            {
                // The relative clause's verb group; after "that witnesses said" the reported verb is the clause's too.
                inRelative = lexicon.TryGet(w, out _);
                k = VerbGroupEnd(k, end) - 1;
                relativeVerbEnd = k + 1;
                continue;
            }

            return !IsWord(k, "been") && !IsWord(k, "being");
        }

        return false;
    }

    /// <summary>
    /// "show women live longer", "believe the virus spreads through droplets", "show most voters support the plan": a
    /// present tense after the clause's subject. The form must be a verb most of the time, or be followed by an object
    /// (a determiner, a possessive or a number), and agree with the word before it: a base form takes no singular noun
    /// ("the party support"), an -s form no plural pronoun.
    /// </summary>
    private bool IsPresentAfterSubject(int k, int end, bool afterVerb)
    {
        var before = tokens[k - 1];
        var kind = PresentVerbs.Of(tokens[k].Text(text));
        if (kind is PresentVerbClass.None or PresentVerbClass.Adjective || !before.IsWord || before.InQuote)
        {
            return false;
        }

        // "people who live alone": right after the relative word its clause's verb follows.
        var previous = before.Text(text);
        var relativeSubject = previous is "who" or "that" or "which";
        if (!relativeSubject && (WordLists.InnerPrepositions.Contains(previous) || WordLists.TimePrepositions.Contains(previous)
            || WordLists.Determiners.Contains(previous) || WordLists.ClauseOpeners.Contains(previous) || WordLists.Modals.Contains(previous)
            || WordLists.Auxiliaries.Contains(previous) || WordLists.Ordinals.Contains(previous) || PresentVerbs.Of(previous) == PresentVerbClass.Adjective))
        {
            // "sharp rises in rents": after an adjective the word is the noun it modifies.
            return false;
        }

        var w = tokens[k].Text(text);
        var sForm = w[^1] == 's';
        // "the drug works": an -s form after a determined singular noun agrees with it as its verb.
        var afterDeterminedSingular = sForm && !before.IsCapitalized && previous[^1] != 's' && k - 2 >= 0 && tokens[k - 2].IsWord
            && WordLists.Determiners.Contains(tokens[k - 2].Text(text));
        if (kind == PresentVerbClass.Ambiguous && !relativeSubject && !afterDeterminedSingular
            && !(k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].InQuote
                && (WordLists.Determiners.Contains(tokens[k + 1].Text(text)) || tokens[k + 1].Text(text) is "his" or "her" or "their" or "its" or "our")
                || (k + 1 < end && tokens[k + 1].Is(TokenFlags.Numeric))))
        {
            return false;
        }

        if (sForm)
        {
            return !WordLists.PluralPronouns.Contains(previous);
        }

        // "mothers who work earn less": after the relative clause's verb the base form agrees with the antecedent.
        var singularNoun = !afterVerb && !relativeSubject && !before.IsCapitalized && previous[^1] != 's' && !IsAdverbLike(k - 1)
            && !WordLists.Pronouns.Contains(previous) && !WordLists.CollectivePlurals.Contains(previous)
            && previous is not ("more" or "less" or "often" or "still" or "now" or "never" or "always" or "usually" or "only" or "even" or "just"
                or "also" or "men" or "women");
        return !singularNoun;
    }

    /// <summary>
    /// "the drug cut deaths by half": a past spelt as its base is finite before its object; "ballots cast in the
    /// election" or "the jobs cut." is a participle after its noun.
    /// </summary>
    private bool SameFormPastWithObject(int k, int end)
    {
        if (!WordLists.SameFormPasts.Contains(tokens[k].Text(text)) || k + 1 >= end || tokens[k + 1].InQuote)
        {
            return false;
        }

        var next = tokens[k + 1];
        return next.Is(TokenFlags.Numeric)
            || (next.IsWord && !WordLists.InnerPrepositions.Contains(next.Text(text)) && !WordLists.LocativePrepositions.Contains(next.Text(text))
                && !WordLists.TimeWords.Contains(next.Text(text)) && !WordLists.ClauseOpeners.Contains(next.Text(text)));
    }

    /// <summary>The token after a verb group: "had been quietly abandoned", "was not driving", "said".</summary>
    private int VerbGroupEnd(int verb, int end)
    {
        var k = verb + 1;
        while (k < end && tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].InQuote)
        {
            var w = tokens[k].Text(text);
            if (!(IsWord(k, "been") || IsWord(k, "being") || IsAdverbLike(k) || WordLists.IrregularPast.Contains(w)
                || (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)))))
            {
                break;
            }

            k++;
        }

        return k;
    }
}
