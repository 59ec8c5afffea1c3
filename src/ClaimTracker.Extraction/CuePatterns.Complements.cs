using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Where the content starts after a cue: addressees, adverbials, complementizers and colons.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// Whether the word after "to" is a verb: one the treebank lexicon reads as a verb, or an unlisted lower-case word
    /// that is neither a plural nor a noun for a source ("to resume", not "to reporters" or "to parliament").
    /// </summary>
    private bool IsInfinitiveVerb(int k)
    {
        if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].InQuote || tokens[k].Is(TokenFlags.Numeric))
        {
            return false;
        }

        var w = tokens[k].Text(text);
        return PresentVerbs.Of(w) switch
        {
            PresentVerbClass.Verb or PresentVerbClass.Ambiguous => true,
            PresentVerbClass.None => w[^1] != 's' && !WordLists.IsSourceNoun(w) && !WordLists.Determiners.Contains(w)
                && !WordLists.Pronouns.Contains(w) && !WordLists.NounPhraseStops.Contains(w),
            _ => false,
        };
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

        // "insisted only on Saturday that", "warned just last week that", "said only that": a focus particle before a time,
        // a place or the complementizer itself modifies the saying, not the content.
        adverbialFirst |= t + 2 < end && tokens[t].IsWord && !tokens[t].InQuote && (IsWord(t, "only") || IsWord(t, "just") || IsWord(t, "even"))
            && tokens[t + 1].IsWord && (WordLists.TailOpeners.Contains(tokens[t + 1].Text(text)) || WordLists.TimeWords.Contains(tokens[t + 1].Text(text))
                || (IsWord(t + 1, "that") && tokens[t + 2].IsWord && !WordLists.BeForms.Contains(tokens[t + 2].Text(text))
                    && !WordLists.Modals.Contains(tokens[t + 2].Text(text))));

        // "have warned for years that", "has argued since 2019 that": a duration or a starting point.
        adverbialFirst |= IsDurationBeforeThat(t, end);

        // "said to reporters that", "said to the court that": "to" with its addressee before the complementizer; "continue
        // to ignore the fact that" is an infinitive.
        adverbialFirst |= t + 1 < end && IsWord(t, "to") && tokens[t + 1].IsWord
            && (tokens[t + 1].IsCapitalized || WordLists.Determiners.Contains(tokens[t + 1].Text(text)) || WordLists.ObjectPronouns.Contains(tokens[t + 1].Text(text))
                || WordLists.IsSourceNoun(tokens[t + 1].Text(text)))
            && ShortAddresseeBeforeThat(t + 1, end) > 0;

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

        if (t + 3 < end && (frames & VerbFrames.Clausal) != 0 && !tokens[t].InQuote && (parser.IsDash(t) || IsPunct(t, '('))
            && AsideClose(t, end) is var close and > 0 && close + 1 < end && tokens[close + 1].IsWord)
        {
            // "told parliament — in what aides called an improvised speech — that ...", "said (in a written reply) that ...":
            // an aside between dashes or brackets stands between the verb and its complement.
            hasComplement = IsWord(close + 1, "that");
            return hasComplement ? close + 2 : close + 1;
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

        if ((frames & VerbFrames.NeedsComplement) != 0 && IsEvidenceBeforeThat(t, end))
        {
            // "found no evidence that the vote was rigged", "showed clear signs that demand was slowing": the finding is the
            // evidence with its clause, negation and all.
            hasComplement = true;
            return t;
        }

        if ((frames & VerbFrames.NeedsComplement) != 0 && t == start && start > 0 && tokens[start - 1].IsWord
            && ShowForms.Contains(tokens[start - 1].Text(text)) && IsSubjectWithIngPredicate(t, end))
        {
            // "Figures show exports falling", "the data showed prices rising by 3 percent": "show" with a noun and its
            // -ing predicate reports a state of affairs as a clause would.
            hasComplement = true;
            return t;
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

            if (k > t && IsWord(k, "to") && k + 1 < end && IsInfinitiveVerb(k + 1))
            {
                // "agreed on Saturday to resume talks on a deal that collapsed": past the adverbial an infinitive is the
                // complement, and a "that" after it opens a relative clause inside it.
                break;
            }

            if (IsWord(k, "that") && (frames & VerbFrames.Clausal) != 0)
            {
                // "said that was not her view": here "that" is the subject, not the complementizer.
                var next = k + 1 < end ? tokens[k + 1] : default;
                // "said that's the third flood": the clitic "'s" is "is", so "that" is its subject too.
                var demonstrative = (next.IsWord && (WordLists.BeForms.Contains(next.Text(text)) || WordLists.Modals.Contains(next.Text(text))))
                    || (next.Kind == TokenKind.Possessive && k + 1 < end);

                // "disputed that account, saying ...": "that" before a lone noun and a break is a determiner; the object is the content.
                // A number after it opens the clause's subject ("estimated that 40% of homes ..."), not a noun of "that".
                var determiner = (frames & VerbFrames.Object) != 0 && k + 1 < end && next.IsWord && !next.IsCapitalized && !next.InQuote && !next.Is(TokenFlags.Numeric)
                    && !WordLists.Pronouns.Contains(next.Text(text)) && (k + 2 >= end || tokens[k + 2].Kind == TokenKind.Punct);
                if (determiner)
                {
                    t = k;
                    break;
                }

                // "Police held that man for two days", "found that car in a ditch": before a lone noun and a preposition
                // "that" points at a thing; a clause would go on with the noun's verb.
                if ((frames & VerbFrames.NeedsComplement) != 0 && k + 1 < end && next.IsWord && !next.IsCapitalized && !next.InQuote && !next.Is(TokenFlags.Numeric)
                    && !WordLists.Pronouns.Contains(next.Text(text)) && !WordLists.Determiners.Contains(next.Text(text))
                    && !WordLists.NounPhraseStops.Contains(next.Text(text)) && !IsAdverbLike(k + 1) && k + 2 < end
                    && tokens[k + 2].IsWord && WordLists.InnerPrepositions.Contains(tokens[k + 2].Text(text)) && !HasFiniteVerbBeforeBreak(k + 3, end))
                {
                    break;
                }

                hasComplement = true;
                t = demonstrative ? k : k + 1;
                break;
            }
        }

        var degree = t + 2 < end && (IsWord(t, "more") || IsWord(t, "most") || IsWord(t, "less")) && IsAdverbLike(t + 1) ? 1 : 0;
        if (t + degree + 1 < end && tokens[t + degree].IsWord && !tokens[t + degree].IsCapitalized && !tokens[t + degree].InQuote && IsPunct(t + degree + 1, ':')
            && (IsAdverbLike(t + degree) || WordLists.ClauseAdverbs.Contains(tokens[t + degree].Text(text)) || IsWord(t + degree, "only")))
        {
            // 'said only: "We will see."', 'replied simply: ...', 'put it more bluntly:' closing its paragraph: the adverb
            // says how, the colon opens what.
            t += degree + 1;
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

        // "Police are assessing whether …", "did not know if …": a verb of thinking or finding before an open question
        // decides or weighs nothing yet; "doubted whether" and the verbs of asking and saying ("did not answer whether")
        // do report.
        var question = t < end && (IsWord(t, "whether") || IsWord(t, "if"));
        if (t < end && (tokens[t].Is(TokenFlags.QuoteOpen)
            || (question && ((frames & VerbFrames.NeedsComplement) == 0 || (frames & (VerbFrames.Closes | VerbFrames.Weak)) == VerbFrames.Closes
                || (start > 0 && tokens[start - 1].Text(text).StartsWith("doubt", StringComparison.OrdinalIgnoreCase))))))
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

    /// <summary>"for years that", "for the past decade that", "since 2019 that": only words of time before "that".</summary>
    private bool IsDurationBeforeThat(int t, int end)
    {
        if (t + 2 >= end || !(IsWord(t, "for") || IsWord(t, "since")) || tokens[t].InQuote)
        {
            return false;
        }

        for (var k = t + 1; k < end && k < t + 6; k++)
        {
            if (IsWord(k, "that"))
            {
                return k > t + 1;
            }

            if (!tokens[k].Is(TokenFlags.Numeric) && !(tokens[k].IsWord && (WordLists.TimeWords.Contains(tokens[k].Text(text))
                || WordLists.NumberWords.Contains(tokens[k].Text(text)) || DurationWords.Contains(tokens[k].Text(text)))))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet DurationWords = new(
        "a", "an", "the", "past", "several", "many", "some", "few", "decade", "decades", "hour", "hours", "long", "time", "century",
        "generation", "generations", "then", "at", "least");

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
        var inName = false;
        for (var k = tailStart; k < end; k++)
        {
            // "in the journal Proceedings of the National Academy of Sciences": a name is one phrase however many words
            // it has, its lower-case joining words included.
            if (inName && tokens[k].IsWord && (tokens[k].IsCapitalized
                || (k + 1 < end && tokens[k + 1].IsCapitalized && tokens[k].Text(text) is "of" or "for" or "the" or "and" or "on")))
            {
                continue;
            }

            // A name starts after a lower-case word: a title-case headline's words are each counted.
            inName = tokens[k].IsWord && tokens[k].IsCapitalized && k > tailStart && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized;
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
            if (IsWord(k, "if") && k > start && !IsAddresseeWord(k - 1))
            {
                // "threatened strikes if the stake is sold", "promised refunds if flights are cancelled": "if" after a
                // thing opens a condition on the object, which is what was threatened or promised; only a person is
                // asked "if".
                return -1;
            }

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
                || WordLists.InnerPrepositions.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal)
                // "admitted taking a remedy that contained …": a gerund opens the object, and "that" a relative clause in
                // it; before a noun for people it is an adjective ("warned visiting fans that …").
                || (k == start && w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && !(k + 1 < end && IsAddresseeWord(k + 1)
                    && !WordLists.DocumentWords.Contains(tokens[k + 1].Text(text)) && !WordLists.MediaWords.Contains(tokens[k + 1].Text(text))))))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A word that can end the noun phrase of someone spoken to: a name, an object pronoun or a source noun.</summary>
    private bool IsAddresseeWord(int k) =>
        tokens[k].IsCapitalized || (tokens[k].IsWord && (WordLists.ObjectPronouns.Contains(tokens[k].Text(text)) || WordLists.IsSourceNoun(tokens[k].Text(text))));

    private int SkipAddressee(int start, int end, VerbFrames frames)
    {
        if ((frames & VerbFrames.Addressee) == 0 || start >= end || !tokens[start].IsWord || tokens[start].InQuote || IsWord(start, "that"))
        {
            return start;
        }

        if (IsObjectPronoun(start))
        {
            return InfinitiveAt(start + 1, end) ? start : start + 1;
        }

        if (start + 2 < end && (IsWord(start, "this") || IsWord(start, "these")) && tokens[start + 1].IsWord && !tokens[start + 1].IsCapitalized
            && (WordLists.MediaWords.Contains(tokens[start + 1].Text(text)) || tokens[start + 1].Text(text) is "reporter" or "correspondent" or "writer"
                || OpensReportedClause(start + 2)))
        {
            // "told this newspaper the mine would close", "told this committee that ...": a demonstrative addressee (the
            // reporter's own outlet among them) is never content.
            return start + 2;
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

        if (DeterminerInsideAddressee(addressee.Head) is var subjectStart and > 0)
        {
            return subjectStart;
        }

        // "told residents to stay indoors": the addressee is the subject of the infinitive and belongs to the content,
        // as it does after "urged" or "asked".
        if (InfinitiveAfterAddressee(addressee.Head.End, end))
        {
            return start;
        }

        // "informed the regulator and the police", "told staff and parents that ...": what was said cannot open with
        // "and", so a phrase joined after the addressee is a second addressee.
        var after = addressee.Head.End;
        if (after + 1 < end && (IsWord(after, "and") || IsWord(after, "or")) && parser.ParseForward(after + 1, end) is { Head.IsEmpty: false } second)
        {
            return DeterminerInsideAddressee(second.Head) is var secondSubject and > 0 ? secondSubject : second.Head.End;
        }

        return after;
    }

    /// <summary>The dash or bracket that closes the aside opened at <paramref name="open"/> within a short span; -1 when none does.</summary>
    private int AsideClose(int open, int end)
    {
        var bracket = IsPunct(open, '(');
        for (var k = open + 2; k < end && k < open + 20; k++)
        {
            if (bracket ? IsPunct(k, ')') : parser.IsDash(k))
            {
                return k;
            }

            if (tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] is '.' or '!' or '?' or ';' or ':' && !parser.IsAbbreviationPeriod(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "told reporters the decision was final": a determiner inside what parsed as the addressee, after no preposition,
    /// opens the content's subject; -1 when there is none.
    /// </summary>
    private int DeterminerInsideAddressee(TokenRange addressee)
    {
        for (var k = addressee.First + 1; k < addressee.End; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.Determiners.Contains(tokens[k].Text(text))
                && tokens[k - 1].IsWord && !WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// An infinitive after the addressee and its modifiers ("people living near the depot to leave"). A determiner that
    /// follows no preposition opens a clause's subject instead ("told reporters the plan to cut jobs was dead").
    /// </summary>
    private bool InfinitiveAfterAddressee(int k, int end)
    {
        for (var limit = k + 7; k < end && k < limit; k++)
        {
            if (InfinitiveAt(k, end))
            {
                return true;
            }

            // "told the group she had been unable to work": a subject pronoun or a finite verb opens the reported
            // clause, whose own infinitive comes later.
            if (!tokens[k].IsWord || tokens[k].InQuote || IsWord(k, "that") || TryMatchCue(k, end, out _, out _)
                || WordLists.SubjectPronouns.Contains(tokens[k].Text(text))
                || (IsFiniteAuxiliary(k, end) && !(IsWord(k - 1, "who") || IsWord(k - 1, "which")))
                || (WordLists.Determiners.Contains(tokens[k].Text(text)) && !(tokens[k - 1].IsWord && (WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)) || WordLists.LocativePrepositions.Contains(tokens[k - 1].Text(text))))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"to" and a bare verb ("to leave", "never to speak"), not "to" and a noun phrase ("to the BBC").</summary>
    private bool InfinitiveAt(int k, int end)
    {
        if (k < end && IsWord(k, "never"))
        {
            k++;
        }

        return k + 1 < end && IsWord(k, "to") && tokens[k + 1].IsWord && !tokens[k + 1].InQuote && !tokens[k + 1].IsCapitalized
            && !WordLists.Determiners.Contains(tokens[k + 1].Text(text)) && !WordLists.Pronouns.Contains(tokens[k + 1].Text(text));
    }

    /// <summary>A word that opens a reported clause after an addressee: "that", a determiner or a subject pronoun.</summary>
    private bool OpensReportedClause(int k) =>
        tokens[k].IsWord && !tokens[k].InQuote
        && (IsWord(k, "that") || (WordLists.Determiners.Contains(tokens[k].Text(text)) && !IsWord(k, "this")) || WordLists.SubjectPronouns.Contains(tokens[k].Text(text)));

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

        if (k > t && ((k - t == 1 && (IsWord(t, "this") || IsWord(t, "these") || IsWord(t, "last") || IsWord(t, "next")) && k < end && tokens[k].IsWord
                && !WordLists.ClauseOpeners.Contains(tokens[k].Text(text)) && !WordLists.Subordinators.Contains(tokens[k].Text(text)))
            || (k < end && tokens[k].IsWord && !tokens[k].InQuote && (WordLists.Modals.Contains(tokens[k].Text(text)) || WordLists.BeForms.Contains(tokens[k].Text(text))))))
        {
            // "said this mine would close", "said this year would be hard": a determiner without its time noun, or a time
            // phrase before the verb, is the reported clause's subject.
            return t;
        }

        if (k > t && k < end && tokens[k].Kind == TokenKind.Possessive)
        {
            // "said this year's selection was the strongest", "said last week's vote was rigged": the time phrase owns the
            // subject's noun.
            return t;
        }

        if (k > t && k < end && IsWord(k, "of") && TimeNouns.Contains(tokens[k - 1].Text(text)))
        {
            // "said years of neglect were to blame", "describe night of terror": a time noun with its complement heads a
            // noun phrase, the clause's subject or the verb's object.
            return t;
        }

        return k > t && (k - t > 1 || !IsWord(t, "on")) ? k : t;
    }

    // Time words that are nouns: they take an "of" complement ("night of terror") and "that" as a determiner ("that day");
    // "said earlier of the plan" is an adverb and a topic.
    private static readonly WordSet TimeNouns = new(
        "day", "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "days", "weeks", "months", "years");

    private static readonly WordSet EvidenceNouns = new(
        "evidence", "proof", "sign", "signs", "indication", "indications", "trace", "traces", "hint", "hints", "suggestion");

    /// <summary>"no evidence that", "strong scientific evidence that", "little sign that": a short phrase of evidence and "that".</summary>
    private bool IsEvidenceBeforeThat(int t, int end)
    {
        for (var k = t; k + 1 < end && k < t + 4; k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].InQuote)
            {
                return false;
            }

            if (EvidenceNouns.Contains(tokens[k].Text(text)))
            {
                return IsWord(k + 1, "that");
            }
        }

        return false;
    }

    private static readonly WordSet ShowForms = new("show", "shows", "showed", "shown");

    /// <summary>
    /// "inflation falling to 2 percent", "the man holding a knife", "prices rising sharply": a short noun phrase, then an
    /// -ing verb that goes on with a preposition, a number, an adverb or an object.
    /// </summary>
    private bool IsSubjectWithIngPredicate(int t, int end)
    {
        for (var g = t + 1; g + 1 < end && g <= t + 4; g++)
        {
            var before = tokens[g - 1].Text(text);
            if (!tokens[g - 1].IsWord || tokens[g - 1].InQuote || WordLists.InnerPrepositions.Contains(before)
                || (WordLists.NounPhraseStops.Contains(before) && !WordLists.Determiners.Contains(before)))
            {
                return false;
            }

            var w = tokens[g].Text(text);
            if (!tokens[g].IsWord || tokens[g].IsCapitalized || w.Length < 6 || !w.EndsWith("ing", StringComparison.Ordinal) || WordLists.IngNouns.Contains(w))
            {
                continue;
            }

            // After a determiner or another -ing word the -ing word modifies a noun ("the growing deficit").
            if (before.EndsWith("ing", StringComparison.Ordinal) || WordLists.Determiners.Contains(before))
            {
                return false;
            }

            var next = tokens[g + 1];
            return next.Is(TokenFlags.Numeric) || (next.IsWord && !next.IsCapitalized
                && (WordLists.InnerPrepositions.Contains(next.Text(text)) || WordLists.Determiners.Contains(next.Text(text)) || IsAdverbLike(g + 1)));
        }

        return false;
    }

    /// <summary>Whether a finite verb comes before the next punctuation mark, within a few words.</summary>
    private bool HasFiniteVerbBeforeBreak(int from, int end)
    {
        for (var k = from; k < end && k < from + 8 && tokens[k].Kind != TokenKind.Punct; k++)
        {
            if (tokens[k].IsWord && (IsFiniteVerb(k) || IsPastWithAdjunct(k, end)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "pupils at schools with bans scored on average higher", "schools in rural areas spent less": a past after a noun,
    /// going on with more than an agent ("abandoned by thieves") or nothing ("found that man injured"), is the clause's
    /// own verb.
    /// </summary>
    private bool IsPastWithAdjunct(int k, int end)
    {
        var w = tokens[k].Text(text);
        return !tokens[k].IsCapitalized && !tokens[k].InQuote
            && ((w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || WordLists.IrregularPast.Contains(w))
            && k - 1 >= 0 && tokens[k - 1].IsWord && !WordLists.BeForms.Contains(tokens[k - 1].Text(text)) && !WordLists.HaveForms.Contains(tokens[k - 1].Text(text))
            && k + 1 < end && tokens[k + 1].IsWord && !IsWord(k + 1, "by");
    }
}
