namespace ClaimTracker.Extraction;

/// <summary>"According to X" and colon cues: speaker labels, block quotations and the adjuncts before a colon.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>"according to X" (a cue of two words) or "per X" (one).</summary>
    private Attribution? TryAccordingTo(int according, int cueLength, int first, int end, int paragraph, int unit)
    {
        var source = parser.ParseForward(according + cueLength, end);
        // "according to the "proper" method": a quotation cut the phrase after its determiner, leaving no noun to speak.
        if (source.Head.IsEmpty || parser.IsPronoun(source.Head) || IsAccordanceSense(according, first, source.Head) || OnlyDeterminers(source.Head)
            || (cueLength == 1 && (!parser.IsPlausibleSource(source.Head, allowPronoun: false) || IsNormHead(source.Head))))
        {
            return null;
        }

        if (source.Full.End == source.Head.End && HandledDocumentEnd(source.Head.End, end) is var handled and > 0)
        {
            // "According to a police report obtained by the newspaper, the driver ...": the participle phrase describes
            // the document; the content starts after its comma.
            source = new SourceMention(source.Head, new TokenRange(source.Head.First, handled));
        }

        var cueEnd = according + cueLength;
        var leading = CountWords(first, according);
        Attribution result;
        var parenthetical = according - 1 >= first && IsPunct(according - 1, ',') && source.Head.End < end && IsPunct(source.Head.End, ',')
            && leading >= 1 && CountWords(source.Head.End, end) >= 2 && !tokens[according - 1].InQuote && FirstClauseLength(first, according) == leading;
        if (parenthetical)
        {
            // "The plan, according to officials, will cost $2bn": the content surrounds the cue. An apposition
            // ("according to an analysis by X, a former aide, whose ...") belongs to the source, and a relative
            // clause after it describes the source, not the content.
            var aside = FirstAppositionEnd(source);
            var sourceEnd = aside > 0 ? aside : source.Head.End;
            if (aside <= 0 && source.Full.End > source.Head.End + 1 && Trim(source.Full.End, end).IsEmpty
                && IsPersonAside(source.Head.End + 1, source.Full.End))
            {
                // "..., according to Petr Novak, a professor of law at the state university.": an apposition that
                // closes the sentence and names what someone is describes the source; no content resumes after it.
                // "..., a move that would raise billions" sums up the content instead.
                sourceEnd = source.Full.End;
            }

            source = new SourceMention(source.Head, new TokenRange(source.Head.First, sourceEnd));
            result = Build(CueMode.Final, first, according - 1, according, cueEnd, source, entry: null, paragraph, unit);
            // "Six people died, according to the agency, quoting a hospital official": the aside says whom the source
            // passes on, so it is neither source nor content; the content may resume after its comma.
            var restStart = sourceEnd + 1;
            var citing = restStart < end && tokens[restStart].IsWord && WordLists.CitingVerbs.Contains(tokens[restStart].Text(text));
            if (citing)
            {
                restStart = CitingAsideEnd(restStart, end) is var resumed and > 0 ? resumed : end;
            }

            var rest = Trim(restStart, end);
            if (!rest.IsEmpty && result.Segments.Count > 0 && !IsRelativePronoun(rest.First))
            {
                result.Segments.Add(ToSpan(rest));
            }
        }
        else if (leading <= 2)
        {
            if (source.Full.End > source.Head.End && IsPunct(source.Head.End, ',') && AsideHasPresentVerb(source.Head.End + 1, source.Full.End))
            {
                // "According to the team, the frog lays its eggs on leaves, and the tadpoles ...": a present tense
                // after a noun makes the aside a clause, the first of the content, not an apposition.
                source = new SourceMention(source.Head, source.Head);
            }

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

        result.Cue = text[tokens[according].Start..tokens[cueEnd - 1].End];
        return result;
    }

    /// <summary>
    /// True when a word in [<paramref name="from"/>, <paramref name="to"/>) is a present -s verb after its subject
    /// ("the frog lays its eggs"), not after a relative word ("the agency that runs the dam" is an apposition).
    /// </summary>
    private bool AsideHasPresentVerb(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].InQuote && tokens[k].Text(text)[^1] == 's'
                && !IsRelativePronoun(k - 1) && !IsWord(k - 1, "that") && IsPresentAfterSubject(k, to, afterVerb: false))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// Whether the phrase in [<paramref name="from"/>, <paramref name="to"/>) is headed by a noun for a person or a
    /// source ("a professor of law", "assistant professor and curator"): the word before its first preposition or
    /// relative word.
    /// </summary>
    private bool IsPersonAside(int from, int to)
    {
        if (tokens[from].IsWord && (WordLists.CitingVerbs.Contains(tokens[from].Text(text)) || SourceParser.LooksVerbal(tokens[from].Text(text))))
        {
            // "..., quoting a fire officer", "..., speaking on television": a participle says how the source spoke.
            return false;
        }

        var head = -1;
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord || WordLists.InnerPrepositions.Contains(tokens[k].Text(text)) || IsRelativePronoun(k) || IsWord(k, "and")
                || IsWord(k, "that") || WordLists.Modals.Contains(tokens[k].Text(text)) || WordLists.BeForms.Contains(tokens[k].Text(text))
                || WordLists.HaveForms.Contains(tokens[k].Text(text)))
            {
                break;
            }

            head = k;
        }

        return head >= 0 && (WordLists.IsSourceNoun(tokens[head].Text(text)) || WordLists.PersonRoles.Contains(tokens[head].Text(text)));
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
                // "Image:", "Harbour fire photo:": a credit or caption line, whichever end of the label names it.
                if ((i == first || i == colon - 1) && WordLists.ColonLabelWords.Contains(w))
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
            // "Heatwave: Spain records ..." is a topic label; "Poll: ...", "Delgado: ..." name a source.
            return null;
        }

        var result = Build(CueMode.Front, colon + 1, end, colon, colon + 1, new SourceMention(head, head), entry: null, paragraph, unit);
        result.Cue = ":";
        result.AbsorbsParagraph = IsAllCaps(first, colon);
        return result;
    }

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

    /// <summary>
    /// "according to plan", "weighted according to age": "in accordance with" a norm or a measure, not a source. The
    /// object is a bare noun naming a plan, rule or measure, or the word before is a verb of arranging or proceeding.
    /// </summary>
    private bool IsAccordanceSense(int according, int first, TokenRange source)
    {
        // The norm noun must head the phrase: "according to people familiar with its plans" cites people.
        var last = parser.HeadBeforeComplement(source);
        // With a determiner the noun may name a document that states things: "according to the plan, three schools will close".
        if (last >= 0 && tokens[last].IsWord && !tokens[last].IsCapitalized && WordLists.NormNouns.Contains(tokens[last].Text(text))
            && !(tokens[source.First].IsWord && WordLists.Determiners.Contains(tokens[source.First].Text(text))))
        {
            return true;
        }

        var before = according - 1;
        return before >= first && tokens[before].IsWord && !tokens[before].InQuote && WordLists.ArrangingVerbs.Contains(tokens[before].Text(text));
    }

    /// <summary>The comma after "obtained by X", "seen by X", "released on Monday" following a document, else -1.</summary>
    private int HandledDocumentEnd(int k, int end)
    {
        if (k >= end || !tokens[k].IsWord || !WordLists.HandlingParticiples.Contains(tokens[k].Text(text)))
        {
            return -1;
        }

        for (var j = k + 1; j < end && j < k + 12; j++)
        {
            if (IsPunct(j, ','))
            {
                return CountWords(j + 1, end) >= 2 ? j : -1;
            }

            if (!tokens[j].IsWord && !tokens[j].Is(TokenFlags.Numeric) && tokens[j].Kind != TokenKind.Possessive && !IsAbbreviationLike(j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "In a statement, the club said:", "On Thursday the club said:": a fronted adjunct before the subject leaves the
    /// cue introducing the quotation that follows, as a bare "The club said:" does.
    /// </summary>
    private bool AfterFrontedAdjunct(int subjectStart, int first)
    {
        var before = subjectStart - 1 > first && IsPunct(subjectStart - 1, ',') ? subjectStart - 1 : subjectStart;
        return before > first && IsIntroductoryPhrase(first, before);
    }

    /// <summary>
    /// "Per the filing, the company owes ...", "..., per a statement from the club.": "per" as "according to" opens the
    /// sentence or follows a comma, and a determiner or a name follows it; "40 dollars per person", "per cent" and the given
    /// name in "its economist, Per Aune, said" do not.
    /// </summary>
    private bool OpensPerSource(int per, int first, int end) =>
        !parser.IsGivenNameHomograph(per) && (per == first || (IsPunct(per - 1, ',') && !tokens[per - 1].InQuote)) && per + 2 < end && tokens[per + 1].IsWord && !tokens[per + 1].InQuote
        && (tokens[per + 1].IsCapitalized || tokens[per + 1].Text(text) is "the" or "a" or "an" or "its" or "his" or "her" or "their");

    /// <summary>"per the plan", "per the rules": "per" with a norm means "as the norm requires", even with a determiner.</summary>
    private bool IsNormHead(TokenRange source) =>
        parser.HeadBeforeComplement(source) is var head and >= 0 && tokens[head].IsWord && WordLists.NormNouns.Contains(tokens[head].Text(text));

    private bool OnlyDeterminers(TokenRange phrase)
    {
        for (var k = phrase.First; k < phrase.End; k++)
        {
            if (tokens[k].IsWord && !WordLists.Determiners.Contains(tokens[k].Text(text)))
            {
                return false;
            }
        }

        return true;
    }
}
