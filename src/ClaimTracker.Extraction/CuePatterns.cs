namespace ClaimTracker.Extraction;

/// <summary>
/// Finds the cue of a unit (a sentence, or sentences joined by a quotation) and the content it governs:
/// reporting verbs in front or closing position, inverted "said X", "according to X", "X: ..." and ", saying ...".
/// </summary>
internal sealed class CuePatterns(string text, List<Token> tokens, SourceParser parser, ReportingLexicon lexicon)
{
    private const int MaxFinalTail = 8;

    // Bounds the work per unit so a run-on "sentence" full of cue words stays linear.
    private const int MaxCandidates = 12;

    private int[] _wordsBefore = [];

    private readonly List<Attribution> _found = [];

    /// <summary>Attributions of the unit [first, end), in text order (usually zero or one, two with ", adding ...").</summary>
    public List<Attribution> Find(int first, int end, int paragraph, int unit)
    {
        _found.Clear();
        EnsureWordCounts();
        if (unit == 0)
        {
            first = SkipDateline(first, end);
        }

        Attribution? best = null;
        var evaluated = 0;
        for (var t = first; t < end && evaluated < MaxCandidates; t++)
        {
            var tok = tokens[t];
            if (tok.InQuote)
            {
                // Transcripts quoted whole: '"WALLACE: Let's start ...'.
                if (tok.IsPunct(text, ':') && tokens[first].Is(TokenFlags.QuoteOpen) && t - first is >= 2 and <= 4 && IsAllCaps(first + 1, t))
                {
                    best ??= TryColon(t, first + 1, end, paragraph, unit);
                }

                continue;
            }

            Attribution? candidate = null;
            if (tok.IsWord)
            {
                candidate = TryWord(t, first, end, paragraph, unit);
            }
            else if (tok.IsPunct(text, ':') && t - first is >= 1 and <= 6)
            {
                candidate = TryColon(t, first, end, paragraph, unit);
            }

            if (candidate is null)
            {
                continue;
            }

            evaluated++;

            // A quotation closed by its cue is the strongest signal, then a cue closing the sentence;
            // otherwise the leftmost cue governs the rest.
            if (candidate.Mode == CueMode.Final && candidate.Kind == ClaimKind.Direct)
            {
                best = candidate;
                break;
            }

            if (best is not null && best.Mode == CueMode.Front && candidate.Mode == CueMode.Final && CountWords(candidate.TailStart, end) == 0
                && candidate.TailStart > 0)
            {
                best = candidate;
                continue;
            }

            best ??= candidate;
        }

        best ??= TryGerundOfSentenceSubject(first, end, paragraph, unit);
        if (best is not null)
        {
            _found.Add(best);
            SplitSecondCue(best, end, paragraph, unit);
        }

        AddNominalCues(first, end, paragraph, unit);
        return _found;
    }

    private Attribution? TryWord(int t, int first, int end, int paragraph, int unit)
    {
        var w = tokens[t].Text(text);
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && t + 1 < end && IsWord(t + 1, "to"))
        {
            return TryAccordingTo(t, first, end, paragraph, unit);
        }

        // Title-case headlines capitalize the verb too: "..., Lindsey Graham Says".
        var headlineVerb = char.IsUpper(w[0]) && t > first && tokens[t - 1].IsCapitalized && !char.IsUpper(w[^1])
            && (t + 1 >= end || tokens[t + 1].Kind is TokenKind.Punct) && IsTitleCase(first, end);
        if ((char.IsUpper(w[0]) && !headlineVerb) || !lexicon.TryGet(w, out var hits))
        {
            return null;
        }

        foreach (var hit in hits)
        {
            var cueEnd = t + 1;
            if (hit.Entry.Particle is { } particle)
            {
                if (t + 1 >= end || !IsWord(t + 1, particle))
                {
                    continue;
                }

                cueEnd = t + 2;
            }

            return TryVerb(t, cueEnd, hit, first, end, paragraph, unit);
        }

        return null;
    }

    private Attribution? TryVerb(int verb, int cueEnd, VerbHit hit, int first, int end, int paragraph, int unit)
    {
        var frames = hit.Entry.Frames;
        var prev = PreviousWord(verb, first);
        if (hit.Form == VerbForm.Gerund && IsProgressive(verb, first))
        {
            prev = -1;
        }

        if (prev >= 0 && (IsWord(prev, "to") || WordLists.Determiners.Contains(tokens[prev].Text(text)) || tokens[prev].Kind == TokenKind.Possessive))
        {
            // "refused to say", "the claims", "Iran's claims": not a finite reporting verb.
            if (!(IsWord(prev, "to") && hit.Form == VerbForm.Base && prev > first && IsWord(prev - 1, "going")))
            {
                return null;
            }
        }

        if (hit.Form == VerbForm.Gerund)
        {
            if (IsQuotedAsSaying(verb, first, out var be))
            {
                // "The minister was quoted as saying ...": the subject of the passive is the source.
                var quotedSubject = parser.ParseSubject(be + 1, first);
                if (quotedSubject.Head.IsEmpty || !parser.IsPlausibleSource(quotedSubject.Head, allowPronoun: true))
                {
                    return null;
                }

                var start = SkipToContent(cueEnd, end, frames, out _);
                return CountWords(start, end) < 2 ? null : Build(CueMode.Front, start, end, verb, cueEnd, quotedSubject, hit.Entry, paragraph, unit);
            }

            if (!IsProgressive(verb, first))
            {
                return null;
            }
        }
        else if (hit.Form == VerbForm.Base && prev >= 0 && WordLists.Modals.Contains(tokens[prev].Text(text)))
        {
            // "local leaders could call on", "they wouldn't tell": hypothetical, not reported speech.
            return null;
        }
        else if (hit.Form == VerbForm.Past && prev >= 0 && WordLists.BeForms.Contains(tokens[prev].Text(text)) && !IsWord(prev, "get"))
        {
            // Passive ("was told", "were accused"): the subject is the addressee, not the source,
            // unless an agent names one: "the plan was criticized by the opposition".
            return TryPassiveWithAgent(verb, cueEnd, prev, first, end, hit, paragraph, unit);
        }

        if (hit.Form == VerbForm.Past && hit.Entry.Particle is null && (frames & VerbFrames.Object) != 0 && cueEnd < end
            && (IsWord(cueEnd, "of") || IsWord(cueEnd, "by")))
        {
            // "spies accused of plotting", "a plan praised by critics": a participle, not a finite cue.
            return null;
        }

        if (prev >= 0 && IsWord(prev, "who") && HasLaterCue(cueEnd, end))
        {
            // "A senior official, who asked not to be named, said ...": the relative clause is not the report.
            return null;
        }

        var subject = parser.ParseSubject(verb, first);
        if (!subject.Head.IsEmpty && (!StartsClause(subject.Full.First, first) || !Agrees(hit, subject.Head, verb)))
        {
            subject = default;
        }

        var weak = (frames & VerbFrames.Weak) != 0;
        var clausal = (frames & VerbFrames.Clausal) != 0;
        var needsComplement = (frames & VerbFrames.NeedsComplement) != 0;
        var afterQuote = !subject.Head.IsEmpty && subject.Full.First - 1 >= first && tokens[subject.Full.First - 1].Kind == TokenKind.Quote
            && !tokens[subject.Full.First - 1].Is(TokenFlags.QuoteOpen);
        var shortDefinite = clausal && !needsComplement && !subject.Head.IsEmpty && subject.Head.Length() <= 4 && IsDefinite(subject.Head.First)
            && WordLists.CoreSayLemmas.Contains(hit.Entry.Lemma);
        var quotedEpithet = weak && !subject.Head.IsEmpty && (parser.IsPronoun(subject.Head) || IsDefinite(subject.Head.First)) && HasQuoteWithin(cueEnd, end, 8);
        if (subject.Head.IsEmpty || !(parser.IsPlausibleSource(subject.Head, allowPronoun: !weak) || (afterQuote && clausal && IsDefinite(subject.Head.First))
            || shortDefinite || quotedEpithet))
        {
            return clausal && !needsComplement ? TryInverted(verb, cueEnd, first, end, paragraph, unit) : null;
        }

        var before = subject.Full.First - 1;
        var tailStart = SkipAddressee(cueEnd, end, frames);
        var tailOpensContent = tailStart < end && (IsPunct(tailStart, ':') || tokens[tailStart].Is(TokenFlags.QuoteOpen) || IsWord(tailStart, "that"));
        if (before >= first && clausal && !needsComplement && IsContentCloser(before) && !tailOpensContent && !IsIntroductoryPhrase(first, before))
        {
            var prefixEndsWithQuote = tokens[before].Kind == TokenKind.Quote || (before > first && tokens[before - 1].Kind == TokenKind.Quote && IsPunct(before, ','));
            if ((prefixEndsWithQuote || IsShortTail(tailStart, end)) && CountWords(first, before) >= 2)
            {
                var final = Build(CueMode.Final, first, before, verb, cueEnd, subject, hit.Entry, paragraph, unit);
                final.TailStart = tailStart;
                AddTailQuotes(final, tailStart, end);
                if (!prefixEndsWithQuote)
                {
                    AddParentheticalTail(final, tailStart, end);
                }

                return final;
            }
        }

        var contentStart = SkipToContent(cueEnd, end, frames, out var hasComplement);
        if (needsComplement && !hasComplement)
        {
            return null;
        }

        var contentWords = CountWords(contentStart, end);
        if (contentWords == 0 && subject.Full.First == first && clausal)
        {
            return Build(CueMode.Bare, cueEnd, cueEnd, verb, cueEnd, subject, hit.Entry, paragraph, unit);
        }

        if (contentWords < ((frames & VerbFrames.Object) != 0 ? 1 : 2))
        {
            return null;
        }

        if (contentStart < end && tokens[contentStart].IsWord && !tokens[contentStart].InQuote
            && (WordLists.BeForms.Contains(tokens[contentStart].Text(text)) || WordLists.Modals.Contains(tokens[contentStart].Text(text))))
        {
            // "Everything Trump says is a lie": the cue sits in a relative clause, its "content" is the main predicate.
            return null;
        }

        if (hit.Entry.Lemma == "call" && !HasQuoteWithin(contentStart, end, 12) && (IsWord(contentStart, "a") || IsWord(contentStart, "an") || contentWords < 3))
        {
            // "called an emergency meeting" is not speech; "called him a liar" is.
            return null;
        }

        if (!hasComplement && contentStart < end)
        {
            contentStart = SkipTimeAdverbial(contentStart, end);
            var afterAdverb = contentStart;
            while (afterAdverb < end && tokens[afterAdverb].IsWord && !tokens[afterAdverb].IsCapitalized && IsAdverbLike(afterAdverb))
            {
                afterAdverb++;
            }

            if (afterAdverb < end && tokens[afterAdverb].IsWord && WordLists.IntransitiveMarkers.Contains(tokens[afterAdverb].Text(text)))
            {
                contentStart = afterAdverb;
            }
        }

        if (!hasComplement && hit.Entry.Particle is null && contentStart < end && tokens[contentStart].IsWord
            && WordLists.IntransitiveMarkers.Contains(tokens[contentStart].Text(text)))
        {
            // "reported from Midway Atoll" has no reported content; "said on the other hand, "..."" does after the comma.
            var comma = -1;
            for (var k = contentStart; k < end && k < contentStart + 10; k++)
            {
                if (IsPunct(k, ','))
                {
                    comma = k;
                    break;
                }

                if (tokens[k].Kind != TokenKind.Word)
                {
                    break;
                }
            }

            var marker = tokens[contentStart].Text(text);
            if (WordLists.ClauseOpeners.Contains(marker) && !WordLists.InnerPrepositions.Contains(marker) && !marker.Equals("after", StringComparison.OrdinalIgnoreCase)
                && !marker.Equals("before", StringComparison.OrdinalIgnoreCase))
            {
                // "said as he entered the talks": a circumstance, not what was said.
                return null;
            }

            if (marker.Equals("about", StringComparison.OrdinalIgnoreCase) && contentStart + 1 < end
                && (tokens[contentStart + 1].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(tokens[contentStart + 1].Text(text))))
            {
                // "said about 20 people ...": an approximation, not a topic.
                return Build(CueMode.Front, contentStart, end, verb, cueEnd, subject, hit.Entry, paragraph, unit);
            }

            var clause = comma < 0 ? SubjectPronounWithin(contentStart, end, 6) : -1;
            if (clause > 0 && clausal)
            {
                // "said after the convention he would not ...": the clause starts at its subject.
                contentStart = clause;
            }
            else if (comma < 0 || CountWords(comma + 1, end) < 3 || !clausal || !OpensClause(comma + 1))
            {
                return null;
            }
            else
            {
                contentStart = comma + 1;
            }
        }

        var contentEnd = end;
        if (!clausal)
        {
            // A speech act's object ends at the first comma: "attacked her opponent as a fraud, with jabs that ...".
            for (var k = contentStart + 2; k < end; k++)
            {
                if (IsPunct(k, ',') && !tokens[k].InQuote)
                {
                    contentEnd = k;
                    break;
                }
            }
        }

        return Build(CueMode.Front, contentStart, contentEnd, verb, cueEnd, subject, hit.Entry, paragraph, unit);
    }

    private Attribution? TryPassiveWithAgent(int verb, int cueEnd, int be, int first, int end, VerbHit hit, int paragraph, int unit)
    {
        if ((hit.Entry.Frames & VerbFrames.Object) == 0 || cueEnd + 1 >= end || !IsWord(cueEnd, "by"))
        {
            return null;
        }

        var agent = parser.ParseForward(cueEnd + 1, end);
        if (agent.Head.IsEmpty || !parser.IsPlausibleSource(agent.Head, allowPronoun: false) || CountWords(first, be) < 1)
        {
            return null;
        }

        var result = Build(CueMode.Final, first, be, verb, cueEnd, agent, hit.Entry, paragraph, unit);
        var rest = Trim(agent.Full.End, end);
        if (!rest.IsEmpty && CountWords(rest.First, rest.End) >= 2 && result.Segments.Count > 0)
        {
            // "... was criticized by X as reckless": the predicate is part of what X said.
            result.Segments.Add(ToSpan(rest));
        }

        return result;
    }

    private bool IsQuotedAsSaying(int verb, int first, out int be)
    {
        be = -1;
        if (verb - 3 < first || !IsWord(verb - 1, "as") || !IsWord(verb - 2, "quoted"))
        {
            return false;
        }

        be = verb - 3;
        while (be >= first && tokens[be].IsWord && !WordLists.BeForms.Contains(tokens[be].Text(text)) && be > verb - 6)
        {
            be--;
        }

        return be >= first && tokens[be].IsWord && WordLists.BeForms.Contains(tokens[be].Text(text));
    }

    private Attribution? TryInverted(int verb, int cueEnd, int first, int end, int paragraph, int unit)
    {
        // '"...," said the spokesman' / '..., says Smith, a lawyer for the family.'
        var before = verb - 1;
        if (before < first || !IsContentCloser(before) || CountWords(first, before) < 2)
        {
            return null;
        }

        var source = parser.ParseForward(cueEnd, end);
        if (source.Head.IsEmpty || !parser.IsPlausibleSource(source.Head, allowPronoun: true) || IsIntroductoryPhrase(first, before))
        {
            return null;
        }

        if (parser.IsPronoun(source.Head) && CountWords(source.Head.End, end) > 0)
        {
            // "said he would go" is a new clause, not an inverted "..., said he."
            return null;
        }

        var final = Build(CueMode.Final, first, before, verb, cueEnd, source, entry: null, paragraph, unit);
        final.Cue = tokens[verb].Text(text).ToString();
        final.TailStart = source.Full.End;
        AddTailQuotes(final, source.Full.End, end);
        return final;
    }

    private Attribution? TryAccordingTo(int according, int first, int end, int paragraph, int unit)
    {
        var source = parser.ParseForward(according + 2, end);
        if (source.Head.IsEmpty || parser.IsPronoun(source.Head))
        {
            return null;
        }

        var cueEnd = according + 2;
        var leading = CountWords(first, according);
        Attribution result;
        if (leading <= 2)
        {
            if (CountWords(source.Full.End, end) < 2)
            {
                // "According to local police, the driver fled": what looked like an apposition is the content.
                source = new SourceMention(source.Head, source.Head);
            }

            var start = source.Full.End;
            while (start < end && (IsPunct(start, ',') || IsPunct(start, ':')))
            {
                start++;
            }

            if (CountWords(start, end) < 2)
            {
                return null;
            }

            result = Build(CueMode.Front, start, end, according, cueEnd, source, entry: null, paragraph, unit);
        }
        else
        {
            result = Build(CueMode.Final, first, according, according, cueEnd, source, entry: null, paragraph, unit);
        }

        result.Cue = text[tokens[according].Start..tokens[according + 1].End];
        return result;
    }

    private Attribution? TryColon(int colon, int first, int end, int paragraph, int unit)
    {
        // "Poll: Wealthy voters abandon ..." / "PENCE: Well, look, ..."
        if (tokens[first].Kind == TokenKind.Quote && first + 1 < colon)
        {
            // A stray opening mark before a speaker label.
            first++;
        }

        var head = new TokenRange(first, colon);
        var hasName = false;
        var transcript = first > 0 && tokens[first - 1].Is(TokenFlags.QuoteOpen);
        for (var i = first; i < colon; i++)
        {
            var tok = tokens[i];
            if ((tok.InQuote && !transcript) || tok.Kind is TokenKind.Quote or TokenKind.Symbol || (tok.Kind == TokenKind.Punct && !IsAbbreviationLike(i)))
            {
                return null;
            }

            if (tok.IsWord)
            {
                var w = tok.Text(text);
                if (i == first && WordLists.ColonLabelWords.Contains(w))
                {
                    return null;
                }

                if ((!tok.IsCapitalized && (lexicon.TryGet(w, out _) || WordLists.NounPhraseStops.Contains(w)))
                    || WordLists.InnerPrepositions.Contains(w) || WordLists.NounPhraseStops.Contains(w))
                {
                    return null;
                }

                hasName |= tok.IsCapitalized && !WordLists.Determiners.Contains(w);
            }
        }

        if (!hasName || CountWords(colon + 1, end) < 2 || tokens[colon].End < text.Length && !char.IsWhiteSpace(text[tokens[colon].End]))
        {
            return null;
        }

        var result = Build(CueMode.Front, colon + 1, end, colon, colon + 1, new SourceMention(head, head), entry: null, paragraph, unit);
        result.Cue = ":";
        result.AbsorbsParagraph = IsAllCaps(first, colon);
        return result;
    }

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
        }

        for (var t = from; t < limit && t + 1 < end; t++)
        {
            if (tokens[t].InQuote)
            {
                continue;
            }

            var gerund = IsPunct(t, ',') && tokens[t + 1].IsWord;
            var coordinated = IsWord(t, "and") && tokens[t + 1].IsWord && current.Mode == CueMode.Front;
            if (current.Mode == CueMode.Front && (IsWord(t, "and") || IsWord(t, "but") || IsPunct(t, ';') || IsWord(t, "while"))
                && tokens[t + 1].IsWord
                && TryCoordinatedClause(t, end, paragraph, unit) is { } other)
            {
                var head = Trim(FirstTokenAt(current.Segments[0].Start, end), t);
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

            var verb = t + 1;
            if (coordinated && IsAdverbLike(verb) && verb + 1 < end)
            {
                verb++;
            }

            if (!TryMatchCue(verb, end, out var hit, out var cueEnd))
            {
                continue;
            }

            var wanted = gerund ? hit.Form == VerbForm.Gerund : hit.Form is VerbForm.Past or VerbForm.ThirdPerson;
            if (!wanted || (hit.Entry.Frames & (VerbFrames.Clausal | VerbFrames.Object)) == 0 || (hit.Entry.Frames & VerbFrames.Weak) != 0 && gerund)
            {
                continue;
            }

            var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
            if ((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement)
            {
                continue;
            }

            var trimmed = Trim(contentStart, end);
            if (trimmed.IsEmpty || CountWords(trimmed.First, trimmed.End) < 2)
            {
                continue;
            }

            if (current.Mode == CueMode.Front)
            {
                var firstPart = Trim(FirstTokenAt(current.Segments[0].Start, end), t);
                if (firstPart.IsEmpty)
                {
                    return null;
                }

                current.Segments[0] = ToSpan(firstPart);
                current.Kind = Classify(firstPart);
            }

            var second = new Attribution
            {
                Kind = Classify(trimmed),
                Mode = CueMode.Front,
                Paragraph = paragraph,
                Unit = unit,
                Source = current.Source,
                CueSpan = new TextSpan(tokens[verb].Start, tokens[cueEnd - 1].End),
                Cue = text[tokens[verb].Start..tokens[cueEnd - 1].End],
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

    /// <summary>"Several groups granted an extension, saying his capital was short": the sentence subject speaks.</summary>
    private Attribution? TryGerundOfSentenceSubject(int first, int end, int paragraph, int unit)
    {
        var start = first;
        if (tokens[start].IsWord && WordLists.IntroductoryWords.Contains(tokens[start].Text(text)))
        {
            while (start < end && start < first + 12 && !IsPunct(start, ','))
            {
                start++;
            }

            start++;
        }

        if (start >= end || !(tokens[start].IsCapitalized || (tokens[start].IsWord && WordLists.Pronouns.Contains(tokens[start].Text(text)))
            || IsDefinite(start)))
        {
            return null;
        }

        var subject = parser.ParseForward(start, end);
        if (subject.Head.IsEmpty || !parser.IsPlausibleSource(subject.Head, allowPronoun: true) || subject.Head.End >= end
            || !tokens[subject.Head.End].IsWord || tokens[subject.Head.End].IsCapitalized)
        {
            return null;
        }

        for (var t = subject.Full.End; t + 1 < end; t++)
        {
            if (tokens[t].InQuote || !IsPunct(t, ',') || !TryMatchCue(t + 1, end, out var hit, out var cueEnd) || hit.Form != VerbForm.Gerund
                || (hit.Entry.Frames & VerbFrames.Weak) != 0 || (hit.Entry.Frames & (VerbFrames.Clausal | VerbFrames.Object)) == 0)
            {
                continue;
            }

            var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
            if (((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement) || CountWords(contentStart, end) < 2)
            {
                return null;
            }

            return Build(CueMode.Front, contentStart, end, t + 1, cueEnd, new SourceMention(subject.Head, subject.Head), hit.Entry, paragraph, unit);
        }

        return null;
    }

    /// <summary>"Republicans said A, and Democrats accused B": a coordinated clause with its own source and cue.</summary>
    private Attribution? TryCoordinatedClause(int t, int end, int paragraph, int unit)
    {
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

        var subject = parser.ParseForward(start, end);
        if (subject.Head.IsEmpty || !parser.IsPlausibleSource(subject.Head, allowPronoun: true))
        {
            return null;
        }

        var v = subject.Full.End;
        while (v < end && tokens[v].IsWord && !tokens[v].IsCapitalized && (WordLists.VerbModifiers.Contains(tokens[v].Text(text)) || IsAdverbLike(v)))
        {
            v++;
        }

        if (v >= end || !TryMatchCue(v, end, out var hit, out var cueEnd) || hit.Form is not (VerbForm.Past or VerbForm.ThirdPerson)
            || (hit.Entry.Frames & VerbFrames.Weak) != 0)
        {
            return null;
        }

        var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
        if (((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement) || CountWords(contentStart, end) < 2)
        {
            return null;
        }

        return Build(CueMode.Front, contentStart, end, v, cueEnd, subject, hit.Entry, paragraph, unit);
    }

    /// <summary>
    /// Nominal cues with an explicit source: "allegations by Israel that ...", "Iran's claim that ...".
    /// Added after the verbal cue, so a sentence may carry two attributions.
    /// </summary>
    private void AddNominalCues(int first, int end, int paragraph, int unit)
    {
        var added = 0;
        for (var t = first; t + 2 < end && added < 2; t++)
        {
            if (!tokens[t].IsWord || tokens[t].InQuote || tokens[t].IsCapitalized || !WordLists.NominalCues.Contains(tokens[t].Text(text)))
            {
                continue;
            }

            SourceMention source;
            int that;
            if (IsWord(t + 1, "by") && t + 2 < end)
            {
                source = parser.ParseForward(t + 2, end);
                that = source.Head.IsEmpty ? -1 : source.Full.End;
            }
            else if (t >= first + 2 && tokens[t - 1].Kind == TokenKind.Possessive)
            {
                var owner = parser.ParseSubject(t - 1, first);
                source = owner.Head.IsEmpty ? default : new SourceMention(owner.Head, owner.Head);
                that = t + 1;
            }
            else
            {
                continue;
            }

            if (that < 0 || that >= end || !IsWord(that, "that") || source.Head.IsEmpty || !parser.IsPlausibleSource(source.Head, allowPronoun: false)
                || that + 1 >= end || !tokens[that + 1].IsWord || WordLists.VerbModifiers.Contains(tokens[that + 1].Text(text)))
            {
                continue;
            }

            var range = Trim(that + 1, end);
            if (range.IsEmpty || CountWords(range.First, range.End) < 3)
            {
                continue;
            }

            var nominal = new Attribution
            {
                Kind = Classify(range),
                Mode = CueMode.Front,
                Paragraph = paragraph,
                Unit = unit,
                Source = source,
                CueSpan = new TextSpan(tokens[t].Start, tokens[IsWord(t + 1, "by") ? t + 1 : t].End),
                Cue = IsWord(t + 1, "by") ? text[tokens[t].Start..tokens[t + 1].End] : tokens[t].Text(text).ToString(),
                IsAccusation = true,
            };
            nominal.Segments.Add(ToSpan(range));
            _found.Add(nominal);
            added++;
            t = that;
        }

        if (added > 0)
        {
            _found.Sort(static (a, b) => (a.Segments.Count == 0 ? 0 : a.Segments[0].Start).CompareTo(b.Segments.Count == 0 ? 0 : b.Segments[0].Start));
        }
    }

    private bool TryMatchCue(int t, int end, out VerbHit hit, out int cueEnd)
    {
        hit = default;
        cueEnd = t + 1;
        if (!tokens[t].IsWord || tokens[t].InQuote || !lexicon.TryGet(tokens[t].Text(text), out var hits))
        {
            return false;
        }

        foreach (var h in hits)
        {
            if (h.Entry.Particle is { } particle)
            {
                if (t + 1 < end && IsWord(t + 1, particle))
                {
                    hit = h;
                    cueEnd = t + 2;
                    return true;
                }

                continue;
            }

            hit = h;
            return true;
        }

        return false;
    }

    private Attribution Build(CueMode mode, int contentFirst, int contentEnd, int cueFirst, int cueEnd, SourceMention source, VerbEntry? entry, int paragraph, int unit)
    {
        var result = new Attribution
        {
            Kind = ClaimKind.Indirect,
            Mode = mode,
            Paragraph = paragraph,
            Unit = unit,
            Source = source,
            CueSpan = new TextSpan(tokens[cueFirst].Start, tokens[cueEnd - 1].End),
            Cue = text[tokens[cueFirst].Start..tokens[cueEnd - 1].End],
            IsDenial = entry is not null && WordLists.DenialLemmas.Contains(entry.Lemma),
            IsAccusation = entry is not null && WordLists.AccusationLemmas.Contains(entry.Lemma),
        };
        if (mode == CueMode.Bare)
        {
            return result;
        }

        if (mode == CueMode.Front)
        {
            // A semicolon outside quotes starts a new clause in the reporter's voice.
            for (var k = contentFirst; k < contentEnd; k++)
            {
                if (IsPunct(k, ';') && !tokens[k].InQuote)
                {
                    contentEnd = k;
                    break;
                }
            }
        }

        var range = Trim(contentFirst, contentEnd);
        if (range.IsEmpty)
        {
            return result;
        }

        result.Kind = Classify(range);
        if (result.Kind == ClaimKind.Direct)
        {
            AddQuoteSegments(result, range.First, range.End);
        }
        else
        {
            result.Segments.Add(ToSpan(range));
        }

        return result;
    }

    /// <summary>"These employees, Smith explained, were under pressure": the content resumes after the cue.</summary>
    private void AddParentheticalTail(Attribution attribution, int tailStart, int end)
    {
        // Skip a short adverbial first: "The difference now, he told me on Friday, is that ...".
        var comma = tailStart;
        while (comma < end && comma < tailStart + 6 && tokens[comma].IsWord && !tokens[comma].InQuote)
        {
            comma++;
        }

        tailStart = comma;
        if (tailStart >= end || !IsPunct(tailStart, ',') || tailStart + 1 >= end || !tokens[tailStart + 1].IsWord)
        {
            return;
        }

        var w = tokens[tailStart + 1].Text(text);
        if (tokens[tailStart + 1].IsCapitalized || (WordLists.ClauseOpeners.Contains(w) && !w.Equals("that", StringComparison.OrdinalIgnoreCase))
            || (lexicon.TryGet(w, out var hits) && hits[0].Form == VerbForm.Gerund) || CountWords(tailStart + 1, end) < 3)
        {
            return;
        }

        var range = Trim(tailStart + 1, end);
        if (!range.IsEmpty)
        {
            attribution.Segments.Add(ToSpan(range));
            attribution.TailStart = 0;
        }
    }

    private void AddTailQuotes(Attribution attribution, int from, int end)
    {
        // '"A," X said, "B."': the second half of an interrupted quotation.
        if (attribution.Kind != ClaimKind.Direct)
        {
            return;
        }

        // Only a quotation that resumes right after the cue clause continues it ('", X said Monday, "B."').
        var words = 0;
        for (var t = from; t < end && words <= 12; t++)
        {
            if (tokens[t].InQuote)
            {
                if (words > 3 && !IsPunct(t - 2, ','))
                {
                    return;
                }

                AddQuoteSegments(attribution, t, end);
                return;
            }

            if (tokens[t].IsWord)
            {
                if (lexicon.TryGet(tokens[t].Text(text), out var hits) && hits[0].Form == VerbForm.Gerund)
                {
                    // '..., adding later, "B."' is a second cue with its own claim.
                    return;
                }

                words++;
            }
            else if (tokens[t].Kind == TokenKind.Punct && !IsPunct(t, ','))
            {
                return;
            }
        }
    }

    private void AddQuoteSegments(Attribution attribution, int first, int end)
    {
        var t = first;
        while (t < end)
        {
            if (!tokens[t].InQuote)
            {
                t++;
                continue;
            }

            var s = t;
            while (t < end && tokens[t].InQuote)
            {
                t++;
            }

            var range = Trim(s, t);
            if (!range.IsEmpty)
            {
                attribution.Segments.Add(ToSpan(range));
            }
        }
    }

    /// <summary>Direct when every word is quoted, mixed when some are, indirect otherwise.</summary>
    internal ClaimKind Classify(TokenRange range)
    {
        int quoted = 0, words = 0;
        for (var t = range.First; t < range.End; t++)
        {
            if (tokens[t].IsWord)
            {
                words++;
                if (tokens[t].InQuote)
                {
                    quoted++;
                }
            }
        }

        return quoted == 0 ? ClaimKind.Indirect : quoted == words ? ClaimKind.Direct : ClaimKind.Mixed;
    }

    /// <summary>Skips an addressee ("told reporters"), adverbials before "that", and the complementizer itself.</summary>
    private int SkipToContent(int start, int end, VerbFrames frames, out bool hasComplement)
    {
        hasComplement = false;
        var t = SkipAddressee(start, end, frames);

        var adverbialFirst = t < end && tokens[t].IsWord && (WordLists.TailOpeners.Contains(tokens[t].Text(text)) || WordLists.TimeWords.Contains(tokens[t].Text(text)))
            && !(IsWord(t, "to") && t + 1 < end && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !IsDefinite(t + 1));
        for (var k = t; k < end && k < (adverbialFirst ? t + 12 : t + 1); k++)
        {
            var tok = tokens[k];
            if (tok.InQuote || tok.Kind == TokenKind.Quote || (tok.Kind == TokenKind.Punct && !IsPunct(k, ',')))
            {
                break;
            }

            if (IsWord(k, "that"))
            {
                // "said that was not her view": here "that" is the subject, not the complementizer.
                var next = k + 1 < end ? tokens[k + 1] : default;
                var demonstrative = next.IsWord && (WordLists.BeForms.Contains(next.Text(text)) || WordLists.Modals.Contains(next.Text(text)));
                hasComplement = true;
                t = demonstrative ? k : k + 1;
                break;
            }
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

        return t;
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

        var addressee = parser.ParseForward(start, end);
        return addressee.Head.IsEmpty ? start : addressee.Head.End;
    }

    /// <summary>A quotation, a name, a pronoun or a determiner can start reported content; a participle cannot.</summary>
    private bool OpensClause(int t)
    {
        var tok = tokens[t];
        return tok.Is(TokenFlags.QuoteOpen) || tok.IsCapitalized || (tok.IsWord && (WordLists.Pronouns.Contains(tok.Text(text)) || IsDefinite(t)));
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

    /// <summary>A subject must open its clause: "it pledged" inside "the target it pledged to reach" is a relative clause.</summary>
    private bool StartsClause(int subjectFirst, int first)
    {
        var b = subjectFirst - 1;
        if (b < first)
        {
            return true;
        }

        var tok = tokens[b];
        if (tok.Kind is TokenKind.Punct or TokenKind.Quote or TokenKind.Symbol)
        {
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
        for (var k = subject.First; k < subject.End; k++)
        {
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
        }

        while (head > subject.First && !tokens[head].IsWord)
        {
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

        for (var k = first; k < before; k++)
        {
            if ((IsPunct(k, ',') && !tokens[k].InQuote) || (tokens[k].InQuote && k == first + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"ROME (Reuters) - ..." / "WASHINGTON ― ...": a dateline is not part of any claim's content.</summary>
    private int SkipDateline(int first, int end)
    {
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
            else if (!IsPunct(k, ',') && !IsPunct(k, '.') && !tok.IsCapitalized)
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

    private bool HasLaterCue(int from, int end)
    {
        for (var k = from; k + 1 < end && k < from + 40; k++)
        {
            if (IsPunct(k, ',') && !tokens[k].InQuote)
            {
                for (var v = k + 1; v < end && v < k + 4; v++)
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

    private bool IsDefinite(int t) => (tokens[t].IsWord && WordLists.Determiners.Contains(tokens[t].Text(text))) || tokens[t].Kind == TokenKind.Possessive
        || (t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Possessive);

    private bool HasQuoteWithin(int from, int end, int max)
    {
        for (var k = from; k < end && k < from + max; k++)
        {
            if (tokens[k].InQuote)
            {
                return true;
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

    internal TokenRange Trim(int first, int end)
    {
        while (first < end && IsTrimmable(first, leading: true))
        {
            first++;
        }

        while (end > first && IsTrimmable(end - 1, leading: false))
        {
            end--;
        }

        // Keep a closing mark whose opening mark is inside the content: 'the accusation as "absurd"'.
        if (end < tokens.Count && end > first && tokens[end].Is(TokenFlags.QuoteClose) && tokens[end - 1].InQuote && HasOpenerWithin(first, end))
        {
            end++;
        }

        return new TokenRange(first, end);
    }

    private bool IsTrimmable(int t, bool leading)
    {
        var tok = tokens[t];
        if (tok.Kind == TokenKind.Quote)
        {
            // Keep a quote mark whose partner is inside the content ("the "baseless" claims").
            return leading ? !tok.Is(TokenFlags.QuoteOpen) || !HasPartnerAfter(t) : true;
        }

        if (tok.Kind != TokenKind.Punct)
        {
            return false;
        }

        var c = text[tok.Start];
        return c is '.' or ',' or ';' or ':' or '\u2014' or '\u2013' or '\u2015' or '-' || (leading && c is '!' or '?' or ')');
    }

    private bool HasOpenerWithin(int first, int end)
    {
        for (var k = end - 1; k >= first && k > end - 400; k--)
        {
            if (tokens[k].Is(TokenFlags.QuoteOpen))
            {
                return true;
            }

            if (!tokens[k].InQuote)
            {
                return false;
            }
        }

        return false;
    }

    private bool HasPartnerAfter(int t)
    {
        for (var k = t + 1; k < tokens.Count && k < t + 400; k++)
        {
            if (tokens[k].Is(TokenFlags.QuoteClose))
            {
                return true;
            }

            if (!tokens[k].InQuote)
            {
                return false;
            }
        }

        return false;
    }

    internal TextSpan ToSpan(TokenRange range) => new(tokens[range.First].Start, tokens[range.End - 1].End);

    private int FirstTokenAt(int charPos, int end)
    {
        var lo = 0;
        var hi = Math.Min(end, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < charPos)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
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
        return (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)) || w.Equals("also", StringComparison.OrdinalIgnoreCase)
            || w.Equals("not", StringComparison.OrdinalIgnoreCase);
    }

    private int TrimEnd(int from, int end)
    {
        while (end > from && tokens[end - 1].Kind is TokenKind.Punct or TokenKind.Quote)
        {
            end--;
        }

        return end;
    }

    private int CountWords(int first, int end) => end <= first ? 0 : _wordsBefore[end] - _wordsBefore[first];

    private void EnsureWordCounts()
    {
        if (_wordsBefore.Length == tokens.Count + 1)
        {
            return;
        }

        _wordsBefore = new int[tokens.Count + 1];
        for (var t = 0; t < tokens.Count; t++)
        {
            _wordsBefore[t + 1] = _wordsBefore[t] + (tokens[t].IsWord ? 1 : 0);
        }
    }

    private bool ContainsWord(int first, int end, string word)
    {
        for (var t = first; t < end && t < first + 64; t++)
        {
            if (IsWord(t, word))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTitleCase(int first, int end)
    {
        int capitalized = 0, words = 0;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && tokens[k].Length > 3)
            {
                words++;
                if (tokens[k].IsCapitalized)
                {
                    capitalized++;
                }
            }
        }

        return words > 0 && capitalized * 10 >= words * 8;
    }

    private bool IsAllCaps(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            foreach (var c in tokens[k].Text(text))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool IsAbbreviationLike(int i) => IsPunct(i, '.') && i > 0 && tokens[i - 1].End == tokens[i].Start;

    private bool IsPunct(int i, char c) => tokens[i].IsPunct(text, c);

    private bool IsWord(int i, string word) => tokens[i].IsWord && tokens[i].Text(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
