using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>
/// Finds the cue of a unit (a sentence, or sentences joined by a quotation) and the content it governs:
/// reporting verbs in front or closing position, inverted "said X", "according to X", "X: ..." and ", saying ...".
/// </summary>
internal sealed partial class CuePatterns(string text, List<Token> tokens, SourceParser parser, ReportingLexicon lexicon, Coreference coreference)
{
    private const int MaxFinalTail = 8;

    // Bounds the work per unit so a run-on "sentence" full of cue words stays linear.
    private const int MaxCandidates = 12;

    private int[] _wordsBefore = [];
    private int _titleCaseUnit = -1;
    private bool _titleCase;

    private readonly List<Attribution> _found = [];

    /// <summary>Attributions of the unit [first, end), in text order (usually zero or one, two with ", adding ...").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Attribution> Find(int first, int end, int paragraph, int unit)
    {
        _found.Clear();
        EnsureWordCounts();
        if (unit == 0)
        {
            first = SkipDateline(first, end);
        }

        Attribution? best = null;
        Attribution? outer = null;
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

            if (candidate is null || (candidate.Segments.Count == 1 && IsLoneAdverb(candidate.Segments[0], end)))
            {
                // "The player, who commented publicly, was seen ...": how someone spoke is no content.
                continue;
            }

            if (candidate.CueSpan is { } cueSpan && HearsEvidence(candidate.Source.Full, FirstTokenAt(cueSpan.Start, end), end))
            {
                // "The court heard that Platt entered the shop and demanded money": a hearing only hears; a verb after
                // "and" inside the evidence is the accused's, and the evidence is the hearing's report.
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

            if (best is not null && best.Mode == CueMode.Front && candidate.Mode == CueMode.Final && candidate.TailStart > 0
                && candidate.Source.Full.First > best.Source.Full.End && outer is null)
            {
                // "Blinken reiterated X, spokesman Miller said": an attribution nested in another; both are claims.
                outer = candidate;
                continue;
            }

            best ??= candidate;
        }

        best ??= TryGerundOfSentenceSubject(first, end, paragraph, unit);
        best ??= HearingReport(first, end, paragraph, unit);
        if (best is not null && outer is null && best.Mode == CueMode.Front && SubordinateClauseBefore(best.Source.Full.First, first) is var clause and > 0
            && TryGerundOfSentenceSubject(first, clause, paragraph, unit) is { } leading)
        {
            // "Farmers blocked roads, claiming the rules would ruin them, as officials said talks would go on": the
            // sentence subject's participle reports before the subordinate clause that carries the other cue.
            _found.Add(leading);
        }

        if (best is not null)
        {
            if (outer is not null && !IsReportingClause(best))
            {
                // "Secret Service protocol called for ...": only a genuine report nests inside another.
                best = outer;
                outer = null;
            }

            // A second cue of the inner report lies before the outer cue clause, never inside it.
            var innerLimit = end;
            if (outer is not null && best.Segments.Count == 1)
            {
                // The inner content stops where the outer cue clause begins.
                // Before the outer source or its cue, whichever comes first ("..., according to X" puts the cue first).
                var outerStart = outer.CueSpan is { } cue ? Math.Min(outer.Source.Full.First, FirstTokenAt(cue.Start, end)) : outer.Source.Full.First;
                innerLimit = outerStart;
                var innerEnd = Trim(FirstTokenAt(best.Segments[0].Start, end), outerStart - 1);
                if (!innerEnd.IsEmpty && tokens[innerEnd.End - 1].End <= best.Segments[0].End)
                {
                    best.Segments[0] = ToSpan(innerEnd);
                    best.Kind = Classify(innerEnd);
                }

                _found.Add(outer);
            }

            _found.Add(best);
            if (outer is null && MainClauseAfterFrontedClause(best, first, end) is var main and > 0)
            {
                // "While he acknowledged X, Ham also noted Y": the fronted clause's report ends at its comma, and the
                // main clause may carry a report of its own.
                var inner = Trim(FirstTokenAt(best.Segments[0].Start, end), main - 1);
                if (!inner.IsEmpty)
                {
                    best.Segments[0] = ToSpan(inner);
                    best.Kind = Classify(inner);
                }

                SplitSecondCue(best, main - 1, paragraph, unit);
                if (FirstCue(main, end, paragraph, unit) is { } second)
                {
                    _found.Add(second);
                    SplitSecondCue(second, end, paragraph, unit);
                }
            }
            else if (MainCueAfterSubjectRelative(best, first, end, paragraph, unit) is { } mainReport && !HasCueAt(mainReport.CueSpan))
            {
                _found.Add(mainReport);
                SplitSecondCue(mainReport, end, paragraph, unit);
            }
            else
            {
                SplitSecondCue(best, Math.Min(RelativeBound(best, end), innerLimit), paragraph, unit);
            }
        }

        if (best is not null && LabelledActAfter(best, end) is var label and > 0 && FirstCue(label, end, paragraph, unit) is { } comment
            && !HasCueAt(comment.CueSpan))
        {
            // "The firm announced it would cut prices, a move campaigners said could save lives": the label's own report.
            _found.Add(comment);
        }

        if (best is not null && TemporalClauseAfter(best, end) is var temporal and > 0 && FirstCue(temporal + 1, end, paragraph, unit) is { } when
            && when.Mode == CueMode.Front && when.Source.Full.First == temporal + 1 && !parser.IsPronoun(when.Source.Head) && !HasCueAt(when.CueSpan))
        {
            if (best.Segments[^1].End > tokens[temporal].Start && Trim(FirstTokenAt(best.Segments[^1].Start, end), temporal) is { IsEmpty: false } before)
            {
                // The time clause stood inside the content: what was said ends before it.
                best.Segments[^1] = ToSpan(before);
            }

            // "The museum agreed to return the statue after investigators concluded it had been looted": the content ends
            // before the time clause, whose own subject reports. A pronoun there ("after she blamed …") may be the main
            // clause's object as easily as its subject, so it is left to no one rather than guessed.
            _found.Add(when);
        }

        if (best is not null && DeniedContent(best, end, paragraph, unit) is { } denial && !HasCueAt(denial.CueSpan))
        {
            _found.Add(denial);
        }

        if (FrontedParticiple(first, end, paragraph, unit) is { } participle && !HasCueAt(participle.CueSpan))
        {
            _found.Add(participle);
        }

        AddNominalCues(first, end, paragraph, unit);
        AddAbsoluteCues(first, end, paragraph, unit);
        AddRelativeNamings(first, end, paragraph, unit);
        AddRelativeClauseCues(first, end, paragraph, unit);
        AddGapRelativeCues(first, end, paragraph, unit);
        AddRestrictiveGapCues(first, end, paragraph, unit);
        SplitColonQuotation(end);
        if (_found.Count == 0 && DeniedReporterClause(first, end, paragraph, unit) is { } reporterDenied)
        {
            _found.Add(reporterDenied);
        }

        if (_found.Count == 0 && MessagePutOut(first, end, paragraph, unit) is { } message)
        {
            _found.Add(message);
        }

        if (_found.Count == 0 && FigurePutAt(first, end, paragraph, unit) is { } figure)
        {
            _found.Add(figure);
        }

        if (_found.Count == 0 && CausePutDownTo(first, end, paragraph, unit) is { } cause)
        {
            _found.Add(cause);
        }

        if (_found.Count > 1)
        {
            _found.Sort(static (a, b) => (a.Segments.Count == 0 ? 0 : a.Segments[0].Start).CompareTo(b.Segments.Count == 0 ? 0 : b.Segments[0].Start));
        }

        return _found;
    }

    /// <summary>
    /// The time subordinator right after the content of a front cue, or inside a content that is only a phrase opened by
    /// "to" or "for"; -1 when none.
    /// </summary>
    private int TemporalClauseAfter(Attribution best, int end)
    {
        if (best.Mode != CueMode.Front || best.Segments.Count == 0)
        {
            return -1;
        }

        var k = FirstTokenAt(best.Segments[^1].End, end);
        while (k < end && IsPunct(k, ','))
        {
            k++;
        }

        if (k + 2 < end && IsTimeSubordinator(k))
        {
            return k;
        }

        // "has apologised to families after a review found that …": a content that is only a prepositional phrase
        // holds no clause of the source's own, so a time clause inside it is the reporter's.
        var start = FirstTokenAt(best.Segments[0].Start, end);
        if (best.Segments.Count != 1 || !(IsWord(start, "to") || IsWord(start, "for")) || best.Kind == ClaimKind.Direct)
        {
            return -1;
        }

        for (var t = start + 2; t + 2 < k; t++)
        {
            if (IsTimeSubordinator(t))
            {
                return t;
            }
        }

        return -1;
    }

    private bool IsTimeSubordinator(int k) =>
        tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text(text) is "after" or "before" or "when" or "until";

    /// <summary>
    /// Where ", a move ..." or ", a step ..." (or the phrase after "in" in ", in a decision ...") starts after the content
    /// of <paramref name="best"/>, the reporter's label for the act reported, which may carry a report of its own; -1
    /// when none follows.
    /// </summary>
    private int LabelledActAfter(Attribution best, int end)
    {
        if (best.Mode != CueMode.Front || best.Segments.Count == 0)
        {
            return -1;
        }

        var k = FirstTokenAt(best.Segments[^1].End, end);
        if (k + 3 < end && IsPunct(k, ',') && !tokens[k].InQuote && IsReportersFrame(k + 1, end))
        {
            // ", in a decision campaigners hailed as …", ", in a move critics say …".
            return k + 2;
        }

        return k + 3 < end && IsPunct(k, ',') && !tokens[k].InQuote && (IsWord(k + 1, "a") || IsWord(k + 1, "an"))
            && (IsWord(k + 2, "move") || IsWord(k + 2, "step")) ? k + 1 : -1;
    }

    private bool HasCueAt(TextSpan? cue)
    {
        foreach (var found in _found)
        {
            if (found.CueSpan == cue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the main clause starts when <paramref name="best"/> is a front cue inside a fronted adverbial clause
    /// ("While he acknowledged ..., Ham noted ..."; "So when the company signaled ..., the regulator said ..."), else -1.
    /// </summary>
    private int MainClauseAfterFrontedClause(Attribution best, int first, int end)
    {
        if (best.Mode != CueMode.Front || best.Segments.Count != 1 || best.Source.Full.IsEmpty)
        {
            return -1;
        }

        var subordinator = best.Source.Full.First - 1;
        if (subordinator < first || !tokens[subordinator].IsWord || !WordLists.Subordinators.Contains(tokens[subordinator].Text(text)))
        {
            return -1;
        }

        // "Once in her twenties, when ...": a short introductory phrase and its comma may come before the clause.
        var linkersFrom = first;
        if (subordinator - 1 > first && IsPunct(subordinator - 1, ',') && subordinator - 1 - first <= 6)
        {
            linkersFrom = subordinator;
            for (var k = first; k < subordinator - 1; k++)
            {
                if (!tokens[k].IsWord || tokens[k].InQuote)
                {
                    return -1;
                }
            }
        }

        for (var k = linkersFrom; k < subordinator; k++)
        {
            if (!tokens[k].IsWord || !WordLists.SentenceLinkers.Contains(tokens[k].Text(text)))
            {
                return -1;
            }
        }

        for (var k = FirstTokenAt(best.Segments[0].Start, end); k + 1 < end; k++)
        {
            if (IsPunct(k, ',') && !tokens[k].InQuote)
            {
                return CountWords(k + 1, end) >= 2 ? k + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The first cue of the clause [from, end), read as a unit of its own.</summary>
    private Attribution? FirstCue(int from, int end, int paragraph, int unit)
    {
        for (var t = from; t < end; t++)
        {
            if (tokens[t].IsWord && !tokens[t].InQuote && TryWord(t, from, end, paragraph, unit) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Attribution? TryWord(int t, int first, int end, int paragraph, int unit)
    {
        var w = tokens[t].Text(text);
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && t + 1 < end && IsWord(t + 1, "to"))
        {
            return TryAccordingTo(t, 2, first, end, paragraph, unit);
        }

        if (w.Equals("per", StringComparison.OrdinalIgnoreCase) && OpensPerSource(t, first, end))
        {
            return TryAccordingTo(t, 1, first, end, paragraph, unit);
        }

        if (w.Equals("as", StringComparison.OrdinalIgnoreCase) && TryAsParenthetical(t, first, end, paragraph, unit) is { } comment)
        {
            return comment;
        }

        // Title-case headlines capitalize the verb too: "..., Lindsey Graham Says".
        // In front position only a present-tense -s form counts ("Turkey Says It Foiled ..."): in "City Council Report
        // Card Shows ..." the base form "Report" is a noun.
        var headlineVerb = char.IsUpper(w[0]) && t > first && tokens[t - 1].IsCapitalized && !char.IsUpper(w[^1]) && IsTitleCaseUnit(first, end);
        if (char.IsUpper(w[0]) && !headlineVerb)
        {
            return t == first && lexicon.TryGet(w, out var opening) ? TryOpeningInverted(t, opening, end, paragraph, unit) : null;
        }

        if (!lexicon.TryGet(w, out var hits))
        {
            return null;
        }

        if (headlineVerb && t + 1 < end && tokens[t + 1].Kind is not TokenKind.Punct && !Array.Exists(hits, static h => h.Form == VerbForm.ThirdPerson))
        {
            return null;
        }

        foreach (var hit in hits)
        {
            var cueEnd = t + 1;
            if (hit.Entry.Particle is { } particle && !TryParticle(t, end, particle, out cueEnd))
            {
                continue;
            }

            return TryVerb(t, cueEnd, hit, first, end, paragraph, unit);
        }

        return null;
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
                if (TryParticle(t, end, particle, out cueEnd))
                {
                    hit = h;
                    return true;
                }

                continue;
            }

            hit = h;
            return true;
        }

        return false;
    }

    /// <summary>The particle right after the verb, or after a day: "called for", "called Friday for".</summary>
    private bool TryParticle(int t, int end, string particle, out int cueEnd)
    {
        cueEnd = t + 1;
        if (t + 1 < end && IsWord(t + 1, particle))
        {
            cueEnd = t + 2;
            return true;
        }

        if (t + 2 < end && IsWord(t + 2, particle) && tokens[t + 1].IsWord && WordLists.TimeWords.Contains(tokens[t + 1].Text(text))
            && !IsWord(t + 1, "on"))
        {
            cueEnd = t + 3;
            return true;
        }

        return false;
    }

    /// <summary>The comma before "as", "while", "when" … that opens the clause a source starts at <paramref name="source"/>; else -1.</summary>
    private int SubordinateClauseBefore(int source, int first) =>
        source - 2 > first + 3 && IsPunct(source - 2, ',') && !tokens[source - 2].InQuote && tokens[source - 1].IsWord
            && tokens[source - 1].Text(text) is "as" or "while" or "when" or "whereas" or "although" or "though" or "because" or "but"
            ? source - 2
            : -1;

    private bool IsDefinite(int t) => (tokens[t].IsWord && WordLists.Determiners.Contains(tokens[t].Text(text))) || tokens[t].Kind == TokenKind.Possessive
        || (t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Possessive);

    /// <summary>
    /// Whether [<paramref name="first"/>, <paramref name="end"/>) holds only determiners, quantifiers and plain lower-case
    /// modifiers ("some former", "many local"): no name, participle, pronoun or clause word.
    /// </summary>
    private bool IsPlainModifiers(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            var w = tokens[k].Text(text);
            if (WordLists.Determiners.Contains(w))
            {
                continue;
            }

            if (tokens[k].IsCapitalized || SourceParser.LooksVerbal(w) || WordLists.NounPhraseStops.Contains(w) || WordLists.Pronouns.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

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

    private int FirstTokenAt(int charPos, int end) => tokens.FirstAt(charPos, end);

    private int TrimEnd(int from, int end)
    {
        while (end > from && tokens[end - 1].Kind is TokenKind.Punct or TokenKind.Quote)
        {
            end--;
        }

        return end;
    }

    private int CountWords(int first, int end) => end <= first ? 0 : _wordsBefore[end] - _wordsBefore[first];

    // One long-running call per document: compile it fully optimized up front instead of tiering up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Title case is a property of the whole unit; computed once per unit to stay linear.</summary>
    private bool IsReportingClause(Attribution inner)
    {
        if (inner.Verb is not { } verb || (verb.Frames & VerbFrames.Clausal) == 0 || (verb.Frames & VerbFrames.Weak) != 0 || inner.Source.Head.IsEmpty)
        {
            return false;
        }

        // A lower-case head reports when it is a role or body that speaks ("the labour minister", "police"); other
        // common nouns ("protocol called for") do not.
        var first = tokens[inner.Source.Head.First];
        return parser.IsPronoun(inner.Source.Head) || first.IsCapitalized
            || WordLists.IsListedSourceNoun(tokens[inner.Source.Head.End - 1].Text(text));
    }

    private bool IsTitleCaseUnit(int first, int end)
    {
        if (_titleCaseUnit != first)
        {
            _titleCaseUnit = first;
            _titleCase = IsTitleCase(first, end);
        }

        return _titleCase;
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

    private bool IsWord(int i, string word) => tokens[i].IsWord && tokens[i].Text(text).Equals(word, StringComparison.OrdinalIgnoreCase) && !WordSet.IsAbbreviationHomograph(tokens[i].Text(text));
}
