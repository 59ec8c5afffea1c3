namespace ClaimTracker.Extraction;

/// <summary>Post-modifiers of a source noun that are clauses: "that"-relatives, contact relatives and participles with an object.</summary>
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

        if (that - 1 < limit || that + 1 >= phrase.End || !(IsWord(that, "that") || IsWord(that, "which"))
            || !(IsFiniteVerbForm(that + 1) || IsBaseVerbAfterPlural(that - 1, that + 1))
            || !tokens[that - 1].IsWord || tokens[that - 1].InQuote)
        {
            return TokenRange.Empty;
        }

        var antecedent = ParseNounPhraseBackward(that - 1, limit);
        if (antecedent.IsEmpty || antecedent.End != that)
        {
            return TokenRange.Empty;
        }

        // "The brewery that owns the building said": a short determined phrase opening the clause, with a relative
        // clause that picks it out, is the subject whatever its noun.
        var opensClause = antecedent.First == limit || (antecedent.First - 1 >= 0 && tokens[antecedent.First - 1].Kind is TokenKind.Punct);
        var next = tokens[that + 1].Text(text);
        var surelyVerb = !WordLists.IsSourceNoun(next) && !WordLists.IsAgentivePlural(next)
            && (next is "was" or "were" or "is" or "are" or "has" or "have" or "had" || PresentVerbs.Of(next) == PresentVerbClass.Verb || WordLists.IrregularPast.Contains(next) || next.EndsWith("ed", StringComparison.Ordinal));
        var determinedOpening = surelyVerb && opensClause && antecedent.Length() <= 4 && tokens[antecedent.First].IsWord
            && tokens[antecedent.First].Text(text) is "the" or "The" or "a" or "A" or "an" or "An";
        var head = tokens[that - 1].Text(text);
        if (((WordLists.IsSourceNoun(head) || WordLists.IsAgentivePlural(head.ToString().ToLowerInvariant())) && IsPlausibleSource(antecedent, allowPronoun: false)) || determinedOpening)
        {
            return antecedent;
        }

        // "Residents of homes that were damaged said", "Owners of shops that flooded told the inquiry": the relative
        // clause picks out the object of the source noun's preposition, and the source noun before it speaks.
        if (surelyVerb)
        {
            for (var k = antecedent.First + 1; k < that - 1; k++)
            {
                if (!tokens[k].IsWord || tokens[k].Text(text) is not ("of" or "in" or "at" or "from" or "near" or "on"))
                {
                    continue;
                }

                var ownerNoun = tokens[k - 1].Text(text).ToString().ToLowerInvariant();
                return tokens[k - 1].IsWord && (WordLists.IsSourceNoun(ownerNoun) || WordLists.IsAgentivePlural(ownerNoun))
                    && IsPlausibleSource(new TokenRange(antecedent.First, k), allowPronoun: false)
                    ? antecedent
                    : TokenRange.Empty;
            }
        }

        return TokenRange.Empty;
    }

    /// <summary>
    /// "Firms that rely on the plant", "Carmakers that use the parts": a plural antecedent agrees with a base-form verb,
    /// which no ending marks; the treebank lexicon says the word is mostly a verb. With <paramref name="reporting"/> the
    /// base form of a reporting verb counts too ("opponents warn", "critics say"), which the treebanks seldom list.
    /// </summary>
    private bool IsBaseVerbAfterPlural(int noun, int verb, bool reporting = false)
    {
        if (!tokens[noun].IsWord || !tokens[verb].IsWord || tokens[verb].IsCapitalized || tokens[verb].InQuote)
        {
            return false;
        }

        var n = tokens[noun].Text(text);
        var v = tokens[verb].Text(text);
        return n.Length > 3 && n[^1] == 's' && n[^2] != 's'
            && ((v[^1] != 's' && PresentVerbs.Of(v) == PresentVerbClass.Verb && !WordLists.SourceNouns.Contains(v))
                || (reporting && ReportingLexicon.Default.TryGet(v, out var hits) && Array.Exists(hits, h => h.Form == VerbForm.Base && h.Entry.Particle is null)));
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
        if (w is "was" or "were" or "is" or "are" or "has" or "have" or "had")
        {
            // "homes that were damaged", "a firm that has closed": an auxiliary opens the relative clause.
            return true;
        }

        return !WordLists.SourceNouns.Contains(w) && !WordLists.NounPhraseStops.Contains(w) && !WordLists.Determiners.Contains(w)
            && (WordLists.LooksPast(w)
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

    /// <summary>
    /// "Residents the council surveyed said", "The workers we interviewed said": a relative clause without a relative
    /// word (its subject, then a past verb) on a source noun opening the clause.
    /// The source noun speaks. <paramref name="i"/> is the last word before the cue. Returns the source noun's phrase, or
    /// an empty range.
    /// </summary>
    private TokenRange ContactRelativeHead(int i, int limit)
    {
        var verb = i;
        if (verb - 2 < limit || !tokens[verb].IsWord || tokens[verb].IsCapitalized || tokens[verb].InQuote)
        {
            return TokenRange.Empty;
        }

        // A degree word makes the -ed form an adjective: "a woman more interested in reports".
        var w = tokens[verb].Text(text);
        if (WordLists.SourceNouns.Contains(w) || !WordLists.LooksPast(w)
            || (tokens[verb - 1].IsWord && tokens[verb - 1].Text(text) is "more" or "less" or "most" or "least" or "very" or "so" or "too" or "as"))
        {
            return TokenRange.Empty;
        }

        // The clause's own subject: a determined noun phrase, a name or a personal pronoun.
        var subject = IsWord(verb - 1, "we") || IsWord(verb - 1, "they") || IsWord(verb - 1, "he") || IsWord(verb - 1, "she")
            ? new TokenRange(verb - 1, verb)
            : ParseNounPhraseBackward(verb - 1, limit);
        if (!subject.IsEmpty && InnerDeterminer(subject) is var determiner and >= 0)
        {
            // "Officials the ministry spoke to": a capitalised first word lets the phrase run on over the clause's
            // own determiner, where the clause's subject begins.
            subject = new TokenRange(determiner, subject.End);
        }

        if (subject.IsEmpty || subject.End != verb || subject.First - 1 < limit || !tokens[subject.First].IsWord)
        {
            return TokenRange.Empty;
        }

        var first = tokens[subject.First].Text(text);
        if (!(tokens[subject.First].IsCapitalized || WordLists.Determiners.Contains(first) || subject.End - subject.First == 1 && first is "we" or "they" or "he" or "she"))
        {
            return TokenRange.Empty;
        }

        // The source noun is lower case unless it opens the sentence ("Officials the agency interviewed said").
        var head = ParseNounPhraseBackward(subject.First - 1, limit);
        return !head.IsEmpty && head.End == subject.First && tokens[head.End - 1].IsWord
            && (!tokens[head.End - 1].IsCapitalized || head.First == head.End - 1)
            && WordLists.IsSourceNoun(tokens[head.End - 1].Text(text)) && OpensClause(head.First, limit)
            ? head
            : TokenRange.Empty;
    }

    private bool IsStrandedPreposition(int i) =>
        i >= 1 && tokens[i].IsWord && !tokens[i].InQuote && WordLists.StrandablePrepositions.Contains(tokens[i].Text(text));

    private int InnerDeterminer(TokenRange phrase)
    {
        for (var k = phrase.End - 1; k > phrase.First; k--)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.Determiners.Contains(tokens[k].Text(text)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"Lawyers for the journalist", "relatives of the victim": a plural source noun before "for", "of" or "to".</summary>
    private bool PluralHeadBeforeComplement(TokenRange role)
    {
        for (var k = role.First + 1; k + 1 < role.End; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Text(text) is not ("for" or "of" or "to" or "representing"))
            {
                continue;
            }

            return tokens[k - 1].IsWord && IsPluralSourceNoun(tokens[k - 1].Text(text));
        }

        return false;
    }

    /// <summary>"lawyers", "residents": a source noun in the regular plural, which one name cannot stand for.</summary>
    private static bool IsPluralSourceNoun(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] != 's' && WordLists.IsSourceNoun(w);

    /// <summary>
    /// "An official who was not authorised to speak to the media said", "A diplomat who asked not to be named because
    /// the talks were private said": a subject relative clause longer than the few words the phrase walk looks over.
    /// The words before the cue are then a prepositional object or a predicate, which cannot be its subject, so the
    /// phrase before "who" speaks. A plausible subject right before the cue keeps the cue ("A woman who told police her
    /// husband said ..." reports the husband). Returns the antecedent, or an empty range.
    /// </summary>
    private TokenRange LongWhoClauseAntecedent(TokenRange phrase, int last, int limit)
    {
        var before = phrase.IsEmpty ? last + 1 : phrase.First;
        // "Savers who lost money when the bank failed welcomed …": after a preposition or a subordinator the phrase
        // belongs to the clause's object or its adverbial clause, and cannot be the cue's subject.
        if (!phrase.IsEmpty && IsPlausibleSource(phrase, allowPronoun: true)
            && !(before - 1 >= limit && tokens[before - 1].IsWord
                && (WordLists.InnerPrepositions.Contains(tokens[before - 1].Text(text)) || WordLists.Subordinators.Contains(tokens[before - 1].Text(text)))))
        {
            return TokenRange.Empty;
        }

        for (var k = before - 1; k > limit && k >= before - MaxRelativeClause; k--)
        {
            var t = tokens[k];
            if (!(t.IsWord || t.Kind == TokenKind.Possessive) || t.InQuote
                || (t.IsWord && t.Text(text) is "and" or "or" or "but" or "said" or "says" or "told"))
            {
                // Punctuation closes an aside, which the apposition rules read; a conjunction or a cue opens another clause.
                return TokenRange.Empty;
            }

            if (!IsWord(k, "who"))
            {
                continue;
            }

            var predicate = k + 1 < before && tokens[k + 1].IsWord && (IsWord(k + 1, "not") || IsAdverb(tokens[k + 1].Text(text))) ? k + 2 : k + 1;
            if (predicate >= before || !IsFiniteVerbForm(predicate))
            {
                return TokenRange.Empty;
            }

            var antecedent = ParseNounPhraseBackward(k - 1, limit);
            return IsPlausibleSource(antecedent, allowPronoun: false) ? antecedent : TokenRange.Empty;
        }

        return TokenRange.Empty;
    }
}
