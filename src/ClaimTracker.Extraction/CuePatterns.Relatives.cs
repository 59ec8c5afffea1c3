namespace ClaimTracker.Extraction;

/// <summary>
/// Reports inside non-restrictive relative clauses: "The union, which called the plan reckless, vowed to fight it",
/// "Mayor Ines Varga, who said the budget was balanced, refused ...". The relative pronoun stands for the noun phrase
/// before its comma, so that phrase is the source; the content ends where the clause closes.
/// </summary>
internal sealed partial class CuePatterns
{
    // Set while a relative clause is read as a report of its own, so the cue is not passed over for the main clause's.
    private bool _readingRelative;

    /// <summary>
    /// Adds the report of each ", who/which [aux] VERB ..." clause that the unit's main cue left aside: a relative
    /// clause before another cue ("The regulator, which said the fees were unlawful, ordered refunds") or inside
    /// the main claim's content.
    /// </summary>
    private void AddRelativeClauseCues(int first, int end, int paragraph, int unit)
    {
        var added = 0;
        for (var t = first + 2; t + 2 < end && added < 2; t++)
        {
            if (!(IsWord(t, "who") || IsWord(t, "which")) || tokens[t].InQuote || !IsPunct(t - 1, ',') || tokens[t - 1].InQuote)
            {
                continue;
            }

            var v = t + 1;
            while (v < end && v < t + 4 && tokens[v].IsWord
                && (WordLists.Auxiliaries.Contains(tokens[v].Text(text)) || WordLists.HaveForms.Contains(tokens[v].Text(text)) || IsAdverbLike(v)
                    || WordLists.VerbModifiers.Contains(tokens[v].Text(text))))
            {
                v++;
            }

            if (v >= end || !TryMatchCue(v, end, out var hit, out var cueEnd) || hit.Form is VerbForm.Gerund
                || HasCueAt(new TextSpan(tokens[v].Start, tokens[cueEnd - 1].End)) || !ReportsInRelative(hit.Entry) || AsksNotToBeNamed(cueEnd, end))
            {
                continue;
            }

            // The clause closes at the comma before the main clause's verb, or with the sentence.
            var clauseEnd = RelativeClauseClose(cueEnd, end);
            if (hit.Entry.Lemma is not ("accuse" or "blame") && (hit.Entry.Frames & VerbFrames.ObjectComplement) == 0
                && !(IsWord(cueEnd, "that") || tokens[cueEnd].Is(TokenFlags.QuoteOpen) || IsPunct(cueEnd, ':') || BareClauseAt(cueEnd, clauseEnd)))
            {
                // "the design team, which adds the visual aspect", "the paper, which writes the issue", "the agency, which
                // first reported the story": a verb of saying with a noun object describes work done, not a report.
                continue;
            }
            Attribution? found;
            _readingRelative = true;
            try
            {
                found = TryVerb(v, cueEnd, hit, first, clauseEnd, paragraph, unit);
            }
            finally
            {
                _readingRelative = false;
            }

            if (found is null || found.Segments.Count == 0 || found.Mode != CueMode.Front || HasCueAt(found.CueSpan) || IsLoneAdverb(found.Segments[0], end))
            {
                continue;
            }

            _found.Add(found);
            SplitSecondCue(found, clauseEnd, paragraph, unit);
            added++;
        }
    }

    /// <summary>
    /// Adds the report of each ", which/who SOURCE VERB PREDICATE" clause that the unit's main cue left aside ("The
    /// agency condemned the scheme, which it says shifts costs onto poorer countries"): the relative word is the
    /// subject of the reported clause, so the source sits between it and the cue and the content opens with a verb.
    /// </summary>
    private void AddGapRelativeCues(int first, int end, int paragraph, int unit)
    {
        var added = 0;
        for (var t = first + 2; t + 3 < end && added < 2; t++)
        {
            if (!(IsWord(t, "who") || IsWord(t, "which")) || tokens[t].InQuote || !IsPunct(t - 1, ',') || tokens[t - 1].InQuote)
            {
                continue;
            }

            for (var v = t + 2; v < end && v < t + 7 && tokens[v].IsWord && !tokens[v].InQuote; v++)
            {
                if (!TryMatchCue(v, end, out var hit, out var cueEnd))
                {
                    continue;
                }

                if (hit.Form is VerbForm.Gerund || (hit.Entry.Frames & VerbFrames.Clausal) == 0 || cueEnd >= end
                    || !OpensGapClause(cueEnd, end) || HasCueAt(new TextSpan(tokens[v].Start, tokens[cueEnd - 1].End)))
                {
                    break;
                }

                var found = TryVerb(v, cueEnd, hit, first, RelativeClauseClose(cueEnd, end), paragraph, unit);
                if (found is not null && found.Segments.Count > 0 && found.Mode == CueMode.Front && !HasCueAt(found.CueSpan)
                    && found.Source.Full.First > t)
                {
                    _found.Add(found);
                    added++;
                }

                break;
            }
        }
    }

    /// <summary>
    /// Adds the report of a restrictive relative clause without commas inside another claim's content, whose relative
    /// word ("that") or antecedent alone ("a plan critics said cost too much") stands for the reported clause's subject:
    /// "The council approved a plan that critics said would cost too much". The source sits between the antecedent and
    /// the cue, and the content opens with the verb.
    /// </summary>
    private void AddRestrictiveGapCues(int first, int end, int paragraph, int unit)
    {
        var added = 0;
        var claims = _found.Count;
        for (var c = 0; c < claims && added < 2; c++)
        {
            foreach (var segment in _found[c].Segments)
            {
                // Only words inside a claim's content are looked at, most units having none or one.
                for (var v = Math.Max(first + 3, FirstTokenAt(segment.Start, end)); v + 1 < end && tokens[v].End <= segment.End && added < 2; v++)
                {
                    if (TryRestrictiveGapCue(v, first, end, paragraph, unit) is { } found)
                    {
                        _found.Add(found);
                        added++;
                    }
                }
            }
        }
    }

    private Attribution? TryRestrictiveGapCue(int v, int first, int end, int paragraph, int unit)
    {
        if (tokens[v].InQuote || !tokens[v].IsWord || tokens[v].IsCapitalized || !TryMatchCue(v, end, out var hit, out var cueEnd) || hit.Form is VerbForm.Gerund
            || (hit.Entry.Frames & VerbFrames.Clausal) == 0 || cueEnd >= end || !OpensGapClause(cueEnd, end)
            || HasCueAt(new TextSpan(tokens[v].Start, tokens[cueEnd - 1].End)))
        {
            return null;
        }

        var found = TryVerb(v, cueEnd, hit, first, RelativeClauseClose(cueEnd, end), paragraph, unit);
        if (found is null || found.Mode != CueMode.Front || found.Segments.Count == 0 || found.Segments[0].Start != tokens[cueEnd].Start
            || HasCueAt(found.CueSpan) || found.Source.Full.First - 1 <= first)
        {
            return null;
        }

        var before = found.Source.Full.First - 1;
        return IsWord(before, "that") || IsWord(before, "which") || ContactAntecedentStart(before, first) >= 0 ? found : null;
    }

    /// <summary>
    /// A reported clause that lacks its subject: it opens with a finite auxiliary ("which it says will cut traffic") or a
    /// finite lexical verb ("which it says shifts costs").
    /// </summary>
    private bool OpensGapClause(int k, int end) => IsFiniteAuxiliary(k, end) || parser.IsFiniteLexicalVerb(k, end);

    /// <summary>
    /// Verbs of saying and of naming report in a relative clause, and so do "accuse" and "blame", whose object and its
    /// "of"/"for" phrase make a proposition ("lawmakers, who have accused the firm of ignoring warnings"). Verbs of
    /// knowing and believing ("who understood that ...", frame N) describe the antecedent, and "ask"/"request" give the
    /// background of a request ("who asked the council to act") rather than what was said.
    /// </summary>
    private static bool ReportsInRelative(VerbEntry entry) =>
        entry.Lemma is "accuse" or "blame"
        || ((entry.Frames & VerbFrames.ObjectComplement) != 0
            || ((entry.Frames & VerbFrames.Clausal) != 0 && ((entry.Frames & VerbFrames.NeedsComplement) == 0 || (entry.Frames & VerbFrames.Closes) != 0)))
        && entry.Lemma is not ("ask" or "request");

    /// <summary>
    /// The comma that closes a relative clause: the one before the main clause's finite verb ("which said the fees were
    /// unlawful, ordered refunds", "who said the budget held, told reporters"); the unit's end when there is none.
    /// </summary>
    private int RelativeClauseClose(int start, int end)
    {
        var close = RelativeClauseEnd(start, end);
        var inFrontedPhrase = InFrontedPhrase(start);
        for (var k = start + 1; k + 1 < close; k++)
        {
            if (inFrontedPhrase && IsPunct(k, ',') && !tokens[k].InQuote && SubjectAndVerbAfter(k + 1, close))
            {
                // "In Romania, which declared an epidemic in December, the health ministry has launched ...": the clause
                // hangs on a fronted phrase, so the main clause opens after its comma with a subject of its own.
                return k;
            }

            if (!IsPunct(k, ',') || tokens[k].InQuote || !tokens[k + 1].IsWord || tokens[k + 1].IsCapitalized || tokens[k + 1].InQuote)
            {
                continue;
            }

            // After the comma, a word that opens no phrase or clause of its own is the main verb ("cut two sailings").
            var w = tokens[k + 1].Text(text);
            if ((TryMatchCue(k + 1, end, out var hit, out _) && hit.Form is VerbForm.Past or VerbForm.ThirdPerson)
                || !(WordLists.Determiners.Contains(w) || WordLists.Pronouns.Contains(w) || WordLists.InnerPrepositions.Contains(w)
                    || WordLists.ClauseOpeners.Contains(w) || WordLists.IntroductoryWords.Contains(w) || WordLists.Subordinators.Contains(w)
                    || WordLists.NumberWords.Contains(w) || IsAdverbLike(k + 1) || w.EndsWith("ing", StringComparison.Ordinal)
                    || w is "and" or "or" or "but" or "not" or "as" or "than" or "so" or "yet" or "nor"))
            {
                return k;
            }
        }

        return close;
    }

    /// <summary>
    /// Whether the relative clause before <paramref name="start"/> hangs on a phrase that a capitalised preposition opens
    /// ("In Romania, which ...", "At the plant, where ..."): the sentence's subject is still to come.
    /// </summary>
    private bool InFrontedPhrase(int start)
    {
        var relative = start - 1;
        while (relative > 0 && relative > start - 6 && !(IsPunct(relative - 1, ',') && tokens[relative].IsWord
            && tokens[relative].Text(text) is "which" or "who" or "where"))
        {
            relative--;
        }

        if (relative <= 0 || !IsPunct(relative - 1, ','))
        {
            return false;
        }

        for (var k = relative - 2; k >= 0 && k >= relative - 8; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            if (tokens[k].IsCapitalized && (WordLists.LocativePrepositions.Contains(tokens[k].Text(text)) || WordLists.TimePrepositions.Contains(tokens[k].Text(text))
                || WordLists.InnerPrepositions.Contains(tokens[k].Text(text))))
            {
                return k == 0 || !tokens[k - 1].IsWord;
            }
        }

        return false;
    }

    /// <summary>A subject of one to five words that a determiner, a pronoun or a name opens, then its finite verb.</summary>
    private bool SubjectAndVerbAfter(int k, int end)
    {
        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote
            || !(WordLists.Determiners.Contains(tokens[k].Text(text)) || WordLists.SubjectPronouns.Contains(tokens[k].Text(text)) || tokens[k].IsCapitalized))
        {
            return false;
        }

        for (var v = k + 1; v < end && v <= k + 5; v++)
        {
            if (!tokens[v].IsWord || tokens[v].InQuote)
            {
                return false;
            }

            if (IsFiniteAuxiliary(v, end) || parser.IsFiniteLexicalVerb(v, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A senior official, who asked not to be named, said ...", "who requested anonymity": the clause says why the
    /// source goes unnamed, it reports nothing.
    /// </summary>
    private bool AsksNotToBeNamed(int from, int end)
    {
        for (var k = from; k < end && k < from + 6; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (tokens[k].Text(text) is "anonymity" or "anonymous" or "named" or "identified" or "identify" or "name")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The antecedent of a relative pronoun: the person next to it in "criticism from Harper, who ...", the phrase after
    /// a preposition that hangs on a thing, or the name before an appositive role ("Ana Reyes, a spokeswoman for the
    /// port, who ..."); else the phrase as parsed.
    /// </summary>
    private SourceMention RelativeAntecedent(SourceMention subject, int first) =>
        NameAfterThingPreposition(subject.Head) ?? PhraseAfterThingPreposition(subject.Head) ?? NameBeforeAppositiveRole(subject, first) ?? subject;

    /// <summary>
    /// Where a second cue sharing a relative clause's source must stop: at the clause's close ("who said X and added Y,
    /// chaired the meeting"); <paramref name="end"/> for any other cue.
    /// </summary>
    private int RelativeBound(Attribution best, int end)
    {
        if (best.Mode != CueMode.Front || best.CueSpan is not { } cue)
        {
            return end;
        }

        var verb = FirstTokenAt(cue.Start, end);
        return verb < end && IsRelativeClauseCue(verb, 0) ? RelativeClauseClose(verb + 1, end) : end;
    }

    /// <summary>
    /// "a move critics say will hurt small shops", "a decision many economists believe was a mistake": a relative clause
    /// without its relative word, whose reported clause lacks a subject (a finite auxiliary follows the verb at once),
    /// or whose naming verb lacks its object ("a verdict his supporters called politically motivated"), or whose
    /// antecedent's singular determiner cannot go with the plural source ("a trend pollsters say makes reform hard").
    /// The parser reads the antecedent and the source as one phrase; the source is the part after the antecedent's
    /// noun. Null when the phrase does not split so.
    /// </summary>
    private SourceMention? ContactRelativeSource(SourceMention subject, VerbHit hit, int cueEnd, int end)
    {
        var head = subject.Head;
        if (!(HasContactGap(hit, cueEnd, end) || parser.IsSingularDeterminerBeforePlural(head.First, head.End)) || head.Length() < 3 || !tokens[head.First].IsWord
            || tokens[head.First].Text(text) is not ("a" or "an" or "A" or "An" or "the" or "The" or "this" or "This"))
        {
            return null;
        }

        // The antecedent is a determiner, perhaps an adjective, and one lower-case noun.
        for (var split = head.First + 2; split < head.End && split <= head.First + 3; split++)
        {
            var noun = tokens[split - 1];
            if (!noun.IsWord || noun.IsCapitalized || WordLists.InnerPrepositions.Contains(noun.Text(text)) || !tokens[split].IsWord)
            {
                return null;
            }

            if (IsIngWord(split) && !WordLists.IsSourceNoun(tokens[split].Text(text)) && !HasContactGap(hit, cueEnd, end))
            {
                // "A group representing flood victims said the …": with no gap to fill, a participle with its object
                // describes the noun before it ("a plan leading economists say will fail" has the gap).
                return null;
            }

            var source = new TokenRange(split, head.End);
            if (parser.IsPlausibleSource(source, allowPronoun: true) && (tokens[split].IsCapitalized || WordLists.Determiners.Contains(tokens[split].Text(text))
                || tokens[head.End - 1].Text(text).EndsWith('s') || parser.IsPronoun(source)))
            {
                return new SourceMention(source, source);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether what follows the verb lacks the part a relative word would stand for: the reported clause's subject (a
    /// finite auxiliary at once) or a naming verb's object (its predicate at once).
    /// </summary>
    private bool HasContactGap(VerbHit hit, int cueEnd, int end) =>
        ((hit.Entry.Frames & VerbFrames.Clausal) != 0 && IsFiniteAuxiliary(cueEnd, end))
        || (NamesWithPredicate(hit.Entry.Frames, cueEnd, end) && cueEnd + 1 < end && IsObjectGap(cueEnd));

    /// <summary>
    /// A naming verb ("called the plan reckless"), or a verb of judging whose "as" predicate follows at once ("rejected
    /// as absurd", "hailed as a victory"): with no object between, the antecedent before the source is the object.
    /// </summary>
    private bool NamesWithPredicate(VerbFrames frames, int cueEnd, int end) =>
        (frames & VerbFrames.ObjectComplement) != 0 || ((frames & VerbFrames.Object) != 0 && cueEnd + 1 < end && IsWord(cueEnd, "as"));

    /// <summary>"Ana Reyes, a spokeswoman for the port authority, who said ...": the name the role stands beside.</summary>
    private SourceMention? NameBeforeAppositiveRole(SourceMention subject, int first)
    {
        var comma = subject.Full.First - 1;
        var role = subject.Head;
        if (comma - 1 < first || !IsPunct(comma, ',') || tokens[comma].InQuote || tokens[role.First].IsCapitalized || !ContainsSourceNoun(role))
        {
            return null;
        }

        var k = comma - 1;
        while (k - 1 >= first && (tokens[k - 1].IsCapitalized || parser.IsAbbreviationPeriod(k - 1)) && tokens[k - 1].Kind != TokenKind.Quote)
        {
            k--;
        }

        if (!tokens[k].IsCapitalized || !tokens[comma - 1].IsWord)
        {
            return null;
        }

        var name = new TokenRange(k, comma);
        return parser.IsPlausibleSource(name, allowPronoun: false) ? new SourceMention(name, new TokenRange(k, subject.Full.End)) : null;
    }

    private bool ContainsSourceNoun(TokenRange range)
    {
        for (var k = range.First; k < range.End; k++)
        {
            if (tokens[k].IsWord && WordLists.IsSourceNoun(tokens[k].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The antecedent of a relative pronoun that follows a phrase like "angered by the water authority" or "a letter
    /// from the regional council": the noun phrase after the preposition, when the word before the preposition is
    /// neither a name nor a source noun ("a spokesman for the ministry, who said" keeps the spokesman). Null otherwise.
    /// </summary>
    private SourceMention? PhraseAfterThingPreposition(TokenRange head)
    {
        for (var p = head.End - 2; p > head.First; p--)
        {
            if (!tokens[p].IsWord || tokens[p].IsCapitalized || IsWord(p, "of") || !WordLists.InnerPrepositions.Contains(tokens[p].Text(text)))
            {
                continue;
            }

            var before = p - 1;
            if (!tokens[before].IsWord || tokens[before].IsCapitalized || WordLists.IsSourceNoun(tokens[before].Text(text)))
            {
                return null;
            }

            var phrase = new TokenRange(p + 1, head.End);
            return parser.IsPlausibleSource(phrase, allowPronoun: false) ? new SourceMention(phrase, phrase) : null;
        }

        return null;
    }

    /// <summary>
    /// "The nurse who patients praised said ...", "The plan that critics attacked has been dropped": the relative word
    /// before the verb's subject is its object, and the sentence's own finite verb follows at once, so the verb belongs
    /// to the relative clause and reports nothing.
    /// </summary>
    private bool IsObjectGapRelative(VerbHit hit, int verb, int cueEnd, int first, int end)
    {
        if (hit.Form is not (VerbForm.Past or VerbForm.ThirdPerson) || cueEnd >= end || !tokens[cueEnd].IsWord || tokens[cueEnd].InQuote)
        {
            return false;
        }

        // "Officials the ministry wrote to said": a preposition with no object before a finite verb is stranded at the
        // end of a relative clause, so the verb before it belongs to that clause.
        if (WordLists.StrandablePrepositions.Contains(tokens[cueEnd].Text(text)) && cueEnd + 1 < end
            && TryMatchCue(cueEnd + 1, end, out var afterPreposition, out _) && afterPreposition.Form is VerbForm.Past or VerbForm.ThirdPerson)
        {
            return true;
        }

        // An auxiliary after a verb of saying or thinking is the predicate it reports ("a car that witnesses said was
        // parked"); after any other verb it is the sentence's own verb.
        var next = tokens[cueEnd].Text(text);
        var auxiliary = WordLists.BeForms.Contains(next) || WordLists.HaveForms.Contains(next) || WordLists.Modals.Contains(next);
        var finiteNext = (auxiliary && (hit.Entry.Frames & VerbFrames.Clausal) == 0)
            || (TryMatchCue(cueEnd, end, out var after, out _) && after.Form is VerbForm.Past or VerbForm.ThirdPerson);
        if (!finiteNext)
        {
            return false;
        }

        return RelativeWordBeforeSubject(verb, first) >= 0;
    }

    /// <summary>The relative word before a verb's subject of one to four words ("that critics attacked"), else -1.</summary>
    private int RelativeWordBeforeSubject(int verb, int first)
    {
        for (var k = verb - 2; k >= first && k >= verb - 5; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return -1;
            }

            if (tokens[k].Text(text) is "who" or "whom" or "that" or "which")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"A statement released by the ministry and posted online": a participle after "and" whose first conjunct is a participle on a message noun.</summary>
    private bool SecondParticipleOnMessage(int verb)
    {
        if (!IsWord(verb - 1, "and"))
        {
            return false;
        }

        for (var k = verb - 2; k > 0 && k >= verb - 10; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            var w = tokens[k].Text(text);
            if (!tokens[k].IsCapitalized && (WordLists.HandlingParticiples.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
                && tokens[k - 1].IsWord && WordLists.MessageNouns.Contains(tokens[k - 1].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A past or present reporting verb within the next few plain words, before any punctuation.</summary>
    private bool LaterFiniteCue(int start, int end)
    {
        for (var k = start; k < end && k < start + 8; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            if (TryMatchCue(k, end, out var hit, out _) && hit.Form is VerbForm.Past or VerbForm.ThirdPerson
                && (hit.Entry.Frames & VerbFrames.Clausal) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "All estimates reported here can be ...", "The cases reported last week were not included": a participle after
    /// its noun, with at most an adverb, a time or one prepositional phrase after it, then the sentence's own finite
    /// verb. The participle modifies the noun and reports nothing. "Police reported the driver was drunk" puts a subject
    /// between, so the verb there is finite.
    /// </summary>
    private bool IsReducedRelative(VerbHit hit, int verb, int cueEnd, int end)
    {
        // "said" and "told" take a bare clause so often ("Officials said last week was the busiest") that they are left finite.
        if (hit.Form != VerbForm.Past || WordLists.PastOnly.Contains(tokens[verb].Text(text)) || cueEnd >= end
            || hit.Entry.Lemma is "say" or "tell" or "add" or "write")
        {
            return false;
        }

        if ((verb > 0 && tokens[verb - 1].IsWord && WordLists.HaveForms.Contains(tokens[verb - 1].Text(text)))
            || ((hit.Entry.Frames & VerbFrames.Clausal) != 0 && RelativeWordBeforeSubject(verb, 0) >= 0))
        {
            // "a wall that engineers had warned was too low", "a wall that engineers claimed was too low": a perfect is
            // finite, and so is a verb whose subject a relative word opens; the auxiliary after it is the reported
            // clause's, whose subject the relative word stands for.
            return false;
        }

        if (verb > 0 && tokens[verb - 1].IsWord && !tokens[verb - 1].IsCapitalized && WordLists.HandlingParticiples.Contains(tokens[verb].Text(text))
            && (WordLists.MessageNouns.Contains(tokens[verb - 1].Text(text)) || SecondParticipleOnMessage(verb))
            && LaterFiniteCue(cueEnd, end))
        {
            // "A statement posted online said ...", "The report released by the ministry shows ...": a message is
            // posted or released, it does not post; the participle describes it and the sentence's own verb follows.
            // "The statement noted ... said" keeps "noted": messages do note.
            return true;
        }

        if (verb > 0 && tokens[verb - 1].IsWord && !tokens[verb - 1].IsCapitalized && !WordLists.Pronouns.Contains(tokens[verb - 1].Text(text))
            && TryMatchCue(cueEnd, end, out var next, out _) && next.Form is VerbForm.ThirdPerson or VerbForm.Past or VerbForm.Base
            && next.Entry.Lemma is "say" or "tell" or "deny" or "insist" or "admit" or "maintain" or "argue" or "warn")
        {
            // "The man accused says he was at home", "The woman injured told the inquiry": the participle follows its
            // noun and the sentence's own reporting verb comes at once. Only verbs with no plural-noun homograph count,
            // so "The agency confirmed reports that" keeps its cue.
            return true;
        }

        var k = cueEnd;
        var placePhrase = false;
        if (tokens[k].IsWord && tokens[k].Text(text) is "here" or "above" or "below" or "earlier" or "previously" or "recently"
            or "today" or "yesterday" or "so")
        {
            k++;
            if (IsWord(k - 1, "so") && !IsWord(k, "far"))
            {
                return false;
            }

            k += IsWord(k - 1, "so") ? 1 : 0;
        }
        else if (tokens[k].IsWord && WordLists.TimeWords.Contains(tokens[k].Text(text)) && !IsWord(k, "on"))
        {
            while (k < end && tokens[k].IsWord && WordLists.TimeWords.Contains(tokens[k].Text(text)))
            {
                k++;
            }
        }
        else if (tokens[k].IsWord && tokens[k].Text(text) is "in" or "on" or "by" or "at" or "during" or "since" or "to")
        {
            placePhrase = tokens[k].Text(text) is "in" or "at" or "on";
            // One prepositional phrase: a determiner, then words up to the next determiner or verb.
            k++;
            if (k < end && tokens[k].IsWord && WordLists.Determiners.Contains(tokens[k].Text(text)))
            {
                k++;
            }

            var words = 0;
            while (k < end && words < 3 && tokens[k].IsWord && !tokens[k].InQuote && !WordLists.Determiners.Contains(tokens[k].Text(text))
                && !WordLists.ClauseOpeners.Contains(tokens[k].Text(text)) && !IsFiniteAuxiliaryWord(k) && !TryMatchCue(k, end, out _, out _))
            {
                k++;
                words++;
            }

            if (words == 0)
            {
                return false;
            }
        }

        // An auxiliary, or a reporting verb with "that" ("Footprints found in the valley suggest that ..."), is the
        // sentence's verb; the main verb's subject then takes in the participle phrase (ParticipleModifiedSubject). After
        // an adjective or a hyphenated modifier the phrase still lacks its noun, which that word is: "warned in a new
        // report that ...", "in its rule-of-law report that ...".
        return k < end && (IsFiniteAuxiliaryWord(k)
            || (placePhrase && TryMatchCue(k, end, out var main, out var mainEnd) && main.Form is VerbForm.ThirdPerson or VerbForm.Base
                && mainEnd < end && IsWord(mainEnd, "that") && !IsNounModifier(k - 1)));
    }

    /// <summary>An adjective (the treebank "j" class) or a hyphenated modifier: a word that still needs its noun.</summary>
    private bool IsNounModifier(int k) =>
        PresentVerbs.Of(tokens[k].Text(text)) == PresentVerbClass.Adjective || tokens[k].Text(text).Contains('-');

    /// <summary>Whether the span holds one word only, an adverb of manner ("publicly", "briefly").</summary>
    private bool IsLoneAdverb(TextSpan span, int end)
    {
        var k = FirstTokenAt(span.Start, end);
        return k < end && tokens[k].IsWord && tokens[k].End >= span.End && IsAdverbLike(k);
    }
}
