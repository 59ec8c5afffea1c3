namespace ClaimTracker.Extraction;

/// <summary>Second cues sharing or naming the source: participles, coordinated and concessive clauses, fronted participles and gerunds.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// A second cue sharing the source gives a second claim: "X criticized the plan, saying it ...",
    /// "X called the move "reckless" and called for ...", '"...," he said, adding that ...'.
    /// </summary>
    private void SplitSecondCue(Attribution main, int end, int paragraph, int unit)
    {
        var current = main;
        for (var guard = 0; guard < 4; guard++)
        {
            int from;
            if (current.Mode == CueMode.Front && current.Segments.Count == 1)
            {
                from = FirstTokenAt(current.Segments[0].Start, end) + 1;
            }
            else if (current.Mode == CueMode.Final && current.TailStart > 0)
            {
                from = current.TailStart;
            }
            else
            {
                return;
            }

            var next = FindSecondCue(current, from, end, paragraph, unit);
            if (next is null)
            {
                return;
            }

            _found.Add(next);
            current = next;
        }
    }

    /// <summary>
    /// ', calling it "baseless."', ', calling them a disgrace': a naming verb is weak ("calling a meeting"), but with a
    /// pronoun object or a quotation right after it, it reports a verdict.
    /// </summary>
    private bool IsNamingWithPredicate(VerbFrames frames, int cueEnd, int end)
    {
        if ((frames & VerbFrames.ObjectComplement) == 0 || cueEnd + 1 >= end)
        {
            return false;
        }

        if (tokens[cueEnd].IsWord && tokens[cueEnd].Text(text) is "it" or "them" or "him" or "her" or "this" or "that")
        {
            return tokens[cueEnd + 1].IsWord || tokens[cueEnd + 1].Is(TokenFlags.QuoteOpen);
        }

        for (var k = cueEnd; k < end && k < cueEnd + 6; k++)
        {
            if (tokens[k].Is(TokenFlags.QuoteOpen))
            {
                return true;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private Attribution? FindSecondCue(Attribution current, int from, int end, int paragraph, int unit)
    {
        var limit = end;
        if (current.Mode == CueMode.Final)
        {
            // Only right after the cue clause: '..., he said in a statement, adding that ...'.
            limit = from;
            while (limit < end && limit < from + 8 && !IsPunct(limit, ',') && tokens[limit].IsWord)
            {
                limit++;
            }

            limit = Math.Min(end, limit + 1);

            // "..., the commission said on Sunday, but opposition parties rejected the result": a clause coordinated after
            // the cue clause has its own subject, and may report on its own.
            if (limit < end && IsPunct(limit - 1, ',') && tokens[limit].IsWord
                && (tokens[limit].Text(text) is "but" or "and" or "while" or "whereas" or "though" or "although" || IsContrastiveAs(limit))
                && TryCoordinatedClause(limit, end, paragraph, unit) is { } other)
            {
                return other;
            }
        }

        for (var t = from; t < limit && t + 1 < end; t++)
        {
            // 'X said: "...," adding that ...': the comma sits inside the closing quote.
            var afterQuote = tokens[t].Is(TokenFlags.QuoteClose) && t - 1 >= from && IsPunct(t - 1, ',') && tokens[t + 1].IsWord && !tokens[t + 1].InQuote;
            if (tokens[t].InQuote && !afterQuote)
            {
                continue;
            }

            // "defended the record while promising ...": a participle after "while" shares the subject too, unless the
            // content is a clause with a verb of its own ("alleged that the firm sold the pills while playing down the
            // risk"), whose subject the participle then shares.
            var gerund = (IsPunct(t, ',') || afterQuote
                    || (current.Mode == CueMode.Front && (IsWord(t, "while") || IsWord(t, "whilst"))
                        && !IsReportedClauseBefore(current, t, end)))
                && tokens[t + 1].IsWord;
            var coordinated = (IsWord(t, "and") || IsWord(t, "but")) && tokens[t + 1].IsWord && current.Mode == CueMode.Front;
            if (current.Mode == CueMode.Front && (IsWord(t, "and") || IsWord(t, "but") || IsPunct(t, ';') || IsWord(t, "while")
                    || IsWord(t, "though") || IsWord(t, "although") || IsWord(t, "whereas") || IsContrastiveAs(t) || IsOthersSplice(t))
                && tokens[t + 1].IsWord && !(IsWord(t, "and") && OnlyANounPhraseBefore(current, t))
                && (TryCoordinatedClause(t, end, paragraph, unit) ?? CoordinatedCitation(t, end, paragraph, unit)) is { } other)
            {
                // "..., though she noted X": the new clause has its own source and cue.
                var segmentEnd = FirstTokenAt(current.Segments[0].End, end);
                var head = Trim(FirstTokenAt(current.Segments[0].Start, end), Math.Min(t, segmentEnd));
                if (head.IsEmpty)
                {
                    return null;
                }

                current.Segments[0] = ToSpan(head);
                current.Kind = Classify(head);
                return other;
            }

            if (!gerund && !coordinated)
            {
                continue;
            }

            if (coordinated && ClauseOpensBetween(FirstTokenAt(current.Segments[^1].End, end), t, closedRelative: true))
            {
                // "described her as a disgrace after she attacked X and blamed Y": the content ended before a
                // subordinate clause, and this "and" coordinates inside that clause, with its own subject.
                continue;
            }

            // "and later said", "and has called for", "and has also argued".
            var verb = t + 1;
            var goingOn = gerund && verb + 3 < end && IsWord(verb, "going") && IsWord(verb + 1, "on") && IsWord(verb + 2, "to");
            if (goingOn)
            {
                // "..., Delgado said, going on to say that ...".
                verb += 3;
            }

            while (coordinated && verb + 1 < end && verb < t + 3 && tokens[verb].IsWord
                && (IsAdverbLike(verb) || WordLists.HaveForms.Contains(tokens[verb].Text(text))))
            {
                verb++;
            }

            if (gerund && !goingOn && verb + 1 < end && IsWord(verb, "before") && tokens[verb + 1].IsWord)
            {
                // "..., the striker insisted, before adding: ...": the gerund still shares the subject.
                verb++;
            }

            var cueFirst = goingOn ? t + 1 : verb;
            if (!TryMatchCue(verb, end, out var hit, out var cueEnd))
            {
                continue;
            }

            if (coordinated && verb == t + 1 && hit.Form == VerbForm.Past && hit.Entry.Particle is null && ContentSubjectActsAgain(current, t, cueEnd, end))
            {
                // "said that Platt entered the shop and demanded money": a person named as the reported clause's subject,
                // with a simple past of their own, is the likelier subject of a second past verb that takes a plain object.
                continue;
            }

            if (coordinated && verb == t + 1 && hit.Form == VerbForm.Past && IsPassiveSharingBe(FirstTokenAt(current.Segments[^1].Start, end), t, end))
            {
                // "said the man was arrested and charged by detectives": a passive sharing the content's "be".
                continue;
            }

            if (coordinated && verb > t + 1 && RepeatsTheContentsAuxiliary(current, t, verb, end))
            {
                // "found that the app had made profiles public and had not explained how …": the auxiliary again
                // after "and" continues the reported clause's verb group, not the reporting verb's.
                continue;
            }

            if (coordinated && verb == t + 1 && hit.Form == VerbForm.ThirdPerson && hit.Entry.Particle is null && cueEnd < end
                && (WordLists.NounlikeReportingLemmas.Contains(hit.Entry.Lemma) || WordLists.NounlikeBeliefLemmas.Contains(hit.Entry.Lemma))
                && IsNounConjunct(t, FirstTokenAt(current.Segments[^1].Start, end)) && tokens[cueEnd].IsWord
                && WordLists.InnerPrepositions.Contains(tokens[cueEnd].Text(text)))
            {
                // "exposing their videos and comments to anyone": the -s form is the second noun of a pair.
                continue;
            }

            // "Both sides have denied blocking aid and blame each other": a plural subject's present is the base form,
            // unless a modal or "to" inside the first content governs it ("urged them to stop and ask for talks"). After
            // "but" the contrast is the subject's own ("expect rain to return but say the trend is drier").
            var wanted = gerund ? hit.Form == (goingOn ? VerbForm.Base : VerbForm.Gerund)
                : hit.Form is VerbForm.Past or VerbForm.ThirdPerson
                    || (hit.Form == VerbForm.Base && coordinated && current.Mode == CueMode.Front && IsPluralSubject(current.Source.Head) == true
                        && (IsWord(t, "but") || !HasModalOrTo(FirstTokenAt(current.Segments[0].Start, end), t)));
            if (!wanted || (hit.Entry.Frames & (VerbFrames.Clausal | VerbFrames.Object)) == 0
                || ((hit.Entry.Frames & VerbFrames.Weak) != 0 && gerund && !IsNamingWithPredicate(hit.Entry.Frames, cueEnd, end) && !IsWord(cueEnd, "that")))
            {
                continue;
            }

            if (hit.Entry.Lemma is "ask" or "request" && AsksNotToBeNamed(cueEnd, end))
            {
                // "..., the people said, asking not to be identified": the request explains the anonymity and reports
                // nothing; what was said ends before it.
                if (current.Mode == CueMode.Front && current.Kind != ClaimKind.Direct
                    && Trim(FirstTokenAt(current.Segments[0].Start, end), Math.Min(t, FirstTokenAt(current.Segments[0].End, end))) is { IsEmpty: false } said)
                {
                    current.Segments[0] = ToSpan(said);
                    current.Kind = Classify(said);
                }

                return null;
            }

            var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
            if (((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement)
                || ((hit.Entry.Frames & VerbFrames.Evaluative) != 0 && !hasComplement && !NamesAnAct(contentStart, end)))
            {
                continue;
            }

            // As for a first cue, a speech act's object may be one word ("called for protests").
            var trimmed = Trim(contentStart, end);
            if (trimmed.IsEmpty || CountWords(trimmed.First, trimmed.End) < ((hit.Entry.Frames & VerbFrames.Object) != 0 ? 1 : 2))
            {
                continue;
            }

            if (current.Mode == CueMode.Front)
            {
                var cut = afterQuote ? t + 1 : t;
                var firstPart = Trim(FirstTokenAt(current.Segments[0].Start, end), Math.Min(cut, FirstTokenAt(current.Segments[0].End, end)));
                if (firstPart.IsEmpty)
                {
                    return null;
                }

                current.Segments[0] = ToSpan(firstPart);
                current.Kind = Classify(firstPart);
                if (current.Kind == ClaimKind.Direct)
                {
                    // What remains is the quotation alone: its words, not its marks.
                    current.Segments.Clear();
                    AddQuoteSegments(current, firstPart.First, firstPart.End);
                }
            }

            var second = new Attribution
            {
                Kind = Classify(trimmed),
                Mode = CueMode.Front,
                Paragraph = paragraph,
                Unit = unit,
                Source = current.Source,
                CueSpan = new TextSpan(tokens[cueFirst].Start, tokens[cueEnd - 1].End),
                Cue = text[tokens[cueFirst].Start..tokens[cueEnd - 1].End],
                IsDenial = WordLists.DenialLemmas.Contains(hit.Entry.Lemma),
                IsAccusation = WordLists.AccusationLemmas.Contains(hit.Entry.Lemma),
            };
            if (second.Kind == ClaimKind.Direct)
            {
                AddQuoteSegments(second, trimmed.First, trimmed.End);
            }
            else
            {
                second.Segments.Add(ToSpan(trimmed));
            }

            return second;
        }

        return null;
    }

    /// <summary>
    /// "Several groups granted an extension, saying his capital was short" / "The mayor responded by saying ..." /
    /// "After saying the bridge was safe, the engineer ...": the sentence subject speaks.
    /// </summary>
    private Attribution? TryGerundOfSentenceSubject(int first, int end, int paragraph, int unit)
    {
        var subject = SentenceSubject(first, end);
        if (subject.Head.IsEmpty && parser.ParseForward(first, end) is { Head.IsEmpty: false } opening && IsEvent(opening.Head))
        {
            // "The summit ended after the host left, saying …": an event is no source, so the parse of a speaking
            // subject gives none, and the agent of the clause below speaks.
            subject = opening;
        }

        if (subject.Head.IsEmpty)
        {
            return null;
        }

        if ((IsMeasuredThing(subject.Head, first) || IsEvent(subject.Head))
            && AgentOfAdverbialClause(subject.Full.End, end) is { Head.IsEmpty: false } agent)
        {
            // "Shares in Kelso fell 14% after the company cut its forecast, blaming weak demand", "Talks collapsed when
            // the Liberal Party walked out, accusing …": shares and talks blame nothing; the agent of the clause the
            // participle follows does.
            subject = agent;
        }

        return GerundOf(subject, first, end, paragraph, unit) ?? FrontedGerund(subject, first, end, paragraph, unit);
    }

    /// <summary>"Talks", "The meeting": a subject naming an event, which says nothing itself.</summary>
    private bool IsEvent(TokenRange head)
    {
        var noun = parser.HeadBeforeComplement(head);
        return noun >= 0 && WordLists.EventNouns.Contains(tokens[noun].Text(text));
    }

    /// <summary>A plural common noun heading the subject that names what is counted or priced ("Shares", "Prices"), no speaker.</summary>
    private bool IsMeasuredThing(TokenRange head, int first)
    {
        var noun = parser.HeadBeforeComplement(head);
        return noun >= 0 && (!tokens[noun].IsCapitalized || noun == first) && WordLists.MarketNouns.Contains(tokens[noun].Text(text));
    }

    /// <summary>"after the company cut …", "as the bank raised …": the subject of an adverbial clause before a participle.</summary>
    private SourceMention AgentOfAdverbialClause(int from, int end)
    {
        for (var k = from; k + 2 < end && k < from + 20; k++)
        {
            if (tokens[k].InQuote || IsPunct(k, ','))
            {
                break;
            }

            if (tokens[k].IsWord && tokens[k].Text(text) is "after" or "as" or "when" or "because" or "since")
            {
                var agent = parser.ParseForward(k + 1, end);
                if (!agent.Head.IsEmpty && parser.IsPlausibleSource(agent.Head, allowPronoun: false) && agent.Full.End < end
                    && tokens[agent.Full.End].IsWord && !tokens[agent.Full.End].IsCapitalized)
                {
                    return agent;
                }
            }
        }

        return default;
    }

    /// <summary>
    /// "Claiming the audit is designed to embarrass the council, Harper told ...", "Arguing that the law was void, the
    /// state asked ...": a participial clause opening the sentence reports what the main clause's subject said.
    /// </summary>
    private Attribution? FrontedParticiple(int first, int end, int paragraph, int unit)
    {
        if (first + 3 >= end || !tokens[first].IsCapitalized || tokens[first].InQuote
            || !TryMatchCue(first, end, out var hit, out var cueEnd) || !IsQuotativeGerund(hit, cueEnd))
        {
            return null;
        }

        var comma = cueEnd;
        while (comma < end && comma < cueEnd + 40 && !(IsPunct(comma, ',') && !tokens[comma].InQuote))
        {
            comma++;
        }

        if (comma + 2 >= end || !IsPunct(comma, ','))
        {
            return null;
        }

        var subject = parser.ParseForward(comma + 1, end);
        if (subject.Head.IsEmpty || !parser.IsPlausibleSource(subject.Head, allowPronoun: true) || subject.Full.End >= end
            || !tokens[subject.Full.End].IsWord || tokens[subject.Full.End].IsCapitalized)
        {
            return null;
        }

        // "Writing for the Times, X noted ...": a preposition after the verb means no reported content.
        var contentStart = SkipToContent(cueEnd, comma, hit.Entry.Frames, out var hasComplement);
        if (((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement) || CountWords(contentStart, comma) < 2
            || (!hasComplement && tokens[contentStart].IsWord && WordLists.IntransitiveMarkers.Contains(tokens[contentStart].Text(text))))
        {
            return null;
        }

        return Build(CueMode.Front, contentStart, comma, first, cueEnd, subject, hit.Entry, paragraph, unit);
    }

    /// <summary>"After saying X, she was whisked off": the adverbial clause is the content, up to its closing comma.</summary>
    private Attribution? FrontedGerund(SourceMention subject, int first, int end, int paragraph, int unit)
    {
        if (first + 1 < end && IsAsideFrom(first + 1))
        {
            // "Aside from saying he was tired, the coach ...": the preposition is the pair's second word.
            first++;
        }

        if (first + 2 >= subject.Full.First || !IsGerundPreposition(first) || !TryMatchCue(first + 1, end, out var hit, out var cueEnd)
            || !IsQuotativeGerund(hit, cueEnd))
        {
            return null;
        }

        var close = subject.Full.First - 1;
        if (close - 1 > first && tokens[close].Is(TokenFlags.QuoteClose) && ClosesQuoteAfter(close - 1, end))
        {
            close--;
        }
        else if (!IsPunct(close, ',') || tokens[close].InQuote)
        {
            return null;
        }

        var contentStart = SkipToContent(cueEnd, close, hit.Entry.Frames, out var hasComplement);
        if (((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement) || CountWords(contentStart, close) < 2)
        {
            return null;
        }

        return Build(CueMode.Front, contentStart, close, first + 1, cueEnd, Speaking(subject), hit.Entry, paragraph, unit);
    }

    /// <summary>A comma right before a closing quotation mark: '"... so sore," she'.</summary>
    private bool ClosesQuoteAfter(int comma, int end) =>
        IsPunct(comma, ',') && comma + 1 < end && tokens[comma + 1].Is(TokenFlags.QuoteClose);

    /// <summary>
    /// Prepositions whose gerund keeps the sentence subject as its speaker: "by saying", "for saying", "after saying".
    /// "without saying" is left out: it reports what was not said.
    /// </summary>
    private bool IsGerundPreposition(int t) =>
        tokens[t].IsWord && !tokens[t].InQuote && WordLists.GerundPrepositions.Contains(tokens[t].Text(text));

    /// <summary>
    /// Whether a clause opens in [<paramref name="from"/>, <paramref name="t"/>): a colon, a semicolon, or a
    /// subordinator or conjunction outside quotes. In "Few were pleased when Harper, after campaigning against ..." the
    /// gerund belongs to the inner clause; in "described her as a disgrace after she attacked X and blamed Y" the "and"
    /// coordinates inside "after she ...". "and" and adverbs keep the clause: "Harlow then appeared on radio and began by saying".
    /// With <paramref name="closedRelative"/>, one relative clause set off by commas on both sides has closed by
    /// <paramref name="t"/>: in "thanked him for his work, which included a promotion, but said ..." the "but" joins the
    /// main predicate again.
    /// </summary>
    private bool ClauseOpensBetween(int from, int t, bool closedRelative = false)
    {
        var relativeMayClose = closedRelative && t - 1 >= from && IsPunct(t - 1, ',') && !tokens[t - 1].InQuote;
        var relatives = 0;
        for (var k = from; k < t; k++)
        {
            if (tokens[k].InQuote)
            {
                continue;
            }

            if (IsPunct(k, ':') || IsPunct(k, ';'))
            {
                return true;
            }

            if (tokens[k].IsWord && WordLists.ClauseOpeners.Contains(tokens[k].Text(text)) && !WordLists.ClauseAdverbs.Contains(tokens[k].Text(text)))
            {
                if (relativeMayClose && (IsWord(k, "which") || IsWord(k, "who")) && k > 0 && IsPunct(k - 1, ',') && relatives++ == 0)
                {
                    continue;
                }

                if (relativeMayClose && WordLists.Subordinators.Contains(tokens[k].Text(text)) && k > 0 && IsPunct(k - 1, ',') && relatives++ == 0)
                {
                    // "conceded defeat, before the count was complete, and congratulated his rival": a subordinate
                    // clause between commas is closed by the second, so the "and" after it joins the main predicates.
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A participle that reports: strong verbs always, weak ones ("ruling", "finding", "showing") only with an explicit
    /// "that": "blocked the law, ruling that it breached the constitution". A thing taken is no report, as with the
    /// finite verb: "barred from claiming asylum", "Claiming compensation takes months".
    /// </summary>
    private bool IsQuotativeGerund(VerbHit hit, int cueEnd) =>
        hit.Form == VerbForm.Gerund && (hit.Entry.Frames & VerbFrames.Evaluative) == 0
        && ((hit.Entry.Frames & VerbFrames.Weak) == 0 || (cueEnd < tokens.Count && IsWord(cueEnd, "that")))
        && (hit.Entry.Frames & (VerbFrames.Clausal | VerbFrames.Object)) != 0
        && !TakesAThing(hit.Entry.Lemma, cueEnd, tokens.Count);

    /// <summary>
    /// The subject of a subordinate clause still open at <paramref name="conjunction"/>: the last subordinator after
    /// <paramref name="from"/> with a subject and a finite verb after it and no comma before the conjunction ("as the
    /// fire jumped a road and ..."); else null.
    /// </summary>
    private SourceMention? OpenSubordinateSubject(int from, int conjunction)
    {
        for (var k = conjunction - 1; k >= from; k--)
        {
            if (tokens[k].InQuote || IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ':'))
            {
                return null;
            }

            if (!OpensSubordinateClause(k))
            {
                continue;
            }

            var inner = parser.ParseForward(k + 1, conjunction);
            var opensClause = !inner.Head.IsEmpty && (inner.Head.First == k + 1 || (inner.Head.First == k + 2 && IsDefinite(k + 1)));
            var verb = inner.Head.End;
            return opensClause && verb < conjunction && (IsFiniteAuxiliary(verb, conjunction + 1) || parser.IsFiniteLexicalVerb(verb, conjunction + 1))
                ? inner
                : null;
        }

        return null;
    }

    /// <summary>The "who" opening the clause that <paramref name="conjunction"/> continues, with no punctuation between; -1 when none.</summary>
    private int WhoBefore(int from, int conjunction)
    {
        for (var k = conjunction - 1; k > from; k--)
        {
            if (tokens[k].InQuote || IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ':') || OpensSubordinateClause(k))
            {
                return -1;
            }

            if (IsWord(k, "who"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A subordinator, or "as" in its sense of "while", that can open a clause of its own.</summary>
    private bool OpensSubordinateClause(int k) =>
        tokens[k].IsWord && !tokens[k].InQuote && (IsWord(k, "as") || WordLists.Subordinators.Contains(tokens[k].Text(text)));

    /// <summary>
    /// The subject opens the sentence or follows one or two introductory phrases:
    /// "On Monday, however, Harper spoke to ..., promising"; "Stung by the audits, Harper revised ...".
    /// </summary>
    internal SourceMention SentenceSubject(int first, int end)
    {
        SourceMention subject = default;
        var start = first;
        for (var attempt = 0; attempt < 3 && start < end; attempt++)
        {
            if (start + 1 < end && tokens[start].IsWord && (WordLists.SentenceAdverbs.Contains(tokens[start].Text(text)) || WordLists.ClauseAdverbs.Contains(tokens[start].Text(text)))
                && tokens[start + 1].IsWord)
            {
                // "Perhaps the plan failed, suggesting ...": an adverb without its comma is no part of the subject.
                start++;
            }

            // "At least 40 doctors signed ...": a quantity, not a fronted phrase, opens the sentence.
            var opener = tokens[start].IsWord && WordLists.IntroductoryWords.Contains(tokens[start].Text(text)) && QuantityPrefixEnd(start, end) == start;
            if (!opener && (tokens[start].IsCapitalized || (tokens[start].IsWord && WordLists.Pronouns.Contains(tokens[start].Text(text))) || IsDefinite(start)))
            {
                // "More than 100 economists signed ...": the quantity's words are read as part of the phrase.
                var number = QuantityPrefixEnd(start, end);
                var candidate = parser.ParseForward(number, end);
                if (number > start && !candidate.Head.IsEmpty && candidate.Head.First == number)
                {
                    candidate = new SourceMention(new TokenRange(start, candidate.Head.End), new TokenRange(start, candidate.Full.End));
                }

                if (!candidate.Head.IsEmpty && PresentVerbInSubject(candidate.Head, end) is var verb and > 0)
                {
                    // "Farmers oppose the tax, arguing …": the phrase read forward ran on through the sentence's verb.
                    candidate = new SourceMention(new TokenRange(candidate.Head.First, verb), new TokenRange(candidate.Full.First, verb));
                }

                var named = candidate.Head.IsEmpty || tokens[candidate.Head.End - 1].IsCapitalized ? null : NameInApposition(candidate.Head.End, end);
                var appositive = named is not null;
                if (named is { } name)
                {
                    // "His opposite number, Gary Walsh, was furious …": the name beside the role is the one who speaks.
                    candidate = new SourceMention(name, new TokenRange(candidate.Head.First, name.End + 1));
                }

                if (!candidate.Head.IsEmpty && parser.IsPlausibleSource(candidate.Head, allowPronoun: true) && candidate.Head.End < end)
                {
                    var predicate = candidate.Full.End;
                    if (!appositive && IsPunct(candidate.Head.End, ',') && candidate.Head.First > candidate.Full.First && IsPunct(candidate.Head.First - 1, ','))
                    {
                        // "The director, Paul Greene, left the room, saying …": the parse gave the name in apposition to the
                        // role, and the comma after the name closes that apposition.
                        predicate = candidate.Head.End + 1;
                    }
                    else if (!appositive && IsPunct(candidate.Head.End, ',') && AfterApposition(candidate.Head.End, end) is var resumed && resumed > candidate.Head.End)
                    {
                        predicate = resumed;
                    }

                    if (predicate < end && tokens[predicate].IsWord && !tokens[predicate].IsCapitalized)
                    {
                        subject = new SourceMention(candidate.Head, new TokenRange(candidate.Full.First, predicate));
                        break;
                    }
                }
            }

            if (FrontedPhrasePronoun(start, end) is var pronoun and > 0)
            {
                // "In February she pulled out of two shows, blaming ...": a short fronted phrase without its comma, then
                // the subject pronoun.
                return new SourceMention(new TokenRange(pronoun, pronoun + 1), new TokenRange(pronoun, pronoun + 1));
            }

            var comma = start;
            while (comma < end && comma < start + 16 && !(IsPunct(comma, ',') && (!tokens[comma].InQuote || ClosesQuoteAfter(comma, end))))
            {
                comma++;
            }

            if (comma >= end || !IsPunct(comma, ','))
            {
                return default;
            }

            // 'After saying her knee was "so sore," she ...': the comma sits inside the closing mark.
            start = ClosesQuoteAfter(comma, end) ? comma + 2 : comma + 1;
        }

        return subject;
    }

    /// <summary>
    /// A present-tense verb inside a subject phrase read forward, before the object it takes: "Farmers oppose the tax",
    /// "The union opposes the cuts", "Campaigners dispute that figure". A noun phrase has no lower-case word between a
    /// noun and a following determiner other than a preposition, so such a word the treebanks know as a verb is the
    /// sentence's verb. Returns its index, else -1.
    /// </summary>
    private int PresentVerbInSubject(TokenRange head, int end)
    {
        for (var k = head.First + 1; k < head.End && k + 1 < end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || !tokens[k - 1].IsWord || tokens[k - 1].InQuote
                || !tokens[k + 1].IsWord || tokens[k + 1].IsCapitalized)
            {
                continue;
            }

            var next = tokens[k + 1].Text(text);
            if (((WordLists.PhraseOpeningDeterminers.Contains(next) || WordLists.ObjectPronouns.Contains(next))
                    && (IsPresentAfterSubject(k, end, afterVerb: false) || IsBaseAfterPluralWithComplement(head.First, k)))
                || IsIntentionBeforeInfinitive(k, end))
            {
                return k;
            }
        }

        return -1;
    }

    // -s forms that take an infinitive of what the subject means to do; as nouns ("plans", "hopes") they are plural.
    private static readonly WordSet IntentionVerbs = new(
        "plans", "wants", "hopes", "aims", "intends", "expects", "needs", "vows", "threatens", "promises", "refuses", "seeks",
        "proposes", "prepares", "pledges", "offers", "agrees");

    /// <summary>
    /// "The university plans to cut 300 jobs, blaming …", "Westbrook University wants to close a campus": after a
    /// singular head, an -s form of intention before "to" and a lowercase verb is the sentence's verb, not a plural noun.
    /// </summary>
    private bool IsIntentionBeforeInfinitive(int k, int end)
    {
        if (k + 2 >= end || !IntentionVerbs.Contains(tokens[k].Text(text)) || !IsWord(k + 1, "to") || !tokens[k + 2].IsWord
            || tokens[k + 2].IsCapitalized || tokens[k + 2].InQuote)
        {
            return false;
        }

        var previous = tokens[k - 1].Text(text);
        return (tokens[k - 1].IsCapitalized || previous[^1] != 's') && !WordLists.Determiners.Contains(previous)
            && !WordLists.InnerPrepositions.Contains(previous) && !WordLists.Pronouns.Contains(previous) && !WordLists.Auxiliaries.Contains(previous)
            && !WordLists.Modals.Contains(previous) && PresentVerbs.Of(previous) != PresentVerbClass.Adjective;
    }

    /// <summary>
    /// "Residents near the quarry oppose the expansion": a base form the treebanks read as a verb agrees with the plural
    /// head before a prepositional complement, not with the complement's own noun.
    /// </summary>
    private bool IsBaseAfterPluralWithComplement(int first, int k)
    {
        var w = tokens[k].Text(text);
        // A capitalized head ending in s ("Residents" opening the sentence) leaves the number open; a base verb settles it.
        return w[^1] != 's' && PresentVerbs.Of(w) == PresentVerbClass.Verb && IsPluralSubject(new TokenRange(first, k)) != false;
    }

    /// <summary>A name set off by commas right after a phrase ending at <paramref name="comma"/> (", Gary Walsh,"), else null.</summary>
    private TokenRange? NameInApposition(int comma, int end)
    {
        if (comma + 2 >= end || !IsPunct(comma, ',') || !tokens[comma + 1].IsCapitalized || tokens[comma + 1].InQuote)
        {
            return null;
        }

        var k = comma + 1;
        while (k < end && k < comma + 6 && tokens[k].IsWord && tokens[k].IsCapitalized)
        {
            k++;
        }

        var name = new TokenRange(comma + 1, k);
        return k < end && k - comma >= 3 && IsPunct(k, ',') && parser.IsPlausibleSource(name, allowPronoun: false) ? name : null;
    }

    /// <summary>
    /// A subject pronoun after a short fronted phrase with no comma ("In February she ...", "Last year they ..."), before
    /// a lower-case verb; -1 when the clause opens otherwise.
    /// </summary>
    private int FrontedPhrasePronoun(int start, int end)
    {
        if (!tokens[start].IsWord || !(WordLists.IntroductoryWords.Contains(tokens[start].Text(text)) || WordLists.TimeWords.Contains(tokens[start].Text(text))))
        {
            return -1;
        }

        for (var k = start + 1; k + 1 < end && k <= start + 5; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return -1;
            }

            var previous = tokens[k - 1].Text(text);
            if (WordLists.SubjectPronouns.Contains(tokens[k].Text(text)) && !WordLists.InnerPrepositions.Contains(previous))
            {
                // "Aside from saying he was tired, ...": a gerund right before the pronoun makes it that verb's clause.
                var verbBefore = (previous.EndsWith("ing", StringComparison.Ordinal) || previous.EndsWith("ed", StringComparison.Ordinal))
                    && k - 2 >= start && tokens[k - 2].IsWord && (WordLists.InnerPrepositions.Contains(tokens[k - 2].Text(text))
                        || tokens[k - 2].Text(text) is "after" or "After" or "before" or "Before" or "while" or "While" or "since" or "Since" or "without" or "Without");
                return !verbBefore && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized ? k : -1;
            }

            if (WordLists.ClauseOpeners.Contains(tokens[k].Text(text)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"More than", "Nearly", "Up to" before a number: the number, else <paramref name="k"/>.</summary>
    private int QuantityPrefixEnd(int k, int end)
    {
        var n = k;
        if (k + 2 < end && tokens[k].IsWord && tokens[k + 1].IsWord && WordLists.IsQuantityPair(tokens[k].Text(text), tokens[k + 1].Text(text)))
        {
            n = k + 2;
        }
        else if (k + 1 < end && tokens[k].IsWord && WordLists.QuantityAdverbs.Contains(tokens[k].Text(text)))
        {
            n = k + 1;
        }

        if (n == k || n >= end)
        {
            return k;
        }

        // "About one in ten patients", "Nearly a third of the crew", "Some two-thirds": a count or a share.
        return tokens[n].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(tokens[n].Text(text)) || IsWord(n, "one")
            || (n + 1 < end && parser.IsShareArticle(n))
            ? n
            : k;
    }

    /// <summary>The subject as the source of a later cue: its apposition when one closes with a comma ("Dean, a medical doctor,"), else its head.</summary>
    private SourceMention Speaking(SourceMention subject) =>
        subject.Full.Length() > subject.Head.Length() && IsPunct(subject.Full.End - 1, ',')
            ? new SourceMention(subject.Head, new TokenRange(subject.Full.First, subject.Full.End - 1))
            : new SourceMention(subject.Head, subject.Head);

    /// <summary>"Dean, a medical doctor, then appeared": past a lowercase apposition to the predicate; otherwise <paramref name="k"/>.</summary>
    private int AfterApposition(int k, int end)
    {
        if (!IsPunct(k, ',') || k + 1 >= end || !tokens[k + 1].IsWord || (tokens[k + 1].IsCapitalized && !IsDefinite(k + 1)))
        {
            return k;
        }

        for (var p = k + 2; p < end && p < k + 12; p++)
        {
            if (IsPunct(p, ','))
            {
                return p + 1;
            }

            if (!tokens[p].IsWord || tokens[p].InQuote)
            {
                return k;
            }
        }

        return k;
    }

    private Attribution? GerundOf(SourceMention subject, int first, int end, int paragraph, int unit)
    {
        _ = first;
        for (var t = subject.Full.End; t + 1 < end; t++)
        {
            // Only an -ing word can be the gerund; checked by its last letters because this runs for every token of most units.
            var next = tokens[t + 1];
            if (tokens[t].InQuote || !next.IsWord || next.Length < 5 || text[next.End - 1] != 'g' || text[next.End - 2] != 'n' || text[next.End - 3] != 'i')
            {
                continue;
            }

            if (IsWord(t, "from") && !IsAsideFrom(t))
            {
                // "stopped staff from telling customers ...": the speaking is prevented. "Aside from saying ..." still
                // reports, as a gerund after other prepositions does.
                continue;
            }

            var publishing = PublishingVerbBefore(subject.Full.End, t + 1);
            if (!(IsPunct(t, ',') || (IsGerundPreposition(t) && !ClauseOpensBetween(subject.Full.End, t)) || publishing >= 0)
                || !TryMatchCue(t + 1, end, out var hit, out var cueEnd))
            {
                continue;
            }

            // A message speaks for a named or nominal subject even through a weak verb: "issued a statement calling the test ...".
            // "paid tribute, calling her "a giant"": a naming participle with its object and predicate is a verdict.
            var quotative = IsQuotativeGerund(hit, cueEnd) || (publishing >= 0 && hit.Form == VerbForm.Gerund && !parser.IsPronoun(subject.Head)
                && (hit.Entry.Frames & (VerbFrames.Clausal | VerbFrames.Object)) != 0)
                || (hit.Form == VerbForm.Gerund && IsPunct(t, ',') && IsNamingWithPredicate(hit.Entry.Frames, cueEnd, end));
            if (!quotative)
            {
                continue;
            }

            var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
            if (((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement) || CountWords(contentStart, end) < 2
                || (!hasComplement && IsNonSpeechSense(hit.Entry.Lemma, t + 1, contentStart, end)))
            {
                return null;
            }

            // The whole "issued a statement Monday saying" is the cue when a message was put out.
            var cueFirst = publishing >= 0 ? publishing : t + 1;
            return Build(CueMode.Front, contentStart, end, cueFirst, cueEnd, Speaking(subject), hit.Entry, paragraph, unit);
        }

        return null;
    }

    /// <summary>
    /// "The ministry issued a statement Monday saying ...", "Harper posted a series of tweets saying ...": the gerund
    /// describes a message the subject put out, so the subject speaks. The predicate must be a publishing verb and
    /// its object a message, with no clause opening before the gerund. Returns the publishing verb, else -1.
    /// </summary>
    private int PublishingVerbBefore(int predicate, int gerund)
    {
        var v = predicate;
        while (v < gerund && tokens[v].IsWord && !tokens[v].IsCapitalized && (WordLists.VerbModifiers.Contains(tokens[v].Text(text)) || IsAdverbLike(v)))
        {
            v++;
        }

        if (v + 2 > gerund || !tokens[v].IsWord || tokens[v].IsCapitalized || !WordLists.PublishingVerbs.Contains(tokens[v].Text(text)) || gerund - v > 12)
        {
            return -1;
        }

        var message = false;
        for (var k = v + 1; k < gerund; k++)
        {
            if (tokens[k].InQuote || !(tokens[k].IsWord || tokens[k].Kind == TokenKind.Possessive))
            {
                return -1;
            }

            var w = tokens[k].Text(text);
            if (WordLists.ClauseOpeners.Contains(w) && !WordLists.TimeWords.Contains(w))
            {
                return -1;
            }

            message |= WordLists.MessageNouns.Contains(w);
        }

        return message ? v : -1;
    }

    /// <summary>"Republicans said A, and Democrats accused B": a coordinated clause with its own source and cue.</summary>
    private Attribution? TryCoordinatedClause(int t, int end, int paragraph, int unit)
    {
        if (IsWord(t, "even") && t + 1 < end && tokens[t + 1].IsWord && tokens[t + 1].Text(text) is "as" or "though")
        {
            t++;
        }

        var asClause = IsWord(t, "as");
        if (t + 2 >= end || tokens[t + 1].InQuote)
        {
            return null;
        }

        var start = t + 1;
        if (tokens[start].IsWord && (WordLists.ClauseOpeners.Contains(tokens[start].Text(text)) || WordLists.IntroductoryWords.Contains(tokens[start].Text(text))))
        {
            // "..., and when pressed on why, the mother of three replied, ...".
            var comma = start;
            while (comma < end && comma < start + 16 && !IsPunct(comma, ',') && !tokens[comma].InQuote)
            {
                comma++;
            }

            if (comma >= end || !IsPunct(comma, ','))
            {
                return null;
            }

            start = comma + 1;
        }

        if (start >= end)
        {
            return null;
        }

        // A subject pronoun is the whole subject: the forward parse would run on into a base-form verb ("they concede").
        // So is "another" before a verb: "One witness said …, while another argued …" names a second member of the kind
        // that spoke in the first clause, where the forward parse would read "another argued" as a noun phrase.
        var lone = tokens[start].IsWord && (WordLists.SubjectPronouns.Contains(tokens[start].Text(text))
            || (IsWord(start, "another") && start + 1 < end && TryMatchCue(start + 1, end, out var next, out _) && next.Form is VerbForm.Past or VerbForm.ThirdPerson));
        var subject = lone
            ? new SourceMention(new TokenRange(start, start + 1), new TokenRange(start, start + 1))
            : parser.ParseForward(start, end);
        if (subject.Head.IsEmpty)
        {
            return null;
        }

        var v = subject.Full.End;
        if (!lone && v + 1 < end && IsPunct(v, ',') && !tokens[v].InQuote && HasCommaWithin(subject.Full.First, v))
        {
            // "…, and its chief economist, David Iwu, warned that …": the subject holds a name in apposition, and its
            // closing comma comes before the verb.
            v++;
        }

        var plausible = parser.IsPlausibleSource(subject.Head, allowPronoun: true) || (lone && IsWord(start, "another"));
        var baseGoverned = false;
        while (v < end && tokens[v].IsWord && !tokens[v].IsCapitalized && (WordLists.VerbModifiers.Contains(tokens[v].Text(text)) || IsAdverbLike(v)))
        {
            baseGoverned |= WordLists.Modals.Contains(tokens[v].Text(text)) || WordLists.DoForms.Contains(tokens[v].Text(text));
            v++;
        }

        // A plural subject takes the base form: "..., although they say they support ...", and so does any subject after a
        // modal or "do" ("..., though she did not rule out that …"). A weak verb reports only with "that": "..., although
        // early results showed that …".
        if (v >= end || !TryMatchCue(v, end, out var hit, out var cueEnd)
            || !(hit.Form is VerbForm.Past or VerbForm.ThirdPerson
                || (hit.Form == VerbForm.Base && (baseGoverned || IsPluralSubject(subject.Head) == true))))
        {
            return null;
        }

        // '..., and a student group has called it "a blunt instrument"': a naming verb with its object and predicate
        // judges, as it does after a comma.
        var naming = IsNamingWithPredicate(hit.Entry.Frames, cueEnd, end) || IsQuotedJudgment(hit.Entry.Lemma, cueEnd, end);
        if ((hit.Entry.Frames & VerbFrames.Weak) != 0 && !(cueEnd < end && IsWord(cueEnd, "that")) && !naming)
        {
            return null;
        }

        if (asClause && (cueEnd >= end || !tokens[cueEnd].IsWord))
        {
            // ", as the minister said, …" is a comment clause on the sentence around it (TryAsParenthetical).
            return null;
        }

        var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
        if ((((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 || (hit.Entry.Frames & VerbFrames.Weak) != 0) && !hasComplement && !naming)
            || CountWords(contentStart, end) < 2)
        {
            // "but the board overruled that request": a weak verb's "that" before a lone noun is a determiner.
            return null;
        }

        if (!plausible && ((hit.Entry.Frames & VerbFrames.Weak) == 0 || subject.Head.Length() > 4 || parser.IsPronoun(subject.Head)))
        {
            // "…, although early inspections showed that …": evidence shows without being a speaker.
            return null;
        }

        return Build(CueMode.Front, contentStart, end, v, cueEnd, subject, hit.Entry, paragraph, unit);
    }

    /// <summary>Whether a comma stands in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    private bool HasCommaWithin(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (IsPunct(k, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Some fans said the ban was fair, others said it went too far": a comma before "others" joins two clauses that
    /// contrast the groups speaking, each with its own cue.
    /// </summary>
    private bool IsOthersSplice(int t) =>
        t + 2 < tokens.Count && IsPunct(t, ',') && !tokens[t].InQuote && IsWord(t + 1, "others") && tokens[t + 2].IsWord;

    /// <summary>
    /// ", as officials said its candidate was trailing", ", even as analysts warned that …", ", even though …": after a
    /// comma, "as" or "even" opens a clause of time or contrast with its own subject; a second claim when it reports.
    /// </summary>
    private bool IsContrastiveAs(int t) =>
        t + 1 < tokens.Count && t - 1 >= 0 && IsPunct(t - 1, ',') && !tokens[t].InQuote
        && (IsWord(t, "as") || (IsWord(t, "even") && tokens[t + 1].IsWord && tokens[t + 1].Text(text) is "as" or "though"));

    /// <summary>
    /// Whether the have-form between "and" (<paramref name="and"/>) and the coordinated verb also stands in the
    /// content before "and" while the reporting verb has none of its own.
    /// </summary>
    /// <summary>
    /// Whether the content before <paramref name="and"/> opens with a person (a name or he/she, perhaps with a relative
    /// clause set off by commas) and that person's simple past verb, and the verb after "and" takes a plain object:
    /// "Platt entered the shop and demanded money". "and warned that …", "and called for …" stay the source's own acts.
    /// </summary>
    private bool ContentSubjectActsAgain(Attribution current, int and, int cueEnd, int end)
    {
        if (current.Segments.Count == 0 || cueEnd >= end || !tokens[cueEnd].IsWord
            || tokens[cueEnd].Text(text) is "that" or "to" or "for" or "on" or "of" or "about" or "against")
        {
            return false;
        }

        for (var j = cueEnd + 1; j < end && j < cueEnd + 5; j++)
        {
            if (IsWord(j, "to") || IsWord(j, "that"))
            {
                // "and urged witnesses to come forward", "and told reporters that …": a directive or a report.
                return false;
            }
        }

        var s = FirstTokenAt(current.Segments[0].Start, end);
        var k = s;
        if (IsWord(k, "he") || IsWord(k, "she"))
        {
            k++;
        }
        else
        {
            while (k < and && tokens[k].IsCapitalized && tokens[k].IsWord && !WordLists.Determiners.Contains(tokens[k].Text(text)))
            {
                k++;
            }

            if (k == s || k - s > 3)
            {
                return false;
            }
        }

        if (k < and && IsPunct(k, ','))
        {
            // "Platt, who had been drinking, entered …".
            k++;
            while (k < and && !IsPunct(k, ','))
            {
                k++;
            }

            k++;
        }

        return k < and && tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.LooksPast(tokens[k].Text(text))
            && !TryMatchCue(k, end, out _, out _);
    }

    private bool RepeatsTheContentsAuxiliary(Attribution current, int and, int verb, int end)
    {
        if (current.CueSpan is not { } cue || current.Segments.Count == 0)
        {
            return false;
        }

        var auxiliary = -1;
        for (var k = and + 1; k < verb; k++)
        {
            if (WordLists.HaveForms.Contains(tokens[k].Text(text)))
            {
                auxiliary = k;
            }
        }

        if (auxiliary < 0)
        {
            return false;
        }

        var aux = tokens[auxiliary].Text(text);
        var cueToken = FirstTokenAt(cue.Start, end);
        if (cueToken > 0 && tokens[cueToken - 1].IsWord && WordLists.HaveForms.Contains(tokens[cueToken - 1].Text(text)))
        {
            return false;
        }

        for (var k = FirstTokenAt(current.Segments[0].Start, end); k < and; k++)
        {
            if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text(text).Equals(aux, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"aside from", "apart from": a preposition of exception, after which a gerund still reports.</summary>
    private bool IsAsideFrom(int from) => IsWord(from, "from") && from >= 1 && (IsWord(from - 1, "aside") || IsWord(from - 1, "apart"));

    /// <summary>
    /// "State media described the launch as a test and quoted the leader as saying ...": a second predicate that passes
    /// on someone's words gives their claim, with the one quoted as its source.
    /// </summary>
    private Attribution? CoordinatedCitation(int t, int end, int paragraph, int unit)
    {
        if (!IsWord(t, "and") || t + 4 >= end || !WordLists.CitingVerbs.Contains(tokens[t + 1].Text(text)))
        {
            return null;
        }

        for (var k = t + 3; k + 1 < end && k < t + 16; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return null;
            }

            if (IsWord(k, "as") && TryMatchCue(k + 1, end, out var hit, out var cueEnd) && hit.Form == VerbForm.Gerund)
            {
                return TryVerb(k + 1, cueEnd, hit, t + 1, end, paragraph, unit);
            }
        }

        return null;
    }

    /// <summary>
    /// The content before <paramref name="to"/> is a reported clause with a finite verb of its own: "that" opens it, or
    /// the cue takes no noun object ("said the bank misled investors"). A noun object may hold a clause of its own
    /// ("called for news of the game, where the home side played ...") without being one.
    /// </summary>
    private bool IsReportedClauseBefore(Attribution current, int to, int end)
    {
        var start = FirstTokenAt(current.Segments[0].Start, end);
        return start < to && (IsWord(start, "that") || (start > 0 && IsWord(start - 1, "that")) || current.Verb is not { } verb || (verb.Frames & VerbFrames.Object) == 0)
            && (!NoFiniteVerbBetween(start, to) || IsClauseWithNounSubject(start, to));
    }

    /// <summary>
    /// "said France and Germany had insisted …", "said Lee and Park had agreed …": when all the content holds before
    /// "and" is a short noun phrase with no verb, "and" joins the reported clause's subjects, not two clauses. A verb
    /// that also takes a noun object reads the phrase as that object unless "that" opens a clause.
    /// </summary>
    private bool OnlyANounPhraseBefore(Attribution current, int and)
    {
        if (current.Segments.Count != 1)
        {
            return false;
        }

        var start = FirstTokenAt(current.Segments[0].Start, and);
        if (IsWord(start, "that"))
        {
            start++;
        }
        else if (current.Verb is { } verb && (verb.Frames & VerbFrames.Object) != 0)
        {
            // "denied the charges and his lawyer said he would appeal": a verb that takes a noun object is complete
            // with the noun phrase, so a clause after "and" is the reporter's next one.
            return false;
        }

        return start < and && tokens[start].IsWord && CountWords(start, and) <= 4 && NoFiniteVerbBetween(start, and)
            && !HasCueAt(new TextSpan(tokens[start].Start, tokens[and - 1].End));
    }

    /// <summary>"their videos and", "the letters and": an "and" after a plural noun that a determiner or possessor opens.</summary>
    private bool IsNounConjunct(int and, int first)
    {
        if (!IsWord(and, "and") || and - 2 < first || !tokens[and - 1].IsWord || tokens[and - 1].IsCapitalized
            || tokens[and - 1].Text(text) is not [.., 's'] || tokens[and - 1].Text(text) is [.., 's', 's'])
        {
            return false;
        }

        for (var k = and - 2; k >= first && k >= and - 4; k--)
        {
            if (tokens[k].Kind == TokenKind.Possessive || (tokens[k].IsWord && WordLists.Determiners.Contains(tokens[k].Text(text))))
            {
                return true;
            }

            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }
}
