using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Grammar checks behind the cue patterns: subjects, agreement, complements and where content ends.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// Where reported content ends: before a new clause (", although ...", ", he is ..."), before a coordinated
    /// predicate of the source ("... and attempted to ..."), and for a speech act's object before its adjuncts
    /// ("attacked Machado in early-morning tweets", "rejected that argument in a ruling").
    /// </summary>
    /// <summary>Where a speech act's complement resumes after an adjunct or aside ("for backing ...", ", of associating ..."); -1 when it does not.</summary>
    private int ObjectComplementAfter(int cut, int end)
    {
        for (var k = cut + 1; k < end && k < cut + 25; k++)
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

            if ((IsWord(k, "for") || IsWord(k, "of")) && k + 1 < end && tokens[k + 1].IsWord
                && tokens[k + 1].Text(text).EndsWith("ing", StringComparison.Ordinal))
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

    private int ContentEnd(int start, int end, bool objectOnly, bool coordinatedPredicate)
    {
        var sawComplement = false;

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
                // 'promising lower taxes and "jobs, jobs, jobs," but he has also ...': the comma sits inside the quote.
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
                        && !IsWord(k + 1, "which")) || pronounClause)
                {
                    return k;
                }

                if (objectOnly && !tokens[k + 1].IsCapitalized && k - start >= 2)
                {
                    return k;
                }

                if ((IsWord(k + 1, "a") || IsWord(k + 1, "an")) && k + 2 < end && tokens[k + 2].IsWord
                    && WordLists.ContentLabels.Contains(tokens[k + 2].Text(text)))
                {
                    // "..., a claim that could not be verified": the reporter's comment on the content, not part of it.
                    return k;
                }
            }

            if (coordinatedPredicate && (IsWord(k, "and") || IsWord(k, "but")) && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
                && (tokens[k + 1].Text(text).EndsWith("ed", StringComparison.Ordinal) || WordLists.IrregularPast.Contains(tokens[k + 1].Text(text)))
                && !TryMatchCue(k + 1, end, out _, out _) && k - start >= 2)
            {
                return k;
            }

            if (!objectOnly || !tok.IsWord)
            {
                continue;
            }

            var w = tok.Text(text);
            if (w is "for" or "of" or "to" or "that" or "about" or "with" or "by" or "from" or "against")
            {
                sawComplement = true;
            }
            else if (!sawComplement && k - start >= 1 && k - start <= 8 && WordLists.ObjectAdjuncts.Contains(w))
            {
                return k;
            }
        }

        return end;
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

    /// <summary>
    /// Whether a bare finite clause starts at <paramref name="start"/>: a finite verb (a past, a form of "be" or
    /// "have", a modal) after at least one word of its subject, before any punctuation. "show the party kept its
    /// majority" has one; "show a sharp rise in prices" and "show the elected council" do not.
    /// </summary>
    private bool BareClauseAt(int start, int end)
    {
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
            // "the elected council", "the newly elected council": a participle inside a noun phrase.
            var modifier = k - 1;
            if (modifier - 1 >= start && tokens[modifier].IsWord && IsAdverbLike(modifier))
            {
                modifier--;
            }

            var afterDeterminer = tokens[modifier].IsWord && WordLists.Determiners.Contains(tokens[modifier].Text(text));
            if (WordLists.BeForms.Contains(w) || WordLists.HaveForms.Contains(w) || WordLists.Modals.Contains(w)
                || (!afterDeterminer && (WordLists.IrregularPast.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))))
            {
                return !IsWord(k, "been") && !IsWord(k, "being");
            }
        }

        return false;
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
            if (coreference.IsKnownSurname(w) || GenderCues.OfFirstName(w) != Gender.Unknown || WordLists.SourceNouns.Contains(w)
                || Places.Governments.Contains(w) || Coreference.IsAcronym(w) || coreference.OrganizationFor(w.ToString()) is not null
                || WordLists.Titles.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips an addressee ("told reporters"), adverbials before "that", and the complementizer itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipToContent(int start, int end, VerbFrames frames, out bool hasComplement)
    {
        hasComplement = false;
        var t = SkipAddressee(start, end, frames);

        var adverbialFirst = t < end && tokens[t].IsWord && (WordLists.TailOpeners.Contains(tokens[t].Text(text)) || WordLists.TimeWords.Contains(tokens[t].Text(text)))
            && !(IsWord(t, "to") && t + 1 < end && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !IsDefinite(t + 1));

        // "complain bitterly that", "argued persuasively that": a manner adverb between the verb and its complementizer.
        adverbialFirst |= t + 1 < end && tokens[t].IsWord && !tokens[t].IsCapitalized && IsAdverbLike(t) && IsWord(t + 1, "that");

        // "ruled 2-1 that", "voted 52-48 that": a tally between the verb and its complementizer.
        adverbialFirst |= t + 1 < end && tokens[t].Is(TokenFlags.Numeric) && IsWord(t + 1, "that");
        if (t + 2 < end && IsPunct(t, ',') && (frames & VerbFrames.Clausal) != 0)
        {
            // "reported, without citing sources, that ...": a parenthetical between the verb and its complement.
            for (var k = t + 1; k + 1 < end && k < t + 10; k++)
            {
                if (IsPunct(k, ','))
                {
                    if (k > t + 1 && IsWord(k + 1, "that"))
                    {
                        hasComplement = true;
                        return k + 2;
                    }

                    break;
                }

                if (!tokens[k].IsWord || tokens[k].InQuote)
                {
                    break;
                }
            }
        }

        if (t + 2 < end && tokens[t].Is(TokenFlags.QuoteOpen))
        {
            // A quoted programme or outlet as addressee: 'told "Morning Joe" that ...'.
            for (var k = t + 1; k < end && k < t + 7; k++)
            {
                if (tokens[k].Is(TokenFlags.QuoteClose))
                {
                    if (k + 1 < end && IsWord(k + 1, "that"))
                    {
                        hasComplement = true;
                        return k + 2;
                    }

                    break;
                }
            }
        }

        if ((frames & VerbFrames.Object) != 0 && (frames & VerbFrames.Clausal) != 0 && ShortAddresseeBeforeThat(t, end) is var that and > 0)
        {
            // "warned Budapest that funds could be frozen", "promised voters that ...": the addressee is not content.
            t = that;
        }

        for (var k = t; k < end && k < (adverbialFirst ? t + 12 : t + 1); k++)
        {
            var tok = tokens[k];
            if (tok.InQuote || tok.Kind == TokenKind.Quote || (tok.Kind == TokenKind.Punct && !IsPunct(k, ',')))
            {
                break;
            }

            if (IsWord(k, "that") && (frames & VerbFrames.Clausal) != 0)
            {
                // "said that was not her view": here "that" is the subject, not the complementizer.
                var next = k + 1 < end ? tokens[k + 1] : default;
                var demonstrative = next.IsWord && (WordLists.BeForms.Contains(next.Text(text)) || WordLists.Modals.Contains(next.Text(text)));

                // "disputed that account, saying ...": "that" before a lone noun and a break is a determiner; the object is the content.
                var determiner = (frames & VerbFrames.Object) != 0 && next.IsWord && !next.IsCapitalized && !next.InQuote
                    && !WordLists.Pronouns.Contains(next.Text(text)) && (k + 2 >= end || tokens[k + 2].Kind == TokenKind.Punct);
                if (determiner)
                {
                    t = k;
                    break;
                }

                hasComplement = true;
                t = demonstrative ? k : k + 1;
                break;
            }
        }

        if (t + 2 < end && tokens[t].IsWord && !tokens[t].IsCapitalized && !tokens[t].InQuote && IsPunct(t + 1, ':')
            && (IsAdverbLike(t) || WordLists.ClauseAdverbs.Contains(tokens[t].Text(text)) || IsWord(t, "only")))
        {
            // 'said only: "We will see."', 'replied simply: ...': the adverb says how, the colon opens what.
            t++;
        }

        if ((frames & VerbFrames.Clausal) != 0 && t < end && tokens[t].IsWord && !tokens[t].InQuote && MediumColonAfter(t, end) is var colon and > 0)
        {
            // 'said in a statement: "..."', 'tweeted using her @handle account: "..."': the adjunct says how or where
            // the source spoke; the quotation after the colon is what was said.
            t = colon;
        }

        while (t < end && (IsPunct(t, ',') || IsPunct(t, ':') || IsPunct(t, '\u2014') || IsPunct(t, '-')))
        {
            hasComplement |= IsPunct(t, ':');
            t++;
        }

        if (t < end && (tokens[t].Is(TokenFlags.QuoteOpen) || IsWord(t, "whether") || IsWord(t, "if")))
        {
            hasComplement = true;
        }

        if (t + 1 < end && (frames & VerbFrames.Clausal) != 0 && tokens[t].IsWord && WordLists.SubjectPronouns.Contains(tokens[t].Text(text))
            && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized)
        {
            // "Court records show he was convicted": a subject pronoun can only open a clause, so the complement is explicit.
            hasComplement = true;
        }

        return t;
    }

    /// <summary>The colon after an adjunct of manner, place or time that a quotation follows, else -1.</summary>
    private int MediumColonAfter(int start, int end)
    {
        for (var k = start + 1; k + 1 < end && k < start + 13; k++)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.Quote)
            {
                return -1;
            }

            if (IsPunct(k, ':'))
            {
                return tokens[k + 1].Is(TokenFlags.QuoteOpen) && IsAdjunctBeforeColon(start, k + 1) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// After a closing cue only an adverbial may follow ("said Friday afternoon, as ...", "said in a statement"),
    /// otherwise the cue governs what follows it.
    /// </summary>
    private bool IsShortTail(int tailStart, int end)
    {
        var words = 0;
        for (var k = tailStart; k < end; k++)
        {
            var tok = tokens[k];
            if (tok.Kind is TokenKind.Punct or TokenKind.Quote)
            {
                return k == tailStart || words <= MaxFinalTail;
            }

            if (tok.IsWord)
            {
                if (words == 0 && !WordLists.TailOpeners.Contains(tok.Text(text)))
                {
                    return false;
                }

                if (IsWord(k, "that"))
                {
                    return false;
                }

                words++;
            }
        }

        return words <= MaxFinalTail;
    }

    /// <summary>
    /// Index of "that" (or "whether"/"if": "asked the minister whether ...") after a noun phrase of at most four
    /// words right after the verb, else -1.
    /// </summary>
    private int ShortAddresseeBeforeThat(int start, int end)
    {
        for (var k = start; k < end && k < start + 5; k++)
        {
            if (IsWord(k, "that") || IsWord(k, "whether") || IsWord(k, "if"))
            {
                return k > start ? k : -1;
            }

            var tok = tokens[k];
            if (!tok.IsWord || tok.InQuote)
            {
                return -1;
            }

            var w = tok.Text(text);
            if (!tok.IsCapitalized && ((WordLists.NounPhraseStops.Contains(w) && !WordLists.Determiners.Contains(w) && !WordLists.ObjectPronouns.Contains(w))
                || WordLists.InnerPrepositions.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return -1;
            }
        }

        return -1;
    }

    private int SkipAddressee(int start, int end, VerbFrames frames)
    {
        if ((frames & VerbFrames.Addressee) == 0 || start >= end || !tokens[start].IsWord || tokens[start].InQuote || IsWord(start, "that"))
        {
            return start;
        }

        if (IsObjectPronoun(start))
        {
            return start + 1;
        }

        if (ShortAddresseeBeforeThat(start, end) is var that and > 0)
        {
            // "told a briefing that ...", "told the BBC that ...".
            return that;
        }

        var addressee = parser.ParseForward(start, end);
        if (addressee.Head.IsEmpty)
        {
            return start;
        }

        // "told reporters the decision was final": a determiner after the addressee opens the content's subject.
        for (var k = addressee.Head.First + 1; k < addressee.Head.End; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.Determiners.Contains(tokens[k].Text(text))
                && tokens[k - 1].IsWord && !WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)))
            {
                return k;
            }
        }

        return addressee.Head.End;
    }

    private int SubjectPronounWithin(int from, int end, int max)
    {
        for (var k = from + 1; k < end && k < from + max; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return -1;
            }

            var w = tokens[k].Text(text);
            if (w is "he" or "she" or "they" or "we" or "I" or "it")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Skips "on Friday", "last week", "earlier this month" right after a cue.</summary>
    private int SkipTimeAdverbial(int t, int end)
    {
        var k = t;
        while (k < end && k < t + 4 && tokens[k].IsWord && !tokens[k].InQuote
            && (WordLists.TimeWords.Contains(tokens[k].Text(text)) || IsWeekdayToken(k)))
        {
            k++;
        }

        return k > t && (k - t > 1 || !IsWord(t, "on")) ? k : t;
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

    /// <summary>The pronoun or trailing name of a phrase that does not start its clause; empty when there is none.</summary>
    private SourceMention TrailingName(SourceMention subject)
    {
        var head = subject.Head;
        var last = head.End - 1;
        if (parser.IsPronoun(head) || subject.Full.End != head.End || !tokens[last].IsCapitalized)
        {
            return default;
        }

        var k = last;
        while (k - 1 >= head.First && tokens[k - 1].IsCapitalized)
        {
            k--;
        }

        if (k == head.First || k - 1 < head.First || tokens[k - 1].IsCapitalized || tokens[k - 1].Kind == TokenKind.Possessive
            || !tokens[k - 1].IsWord || WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)))
        {
            return default;
        }

        var name = new TokenRange(k, head.End);
        return new SourceMention(name, name);
    }

    /// <summary>A subject must open its clause: "it pledged" inside "the target it pledged to reach" is a relative clause.</summary>
    private bool StartsClause(int subjectFirst, int first)
    {
        var b = subjectFirst - 1;
        while (b >= first && b >= subjectFirst - 3 && tokens[b].IsWord && WordLists.TimeWords.Contains(tokens[b].Text(text)))
        {
            // "Last week Stumpf said": a time adverbial may open the clause before its subject.
            b--;
        }

        if (b < first)
        {
            return true;
        }

        var tok = tokens[b];
        if (tok.Kind is TokenKind.Punct or TokenKind.Quote or TokenKind.Symbol)
        {
            return true;
        }

        if (tok.IsCapitalized && tokens[subjectFirst].IsWord && WordLists.Pronouns.Contains(tokens[subjectFirst].Text(text))
            && !tokens[subjectFirst].Text(text).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            // "... in an interview with the network RT he blasted": a pronoun after a name starts a clause.
            return true;
        }

        return tok.IsWord && WordLists.ClauseOpeners.Contains(tok.Text(text));
    }

    /// <summary>
    /// Subject-verb agreement separates verbs from look-alike nouns: "officials say" / "Iran says" are cues,
    /// "battleground state Florida" and "tremendous support" are not.
    /// </summary>
    private bool Agrees(VerbHit hit, TokenRange subject, int verb)
    {
        if (hit.Form is not (VerbForm.Base or VerbForm.ThirdPerson))
        {
            return true;
        }

        var plural = IsPluralSubject(subject);
        if (hit.Form == VerbForm.ThirdPerson)
        {
            return plural != true;
        }

        if (plural != false)
        {
            return true;
        }

        // Base form after an auxiliary: "did not say", "will argue".
        for (var k = subject.End; k < verb; k++)
        {
            if (tokens[k].IsWord && WordLists.Auxiliaries.Contains(tokens[k].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when plural, false when singular, null when a name ending in s leaves it open.</summary>
    private bool? IsPluralSubject(TokenRange subject)
    {
        // Only a coordination of heads counts: "The Tax Policy Center at the Urban Institute and Brookings" is one center.
        for (var k = subject.First; k < subject.End; k++)
        {
            if (k > subject.First && tokens[k].IsWord && WordLists.InnerPrepositions.Contains(tokens[k].Text(text)))
            {
                break;
            }

            if (IsWord(k, "and") || IsPunct(k, '&'))
            {
                return true;
            }
        }

        // The head is the last word before a complement: "advisers to Mr. Obama", "supporters in Congress".
        var head = subject.End - 1;
        for (var k = subject.First + 1; k < subject.End; k++)
        {
            if (tokens[k].IsWord && WordLists.InnerPrepositions.Contains(tokens[k].Text(text)))
            {
                head = k - 1;
                break;
            }

            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.HandlingParticiples.Contains(tokens[k].Text(text)))
            {
                // "Figures released by the statistics office", "a letter signed by 40 scientists": the participle
                // phrase modifies the noun before it.
                head = k - 1;
                break;
            }
        }

        while (head > subject.First && !tokens[head].IsWord)
        {
            head--;
        }

        if (head > subject.First && WordLists.PostnominalAdjectives.Contains(tokens[head].Text(text)))
        {
            // "People close to the governor", "those familiar with the talks": the noun before the adjective heads it.
            head--;
        }

        var w = tokens[head].Text(text);
        if (WordLists.PluralPronouns.Contains(w))
        {
            return true;
        }

        if (WordLists.Pronouns.Contains(w))
        {
            return false;
        }

        var dash = w.IndexOf('-');
        if (WordLists.CollectivePlurals.Contains(w) || tokens[head].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(w)
            || (dash > 0 && WordLists.NumberWords.Contains(w[..dash])))
        {
            return true;
        }

        var endsInS = w.Length > 2 && (w[^1] == 's' || w[^1] == 'S') && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !w.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("is", StringComparison.OrdinalIgnoreCase);
        if (tokens[head].IsCapitalized)
        {
            return endsInS ? null : false;
        }

        return endsInS || WordLists.CollectivePlurals.Contains(w);
    }

    /// <summary>"During his years in office, Obama said" / "As for RT, he said": an adverbial, not content.</summary>
    private bool IsIntroductoryPhrase(int first, int before)
    {
        if (!tokens[first].IsWord || !WordLists.IntroductoryWords.Contains(tokens[first].Text(text)) || CountWords(first, before) > 12)
        {
            return false;
        }

        if (IsWord(first, "this") && first + 1 < before && tokens[first + 1].IsWord && (WordLists.BeForms.Contains(tokens[first + 1].Text(text))
            || WordLists.Modals.Contains(tokens[first + 1].Text(text)) || WordLists.HaveForms.Contains(tokens[first + 1].Text(text))))
        {
            // "This is the same lead, said X": a demonstrative subject with its verb is a clause, not "This week, X said".
            return false;
        }

        if (first + 1 < before && IsWord(first, "at") && (IsWord(first + 1, "least") || IsWord(first + 1, "most")))
        {
            // "At least 40 people were killed, officials said": a quantity opens the subject, not an adverbial.
            return false;
        }

        for (var k = first; k < before; k++)
        {
            if ((IsPunct(k, ',') && !tokens[k].InQuote) || (tokens[k].InQuote && k == first + 1))
            {
                return false;
            }

            if (k > first + 1 && tokens[k].IsWord && !tokens[k].InQuote && (tokens[k].Text(text) is "is" or "was" or "were" or "are"
                || WordLists.Modals.Contains(tokens[k].Text(text))))
            {
                // "In the north, houses were flattened" without its comma: a finite verb makes the prefix a clause.
                return false;
            }
        }

        return true;
    }

    /// <summary>"ROME (Reuters) - ..." / "WASHINGTON ― ...": a dateline is not part of any claim's content.</summary>
    private int SkipDateline(int first, int end)
    {
        if (OutletDatelineEnd(first, end) is var outlet and > 0)
        {
            return outlet;
        }

        var k = first;
        var capsWords = 0;
        while (k < end && k < first + 10)
        {
            var tok = tokens[k];
            if (tok.IsWord && IsAllCaps(k, k + 1) && tok.Length >= 2)
            {
                capsWords++;
            }
            else if (tok.IsPunct(text, '('))
            {
                while (k < end && k < first + 10 && !IsPunct(k, ')'))
                {
                    k++;
                }
            }
            else if (!IsPunct(k, ',') && !IsPunct(k, '.') && !tok.IsCapitalized && !tok.Is(TokenFlags.Numeric))
            {
                break;
            }

            k++;
        }

        if (capsWords == 0 || k >= end || tokens[k].Kind != TokenKind.Punct || !(IsPunct(k, '-') || IsPunct(k, '\u2014') || IsPunct(k, '\u2013') || IsPunct(k, '\u2015')))
        {
            return first;
        }

        return k + 1 < end ? k + 1 : first;
    }

    /// <summary>
    /// "Kyiv, Ukraine (CNN) Ukrainian officials said": capitalized place words, then an all-caps outlet in parentheses
    /// with no dash after it; the text starts after the parenthesis. -1 when the unit does not open that way.
    /// </summary>
    private int OutletDatelineEnd(int first, int end)
    {
        for (var k = first; k < end && k < first + 6; k++)
        {
            if (IsPunct(k, '('))
            {
                var close = k + 1;
                while (close < end && close < k + 4 && tokens[close].IsWord && IsAllCaps(close, close + 1))
                {
                    close++;
                }

                // An outlet is a short all-caps word ("CNN", "AP"): "(D)" after a name is a party, "(NATO)" follows "The ...".
                return k > first && close == k + 2 && tokens[k + 1].Length is >= 2 and <= 5 && close + 1 < end && IsPunct(close, ')')
                    && tokens[close + 1].IsCapitalized ? close + 1 : -1;
            }

            if (!(tokens[k].IsCapitalized || IsPunct(k, ',')) || (tokens[k].IsWord && WordLists.Determiners.Contains(tokens[k].Text(text)))
                || (tokens[k].IsWord && WordLists.Titles.Contains(tokens[k].Text(text))))
            {
                return -1;
            }
        }

        return -1;
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
}
