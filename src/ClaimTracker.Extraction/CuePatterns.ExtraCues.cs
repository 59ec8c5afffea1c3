namespace ClaimTracker.Extraction;

/// <summary>Attributions beside the main one: namings in relative clauses, absolute clauses, nominal cues, messages put out and figures put at a number.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// "The senator issued a statement on the plant's closure.", "The ministry released a short message on Sunday.": the
    /// source put out a message whose words the next quotation gives. A bare attribution that introduces only a quotation.
    /// </summary>
    private Attribution? MessagePutOut(int first, int end, int paragraph, int unit)
    {
        for (var v = first + 1; v + 1 < end && v < first + 40; v++)
        {
            if (tokens[v].InQuote || tokens[v].Kind == TokenKind.Quote)
            {
                return null;
            }

            if (!tokens[v].IsWord || tokens[v].IsCapitalized || !(tokens[v].Text(text) is "issued" or "released" or "published" or "sent" or "posted" or "delivered" or "made" or "put"))
            {
                continue;
            }

            var k = v + 1;
            if (IsWord(v, "put") && IsWord(k, "out"))
            {
                k++;
            }

            // Only an article and modifiers before the message noun: "a brief statement", "an open letter".
            var noun = -1;
            for (var m = k; m < end && m < k + 4 && tokens[m].IsWord && !tokens[m].InQuote; m++)
            {
                if (WordLists.MessageNouns.Contains(tokens[m].Text(text)) && !tokens[m].IsCapitalized)
                {
                    noun = m;
                    break;
                }
            }

            if (noun < 0 || !(IsWord(k, "a") || IsWord(k, "an")) || HasQuoteWithin(noun, end, end - noun))
            {
                return null;
            }

            var subject = parser.ParseSubject(v, first);
            if (subject.Head.IsEmpty || subject.Full.First != first || !parser.IsPlausibleSource(subject.Head, allowPronoun: true))
            {
                return null;
            }

            return new Attribution
            {
                Kind = ClaimKind.Indirect,
                Mode = CueMode.Bare,
                Paragraph = paragraph,
                Unit = unit,
                Source = subject,
                CueSpan = new TextSpan(tokens[v].Start, tokens[noun].End),
                Cue = text[tokens[v].Start..tokens[noun].End],
                NeedsQuotation = true,
            };
        }

        return null;
    }

    /// <summary>
    /// "The health ministry put the death toll at 112", "Insurers placed the damage at $2bn": an estimate given by
    /// putting a count or cost at a figure is a report of that figure.
    /// </summary>
    private Attribution? FigurePutAt(int first, int end, int paragraph, int unit)
    {
        for (var v = first + 1; v + 3 < end && v < first + 30; v++)
        {
            if (!tokens[v].IsWord || tokens[v].InQuote || tokens[v].IsCapitalized
                || !(tokens[v].Text(text) is "put" or "puts" or "placed" or "places" or "estimated" or "estimates"))
            {
                continue;
            }

            var at = -1;
            var measure = false;
            for (var k = v + 1; k < end && k < v + 6 && tokens[k].IsWord && !tokens[k].InQuote; k++)
            {
                if (IsWord(k, "at"))
                {
                    at = k;
                    break;
                }

                measure |= WordLists.MeasureNouns.Contains(tokens[k].Text(text));
            }

            if (at < 0 || !measure || !IsDefinite(v + 1) || at + 1 >= end
                || !(tokens[at + 1].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(tokens[at + 1].Text(text))
                    || IsPunct(at + 1, '$') || IsPunct(at + 1, '\u00A3') || IsPunct(at + 1, '\u20AC') || IsWord(at + 1, "about")
                    || IsWord(at + 1, "least") || IsWord(at + 1, "more") || IsWord(at + 1, "nearly") || IsWord(at + 1, "around")))
            {
                continue;
            }

            var subject = parser.ParseSubject(v, first);
            if (subject.Head.IsEmpty || !parser.IsPlausibleSource(subject.Head, allowPronoun: true))
            {
                return null;
            }

            return Build(CueMode.Front, v + 1, end, v, v + 1, subject, entry: null, paragraph, unit);
        }

        return null;
    }

    /// <summary>
    /// "defended what critics call a forced-labour scheme", "rejected what he called a smear campaign": a naming in a
    /// free or relative clause inside another claim is a claim of its own source, the predicate its content.
    /// </summary>
    private void AddRelativeNamings(int first, int end, int paragraph, int unit)
    {
        for (var t = first + 1; t + 3 < end; t++)
        {
            // A free relative ("what critics call") or a non-restrictive one (", which critics describe as"); after
            // "that" the clause is more often a complement ("said that Harper called Ortiz").
            if (!tokens[t].IsWord || tokens[t].InQuote || !(IsWord(t, "what") || (IsWord(t, "which") && IsPunct(t - 1, ','))))
            {
                continue;
            }

            var v = t + 2;
            while (v < end && v < t + 6 && tokens[v].IsWord && !TryMatchCue(v, end, out _, out _))
            {
                v++;
            }

            if (v >= end || !TryMatchCue(v, end, out var hit, out var cueEnd)
                || (hit.Entry.Frames & VerbFrames.ObjectComplement) == 0 || hit.Form == VerbForm.Gerund
                || HasCueAt(new TextSpan(tokens[v].Start, tokens[cueEnd - 1].End)))
            {
                continue;
            }

            if (TryWord(v, first, end, paragraph, unit) is { } naming && naming.Segments.Count > 0 && !HasCueAt(naming.CueSpan))
            {
                if (IsWord(t, "what"))
                {
                    EndAtMainVerb(naming, cueEnd, end);
                }

                _found.Add(naming);
                return;
            }
        }
    }

    /// <summary>
    /// "What the council calls regeneration is really eviction": a free relative standing as a subject names its
    /// predicate up to the main clause's finite verb, which is the outer speaker's.
    /// </summary>
    private void EndAtMainVerb(Attribution naming, int from, int end)
    {
        for (var k = from + 1; k < end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized)
            {
                continue;
            }

            var w = tokens[k].Text(text);
            var coordinated = w is "and" or "but" && IsCoordinatedPredicate(k + 1, end);
            if (!(WordLists.BeForms.Contains(w) || WordLists.Modals.Contains(w) || WordLists.HaveForms.Contains(w) || coordinated))
            {
                continue;
            }

            var last = naming.Segments[^1];
            // "condemned what she called a cowardly act, and vowed that …": the second verb is the outer subject's.
            var cut = tokens[coordinated && IsPunct(k - 1, ',') ? k - 2 : k - 1].End;
            if (last.End > cut && last.Start < cut)
            {
                naming.Segments[^1] = last with { End = cut };
            }

            return;
        }
    }

    /// <summary>
    /// A finite verb opening a coordinated predicate, before its object or complement: "vowed that", "promised to",
    /// "urges the". A past form before a noun ("a rigged and flawed vote") still modifies it.
    /// </summary>
    private bool IsCoordinatedPredicate(int k, int end)
    {
        if (k + 1 >= end || !tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].InQuote || !tokens[k + 1].IsWord)
        {
            return false;
        }

        var w = tokens[k].Text(text);
        var next = tokens[k + 1].Text(text);
        return (WordLists.LooksPast(w) || (w[^1] == 's' && PresentVerbs.Of(w) == PresentVerbClass.Verb))
            && (next is "that" or "to" || WordLists.PhraseOpeningDeterminers.Contains(next) || WordLists.ObjectPronouns.Contains(next));
    }

    /// <summary>
    /// An absolute clause with its own source: "..., with the agency reporting that ...", '..., the ministry recommending
    /// "translation tools" if needed', '..., with Boswell stating: "..."'. The clause is a claim of that source, and an
    /// attribution running over it ends at its comma.
    /// </summary>
    private void AddAbsoluteCues(int first, int end, int paragraph, int unit)
    {
        for (var t = first + 2; t + 3 < end; t++)
        {
            if (!IsPunct(t, ',') || tokens[t].InQuote)
            {
                continue;
            }

            // After "with" the phrase may open with a modifier ("with shipping companies warning that ..."): "with" and the
            // participle after the phrase mark the clause, and the phrase must still be a plausible source.
            var with = IsWord(t + 1, "with");
            var start = with ? t + 2 : t + 1;
            if (!tokens[start].IsWord || tokens[start].InQuote || WordLists.Pronouns.Contains(tokens[start].Text(text))
                || !(tokens[start].IsCapitalized || IsDefinite(start) || WordLists.IsSourceNoun(tokens[start].Text(text))
                    || WordLists.QuantifierHeads.Contains(tokens[start].Text(text)) || with))
            {
                continue;
            }

            // "with some saying ...", "with others warning ...": a quantifier standing alone for people is the whole subject.
            var alone = new TokenRange(start, start + 1);
            var source = (WordLists.QuantifierPronouns.Contains(tokens[start].Text(text)) || IsWord(start, "others")) && tokens[start + 1].IsWord
                && tokens[start + 1].Text(text).EndsWith("ing", StringComparison.Ordinal)
                ? new SourceMention(alone, alone)
                : parser.ParseForward(start, end);
            if (source.Head.IsEmpty || source.Full.End >= end
                || !(parser.IsPlausibleSource(source.Head, allowPronoun: false)
                    || (with && WordLists.IsAgentivePlural(tokens[source.Head.End - 1].Text(text)))))
            {
                continue;
            }

            var v = source.Full.End;
            while (v < end && tokens[v].IsWord && !tokens[v].IsCapitalized && IsAdverbLike(v))
            {
                v++;
            }

            if (AbsoluteContentStart(v, end, out var hit, out var cueEnd) is not (var contentStart and >= 0))
            {
                continue;
            }

            var contentEnd = end;
            foreach (var other in _found)
            {
                if (other.Mode == CueMode.Final && other.Segments.Count > 0 && other.Source.Full.First > contentStart && other.Source.Full.First < contentEnd
                    && FirstTokenAt(other.Segments[0].Start, end) < t)
                {
                    // "…, with each side accusing the other of X, diplomats said": the closing cue holds the whole
                    // sentence, the absolute clause's content ends at its comma.
                    contentEnd = other.CueSpan is { } closing && FirstTokenAt(closing.Start, end) < other.Source.Full.First
                        ? FirstTokenAt(closing.Start, end)
                        : other.Source.Full.First;
                }
            }

            foreach (var other in _found)
            {
                // The attribution the absolute clause hangs on ends before it.
                if (other.Segments.Count > 0 && other.Segments[^1].Start < tokens[t].Start && other.Segments[^1].End > tokens[t].Start)
                {
                    var cut = Trim(FirstTokenAt(other.Segments[^1].Start, end), t);
                    if (!cut.IsEmpty)
                    {
                        other.Segments[^1] = ToSpan(cut);
                        other.Kind = Classify(new TokenRange(FirstTokenAt(other.Segments[0].Start, end), cut.End));
                    }
                }
            }

            var and = -1;
            var second = with ? CoordinatedAbsolute(contentStart, contentEnd, end, paragraph, unit, out and) : null;
            if (second is not null)
            {
                // "with supporters hailing a boost for jobs and opponents warning that …": the second clause has its own
                // source, and the first one's content ends before "and".
                contentEnd = and;
            }

            while (contentEnd - 1 > contentStart && tokens[contentEnd - 1].Kind == TokenKind.Punct && !tokens[contentEnd - 1].InQuote)
            {
                contentEnd--;
            }

            _found.Add(Build(CueMode.Front, contentStart, contentEnd, v, cueEnd, new SourceMention(source.Head, source.Head), hit.Entry, paragraph, unit));
            if (second is not null)
            {
                _found.Add(second);
            }

            return;
        }
    }

    /// <summary>
    /// Where the content of an absolute clause's quotative gerund at <paramref name="v"/> starts ("reporting that …",
    /// "warning of …"), else -1: a verb that needs a complement must have one, and a place or an addressee after it ("with
    /// residents reporting to the shelters") is no report.
    /// </summary>
    private int AbsoluteContentStart(int v, int end, out VerbHit hit, out int cueEnd)
    {
        if (v >= end || !TryMatchCue(v, end, out hit, out cueEnd) || !IsQuotativeGerund(hit, cueEnd) || HasCueAt(new TextSpan(tokens[v].Start, tokens[cueEnd - 1].End)))
        {
            hit = default;
            cueEnd = -1;
            return -1;
        }

        var contentStart = SkipToContent(cueEnd, end, hit.Entry.Frames, out var hasComplement);
        return ((hit.Entry.Frames & VerbFrames.NeedsComplement) != 0 && !hasComplement) || CountWords(contentStart, end) < 2
            || (!hasComplement && tokens[contentStart].IsWord && WordLists.IntransitiveMarkers.Contains(tokens[contentStart].Text(text)))
            || (!hasComplement && IsWord(contentStart, "to") && contentStart + 1 < end && (IsDefinite(contentStart + 1) || tokens[contentStart + 1].IsCapitalized))
            ? -1
            : contentStart;
    }

    /// <summary>
    /// A second absolute clause joined by "and" inside the first one's content, with its own source and quotative
    /// gerund ("… and opponents warning that …"); null when there is none.
    /// </summary>
    private Attribution? CoordinatedAbsolute(int from, int contentEnd, int end, int paragraph, int unit, out int and)
    {
        and = -1;
        for (var k = from + 2; k + 3 < contentEnd; k++)
        {
            if (!IsWord(k, "and") || tokens[k].InQuote || !tokens[k + 1].IsWord || WordLists.Pronouns.Contains(tokens[k + 1].Text(text)))
            {
                continue;
            }

            var source = parser.ParseForward(k + 1, end);
            if (source.Head.IsEmpty || source.Full.End >= contentEnd
                || !(parser.IsPlausibleSource(source.Head, allowPronoun: false) || WordLists.IsAgentivePlural(tokens[source.Head.End - 1].Text(text))))
            {
                continue;
            }

            var v = source.Full.End;
            if (AbsoluteContentStart(v, contentEnd, out var hit, out var cueEnd) is var contentStart and >= 0)
            {
                var secondEnd = contentEnd;
                while (secondEnd - 1 > contentStart && tokens[secondEnd - 1].Kind == TokenKind.Punct && !tokens[secondEnd - 1].InQuote)
                {
                    secondEnd--;
                }

                and = k;
                return Build(CueMode.Front, contentStart, secondEnd, v, cueEnd, new SourceMention(source.Head, source.Head), hit.Entry, paragraph, unit);
            }
        }

        return null;
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

    }
}
