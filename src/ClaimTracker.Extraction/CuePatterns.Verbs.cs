using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Verbal cues: front, closing, inverted, passive, "according to" and colon patterns.</summary>
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

        // Where the subject attaches: the verb itself, or a verb that carries the infinitive ("appeared to suggest").
        var head = verb;
        // Not cognitive verbs: "seems to think he is exempt" is the reporter's reading, not a report.
        if (prev >= 0 && IsWord(prev, "to") && hit.Form == VerbForm.Base && (frames & VerbFrames.NeedsComplement) == 0
            && CatenativeBefore(prev, first) is var catenative and >= 0)
        {
            head = catenative;
            prev = PreviousWord(head, first);
        }

        if (hit.Form == VerbForm.Past && prev >= 0 && IsWord(prev, "as") && (frames & VerbFrames.Clausal) != 0 && cueEnd + 1 < end
            && (IsWord(cueEnd, "in") || IsWord(cueEnd, "by")))
        {
            return TryAsReported(prev, cueEnd, first, end, hit.Entry, paragraph, unit);
        }

        if (prev >= 0 && IsFloatingQuantifier(prev, first))
        {
            // "The senators all suggested", "Brown and Menendez both said": the quantifier floats after the subject.
            prev = PreviousWord(prev, first);
        }

        if (prev >= 0 && (IsWord(prev, "to") || WordLists.Determiners.Contains(tokens[prev].Text(text)) || tokens[prev].Kind == TokenKind.Possessive)
            && !IsNumberStandingAsNoun(prev, first, hit.Form))
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

            if (CitedAsSaying(verb, first) is { } cited)
            {
                // "The agency cited unnamed security sources as saying ...": the cited sources speak.
                var start = SkipToContent(cueEnd, end, frames, out _);
                return CountWords(start, end) < 2 ? null : Build(CueMode.Front, start, end, verb, cueEnd, cited, hit.Entry, paragraph, unit);
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
            && (IsWord(cueEnd, "of") || (IsWord(cueEnd, "by") && !(cueEnd + 1 < end && tokens[cueEnd + 1].Is(TokenFlags.Numeric))))
            && !ClosesAQuotation(verb, first))
        {
            // "spies accused of plotting", "a plan praised by critics": a participle, not a finite cue.
            return null;
        }

        if (prev >= 0 && (IsWord(prev, "who") || IsWord(prev, "which")) && HasLaterCue(cueEnd, end))
        {
            // "A senior official, who asked not to be named, said ...": the relative clause is not the report.
            return null;
        }

        var subject = parser.ParseSubject(head, first);
        if (!subject.Head.IsEmpty && DocumentBeforeAgent(subject, first) is { } document)
        {
            // "A leaked memo seen by the newspaper says ...": the outlet saw the memo; the memo speaks.
            subject = document;
        }

        var relativeClause = IsRelativeClauseCue(head, first);
        if (relativeClause && !subject.Head.IsEmpty && NameAfterThingPreposition(subject.Head) is { } nearest)
        {
            // "drew criticism from Harper, who called them reckless": "who" takes the person next to it.
            subject = nearest;
        }
        if (!subject.Head.IsEmpty && !relativeClause && !StartsClause(subject.Full.First, first))
        {
            // A fronted phrase without a comma: "In a Bloomberg interview Trump declared", "... network RT he blasted".
            subject = TrailingName(subject);
        }

        var conjunction = subject.Head.IsEmpty ? PreviousWord(head, first) : -1;
        if (conjunction > first && !IsWord(conjunction, "and") && WordLists.ClauseAdverbs.Contains(tokens[conjunction].Text(text)))
        {
            // "but later said", "and then told".
            conjunction = PreviousWord(conjunction, first);
        }

        if (conjunction > first && (IsWord(conjunction, "and") || IsWord(conjunction, "but")) && (hit.Form is VerbForm.Past or VerbForm.ThirdPerson || head != verb))
        {
            // "Schultz supported Democrats ..., and said he did not support Trump", "agreed, but also contended that ...":
            // the sentence subject speaks.
            var sentenceSubject = SentenceSubject(first, head);
            if (!sentenceSubject.Head.IsEmpty && sentenceSubject.Full.End < conjunction)
            {
                subject = sentenceSubject;
            }
        }

        // After a catenative the infinitive does not agree; the catenative does.
        if (!subject.Head.IsEmpty && head == verb && !Agrees(hit, subject.Head, verb))
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
        // "defended what she called a necessary reform", "the levy, which they describe as theft": the relative word is
        // the naming verb's object, so a pronoun before the verb can only be the one who names.
        var relativeNamer = (frames & VerbFrames.ObjectComplement) != 0 && !subject.Head.IsEmpty && parser.IsPronoun(subject.Head)
            && subject.Full.First - 1 >= first && (IsWord(subject.Full.First - 1, "what") || IsWord(subject.Full.First - 1, "which"));
        if (subject.Head.IsEmpty || !(parser.IsPlausibleSource(subject.Head, allowPronoun: !weak) || (afterQuote && clausal && IsDefinite(subject.Head.First))
            || shortDefinite || quotedEpithet || relativeNamer))
        {
            // Only finite forms invert ("..., said Smith"); "state media reported" is a noun, not "state" + subject.
            return clausal && !needsComplement && hit.Form is VerbForm.Past or VerbForm.ThirdPerson ? TryInverted(verb, cueEnd, first, end, paragraph, unit) : null;
        }

        var before = subject.Full.First - 1;
        var prefixIsQuote = before >= first && (tokens[before].Kind == TokenKind.Quote || (before > first && tokens[before - 1].Kind == TokenKind.Quote));
        var tailStart = SkipAddressee(cueEnd, end, frames);
        var tailOpensContent = tailStart < end && (IsPunct(tailStart, ':') || tokens[tailStart].Is(TokenFlags.QuoteOpen) || IsWord(tailStart, "that")
            || (IsPunct(tailStart, ',') && tailStart + 1 < end && tokens[tailStart + 1].Is(TokenFlags.QuoteOpen) && !prefixIsQuote));
        var closes = !needsComplement || prefixIsQuote || (frames & VerbFrames.Closes) != 0;
        if (before >= first && clausal && closes && IsContentCloser(before) && !tailOpensContent && !IsIntroductoryPhrase(first, before))
        {
            var prefixEndsWithQuote = tokens[before].Kind == TokenKind.Quote || (before > first && tokens[before - 1].Kind == TokenKind.Quote && IsPunct(before, ','));
            // One word is enough when the content resumes after the cue: "Voters, he said, can rock like Jimi."
            var resumes = tailStart + 1 < end && IsPunct(tailStart, ',') && tokens[tailStart + 1].IsWord && !tokens[tailStart + 1].IsCapitalized
                && !tokens[tailStart + 1].InQuote && CountWords(tailStart + 1, end) >= 3;
            if ((prefixEndsWithQuote || IsShortTail(tailStart, end)) && CountWords(first, before) >= (resumes ? 1 : 2))
            {
                var final = Build(CueMode.Final, first, before, head, cueEnd, subject, hit.Entry, paragraph, unit);
                final.TailStart = tailStart;
                AddTailQuotes(final, tailStart, end);
                if (!prefixEndsWithQuote)
                {
                    AddParentheticalTail(final, tailStart, end);
                }

                return final;
            }
        }

        if ((frames & VerbFrames.ObjectComplement) != 0 && cueEnd + 1 < end && subject.Full.First - 1 >= first
            && tokens[subject.Full.First - 1].IsWord && tokens[subject.Full.First - 1].Text(text) is "that" or "which" or "what")
        {
            // "an explosion that the mayor described as an intentional act", "the law, which critics called
            // unconstitutional, took effect": the object is the antecedent; the predicate is what the source said of it.
            var predicateStart = IsWord(cueEnd, "as") ? cueEnd + 1 : cueEnd;
            var predicateEnd = RelativeClauseEnd(predicateStart,
                SmallClauseEnd(predicateStart, ContentEnd(predicateStart, end, objectOnly: false, coordinatedPredicate: true)));
            if (subject.Full.First - 2 >= first && IsPunct(subject.Full.First - 2, ','))
            {
                // "The camps, which critics describe as prisons, hold ...": the comma closing the clause ends the predicate.
                for (var k = predicateStart + 1; k < predicateEnd; k++)
                {
                    if (IsPunct(k, ',') && !tokens[k].InQuote)
                    {
                        predicateEnd = k;
                        break;
                    }
                }
            }
            return CountWords(predicateStart, predicateEnd) < 1 ? null
                : Build(CueMode.Front, predicateStart, predicateEnd, head, predicateStart, subject, hit.Entry, paragraph, unit);
        }

        var contentStart = SkipToContent(cueEnd, end, frames, out var hasComplement);
        if (needsComplement && !hasComplement)
        {
            // "The results show the party kept its majority": a record or finding states a bare clause;
            // "the jury found him guilty", "ruled the ban unlawful": a verdict is the object with its predicate.
            if (!((IsEvidenceHead(subject.Head) || (IsInquirerHead(subject.Head) && hit.Entry.Lemma is "find" or "discover" or "conclude" or "determine"))
                    && BareClauseAt(contentStart, end))
                && !HasVerdictPredicate(contentStart, end))
            {
                return null;
            }

            hasComplement = true;
        }

        var contentWords = CountWords(contentStart, end);
        if ((contentWords == 0 || IsAdjunctBeforeColon(contentStart, end)) && subject.Full.First == first && clausal)
        {
            return Build(CueMode.Bare, cueEnd, cueEnd, head, cueEnd, subject, hit.Entry, paragraph, unit);
        }

        if (contentWords < ((frames & VerbFrames.Object) != 0 ? 1 : 2))
        {
            return null;
        }

        if ((frames & VerbFrames.Evaluative) != 0 && !hasComplement && !NamesAnAct(contentStart, end))
        {
            // "welcomed the guests", "overturned a lorry": no act or statement is received or decided.
            return null;
        }

        if (!hasComplement && (IsWord(contentStart, "and") || IsWord(contentStart, "but")) && !tokens[contentStart].InQuote)
        {
            // "The mayor agreed and said ...": an intransitive use; the coordinated verb carries the report.
            return null;
        }

        var relativeThat = IsWord(contentStart, "that") && hit.Form is VerbForm.Base or VerbForm.ThirdPerson;
        if (relativeThat || (contentStart < end && tokens[contentStart].IsWord && !tokens[contentStart].InQuote
            && (WordLists.BeForms.Contains(tokens[contentStart].Text(text)) || WordLists.Modals.Contains(tokens[contentStart].Text(text)))))
        {
            // "Everything Trump says is a lie": the cue sits in a relative clause, its "content" is the main predicate.
            return null;
        }

        if (((hit.Entry.Lemma is "respond" or "reply") && IsWord(contentStart, "to"))
            || (IsWord(contentStart, "to") && contentStart + 1 < end && IsWord(contentStart + 1, "comment")))
        {
            // "did not respond to a request for comment": no reported content.
            return null;
        }

        // Not a verb that takes an infinitive ("vowed to end", in a headline "Vows To End").
        if (!hasComplement && IsWord(contentStart, "to") && clausal && (frames & VerbFrames.Object) == 0 && contentStart + 1 < end && tokens[contentStart + 1].IsWord
            && (tokens[contentStart + 1].IsCapitalized || IsDefinite(contentStart + 1) || IsObjectPronoun(contentStart + 1)))
        {
            // "tweeted to the boy and said ...", "wrote to the council that ...": "to" names the addressee, not content.
            var addressee = IsObjectPronoun(contentStart + 1) ? contentStart + 2 : parser.ParseForward(contentStart + 1, end).Full.End;
            if (addressee <= contentStart + 1 || addressee >= end || !IsWord(addressee, "that"))
            {
                return null;
            }

            contentStart = addressee + 1;
            hasComplement = true;
        }

        if (!hasComplement && (frames & VerbFrames.Object) != 0 && TakesAThing(hit.Entry.Lemma, contentStart, end))
        {
            // "claimed three lives", "claimed asylum", "conceded a penalty", "questioned the suspect": a taking, a score
            // or an interrogation, not a report.
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
            && WordLists.IntransitiveMarkers.Contains(tokens[contentStart].Text(text)) && !IsQuantityIdiom(contentStart, end))
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
            if (clausal && WordLists.ReportedClauseSubordinators.Contains(marker) && FrontedClauseThenMain(contentStart, end))
            {
                // "said although the two are known to interact, nobody had studied them together", "said if the talks
                // failed, the union would strike": the reported clause opens with its own subordinate clause.
                return Build(CueMode.Front, contentStart, ContentEnd(contentStart, end, objectOnly: false, coordinatedPredicate: true), head, cueEnd,
                    subject, hit.Entry, paragraph, unit);
            }

            if (clausal && IsWord(contentStart, "by") && contentStart + 2 < end && tokens[contentStart + 1].Is(TokenFlags.Numeric)
                && IsPunct(contentStart + 2, ',') && CountWords(contentStart + 3, end) >= 3)
            {
                // "estimated by 2050, demand would double": a date the prediction is about, not an agent or a place.
                return Build(CueMode.Front, contentStart, end, head, cueEnd, subject, hit.Entry, paragraph, unit);
            }

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
                return Build(CueMode.Front, contentStart, end, head, cueEnd, subject, hit.Entry, paragraph, unit);
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

        var objectOnly = !clausal && !hasComplement && (frames & VerbFrames.ObjectComplement) == 0;
        var contentEnd = ContentEnd(contentStart, end, objectOnly, coordinatedPredicate: !hasComplement);
        if ((frames & VerbFrames.ObjectComplement) != 0 && !hasComplement)
        {
            contentEnd = SmallClauseEnd(contentStart, contentEnd);
        }

        if (relativeClause)
        {
            contentEnd = RelativeClauseEnd(contentStart, contentEnd);
        }

        var resume = objectOnly && contentEnd < end ? ObjectComplementAfter(contentEnd, end) : -1;
        if (resume > 0)
        {
            // "thanked Trump on Twitter for backing ...": the object and its complement, without the adjunct between.
            var attribution = Build(CueMode.Front, contentStart, contentEnd, head, cueEnd, subject, hit.Entry, paragraph, unit);
            var complement = Trim(resume, ContentEnd(resume, end, objectOnly: false, coordinatedPredicate: true));
            if (!complement.IsEmpty && attribution.Segments.Count == 1)
            {
                attribution.Segments.Add(ToSpan(complement));
                attribution.Kind = Classify(new TokenRange(contentStart, complement.End)) == ClaimKind.Indirect ? ClaimKind.Indirect : ClaimKind.Mixed;
            }

            return attribution;
        }
        return Build(CueMode.Front, contentStart, contentEnd, head, cueEnd, subject, hit.Entry, paragraph, unit);
    }

    private Attribution? TryPassiveWithAgent(int verb, int cueEnd, int be, int first, int end, VerbHit hit, int paragraph, int unit)
    {
        if ((hit.Entry.Frames & VerbFrames.Object) == 0 || cueEnd + 1 >= end || !IsWord(cueEnd, "by"))
        {
            return null;
        }

        var agent = parser.ParseForward(cueEnd + 1, end);
        if (agent.Head.IsEmpty || !parser.IsPlausibleSource(agent.Head, allowPronoun: false) || CountWords(first, be) < 1
            || ((hit.Entry.Frames & VerbFrames.Evaluative) != 0 && !NamesAnAct(first, be)))
        {
            return null;
        }

        var result = Build(CueMode.Final, first, be, verb, cueEnd, agent, hit.Entry, paragraph, unit);
        var rest = Trim(agent.Full.End, end);
        // "... mentioned by X in an interview" is the occasion, not a predicate.
        if (!rest.IsEmpty && CountWords(rest.First, rest.End) >= 2 && result.Segments.Count > 0 && !parser.IsSpeechEventAdjunct(rest.First))
        {
            // "... was criticized by X as reckless": the predicate is part of what X said.
            result.Segments.Add(ToSpan(rest));
        }

        return result;
    }

    /// <summary>
    /// The document a parsed subject is the agent of, through a participle of handling: "a leaked memo seen by the
    /// newspaper", "a draft obtained by Reuters". The whole phrase is the source, the document its head; else null.
    /// </summary>
    private SourceMention? DocumentBeforeAgent(SourceMention agent, int first)
    {
        var by = agent.Full.First - 1;
        var participle = by - 1;
        if (participle - 1 < first || !IsWord(by, "by") || !tokens[participle].IsWord || !WordLists.HandlingParticiples.Contains(tokens[participle].Text(text)))
        {
            return null;
        }

        var document = parser.ParseSubject(participle, first);
        if (document.Head.IsEmpty || !IsEvidenceHead(document.Head) && !WordLists.MessageNouns.Contains(tokens[document.Head.End - 1].Text(text)))
        {
            return null;
        }

        return new SourceMention(document.Head, new TokenRange(document.Full.First, agent.Full.End));
    }

    /// <summary>The object of "cited/quoted X as saying" when it can name a source.</summary>
    private SourceMention? CitedAsSaying(int verb, int first)
    {
        if (verb - 3 < first || !IsWord(verb - 1, "as"))
        {
            return null;
        }

        for (var k = verb - 3; k >= first && k >= verb - 14; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return null;
            }

            if (WordLists.CitingVerbs.Contains(tokens[k].Text(text)))
            {
                var cited = parser.ParseSubject(verb - 1, k + 1);
                return cited.Head.IsEmpty || cited.Full.First != k + 1 || !parser.IsPlausibleSource(cited.Head, allowPronoun: true) ? null : cited;
            }
        }

        return null;
    }

    private bool IsQuotedAsSaying(int verb, int first, out int be)
    {
        be = -1;
        if (verb - 3 < first || !IsWord(verb - 1, "as"))
        {
            return false;
        }

        // "was quoted as saying", or with the medium between: "was quoted by state media as saying".
        var quoted = verb - 2;
        if (!IsWord(quoted, "quoted"))
        {
            var by = verb - 2;
            while (by > first && by > verb - 10 && tokens[by].IsWord && !IsWord(by, "by"))
            {
                by--;
            }

            if (!IsWord(by, "by") || by - 1 < first || !IsWord(by - 1, "quoted"))
            {
                return false;
            }

            quoted = by - 1;
        }

        be = quoted - 1;
        while (be >= first && tokens[be].IsWord && !WordLists.BeForms.Contains(tokens[be].Text(text)) && be > quoted - 4)
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

        var resumes = source.Head.End + 1 < end && IsPunct(source.Head.End, ',') && tokens[source.Head.End + 1].IsWord
            && !tokens[source.Head.End + 1].IsCapitalized && (WordLists.Modals.Contains(tokens[source.Head.End + 1].Text(text))
                || WordLists.BeForms.Contains(tokens[source.Head.End + 1].Text(text)) || WordLists.HaveForms.Contains(tokens[source.Head.End + 1].Text(text)));
        if (resumes)
        {
            // "Most lenders, said the regulator, must report ...": a finite verb after the comma continues the content.
            source = new SourceMention(source.Head, source.Head);
        }

        var final = Build(CueMode.Final, first, before, verb, cueEnd, source, entry: null, paragraph, unit);
        final.Cue = tokens[verb].Text(text).ToString();
        final.TailStart = source.Full.End;
        AddTailQuotes(final, source.Full.End, end);
        if (final.Kind != ClaimKind.Direct && final.Segments.Count == 1)
        {
            // "Most recipients, said the treasurer, must show the works every decade": the content resumes after the source.
            AddParentheticalTail(final, source.Full.End, end);
        }
        return final;
    }

    /// <summary>
    /// '"...," Mr. Clarke recalled of the hearing': the verb follows a closing quotation and its speaker, so it is a
    /// finite cue with a topic, not a participle ("spies accused of plotting").
    /// </summary>
    private bool ClosesAQuotation(int verb, int first)
    {
        for (var k = verb - 1; k >= first && k >= verb - 6; k--)
        {
            var tok = tokens[k];
            if (tok.Kind == TokenKind.Quote)
            {
                return !tok.Is(TokenFlags.QuoteOpen);
            }

            if (tok.InQuote || !(tok.IsWord || IsPunct(k, ',') || IsAbbreviationLike(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "As stated in the council's report, X", "X, as reported by the Gazette": a passive as-clause names the source of
    /// the clause it is attached to.
    /// </summary>
    private Attribution? TryAsReported(int asWord, int cueEnd, int first, int end, VerbEntry entry, int paragraph, int unit)
    {
        var source = parser.ParseForward(cueEnd + 1, end);
        if (source.Head.IsEmpty || parser.IsPronoun(source.Head) || !parser.IsPlausibleSource(source.Head, allowPronoun: false))
        {
            return null;
        }

        // An apposition is not read here: in "As stated in the report, the fund lost ..." the comma closes the source.
        source = new SourceMention(source.Head, new TokenRange(source.Full.First, source.Head.End));
        var after = source.Head.End;
        Attribution result;
        if (asWord == first && after + 1 < end && IsPunct(after, ','))
        {
            if (CountWords(after + 1, end) < 3)
            {
                return null;
            }

            result = Build(CueMode.Front, after + 1, end, asWord, cueEnd, source, entry, paragraph, unit);
        }
        else if (asWord - 1 > first && IsPunct(asWord - 1, ',') && CountWords(after, end) == 0 && CountWords(first, asWord) >= 3)
        {
            result = Build(CueMode.Final, first, asWord - 1, asWord, cueEnd, source, entry, paragraph, unit);
        }
        else
        {
            return null;
        }

        return result;
    }

    /// <summary>
    /// 'Said Ellis: "..."', "Says the report, ...": a finite cue opening the sentence before its source, which a colon
    /// or comma closes.
    /// </summary>
    private Attribution? TryOpeningInverted(int verb, VerbHit[] hits, int end, int paragraph, int unit)
    {
        var hit = Array.Find(hits, static h => h.Entry.Particle is null && (h.Entry.Frames & VerbFrames.Clausal) != 0
            && (h.Entry.Frames & (VerbFrames.NeedsComplement | VerbFrames.Weak)) == 0 && h.Form is VerbForm.Past or VerbForm.ThirdPerson);
        if (hit.Entry is null || verb + 2 >= end || !tokens[verb + 1].IsWord)
        {
            return null;
        }

        var source = parser.ParseForward(verb + 1, end);
        var close = source.Full.End;
        if (source.Head.IsEmpty || parser.IsPronoun(source.Head) || !parser.IsPlausibleSource(source.Head, allowPronoun: false)
            || close >= end || !(IsPunct(close, ':') || IsPunct(close, ',')))
        {
            return null;
        }

        var start = close + 1;
        return CountWords(start, end) < 2 ? null : Build(CueMode.Front, start, end, verb, verb + 1, source, hit.Entry, paragraph, unit);
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
            // "The plan, according to officials, will cost $2bn": the content surrounds the cue. An apposition
            // ("according to an analysis by X, a former aide, whose ...") belongs to the source, and a relative
            // clause after it describes the source, not the content.
            var sourceEnd = FirstAppositionEnd(source) is var aside and > 0 ? aside : source.Head.End;
            source = new SourceMention(source.Head, new TokenRange(source.Head.First, sourceEnd));
            result = Build(CueMode.Final, first, according - 1, according, cueEnd, source, entry: null, paragraph, unit);
            var rest = Trim(sourceEnd + 1, end);
            if (!rest.IsEmpty && result.Segments.Count > 0 && !IsRelativePronoun(rest.First))
            {
                result.Segments.Add(ToSpan(rest));
            }
        }
        else if (leading <= 2)
        {
            if (CountWords(source.Full.End, end) < 2)
            {
                // "According to local police, the driver fled": what looked like an apposition is the content. A first
                // aside may still be the source's: "According to a spokesperson, who spoke on condition of anonymity, ...".
                var aside = FirstAppositionEnd(source);
                source = aside > 0 && CountWords(aside, end) >= 2 && IsRelativePronoun(source.Head.End + 1)
                    ? new SourceMention(source.Head, new TokenRange(source.Head.First, aside))
                    : new SourceMention(source.Head, source.Head);
            }

            if (source.Head.End + 1 < end && IsPunct(source.Head.End, ',') && CitingAsideEnd(source.Head.End + 1, end) > 0)
            {
                source = new SourceMention(source.Head, source.Head);
            }

            var start = source.Full.End;
            while (start < end && (IsPunct(start, ',') || IsPunct(start, ':')))
            {
                start++;
            }

            if (CitingAsideEnd(start, end) is var resumed and > 0)
            {
                // "According to the agency, quoting a hospital official, nine people died": the agency passes on the
                // official's words; the aside is neither source nor content.
                start = resumed;
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
            result.TailStart = source.Full.End;
        }

        result.Cue = text[tokens[according].Start..tokens[according + 1].End];
        return result;
    }

    /// <summary>After "citing X," or "quoting X," at <paramref name="start"/>: the token after the closing comma, else -1.</summary>
    private int CitingAsideEnd(int start, int end)
    {
        if (start >= end || !tokens[start].IsWord || !WordLists.CitingVerbs.Contains(tokens[start].Text(text)))
        {
            return -1;
        }

        for (var k = start + 1; k + 1 < end && k < start + 16; k++)
        {
            if (IsPunct(k, ',') && !tokens[k].InQuote)
            {
                return CountWords(k + 1, end) >= 2 ? k + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The comma that closes the first apposition after the source's head, or -1.</summary>
    private int FirstAppositionEnd(SourceMention source)
    {
        if (source.Full.End <= source.Head.End || !IsPunct(source.Head.End, ','))
        {
            return -1;
        }

        for (var k = source.Head.End + 1; k <= source.Full.End && k < tokens.Count; k++)
        {
            if (IsPunct(k, ','))
            {
                return k;
            }
        }

        return -1;
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

    /// <summary>
    /// "called the hearing because they felt ...", "called Clinton a champion, citing her work": the object and its
    /// predicate end at a subordinate clause or a participle after a comma, which are the reporter's.
    /// </summary>
    private int SmallClauseEnd(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var tok = tokens[k];
            if (!tok.InQuote && tok.Kind == TokenKind.Punct && text[tok.Start] is '\u2014' or '\u2013' or '\u2015' or '-')
            {
                // "-- which Tim Cook called ''total political crap'' -- one question ...": a dash closes the aside.
                return k;
            }

            if (tok.InQuote || !tok.IsWord || tok.IsCapitalized)
            {
                continue;
            }

            var w = tok.Text(text);
            if (WordLists.ClauseOpeners.Contains(w) && w is not ("and" or "or" or "that" or "as" or "who" or "which"))
            {
                return k;
            }

            if (IsPunct(k - 1, ',') && w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal))
            {
                return k - 1;
            }
        }

        return end;
    }

    /// <summary>
    /// "The senator, who said ...," / "relatives of the victims, many of whom say ...": the cue sits in a
    /// non-restrictive relative clause, perhaps after auxiliaries ("who has long said").
    /// </summary>
    private bool IsRelativeClauseCue(int verb, int first)
    {
        var k = verb - 1;
        while (k >= first && k >= verb - 3 && tokens[k].IsWord
            && (WordLists.Auxiliaries.Contains(tokens[k].Text(text)) || WordLists.HaveForms.Contains(tokens[k].Text(text)) || IsAdverbLike(k)))
        {
            k--;
        }

        if (k < first || !IsRelativePronoun(k))
        {
            return false;
        }

        if (IsWord(k, "whom") && k - 2 >= first && IsWord(k - 1, "of"))
        {
            k -= 2;
        }

        return k - 1 >= first && IsPunct(k - 1, ',');
    }

    /// <summary>
    /// The name closing a phrase like "criticism from Harper" or "a meeting with Okafor" whose head is no person or
    /// source noun, else null. With "of" ("the leader of Hamas") the head keeps the relative clause.
    /// </summary>
    private SourceMention? NameAfterThingPreposition(TokenRange head)
    {
        var last = head.End - 1;
        if (!tokens[last].IsCapitalized)
        {
            return null;
        }

        var k = last;
        while (k - 1 >= head.First && (tokens[k - 1].IsCapitalized || parser.IsAbbreviationPeriod(k - 1)))
        {
            k--;
        }

        var preposition = k - 1;
        if (preposition - 1 < head.First || !tokens[preposition].IsWord || IsWord(preposition, "of")
            || !WordLists.InnerPrepositions.Contains(tokens[preposition].Text(text)))
        {
            return null;
        }

        var noun = preposition - 1;
        if (!tokens[noun].IsWord || tokens[noun].IsCapitalized || WordLists.IsSourceNoun(tokens[noun].Text(text)))
        {
            return null;
        }

        var name = new TokenRange(k, head.End);
        return new SourceMention(name, name);
    }

    private bool IsRelativePronoun(int k) => tokens[k].IsWord && tokens[k].Text(text) is "who" or "whom" or "whose" or "which";

    /// <summary>
    /// "the mother of three said", "the two said": a cardinal after "of" or a determiner heads its own phrase, so the
    /// finite verb after it can be the cue. Not an -s form: after a cardinal, "claims" or "reports" is a plural noun
    /// ("the two reports were leaked").
    /// </summary>
    private bool IsNumberStandingAsNoun(int k, int first, VerbForm form)
    {
        if (form is VerbForm.Gerund or VerbForm.ThirdPerson || k - 1 < first || !tokens[k].IsWord || !WordLists.NumberWords.Contains(tokens[k].Text(text))
            || !tokens[k - 1].IsWord)
        {
            return false;
        }

        var before = tokens[k - 1].Text(text);
        return before.Equals("of", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase)
            || before.Equals("all", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"all", "both" or "each" right after a subject that can be plural: a name, a parenthesis, a plural noun or pronoun.</summary>
    private bool IsFloatingQuantifier(int k, int first)
    {
        if (!(IsWord(k, "all") || IsWord(k, "both") || IsWord(k, "each")) || k - 1 < first)
        {
            return false;
        }

        var before = tokens[k - 1];
        if (IsPunct(k - 1, ')') || before.IsCapitalized)
        {
            return true;
        }

        var w = before.Text(text);
        return before.IsWord && (w is "they" or "we" || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && WordLists.IsSourceNoun(w)));
    }

    /// <summary>
    /// The first word of a catenative before the infinitive's "to" ("appeared", "went on", "was quick"), else -1.
    /// </summary>
    private int CatenativeBefore(int to, int first)
    {
        var k = to - 1;
        if (k < first || !tokens[k].IsWord || tokens[k].InQuote)
        {
            return -1;
        }

        var w = tokens[k].Text(text);
        if (WordLists.CatenativeVerbs.Contains(w))
        {
            return k;
        }

        if (k - 1 < first || !tokens[k - 1].IsWord)
        {
            return -1;
        }

        var before = tokens[k - 1].Text(text);
        if (w.Equals("on", StringComparison.OrdinalIgnoreCase) && before is "went" or "goes" or "go")
        {
            return k - 1;
        }

        return WordLists.CatenativeAdjectives.Contains(w) && WordLists.BeForms.Contains(before) ? k - 1 : -1;
    }

    /// <summary>
    /// "The senator, who said the bill was rushed, voted against it": the main clause resumes after the comma that
    /// closes the relative clause, with a finite verb.
    /// </summary>
    private int RelativeClauseEnd(int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (!IsPunct(k, ',') || tokens[k].InQuote || !tokens[k + 1].IsWord || tokens[k + 1].IsCapitalized || tokens[k + 1].InQuote)
            {
                continue;
            }

            var w = tokens[k + 1].Text(text);
            if ((w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || WordLists.IrregularPast.Contains(w) || WordLists.BeForms.Contains(w)
                || WordLists.HaveForms.Contains(w) || WordLists.Modals.Contains(w))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// "said at least 40 people were killed", "said over 100 people were arrested": the words quantify the content's
    /// subject, they are no place or time.
    /// </summary>
    private bool IsQuantityIdiom(int k, int end) =>
        k + 1 < end && ((IsWord(k, "at") && (IsWord(k + 1, "least") || IsWord(k + 1, "most")))
            || ((IsWord(k, "over") || IsWord(k, "under") || IsWord(k, "around"))
                && (tokens[k + 1].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(tokens[k + 1].Text(text)))));

    /// <summary>
    /// "said in a statement:", "tweeted from his official account:", "told the court on Tuesday:": only how, where or
    /// when the source spoke stands between the verb and the colon that introduces the quotation.
    /// </summary>
    private bool IsAdjunctBeforeColon(int start, int end)
    {
        if (end - start < 2 || end - start > 12 || !IsPunct(end - 1, ':') || !tokens[start].IsWord
            || !(tokens[start].Text(text) is "in" or "on" or "at" or "from" or "during" or "via" or "through" or "using" or "with" or "after"
                || WordLists.TimeWords.Contains(tokens[start].Text(text))))
        {
            return false;
        }

        for (var k = start; k < end - 1; k++)
        {
            // A handle or tag names the account: "using her @cityhall account".
            if (tokens[k].Kind == TokenKind.Quote || tokens[k].InQuote || IsWord(k, "that")
                || (tokens[k].Kind == TokenKind.Punct && !IsPunct(k, ',') && !IsPunct(k, '.') && !IsPunct(k, '@') && !IsPunct(k, '#')))
            {
                return false;
            }
        }

        return true;
    }
}
