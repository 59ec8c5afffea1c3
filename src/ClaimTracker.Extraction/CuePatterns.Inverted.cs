namespace ClaimTracker.Extraction;

/// <summary>Cues whose source is not the subject before the verb: inverted "said X", passives with an agent, "as reported by", "quoted as saying".</summary>
internal sealed partial class CuePatterns
{
    private const int MaxAsideWords = 12;

    private Attribution? TryPassiveWithAgent(int verb, int cueEnd, int be, int first, int end, VerbHit hit, int paragraph, int unit)
    {
        if (PassiveAgentBeforeThatClause(verb, cueEnd, be, first, end, hit, paragraph, unit) is { } told)
        {
            return told;
        }

        if (PassiveAgentBeforeInfinitive(verb, cueEnd, be, first, end, hit, paragraph, unit) is { } believed)
        {
            return believed;
        }

        if ((hit.Entry.Frames & VerbFrames.Object) == 0 || cueEnd + 1 >= end || !IsWord(cueEnd, "by"))
        {
            return null;
        }

        var agent = parser.ParseForward(cueEnd + 1, end);
        if (hit.Entry.Lemma is "accuse" or "suspect" or "warn" or "inform" or "remind" or "notify" or "convince"
            && OfInside(agent.Full) is var of and > 0)
        {
            // "was accused by prosecutors of fraud": the of-phrase is the charge, which the verb takes, not part of the agent.
            agent = parser.ParseForward(cueEnd + 1, of);
        }

        if (agent.Head.IsEmpty || !parser.IsPlausibleSource(agent.Head, allowPronoun: false) || CountWords(first, be) < 1
            || ((hit.Entry.Frames & VerbFrames.Evaluative) != 0 && !NamesAnAct(first, be)))
        {
            return null;
        }

        var result = Build(CueMode.Final, first, be, verb, cueEnd, agent, hit.Entry, paragraph, unit);
        // "approved by the committee on Wednesday": the time says when, it is no predicate.
        var rest = Trim(SkipTimeAdverbial(agent.Full.End, end), end);
        // "... mentioned by X in an interview" is the occasion, not a predicate.
        if (!rest.IsEmpty && CountWords(rest.First, rest.End) >= 2 && result.Segments.Count > 0 && !parser.IsSpeechEventAdjunct(rest.First))
        {
            // "... was criticized by X as reckless": the predicate is part of what X said.
            result.Segments.Add(ToSpan(rest));
        }

        return result;
    }

    /// <summary>
    /// The index of the last "of" inside <paramref name="phrase"/> that opens a bare noun or a gerund ("of fraud", "of
    /// lying"), a charge rather than part of a name ("the leader of the opposition", "the people of Kent"); else -1.
    /// </summary>
    private int OfInside(TokenRange phrase)
    {
        for (var k = phrase.End - 2; k > phrase.First; k--)
        {
            if (IsWord(k, "of") && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && !tokens[k + 1].Is(TokenFlags.Numeric)
                && !WordLists.Determiners.Contains(tokens[k + 1].Text(text)) && !WordLists.SourceNouns.Contains(tokens[k + 1].Text(text)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Residents were told by the council that the bridge would close": the passive subject is the addressee, the
    /// by-phrase names who spoke, and the that-clause after it is what was said.
    /// </summary>
    private Attribution? PassiveAgentBeforeThatClause(int verb, int cueEnd, int be, int first, int end, VerbHit hit, int paragraph, int unit)
    {
        if ((hit.Entry.Frames & VerbFrames.Clausal) == 0 || cueEnd + 1 >= end || !IsWord(cueEnd, "by") || CountWords(first, be) < 1)
        {
            return null;
        }

        var agent = parser.ParseForward(cueEnd + 1, end);
        var that = agent.Full.End;
        if (!agent.Head.IsEmpty && that + 2 < end && IsPunct(that, ','))
        {
            // The parser may have taken the aside already ("by Ines Kolar, the mayor,"); else it is read here.
            agent = IsWord(that + 1, "that") ? agent : AgentWithAside(agent, end, out that);
            that = IsPunct(that, ',') ? that + 1 : that;
        }

        if (agent.Head.IsEmpty || that + 1 >= end || !IsWord(that, "that") || !parser.IsPlausibleSource(agent.Head, allowPronoun: false))
        {
            return null;
        }

        return Build(CueMode.Front, that + 1, end, verb, cueEnd, agent, hit.Entry, paragraph, unit);
    }

    /// <summary>
    /// "told by the mayor, Ines Kolar, that ...", "told by Ines Kolar, the mayor, that ...": one comma-delimited aside
    /// between the agent and its that-clause. A name after a role is the head; a relative clause ("the mayor, who
    /// visited on Monday, that") describes the agent and stays out of the source. <paramref name="that"/> is the
    /// token after the closing comma.
    /// </summary>
    private SourceMention AgentWithAside(SourceMention agent, int end, out int that)
    {
        that = agent.Full.End;
        var open = that;
        var close = open + 1;
        while (close < end && close <= open + MaxAsideWords && !IsPunct(close, ',') && tokens[close].Kind != TokenKind.Quote && !tokens[close].InQuote
            && !IsPunct(close, ';') && !IsPunct(close, '.'))
        {
            close++;
        }

        if (close + 1 >= end || close == open + 1 || !IsPunct(close, ',') || !IsWord(close + 1, "that"))
        {
            return agent;
        }

        that = close + 1;
        if (tokens[open + 1].IsWord && tokens[open + 1].Text(text) is "who" or "whose" or "which")
        {
            return new SourceMention(agent.Head, new TokenRange(agent.Full.First, open));
        }

        var name = parser.ParseForward(open + 1, close);
        if (!name.Head.IsEmpty && name.Head.End == close && tokens[open + 1].IsCapitalized && !tokens[agent.Head.End - 1].IsCapitalized)
        {
            return new SourceMention(name.Head, new TokenRange(agent.Full.First, close));
        }

        return new SourceMention(agent.Head, new TokenRange(agent.Full.First, close));
    }

    /// <summary>
    /// The document a parsed subject is the agent of, through a participle of handling: "a leaked memo seen by the
    /// newspaper", "a draft obtained by Reuters". The whole phrase is the source, the document its head; else null.
    /// </summary>
    private SourceMention? DocumentBeforeAgent(SourceMention agent, int first)
    {
        var by = agent.Full.First - 1;
        if (by - 1 >= first && (IsWord(by, "this") || IsWord(by, "these")) && IsWord(by - 1, "by"))
        {
            // "An email seen by this newspaper": the demonstrative was left out of the outlet's phrase.
            by--;
        }

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

    /// <summary>
    /// The noun a parsed subject completes through a participle and a preposition: "Footprints found in the valley",
    /// "The results reported in the study". The whole phrase is the source, the noun before the participle its head;
    /// else null.
    /// </summary>
    private SourceMention? ParticipleModifiedSubject(SourceMention phrase, int first)
    {
        var preposition = phrase.Full.First - 1;
        var participle = preposition - 1;
        if (participle - 1 < first || !tokens[preposition].IsWord || tokens[preposition].Text(text) is not ("in" or "on" or "at" or "near" or "from" or "during")
            || !tokens[participle].IsWord || tokens[participle].IsCapitalized)
        {
            return null;
        }

        var p = tokens[participle].Text(text);
        if (!(p.Length > 4 && p.EndsWith("ed", StringComparison.Ordinal)) && !WordLists.HandlingParticiples.Contains(p) && p is not ("found" or "seen" or "held" or "made" or "taken"))
        {
            return null;
        }

        var noun = parser.ParseSubject(participle, first);
        if (noun.Head.IsEmpty || noun.Full.End != participle || parser.IsPronoun(noun.Head))
        {
            return null;
        }

        return new SourceMention(noun.Head, new TokenRange(noun.Full.First, phrase.Full.End));
    }

    /// <summary>
    /// The noun a parsed subject is the object of through an -ing participle: "The group representing the families",
    /// "The firm running the site". The parser stops at the participle, so the phrase after it looks like the subject;
    /// the noun before the participle, one that can speak, heads the source. Null otherwise.
    /// </summary>
    private SourceMention? ParticipleObjectSubject(SourceMention phrase, int first)
    {
        // "A group representing flood victims": after "a" the parser may open the phrase at the participle itself.
        var participle = IsIngWord(phrase.Full.First) ? phrase.Full.First : phrase.Full.First - 1;
        if (participle - 1 < first || !tokens[participle].IsWord || tokens[participle].IsCapitalized || tokens[participle].InQuote
            || !tokens[participle - 1].IsWord || !WordLists.IsSourceNoun(tokens[participle - 1].Text(text)) || parser.IsPronoun(phrase.Head))
        {
            return null;
        }

        var p = tokens[participle].Text(text);
        if (p.Length <= 5 || !p.EndsWith("ing", StringComparison.Ordinal) || p.Contains('-') || WordLists.SourceNouns.Contains(p))
        {
            return null;
        }

        var noun = parser.ParseSubject(participle, first);
        return noun.Head.IsEmpty || noun.Full.End != participle || parser.IsPronoun(noun.Head) || !StartsClause(noun.Full.First, first)
            ? null
            : new SourceMention(noun.Head, new TokenRange(noun.Full.First, phrase.Full.End));
    }

    /// <summary>A lower-case word of more than five letters in -ing: a participle or gerund, not a name.</summary>
    private bool IsIngWord(int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Length > 5 && tokens[k].Text(text).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// A head parsed as "a study published on Monday", "the report released last week": a document or media noun, then
    /// a past participle and a preposition (not "by") or a time word. The noun before the participle heads the source;
    /// null when the head is not so or the noun could not speak.
    /// </summary>
    private SourceMention? ParticipleInsideHead(SourceMention phrase)
    {
        var head = phrase.Head;
        for (var p = head.First + 1; p < head.End && p + 1 < tokens.Count; p++)
        {
            var w = tokens[p].Text(text);
            if (!tokens[p].IsWord || tokens[p].IsCapitalized || !tokens[p - 1].IsWord || tokens[p - 1].IsCapitalized
                || !(WordLists.HandlingParticiples.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))))
            {
                continue;
            }

            // "research conducted by the Center …" keeps its agent, who is the author; people keep what describes them
            // ("a diplomat involved in the talks").
            var next = tokens[p + 1].Text(text);
            var document = WordLists.DocumentWords.Contains(tokens[p - 1].Text(text)) || WordLists.MediaWords.Contains(tokens[p - 1].Text(text));
            if (!document || !tokens[p + 1].IsWord || next is "by"
                || !(WordLists.InnerPrepositions.Contains(next) || next is "last" or "this" or "earlier" or "yesterday"))
            {
                return null;
            }

            var noun = new TokenRange(head.First, p);
            return parser.IsPlausibleSource(noun, allowPronoun: false) ? new SourceMention(noun, phrase.Full) : null;
        }

        return null;
    }

    /// <summary>
    /// A message noun followed by participle phrases that run up to the verb: "A letter signed by 40 lawmakers and sent
    /// to the minister on Tuesday", "A statement posted online". The whole phrase is the source; else null.
    /// </summary>
    private SourceMention? MessageBeforeParticiples(int verb, int first)
    {
        for (var k = verb - 2; k >= first && k >= verb - 16; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return null;
            }

            var next = tokens[k + 1].Text(text);
            if (!tokens[k].IsCapitalized && WordLists.MessageNouns.Contains(tokens[k].Text(text)) && !tokens[k + 1].IsCapitalized
                && (WordLists.HandlingParticiples.Contains(next) || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal))))
            {
                // The phrase must open the clause: in "He read the statement posted online and said" it is an object.
                var noun = parser.ParseSubject(k + 1, first);
                return noun.Head.IsEmpty || noun.Full.End != k + 1 || !StartsClause(noun.Full.First, first)
                    || IsWord(verb - 1, "and") || IsWord(verb - 1, "but")
                    ? null
                    : new SourceMention(noun.Head, new TokenRange(noun.Full.First, verb));
            }
        }

        return null;
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
            if (tokens[k].Kind == TokenKind.Possessive && !tokens[k].InQuote)
            {
                // "quoted the country's leader as saying".
                continue;
            }

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

    /// <summary>A closing quotation mark at <paramref name="t"/>, or a comma right after one: '"…,"' or '"…",'.</summary>
    private bool EndsWithQuote(int t) =>
        tokens[t].Kind == TokenKind.Quote || (t - 1 >= 0 && tokens[t - 1].Kind == TokenKind.Quote && IsPunct(t, ','));

    /// <summary>"by the Financial Courier." or "by state media on Monday.": an agent phrase of a few words closing the sentence.</summary>
    private bool IsAgentTail(int k, int end)
    {
        if (!IsWord(k, "by"))
        {
            return false;
        }

        var words = 0;
        for (k++; k < end && tokens[k].IsWord; k++)
        {
            words++;
        }

        return words is > 0 and <= MaxFinalTail && CountWords(k, end) == 0;
    }

    private bool IsQuotedAsSaying(int verb, int first, out int be)
    {
        be = -1;
        if (verb - 3 < first || !IsWord(verb - 1, "as"))
        {
            return false;
        }

        // "was quoted as saying", or with the medium between: "was quoted by state media as saying", "is quoted in the
        // indictment as telling".
        var quoted = verb - 2;
        if (!IsWord(quoted, "quoted"))
        {
            var by = verb - 2;
            while (by > first && by > verb - 10 && tokens[by].IsWord && !(IsWord(by, "by") || IsWord(by, "in") || IsWord(by, "on")))
            {
                by--;
            }

            if (!(IsWord(by, "by") || IsWord(by, "in") || IsWord(by, "on")) || by - 1 < first || !IsWord(by - 1, "quoted"))
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

    /// <summary>
    /// '"It was over in minutes," said one shop assistant': right after a quotation, "said" with an indefinite noun phrase
    /// can only name who spoke, whatever the noun, so it need not be a listed source noun; "one" or "another" alone
    /// stands for one of a group.
    /// </summary>
    private bool IsSomeoneAfterQuotation(int before, TokenRange head)
    {
        if (!tokens[before].Is(TokenFlags.QuoteClose) || !tokens[head.First].IsWord
            || tokens[head.First].Text(text) is not ("a" or "an" or "one" or "another"))
        {
            return false;
        }

        if (head.Length() == 1)
        {
            // '"...," said one, who asked not to be named': one of a group just spoken of.
            return tokens[head.First].Text(text) is "one" or "another";
        }

        var noun = parser.HeadBeforeComplement(head);
        return noun > head.First && tokens[noun].IsWord && !tokens[noun].IsCapitalized && !tokens[noun].InQuote
            && !WordLists.NounPhraseStops.Contains(tokens[noun].Text(text)) && !SourceParser.LooksVerbal(tokens[noun].Text(text));
    }

    private Attribution? TryInverted(int verb, int cueEnd, int first, int end, int paragraph, int unit)
    {
        // '"...," said the spokesman' / '..., says Smith, a lawyer for the family.'
        var before = verb - 1;
        if (before < first || !IsContentCloser(before) || CountWords(first, before) < 2)
        {
            return null;
        }

        var source = PartitiveWithName(cueEnd, end) ?? WithoutReportClause(parser.ParseForward(cueEnd, end));
        if (source.Head.IsEmpty || !(parser.IsPlausibleSource(source.Head, allowPronoun: true) || IsSomeoneAfterQuotation(before, source.Head))
            || IsIntroductoryPhrase(first, before))
        {
            return null;
        }

        if ((parser.IsPronoun(source.Head) && CountWords(source.Head.End, end) > 0) || OpensFiniteClause(source.Head.End, end))
        {
            // "said he would go", "The students, mostly first-years, said the dean must resign": a subject and its verb
            // after "said" are a reported clause, not an inverted "..., said the dean."
            return null;
        }

        source = WithNameAfterRole(source, end);

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
    /// '"...," said one of them, Sara Klein.', '... said one of the lawyers, Ivo Berg.': a partitive naming one of a
    /// group, then the name closing the sentence; the name speaks. Null when the phrase is not so.
    /// </summary>
    private SourceMention? PartitiveWithName(int start, int end)
    {
        if (start + 3 >= end || !tokens[start].IsWord || tokens[start].Text(text) is not ("one" or "another" or "two" or "three")
            || !IsWord(start + 1, "of"))
        {
            return null;
        }

        var comma = start + 2;
        while (comma < end && comma < start + 8 && tokens[comma].IsWord && !tokens[comma].InQuote)
        {
            comma++;
        }

        if (comma >= end || !IsPunct(comma, ','))
        {
            return null;
        }

        return ClosingNameEnd(comma, end) is var k and > 0 ? new SourceMention(new TokenRange(comma + 1, k), new TokenRange(start, k)) : null;
    }

    /// <summary>A finite verb right after a phrase, with no comma between: the phrase is a clause subject.</summary>
    private bool OpensFiniteClause(int i, int end)
    {
        if (i >= end || !tokens[i].IsWord || tokens[i].IsCapitalized || tokens[i].InQuote)
        {
            return false;
        }

        var w = tokens[i].Text(text);
        return WordLists.Modals.Contains(w) || WordLists.BeForms.Contains(w) || WordLists.HaveForms.Contains(w) || WordLists.IrregularPast.Contains(w);
    }

    /// <summary>
    /// '"...," said the club's treasurer, Ines Aldana.': a role without a name, then the name alone closing the sentence,
    /// is one person; the name is the speaker.
    /// </summary>
    private SourceMention WithNameAfterRole(SourceMention source, int end)
    {
        var comma = source.Full.End;
        if (comma != source.Head.End || comma + 1 >= end || !IsPunct(comma, ',') || HasCapitalizedWord(source.Head))
        {
            return source;
        }

        if (ClosingNameEnd(comma, end) is var k and > 0)
        {
            return new SourceMention(new TokenRange(comma + 1, k), new TokenRange(source.Full.First, k));
        }

        // '"...," said the study's lead author, Dr Priya Nair of the University of Tolvik.': the name may bring its
        // affiliation, which closes the sentence with it.
        var name = comma + 1;
        while (name < end && name < comma + 6 && (tokens[name].IsCapitalized || IsTitlePeriod(name)) && !tokens[name].InQuote)
        {
            name++;
        }

        return name - comma > 2 && name < end && tokens[name].IsWord && tokens[name].Text(text) is "of" or "from" or "at"
            && AffiliationClosingEnd(name + 1, end) is var affiliationEnd and > 0
            ? new SourceMention(new TokenRange(comma + 1, name), new TokenRange(source.Full.First, affiliationEnd))
            : source;
    }

    /// <summary>
    /// The end of a body's name after "of"/"from"/"at" ("the University of Tolvik", "Vestbank") that closes the sentence;
    /// -1 when a verb or anything but a name and its articles and prepositions comes first.
    /// </summary>
    private int AffiliationClosingEnd(int start, int end)
    {
        var k = start;
        var capitalized = 0;
        while (k < end && k < start + 10 && tokens[k].IsWord && !tokens[k].InQuote
            && (tokens[k].IsCapitalized || tokens[k].Text(text) is "the" or "of" or "for" or "and" or "de"))
        {
            capitalized += tokens[k].IsCapitalized ? 1 : 0;
            k++;
        }

        return capitalized > 0 && (k >= end || IsPunct(k, '.')) && tokens[k - 1].IsCapitalized ? k : -1;
    }

    /// <summary>
    /// The end of a name of two to five capitalized words after the comma at <paramref name="comma"/> that closes the
    /// sentence or opens a report clause; -1 when none does.
    /// </summary>
    private int ClosingNameEnd(int comma, int end)
    {
        var k = comma + 1;
        var names = 0;
        while (k < end && (tokens[k].IsCapitalized || IsTitlePeriod(k)) && !tokens[k].InQuote && names < 5)
        {
            k++;
            names++;
        }

        var closes = k >= end || IsPunct(k, '.') || (IsPunct(k, ',') && k + 1 < end && StartsReportClause(k + 1, end));
        return names >= 2 && closes ? k : -1;
    }

    private bool IsTitlePeriod(int i) =>
        IsAbbreviationLike(i) && (tokens[i - 1].Length == 1 || WordLists.TitleAbbreviations.Contains(tokens[i - 1].Text(text)));

    private bool HasCapitalizedWord(TokenRange range)
    {
        for (var i = range.First; i < range.End; i++)
        {
            if (tokens[i].IsCapitalized && !WordLists.Determiners.Contains(tokens[i].Text(text)))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// '"...," said Lena Marsh, a spokeswoman for the port, adding that ...': a participle or a relative clause with a
    /// reporting verb after an inverted source is a second report by the same speaker, not an aside describing them.
    /// </summary>
    private SourceMention WithoutReportClause(SourceMention source)
    {
        for (var k = source.Head.End; k + 1 < source.Full.End; k++)
        {
            if (IsPunct(k, ',') && StartsReportClause(k + 1, source.Full.End))
            {
                return new SourceMention(source.Head, new TokenRange(source.Full.First, k));
            }
        }

        return source;
    }

    /// <summary>
    /// "adding that", "warning of", "who added that", "who told reporters", "who called the plan a mistake": a report
    /// clause, not an apposition.
    /// </summary>
    private bool StartsReportClause(int i, int end)
    {
        if (!tokens[i].IsWord || tokens[i].IsCapitalized)
        {
            return false;
        }

        if (lexicon.TryGet(tokens[i].Text(text), out var hits) && hits[0].Form == VerbForm.Gerund)
        {
            return true;
        }

        if (!(IsWord(i, "who") || IsWord(i, "which")))
        {
            return false;
        }

        var v = i + 1 < end && tokens[i + 1].IsWord && IsAdverbLike(i + 1) ? i + 2 : i + 1;
        if (v >= end || !lexicon.TryGet(tokens[v].Text(text), out var verbHits))
        {
            return false;
        }

        foreach (var hit in verbHits)
        {
            if (hit.Form is VerbForm.Past or VerbForm.ThirdPerson && (hit.Entry.Frames & (VerbFrames.Clausal | VerbFrames.ObjectComplement)) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
