using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Grammar checks behind the cue patterns: objects and their predicates, findings, verdicts and where content ends.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>Where a speech act's complement resumes after an adjunct or aside ("for backing ...", ", of associating ..."); -1 when it does not.</summary>
    private int ObjectComplementAfter(int cut, int end)
    {
        for (var k = cut; k < end && k < cut + 25; k++)
        {
            if (tokens[k].InQuote)
            {
                continue;
            }

            if ((IsWord(k, "and") || IsWord(k, "but")) && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].InQuote
                && (WordLists.HaveForms.Contains(tokens[k + 1].Text(text)) || WordLists.Modals.Contains(tokens[k + 1].Text(text))
                    || IsWord(k + 1, "also")))
            {
                // "attacked loopholes ..., and has called for eliminating ...": a coordinated predicate, not a complement.
                return -1;
            }

            if (IsPunct(k, ',') && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
                && tokens[k + 1].Text(text).EndsWith("ing", StringComparison.Ordinal))
            {
                // "rejected the claim, citing the cost of housing": a participle clause after the comma is the
                // subject's own, and nothing after it completes the object.
                return -1;
            }

            if (k > cut && (IsWord(k, "for") || IsWord(k, "of")) && k + 1 < end && tokens[k + 1].IsWord
                && tokens[k + 1].Text(text).EndsWith("ing", StringComparison.Ordinal) && !parser.IsIngNounAtPhraseEnd(k + 1, end))
            {
                return k;
            }

            if (tokens[k].Kind == TokenKind.Punct && !IsPunct(k, ',') && !IsAbbreviationLike(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "blamed weak demand in Europe and the rising cost of parts": a short phrase after "in" that runs into "and" and a
    /// determined noun phrase belongs to the first of two coordinated objects, so it modifies the noun, not the verb.
    /// "welcomed the ruling in a statement and called for calm" coordinates a verb, and the phrase stays an adjunct.
    /// </summary>
    private bool ModifiesCoordinatedNoun(int adjunct, int end)
    {
        for (var k = adjunct + 1; k + 1 < end && k <= adjunct + 4; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote || (k > adjunct + 1 && WordLists.ClauseOpeners.Contains(tokens[k].Text(text)) && !IsWord(k, "and")))
            {
                return false;
            }

            if (IsWord(k, "and") || IsWord(k, "or"))
            {
                return k > adjunct + 1 && (WordLists.Determiners.Contains(tokens[k + 1].Text(text)) || tokens[k + 1].Kind == TokenKind.Possessive)
                    && !WordLists.TimeWords.Contains(tokens[k - 1].Text(text));
            }
        }

        return false;
    }

    /// <summary>
    /// Where reported content ends: before a new clause (", although ...", ", he is ..."), before a coordinated
    /// predicate of the source ("... and attempted to ..."), and for a speech act's object before its adjuncts
    /// ("attacked Machado in early-morning tweets", "rejected that argument in a ruling").
    /// </summary>
    private int ContentEnd(int start, int end, bool objectOnly, bool coordinatedPredicate)
    {
        var sawComplement = false;
        var sawClause = false;

        // "that at one of his first meetings, in 1972, he supported ...", "that if the bill passed, he would resign":
        // a fronted adverbial or subordinate clause comes before the content's own subject, so no clause starts at its comma.
        var fronted = start < end && tokens[start].IsWord
            && (WordLists.IntroductoryWords.Contains(tokens[start].Text(text)) || WordLists.ClauseOpeners.Contains(tokens[start].Text(text)));
        for (var k = start + 1; k < end; k++)
        {
            var tok = tokens[k];
            if (tok.Is(TokenFlags.QuoteClose) && k > start && IsPunct(k - 1, ',') && k + 1 < end && tokens[k + 1].IsWord
                && tokens[k + 1].Text(text) is "but" or "although" or "though" or "while" or "whereas" or "because")
            {
                // 'pledging cheaper rent and "homes, homes, homes," but she has also ...': the comma sits inside the quote.
                return k + 1;
            }

            if (tok.InQuote || tok.Kind == TokenKind.Quote)
            {
                continue;
            }

            if (IsPunct(k, ',') && k + 1 < end && tokens[k + 1].IsWord)
            {
                var next = tokens[k + 1].Text(text);
                // ", because ..." gives the speaker's reason, which is part of what was said; ", although ..." is the reporter's.
                var pronounClause = !fronted && WordLists.Pronouns.Contains(next) && k + 2 < end && tokens[k + 2].IsWord && !tokens[k + 2].IsCapitalized;
                if ((WordLists.ClauseOpeners.Contains(next) && !IsWord(k + 1, "that") && !IsWord(k + 1, "because") && !IsWord(k + 1, "and") && !IsWord(k + 1, "who")
                        && !IsWord(k + 1, "which") && !PredicateAfterParenthetical(start, k) && !IsSecondThatClause(k + 1, end)
                        && !IsSubjectAside(start, k, end)) || pronounClause)
                {
                    return k;
                }

                if (objectOnly && !tokens[k + 1].IsCapitalized && k - start >= 2)
                {
                    return k;
                }

                if (k - start >= 3 && tokens[k + 1].Text(text) is "citing" or "quoting" && k + 2 < end && tokens[k + 2].IsWord)
                {
                    // "said two protesters had been shot, citing hospital sources": what the source relies on is its own
                    // act, named beside the content, not part of it.
                    return k;
                }

                if (k - start >= 3 && IsSpeakingAdjunct(k + 1, end))
                {
                    // "told Reuters the depot supplied the army, speaking on condition of anonymity", "said the plan was
                    // dead, speaking at a rally": the participle tells how and where the source spoke, not what it said.
                    return k;
                }

                if (k - start >= 3 && IsReportersFrame(k + 1, end))
                {
                    // "ruled that the ban was unlawful, in a decision campaigners hailed as …", "said taxes would rise,
                    // in what critics called a betrayal", "…, in a blow to the government": the reporter's frame.
                    return k;
                }

                if ((IsWord(k + 1, "a") || IsWord(k + 1, "an")) && k + 2 < end && tokens[k + 2].IsWord
                    && (WordLists.ContentLabels.Contains(tokens[k + 2].Text(text)) || IsWord(k + 2, "move") || IsWord(k + 2, "step")))
                {
                    // "..., a claim that could not be verified", "..., a move critics say will hurt shops": the reporter's
                    // comment on the content or on the act it reports, not part of it.
                    return k;
                }
            }

            if (coordinatedPredicate && (IsWord(k, "and") || IsWord(k, "but")) && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
                && (tokens[k + 1].Text(text).EndsWith("ed", StringComparison.Ordinal) || WordLists.IrregularPast.Contains(tokens[k + 1].Text(text))
                    || (WordLists.SameFormPasts.Contains(tokens[k + 1].Text(text)) && !HasModalOrTo(start, k)))
                && !TryMatchCue(k + 1, end, out _, out _) && k - start >= 2 && !SharesPerfectAuxiliary(start, k) && !IsParticiplePairAfterDeterminer(k)
                && !IsPassiveSharingBe(start, k, end)
                && (objectOnly || !(IsClauseWithNounSubject(start, k) || IsBackshiftedPerfect(k + 1, end))))
            {
                return k;
            }

            if (coordinatedPredicate && !sawClause && IsWord(k, "and") && IsFiniteAuxiliary(k + 1, end) && (objectOnly ? k - start >= 1 : IsNounObject(start, k)))
            {
                // "denied any wrongdoing and is expected to appeal": a noun object takes no finite verb, so the verb after
                // "and" is the subject's second predicate, the reporter's, not part of what was denied.
                return k;
            }

            if (!objectOnly || !tok.IsWord)
            {
                continue;
            }

            var w = tok.Text(text);
            if (w is "that" or "which" or "who" or "whom" or "whose" or "where" or "when" or "because" or "if" or "while")
            {
                sawClause = true;
            }

            if (w is "for" or "of" or "to" or "that" or "about" or "with" or "by" or "from" or "against")
            {
                sawComplement = true;
            }
            else if (!sawComplement && k - start >= 1 && k - start <= 8 && WordLists.ObjectAdjuncts.Contains(w) && !ModifiesCoordinatedNoun(k, end)
                && !IsAttributiveTimeWord(k)
                && !(w is "on" or "over" && tokens[k - 1].IsWord && WordLists.NounsTakingOn.Contains(tokens[k - 1].Text(text)) && !IsTimeAfter(k + 1, end))
                && !(w is "in" && tokens[k - 1].IsWord && WordLists.NounsTakingIn.Contains(tokens[k - 1].Text(text)) && !IsTimeAfter(k + 1, end)))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// "in what critics called …", "in a move that …", "in a rare rebuke to …": a phrase opened by "in" that names the
    /// reported act or judges it, in the reporter's words.
    /// </summary>
    private bool IsReportersFrame(int k, int end)
    {
        if (k + 2 >= end || !IsWord(k, "in") || tokens[k + 1].InQuote)
        {
            return false;
        }

        if (IsWord(k + 1, "what"))
        {
            return true;
        }

        if (!IsWord(k + 1, "a") && !IsWord(k + 1, "an"))
        {
            return false;
        }

        var noun = k + 2;
        if (noun + 1 < end && tokens[noun].IsWord && !FramingNouns.Contains(tokens[noun].Text(text))
            && !WordLists.SpeechEvents.Contains(tokens[noun].Text(text)) && tokens[noun + 1].IsWord)
        {
            // One adjective may stand before the noun: "in a rare rebuke", "in a surprise move".
            noun++;
        }

        return tokens[noun].IsWord && !tokens[noun].InQuote
            && (FramingNouns.Contains(tokens[noun].Text(text)) || WordLists.SpeechEvents.Contains(tokens[noun].Text(text)));
    }

    /// <summary>Nouns for a reported act as the reporter sums it up: "in a decision …", "in a blow to …".</summary>
    private static readonly WordSet FramingNouns = new(
        "decision", "ruling", "judgment", "judgement", "verdict", "move", "step", "blow", "setback", "boost", "victory", "defeat",
        "rebuke", "reversal", "u-turn", "climbdown", "snub", "departure", "shift", "sign", "challenge", "reference");

    /// <summary>"speaking on condition of anonymity", "talking to reporters", "speaking anonymously": a participle of speaking with its adjunct.</summary>
    private bool IsSpeakingAdjunct(int participle, int end) =>
        participle + 1 < end && tokens[participle].IsWord && tokens[participle].Text(text) is "speaking" or "talking"
        && tokens[participle + 1].IsWord && !tokens[participle + 1].InQuote
        && (tokens[participle + 1].Text(text) is "on" or "at" or "to" or "in" or "from" or "by" or "after" or "before" or "during" or "outside" or "anonymously" or "privately" or "publicly");

    /// <summary>
    /// "rejected an earlier report", "welcomed the later ruling", "denied the last allegation": after a determiner a time
    /// word is an adjective inside the object, not an adjunct that closes it ("rejected the report earlier").
    /// </summary>
    private bool IsAttributiveTimeWord(int k) =>
        tokens[k].Text(text) is "earlier" or "later" or "last" && tokens[k - 1].IsWord && WordLists.Determiners.Contains(tokens[k - 1].Text(text));

    /// <summary>
    /// "said it found the flaw last week and had told the regulator", "said his client was ashamed and had co-operated
    /// fully": a pluperfect after "and" is the tense reported speech shifts into, while the reporter tells the source's
    /// own next act in the simple past ("said ... and walked out"), so the pluperfect goes on with the content.
    /// </summary>
    private bool IsBackshiftedPerfect(int had, int end)
    {
        if (!IsWord(had, "had"))
        {
            return false;
        }

        var v = had + 1;
        while (v < end && tokens[v].IsWord && WordLists.VerbModifiers.Contains(tokens[v].Text(text)))
        {
            v++;
        }

        if (v >= end || !tokens[v].IsWord || tokens[v].IsCapitalized || IsWord(v, "to"))
        {
            return false;
        }

        var w = tokens[v].Text(text);
        return w.EndsWith("ed", StringComparison.Ordinal) || WordLists.IrregularPast.Contains(w) || WordLists.IrregularParticiples.Contains(w)
            || w is "been" or "gone" or "fallen";
    }

    /// <summary>
    /// "said the vote was competitive but marred by pressure", "said the port had been closed and guarded by troops": a
    /// participle with its "by" agent after a form of "be" in the content is a passive that shares that "be"; the
    /// source's own next act would be active ("said the vote was fair and left").
    /// </summary>
    private bool IsPassiveSharingBe(int start, int and, int end)
    {
        if (and + 2 >= end || !IsWord(and + 2, "by") || !tokens[and + 1].IsWord
            || !(WordLists.LooksPast(tokens[and + 1].Text(text)) || WordLists.IrregularParticiples.Contains(tokens[and + 1].Text(text))))
        {
            return false;
        }

        for (var k = and - 1; k >= start; k--)
        {
            if (tokens[k].InQuote || !tokens[k].IsWord)
            {
                continue;
            }

            var w = tokens[k].Text(text);
            if (WordLists.BeForms.Contains(w))
            {
                return true;
            }

            if (k < and - 1 && WordLists.ClauseOpeners.Contains(w) && !IsWord(k, "that"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "a rigged and flawed vote", "the delayed and overspent project": two participles after a determiner modify the
    /// noun after them; the second is no coordinated verb of the source.
    /// </summary>
    private bool IsParticiplePairAfterDeterminer(int and) =>
        and - 2 >= 0 && tokens[and - 1].IsWord && WordLists.LooksPast(tokens[and - 1].Text(text))
        && tokens[and - 2].IsWord && WordLists.PhraseOpeningDeterminers.Contains(tokens[and - 2].Text(text));

    /// <summary>
    /// "said it had changed the rules and stopped sharing data": a participle after "and" that is no simple past goes
    /// with the perfect the content's own verb group opened ("had changed"), so it continues the content rather than
    /// giving the source a second predicate. Only after a pronoun subject, which stands for the source or someone
    /// already known: either way the clause is one account of what they did.
    /// </summary>
    private bool SharesPerfectAuxiliary(int start, int and)
    {
        if (WordLists.PastOnly.Contains(tokens[and + 1].Text(text)))
        {
            return false;
        }

        for (var k = and - 1; k > start; k--)
        {
            if (tokens[k].InQuote || IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ':')
                || (tokens[k].IsWord && WordLists.ClauseOpeners.Contains(tokens[k].Text(text))))
            {
                return false;
            }

            if (tokens[k].IsWord && WordLists.HaveForms.Contains(tokens[k].Text(text)))
            {
                if (!(IsWord(k - 1, "it") || (tokens[k - 1].IsWord && WordLists.SubjectPronouns.Contains(tokens[k - 1].Text(text)))))
                {
                    // "said the talks had failed and quit": a subject of its own may be the source's second predicate's
                    // subject too; only "it had ... and ..." about the source itself reads one way.
                    return false;
                }

                var v = k + 1;
                while (v < and && WordLists.VerbModifiers.Contains(tokens[v].Text(text)))
                {
                    v++;
                }

                return v < and && (tokens[v].Text(text).EndsWith("ed", StringComparison.Ordinal) || WordLists.IrregularPast.Contains(tokens[v].Text(text)))
                    && !IsWord(v, "been");
            }
        }

        return false;
    }

    /// <summary>
    /// "Police said the man stole a car and drove it into a wall": when the content is a clause with a subject of its
    /// own that is no pronoun, and its verb is a simple past of a full verb, a simple past after "and" matches its tense
    /// and goes on with that subject, so it stays in the content, as does the same auxiliary repeated ("had ... and had").
    /// After "was", "had" or a modal ("said demand was weak and cut 300 jobs", "said the talks had failed and quit") the
    /// tenses part, and the past is the source's own act; an object or small clause ("promised a veto and ...") has no
    /// finite verb of its own before the "and".
    /// </summary>
    private bool IsClauseWithNounSubject(int start, int and)
    {
        var k = IsWord(start, "that") ? start + 1 : start;
        if (k >= and || !tokens[k].IsWord || WordLists.Pronouns.Contains(tokens[k].Text(text)) || IsWord(k, "not") || IsWord(k, "to"))
        {
            return false;
        }

        for (var v = k + 1; v < and; v++)
        {
            if (!tokens[v].IsWord || tokens[v].IsCapitalized || tokens[v].InQuote)
            {
                continue;
            }

            var w = tokens[v].Text(text);
            if (WordLists.BeForms.Contains(w) || WordLists.HaveForms.Contains(w) || WordLists.Modals.Contains(w))
            {
                // "said the athlete had been misled and had never cheated": the same auxiliary again keeps the tense.
                return w.SequenceEqual(tokens[and + 1].Text(text));
            }

            if ((w.EndsWith("ed", StringComparison.Ordinal) || WordLists.IrregularPast.Contains(w))
                && tokens[v - 1].IsWord && !WordLists.Determiners.Contains(tokens[v - 1].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "said the talks, now in their third week, had failed": an aside after the content's subject, closed by a comma
    /// before the subject's finite verb, belongs to the content; the subject is a few words with no verb of its own.
    /// </summary>
    private bool IsSubjectAside(int start, int comma, int end)
    {
        if (comma - start > 6)
        {
            return false;
        }

        for (var k = start; k < comma; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote || IsFiniteVerb(k))
            {
                return false;
            }
        }

        for (var j = comma + 2; j + 1 < end && j < comma + 10; j++)
        {
            if (tokens[j].Kind == TokenKind.Punct)
            {
                return IsPunct(j, ',') && !tokens[j].InQuote
                    && (IsFiniteVerb(j + 1) || (tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalized && tokens[j + 1].Text(text).EndsWith("ed", StringComparison.Ordinal)));
            }

            if (IsFiniteVerb(j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "said the jars, found last year, still had their stoppers": an adverb and a finite verb after the comma that
    /// closes an aside are the predicate the content's subject waits for, so no new clause starts there.
    /// </summary>
    private bool PredicateAfterParenthetical(int start, int comma)
    {
        if (comma + 2 >= tokens.Count || !tokens[comma + 1].IsWord || tokens[comma + 1].Text(text) is not ("still" or "also" or "now" or "even" or "later")
            || !(IsFiniteVerb(comma + 2) || tokens[comma + 2].Text(text).EndsWith("ed", StringComparison.Ordinal)
                || WordLists.IrregularPast.Contains(tokens[comma + 2].Text(text))))
        {
            return false;
        }

        var aside = false;
        for (var k = start; k < comma; k++)
        {
            if (IsPunct(k, ',') && !tokens[k].InQuote)
            {
                aside = true;
            }
            else if (IsFiniteVerb(k))
            {
                return false;
            }
        }

        return aside;
    }

    /// <summary>
    /// "any wrongdoing", "the allegations", "claims of bribery against him": a determiner, one noun and perhaps its
    /// prepositional complement, so no clause ("the rules apply") whose subject could own a verb after "and".
    /// </summary>
    private bool IsNounObject(int start, int end)
    {
        var k = start;
        if (k < end && tokens[k].IsWord && WordLists.Determiners.Contains(tokens[k].Text(text)))
        {
            k++;
        }

        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote || WordLists.Pronouns.Contains(tokens[k].Text(text)))
        {
            return false;
        }

        k++;
        if (k == end)
        {
            return true;
        }

        if (!tokens[k].IsWord || !WordLists.InnerPrepositions.Contains(tokens[k].Text(text)))
        {
            return false;
        }

        for (k++; k < end; k++)
        {
            var w = tokens[k].Text(text);
            // A verb inside ("the head of the firm resigned and was arrested") makes the whole a clause.
            if (!tokens[k].IsWord || WordLists.BeForms.Contains(w) || WordLists.Modals.Contains(w) || w is "has" or "have" or "had"
                || WordLists.LooksPast(w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"on Friday", "on 3 May", "over the weekend": a time, not a noun's complement.</summary>
    private bool IsTimeAfter(int k, int end)
    {
        if (k < end && IsWord(k, "the"))
        {
            k++;
        }

        return k < end && (tokens[k].Is(TokenFlags.Numeric) || (tokens[k].IsWord && (WordLists.TimeWords.Contains(tokens[k].Text(text))
            || SpeakerResolver.IsMonth(tokens[k].Text(text)))));
    }

    /// <summary>"is", "has", "will", "could": a finite auxiliary or copula, which needs a subject of its own.</summary>
    private bool IsFiniteAuxiliary(int k, int end) =>
        k < end && tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].InQuote
        && tokens[k].Text(text) is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "could"
            or "can" or "may" or "might" or "should" or "must" or "does" or "did";

    /// <summary>
    /// "would raise taxes and cut spending": after a modal or "to" a verb spelt like its past is the base, coordinated
    /// inside the content; without one ("the talks had failed and quit the negotiations") it is the source's past.
    /// </summary>
    private bool HasModalOrTo(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord && (IsWord(k, "to") || WordLists.Modals.Contains(tokens[k].Text(text)) || WordLists.Auxiliaries.Contains(tokens[k].Text(text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the object phrase at <paramref name="start"/> names an act, decision or statement ("the court's ruling",
    /// "new limits on fishing" is not one) or carries an "as" predicate ("the subsidy as overdue"): up to the first
    /// punctuation outside quotes or the tenth word.
    /// </summary>
    private bool NamesAnAct(int start, int end)
    {
        for (var k = start; k < end && k < start + 10; k++)
        {
            var tok = tokens[k];
            if (tok.Kind == TokenKind.Punct && !tok.InQuote && !IsAbbreviationLike(k))
            {
                return false;
            }

            if (!tok.IsWord || tok.InQuote)
            {
                continue;
            }

            var w = tok.Text(text);
            if (WordLists.ActNouns.Contains(w) || (k > start && w.Equals("as", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A head noun naming a record or finding ("the results", "figures to be published today", "a review of records").</summary>
    private bool IsEvidenceHead(TokenRange head)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        // The head noun is the last word before a complement: "Results of the survey", "figures to be published".
        var k = head.First;
        while (k + 1 < head.End && !(tokens[k + 1].IsWord && (WordLists.InnerPrepositions.Contains(tokens[k + 1].Text(text)) || IsWord(k + 1, "to")
            || (!tokens[k + 1].IsCapitalized && WordLists.HandlingParticiples.Contains(tokens[k + 1].Text(text))))))
        {
            k++;
        }

        return tokens[k].IsWord && WordLists.DocumentWords.Contains(tokens[k].Text(text));
    }

    /// <summary>
    /// "The scientists found yields had fallen", "Investigators determined the wiring was faulty": people whose work is
    /// to find things out report their findings as a bare clause, as a record does.
    /// </summary>
    private bool IsInquirerHead(TokenRange head)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        var k = head.First;
        while (k + 1 < head.End && !(tokens[k + 1].IsWord && WordLists.InnerPrepositions.Contains(tokens[k + 1].Text(text))))
        {
            k++;
        }

        var w = tokens[k].Text(text);
        return tokens[k].IsWord && (WordLists.InquirerNouns.Contains(w) || (WordLists.IsSpecialistNoun(w) && w[^1] == 's'));
    }

    /// <summary>"found him guilty of fraud", "ruled the ban unlawful": an object with a verdict adjective after it.</summary>
    private bool HasVerdictPredicate(int start, int end)
    {
        for (var k = start + 1; k < end && k < start + 7; k++)
        {
            var tok = tokens[k];
            if (!tok.IsWord || tok.InQuote)
            {
                return false;
            }

            if (WordLists.VerdictAdjectives.Contains(tok.Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "although ..., nobody had ...": a subordinate clause closed by a comma, then a main clause opening with a
    /// subject (a determiner, pronoun, name, number or quotation) of at least three words.
    /// </summary>
    private bool FrontedClauseThenMain(int start, int end)
    {
        for (var k = start + 2; k + 1 < end && k < start + 30; k++)
        {
            if (tokens[k].InQuote)
            {
                continue;
            }

            if (tokens[k].Kind == TokenKind.Punct && !IsPunct(k, ',') && !IsAbbreviationLike(k))
            {
                return false;
            }

            if (!IsPunct(k, ','))
            {
                continue;
            }

            var next = tokens[k + 1];
            var w = next.IsWord ? next.Text(text) : default;
            var opensSubject = next.Is(TokenFlags.QuoteOpen) || next.Is(TokenFlags.Numeric)
                || (next.IsWord && (next.IsCapitalized || WordLists.Determiners.Contains(w) || WordLists.SubjectPronouns.Contains(w)
                    || WordLists.QuantifierHeads.Contains(w) || w is "nobody" or "no" or "everyone" or "nothing" or "there"));
            return opensSubject && !(next.IsWord && lexicon.TryGet(w, out _)) && CountWords(k + 1, end) >= 3;
        }

        return false;
    }

    /// <summary>
    /// Whether the object at <paramref name="start"/> takes the non-reporting sense of a verb: "claim" and "concede"
    /// with a thing one takes or gives up ("claimed 40 lives", "claimed asylum", "conceded two goals"), "question" and
    /// "query" with a person ("questioned the suspect", "questioned him for hours").
    /// </summary>
    private bool TakesAThing(string lemma, int start, int end)
    {
        var person = lemma is "question" or "query";
        if (!person && lemma is not ("claim" or "concede"))
        {
            return false;
        }

        for (var k = start; k < end && k < start + 6; k++)
        {
            var tok = tokens[k];
            if (!tok.IsWord || tok.InQuote)
            {
                return false;
            }

            var w = tok.Text(text);
            if (!person && (WordLists.SubjectPronouns.Contains(w) || IsFiniteAuxiliaryWord(k)))
            {
                // "claiming he had missed a penalty": a clause opens, and what it mentions is not the thing claimed.
                return false;
            }

            if (person ? IsObjectPronoun(k) || WordLists.PersonRoles.Contains(w) || (w.Length > 3 && w[^1] == 's' && WordLists.PersonRoles.Contains(w[..^1]))
                    || WordLists.QuestionedPeople.Contains(w)
                : WordLists.TakenThings.Contains(w))
            {
                return true;
            }

            if (WordLists.InnerPrepositions.Contains(w) || WordLists.ClauseOpeners.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words before the first comma (outside quotes) in [first, end).</summary>
    private int FirstClauseLength(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (IsPunct(k, ',') && !tokens[k].InQuote)
            {
                return CountWords(first, k);
            }
        }

        return CountWords(first, end);
    }

    private bool NamesASource(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }

            var w = tokens[k].Text(text);
            // A surname counts when the text names the person again outside the label: "Harbour Rebuilt: A Town Recovers"
            // only looks like a name because it is capitalized.
            if (coreference.IsSurnameMentionedElsewhere(w, tokens[first].Start, tokens[end - 1].End) || GenderCues.OfFirstName(w) != Gender.Unknown || WordLists.SourceNouns.Contains(w)
                || Places.Governments.Contains(w) || Coreference.IsAcronym(w) || coreference.OrganizationFor(w.ToString()) is not null
                || WordLists.Titles.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWeekdayToken(int k)
    {
        var w = tokens[k].Text(text);
        return tokens[k].IsCapitalized && w.Length >= 6 && w.EndsWith("day", StringComparison.Ordinal);
    }

    /// <summary>"is promising", "is once again questioning", "He’s claiming", "isn’t saying".</summary>
    private bool IsProgressive(int verb, int first)
    {
        for (var k = verb - 1; k >= first && k >= verb - 4; k--)
        {
            var tok = tokens[k];
            if (tok.Kind == TokenKind.Possessive)
            {
                return k > first && tokens[k - 1].IsWord && WordLists.Pronouns.Contains(tokens[k - 1].Text(text));
            }

            if (!tok.IsWord)
            {
                return false;
            }

            var w = tok.Text(text);
            if (WordLists.BeForms.Contains(w))
            {
                return true;
            }

            if (!WordLists.VerbModifiers.Contains(w) && !IsAdverbLike(k) && !w.Equals("again", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    private bool HasLaterCue(int from, int end)
    {
        for (var k = from; k + 1 < end && k < from + 40; k++)
        {
            if (IsPunct(k, ',') && !tokens[k].InQuote)
            {
                // The closing cue's own subject may run a few words: ", attorneys for the family said".
                for (var v = k + 1; v < end && v < k + 8 && tokens[v].IsWord; v++)
                {
                    if (TryMatchCue(v, end, out var hit, out _) && hit.Form is VerbForm.Past or VerbForm.ThirdPerson)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool IsObjectPronoun(int t)
    {
        var w = tokens[t].Text(text);
        return w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
            || w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase)
            || w.Equals("me", StringComparison.OrdinalIgnoreCase) || w.Equals("you", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Tokens that can end a content phrase right before its source: a comma, a closing quote or a dash.</summary>
    private bool IsContentCloser(int t)
    {
        var tok = tokens[t];
        if (tok.Kind == TokenKind.Quote)
        {
            return !tok.Is(TokenFlags.QuoteOpen);
        }

        return IsPunct(t, ',') || IsPunct(t, '\u2014') || IsPunct(t, '\u2015') || IsPunct(t, '\u2013');
    }

    private int PreviousWord(int t, int first)
    {
        var k = t - 1;
        while (k >= first && tokens[k].IsWord && !tokens[k].IsCapitalized && IsAdverbLike(k))
        {
            k--;
        }

        return k >= first && tokens[k].IsWord ? k : -1;
    }

    private bool IsAdverbLike(int k)
    {
        var w = tokens[k].Text(text);
        return (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !WordLists.LyNonAdverbs.Contains(w))
            || w.Equals("also", StringComparison.OrdinalIgnoreCase) || w.Equals("not", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// ", but that pesticides played a part": "but" then "that" opens a second complement of the same reporting verb.
    /// "that" followed by a verb ("but that is not enough") is a demonstrative, the reporter's.
    /// </summary>
    private bool IsSecondThatClause(int but, int end) =>
        IsWord(but, "but") && but + 2 < end && IsWord(but + 1, "that") && tokens[but + 2].IsWord
        && !WordLists.BeForms.Contains(tokens[but + 2].Text(text)) && !WordLists.HaveForms.Contains(tokens[but + 2].Text(text))
        && !WordLists.Modals.Contains(tokens[but + 2].Text(text));
}
