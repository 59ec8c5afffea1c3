using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Verbal cues: front, closing, inverted, passive, "according to" and colon patterns, with the grammar checks they need.</summary>
internal sealed partial class CuePatterns
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        if (prev >= 0 && (IsWord(prev, "who") || IsWord(prev, "which")) && HasLaterCue(cueEnd, end))
        {
            // "A senior official, who asked not to be named, said ...": the relative clause is not the report.
            return null;
        }

        var subject = parser.ParseSubject(verb, first);
        if (!subject.Head.IsEmpty && !StartsClause(subject.Full.First, first))
        {
            // A fronted phrase without a comma: "In a Bloomberg interview Trump declared", "... network RT he blasted".
            subject = TrailingName(subject);
        }

        if (subject.Head.IsEmpty && verb - 1 > first && IsWord(verb - 1, "and") && hit.Form is VerbForm.Past or VerbForm.ThirdPerson)
        {
            // "Schultz supported Democrats ..., and said he did not support Trump": the sentence subject speaks.
            var sentenceSubject = SentenceSubject(first, verb);
            if (!sentenceSubject.Head.IsEmpty && sentenceSubject.Full.End < verb - 1)
            {
                subject = sentenceSubject;
            }
        }

        if (!subject.Head.IsEmpty && !Agrees(hit, subject.Head, verb))
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
        var prefixIsQuote = before >= first && (tokens[before].Kind == TokenKind.Quote || (before > first && tokens[before - 1].Kind == TokenKind.Quote));
        var tailStart = SkipAddressee(cueEnd, end, frames);
        var tailOpensContent = tailStart < end && (IsPunct(tailStart, ':') || tokens[tailStart].Is(TokenFlags.QuoteOpen) || IsWord(tailStart, "that")
            || (IsPunct(tailStart, ',') && tailStart + 1 < end && tokens[tailStart + 1].Is(TokenFlags.QuoteOpen) && !prefixIsQuote));
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

        var relativeThat = IsWord(contentStart, "that") && hit.Form is VerbForm.Base or VerbForm.ThirdPerson;
        if (relativeThat || (contentStart < end && tokens[contentStart].IsWord && !tokens[contentStart].InQuote
            && (WordLists.BeForms.Contains(tokens[contentStart].Text(text)) || WordLists.Modals.Contains(tokens[contentStart].Text(text)))))
        {
            // "Everything Trump says is a lie": the cue sits in a relative clause, its "content" is the main predicate.
            return null;
        }

        if ((hit.Entry.Lemma is "respond" or "reply") && IsWord(contentStart, "to"))
        {
            // "did not respond to a request for comment": no reported content.
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
            else if (comma < 0 || CountWords(comma + 1, end) < 3 || !clausal || !tokens[comma + 1].Is(TokenFlags.QuoteOpen))
            {
                return null;
            }
            else
            {
                contentStart = comma + 1;
            }
        }

        var objectOnly = !clausal && !hasComplement;
        var contentEnd = ContentEnd(contentStart, end, objectOnly, coordinatedPredicate: !hasComplement);
        var resume = objectOnly && contentEnd < end ? ObjectComplementAfter(contentEnd, end) : -1;
        if (resume > 0)
        {
            // "thanked Trump on Twitter for backing ...": the object and its complement, without the adjunct between.
            var attribution = Build(CueMode.Front, contentStart, contentEnd, verb, cueEnd, subject, hit.Entry, paragraph, unit);
            var complement = Trim(resume, ContentEnd(resume, end, objectOnly: false, coordinatedPredicate: true));
            if (!complement.IsEmpty && attribution.Segments.Count == 1)
            {
                attribution.Segments.Add(ToSpan(complement));
                attribution.Kind = Classify(new TokenRange(contentStart, complement.End)) == ClaimKind.Indirect ? ClaimKind.Indirect : ClaimKind.Mixed;
            }

            return attribution;
        }
        return Build(CueMode.Front, contentStart, contentEnd, verb, cueEnd, subject, hit.Entry, paragraph, unit);
    }

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
        for (var k = start + 1; k < end; k++)
        {
            var tok = tokens[k];
            if (tok.InQuote || tok.Kind == TokenKind.Quote)
            {
                continue;
            }

            if (IsPunct(k, ',') && k + 1 < end && tokens[k + 1].IsWord)
            {
                var next = tokens[k + 1].Text(text);
                var pronounClause = WordLists.Pronouns.Contains(next) && k + 2 < end && tokens[k + 2].IsWord && !tokens[k + 2].IsCapitalized;
                if ((WordLists.ClauseOpeners.Contains(next) && !IsWord(k + 1, "that") && !IsWord(k + 1, "and") && !IsWord(k + 1, "who")
                        && !IsWord(k + 1, "which")) || pronounClause)
                {
                    return k;
                }

                if (objectOnly && !tokens[k + 1].IsCapitalized && k - start >= 2)
                {
                    return k;
                }
            }

            if (coordinatedPredicate && (IsWord(k, "and") || IsWord(k, "but")) && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
                && tokens[k + 1].Text(text).EndsWith("ed", StringComparison.Ordinal) && !TryMatchCue(k + 1, end, out _, out _) && k - start >= 2)
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
        var parenthetical = according - 1 >= first && IsPunct(according - 1, ',') && source.Head.End < end && IsPunct(source.Head.End, ',')
            && leading >= 1 && CountWords(source.Head.End, end) >= 2 && !tokens[according - 1].InQuote && FirstClauseLength(first, according) == leading;
        if (parenthetical)
        {
            // "The plan, according to officials, will cost $2bn": the content surrounds the cue.
            source = new SourceMention(source.Head, source.Head);
            result = Build(CueMode.Final, first, according - 1, according, cueEnd, source, entry: null, paragraph, unit);
            var rest = Trim(source.Head.End + 1, end);
            if (!rest.IsEmpty && result.Segments.Count > 0)
            {
                result.Segments.Add(ToSpan(rest));
            }
        }
        else if (leading <= 2)
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

        if (!IsAllCaps(first, colon) && !NamesASource(first, colon))
        {
            // "Heatwave: Spain records ..." is a topic label; "Poll: ...", "Sanders: ..." name a source.
            return null;
        }

        var result = Build(CueMode.Front, colon + 1, end, colon, colon + 1, new SourceMention(head, head), entry: null, paragraph, unit);
        result.Cue = ":";
        result.AbsorbsParagraph = IsAllCaps(first, colon);
        return result;
    }

    /// <summary>Skips an addressee ("told reporters"), adverbials before "that", and the complementizer itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipToContent(int start, int end, VerbFrames frames, out bool hasComplement)
    {
        hasComplement = false;
        var t = SkipAddressee(start, end, frames);

        var adverbialFirst = t < end && tokens[t].IsWord && (WordLists.TailOpeners.Contains(tokens[t].Text(text)) || WordLists.TimeWords.Contains(tokens[t].Text(text)))
            && !(IsWord(t, "to") && t + 1 < end && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized && !IsDefinite(t + 1));
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
        return (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)) || w.Equals("also", StringComparison.OrdinalIgnoreCase)
            || w.Equals("not", StringComparison.OrdinalIgnoreCase);
    }
}
