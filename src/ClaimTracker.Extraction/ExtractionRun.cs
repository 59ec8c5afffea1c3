using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>State of one extraction; not shared between calls, so the extractor is thread-safe.</summary>
internal sealed partial class ExtractionRun
{
    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly int _offset;
    private readonly List<Token> _tokens;
    private readonly List<Paragraph> _paragraphs = [];
    private readonly List<QuoteRegion> _regions = [];
    // Claims of the paragraph in progress; earlier paragraphs' claims have gone to the sink already.
    private readonly List<ExtractedClaim> _claims = [];
    private readonly List<Attribution> _attributed = [];
    private readonly List<int> _attributedOrdinals = [];
    private int _emitted;
    private readonly HashSet<(int First, int End)> _absorbed = [];

    /// <summary>
    /// A run over [<paramref name="start"/>, <paramref name="end"/>) of the text, filling an empty token list; claims
    /// are numbered after the <paramref name="emitted"/> ones before them and their offsets moved by <paramref name="offset"/>.
    /// </summary>
    public ExtractionRun(string text, int start, int end, List<Token> tokens, int emitted, int offset)
    {
        _text = text;
        _start = start;
        _end = end;
        _tokens = tokens;
        _emitted = emitted;
        _offset = offset;
    }

    private TextSpan Shift(TextSpan span) => _offset == 0 ? span : new TextSpan(span.Start + _offset, span.End + _offset);

    // One long-running call per document: compile it fully optimized up front instead of tiering up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Run(Action<ExtractedClaim> sink)
    {
        Tokenizer.Tokenize(_text, _start, _end, _tokens, _paragraphs);
        QuoteScanner.Scan(_text, _tokens, _paragraphs, _regions);
        var coreference = new Coreference(_text, _tokens, _paragraphs);
        var parser = new SourceParser(_text, _tokens);
        var cues = new CuePatterns(_text, _tokens, parser, ReportingLexicon.Default, coreference);
        var resolver = new SpeakerResolver(_text, _tokens, coreference, parser);
        var sentences = new List<(int First, int End)>();
        var units = new List<(int First, int End)>();
        var results = new List<List<Attribution>?>();
        Attribution? previousParagraphQuote = null;
        Attribution? pendingIntroduction = null;
        for (var p = 0; p < _paragraphs.Count; p++)
        {
            var para = _paragraphs[p];
            sentences.Clear();
            SentenceSplitter.SplitParagraph(_text, _tokens, para, sentences);
            MergeIntoUnits(sentences, units);
            results.Clear();
            for (var u = 0; u < units.Count; u++)
            {
                var found = cues.Find(units[u].First, units[u].End, p, u);
                results.Add(found.Count == 0 ? null : [.. found]);
            }

            AttachQuotations(units, results, pendingIntroduction ?? previousParagraphQuote, p);
            previousParagraphQuote = null;
            pendingIntroduction = null;
            for (var u = 0; u < units.Count; u++)
            {
                if (results[u] is not { } list)
                {
                    if (!IsAbsorbed(units[u]))
                    {
                        AddUnattributed(units[u]);
                        coreference.NoteReporterSubject(units[u].First, units[u].End);
                    }

                    continue;
                }

                if (list.TrueForAll(static a => a.InNounRelative) && !IsAbsorbed(units[u]))
                {
                    // "The storm breached a wall that engineers said was too low": the reports qualify a noun, and the
                    // reporter's sentence around them is a claim of its own, and its subject is the sentence's.
                    AddUnattributed(units[u]);
                    coreference.NoteReporterSubject(units[u].First, units[u].End);
                }

                if (RelativePronounSource(list, units[u].First) is var pronoun and > 0)
                {
                    // "Residents have launched a challenge to the plan, which they say would ruin the fields": the
                    // relative clause's "they" is the sentence's own subject.
                    coreference.NoteReporterSubject(units[u].First, pronoun);
                }

                foreach (var a in list)
                {
                    if (a.Segments.Count == 0)
                    {
                        if (a.Mode == CueMode.Bare)
                        {
                            resolver.Resolve(a, p, _paragraphs[Math.Max(0, p - 2)].Start);
                            if (!a.NeedsQuotation || u == units.Count - 1)
                            {
                                pendingIntroduction = a;
                            }
                        }

                        // "He said:" introduces the quotation that follows; on its own it states nothing. A message
                        // put out is still the reporter's sentence.
                        if (a.Mode != CueMode.Bare || a.NeedsQuotation)
                        {
                            AddUnattributed(units[u]);
                        }

                        continue;
                    }

                    if (a.ContinuationOf is { } report)
                    {
                        a.TakeSpeakerFrom(report);
                    }
                    else if (a.Mode != CueMode.Continuation)
                    {
                        resolver.Resolve(a, p, _paragraphs[Math.Max(0, p - 2)].Start);
                        if (BodyReportingTheRelativeIt(list, a) is { } matrix)
                        {
                            // "The review recommends a ban on the practice, which it describes as cruel": the relative
                            // clause sits in the review's own report, and "it" is the review.
                            a.TakeSpeakerIdentityFrom(matrix);
                        }
                    }

                    if (a.Speaker is { } speaker && a.SourceKind is { } kind)
                    {
                        coreference.NoteSpeaker(speaker, kind, p, a.Source.Head.IsEmpty ? para.Start : _tokens[a.Source.Head.First].Start, a.HasProperName,
                            a.Segments.Count > 0 ? a.Segments[^1].End : -1);
                    }

                    AddAttributed(a);
                    if (a.Kind is ClaimKind.Direct or ClaimKind.Mixed or ClaimKind.Indirect)
                    {
                        previousParagraphQuote = a;
                    }
                }
            }

            if (pendingIntroduction is null && (results.Count == 0 || (results[^1] is null && !IsAbsorbed(units[^1]))))
            {
                // Only a paragraph that ends on its speaker's quotation hands the speaker to the next one.
                previousParagraphQuote = null;
            }

            Emit(sink);
        }

        return _emitted;
    }

    /// <summary>
    /// The report whose content holds the relative clause that an "it" sources ("..., which it describes as ..."), when a
    /// body or document that is not a person made that report; else null.
    /// </summary>
    private Attribution? BodyReportingTheRelativeIt(List<Attribution> claims, Attribution a)
    {
        var head = a.Source.Head;
        if (head.Length() != 1 || head.First < 1 || !_tokens[head.First].IsWord || !_tokens[head.First].Text(_text).Equals("it", StringComparison.Ordinal)
            || !_tokens[head.First - 1].IsWord || _tokens[head.First - 1].Text(_text) is not ("which" or "that"))
        {
            return null;
        }

        var position = _tokens[head.First].Start;
        foreach (var b in claims)
        {
            if (ReferenceEquals(b, a) || b.Speaker is null || b.SourceKind is null or SourceKind.Person or SourceKind.Anonymous
                || b.Source.Head.IsEmpty || b.Source.Head.First >= head.First || WordLists.Pronouns.Contains(b.Speaker) || IsPluralGroup(b.Speaker))
            {
                continue;
            }

            foreach (var segment in b.Segments)
            {
                if (segment.Start <= position && position < segment.End)
                {
                    return b;
                }
            }
        }

        return null;
    }

    // "Researchers", "Local residents", "police": a group is "they", never "it".
    private static bool IsPluralGroup(string speaker) => Coreference.IsPluralGroup(speaker[(speaker.LastIndexOf(' ') + 1)..].ToLowerInvariant());

    /// <summary>
    /// The token of a "they" or "it" that sources a claim from inside a relative clause after the sentence's opening
    /// ("..., which they say ...", "... that it said ..."), or of an "its" before the source's noun there ("a step its
    /// director called overdue"), else -1.
    /// </summary>
    private int RelativePronounSource(List<Attribution> claims, int first)
    {
        foreach (var a in claims)
        {
            var head = a.Source.Head;
            if (head.Length() == 2 && head.First >= first + 3 && _tokens[head.First].IsWord && _tokens[head.First].Text(_text) is "its")
            {
                // "A museum in Hamburg returned the bronzes, a step its director called overdue": "its" inside the
                // sentence points at the body the sentence is about.
                return head.First;
            }

            if (head.Length() != 1 || head.First < first + 3 || !_tokens[head.First].IsWord
                || _tokens[head.First].Text(_text) is not ("they" or "it"))
            {
                continue;
            }

            var before = _tokens[head.First - 1];
            if (before.IsWord && before.Text(_text) is "which" or "that" or "who" or "whom")
            {
                return head.First;
            }
        }

        return -1;
    }

    /// <summary>
    /// Hands the paragraph's claims on in document order. Claims are produced unit by unit, so a stable sort (with
    /// answers to claims of this paragraph remapped) restores the order; a claim never reaches into an earlier
    /// paragraph, so paragraph by paragraph is document order. Answer ordinals count every claim emitted so far.
    /// </summary>
    private void Emit(Action<ExtractedClaim> sink)
    {
        var claims = _claims;
        var sorted = true;
        for (var i = 1; i < claims.Count && sorted; i++)
        {
            sorted = claims[i - 1].Span.Start <= claims[i].Span.Start;
        }

        if (sorted)
        {
            foreach (var claim in claims)
            {
                sink(claim);
            }
        }
        else
        {
            var order = Enumerable.Range(0, claims.Count).OrderBy(i => claims[i].Span.Start).ToArray();
            var newIndex = new int[claims.Count];
            for (var i = 0; i < order.Length; i++)
            {
                newIndex[order[i]] = _emitted + i;
            }

            for (var n = 0; n < _attributedOrdinals.Count; n++)
            {
                if (_attributedOrdinals[n] >= _emitted)
                {
                    _attributedOrdinals[n] = newIndex[_attributedOrdinals[n] - _emitted];
                }
            }

            foreach (var i in order)
            {
                var claim = claims[i];
                sink(claim.Answers.All(a => a < _emitted) ? claim : claim with { Answers = [.. claim.Answers.Select(a => a < _emitted ? a : newIndex[a - _emitted])] });
            }
        }

        _emitted += claims.Count;
        claims.Clear();
        if (_attributed.Count > 64)
        {
            // A denial looks back at the last dozen attributed claims only.
            _attributed.RemoveRange(0, _attributed.Count - 16);
            _attributedOrdinals.RemoveRange(0, _attributedOrdinals.Count - 16);
        }
    }

    private bool IsAbsorbed((int First, int End) unit) => _absorbed.Contains(unit);

    /// <summary>Sentences that a quotation spans are one unit: a multi-sentence quote is one claim.</summary>
    private void MergeIntoUnits(List<(int First, int End)> sentences, List<(int First, int End)> units)
    {
        units.Clear();
        foreach (var s in sentences)
        {
            if (units.Count > 0 && _tokens[s.First].InQuote)
            {
                var last = units[^1];
                units[^1] = (last.First, s.End);
                continue;
            }

            units.Add(s);
        }
    }

    private void AddUnattributed((int First, int End) unit)
    {
        if (!StatesAnything(unit))
        {
            return;
        }

        var span = new TextSpan(_tokens[unit.First].Start, _tokens[unit.End - 1].End);
        IReadOnlyList<TextSpan> segments = [span];
        var hedges = HedgeFinder.Find(_text, _tokens, segments);
        var shifted = Shift(span);
        _claims.Add(new ExtractedClaim(shifted, _offset == 0 ? segments : [shifted], span.Slice(_text), ClaimKind.Unattributed)
        {
            Hedges = hedges,
        });
    }

    /// <summary>A transcript's stage direction given to a speaker ("PENCE: (CROSSTALK)", "(APPLAUSE)") says nothing.</summary>
    private bool IsStageDirection(Attribution a)
    {
        if (a.Segments.Count != 1)
        {
            return false;
        }

        var content = _text.AsSpan(a.Segments[0].Start, a.Segments[0].Length).Trim().TrimEnd('.');
        return content.Length > 2 && content[0] == '(' && content[^1] == ')' && content[1..^1].IndexOfAny('(', ')') < 0;
    }

    /// <summary>
    /// Separators ("___", "* * *") and the clock times of live blogs ("6 p.m.", "11:40 a.m. ET") are layout, not claims.
    /// </summary>
    private bool StatesAnything((int First, int End) unit)
    {
        for (var k = unit.First; k < unit.End; k++)
        {
            var w = _tokens[k].Text(_text);
            if (!_tokens[k].IsWord || WordLists.ClockWords.Contains(w))
            {
                continue;
            }

            foreach (var c in w)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AddAttributed(Attribution a)
    {
        if (IsStageDirection(a))
        {
            return;
        }

        for (var i = 0; i < a.Segments.Count; i++)
        {
            a.Segments[i] = WithItsClosingQuote(a.Segments[i]);
        }

        var start = int.MaxValue;
        var end = 0;
        foreach (var s in a.Segments)
        {
            start = Math.Min(start, s.Start);
            end = Math.Max(end, s.End);
        }

        var sourceSpan = a.Mode == CueMode.Continuation || a.Source.Full.IsEmpty
            ? (TextSpan?)null
            : new TextSpan(_tokens[a.Source.Full.First].Start, _tokens[a.Source.Full.First].Start + (a.SourceText?.Length ?? 0));
        var cueSpan = a.Mode == CueMode.Continuation ? null : a.CueSpan;
        foreach (var extra in new[] { sourceSpan, cueSpan })
        {
            if (extra is { } x)
            {
                start = Math.Min(start, x.Start);
                end = Math.Max(end, x.End);
            }
        }

        // The claim's span takes in the quotation marks that enclose its first and last segments.
        for (var n = 0; n < 2 && start > 0 && IsQuoteMark(_text[start - 1]); n++)
        {
            start--;
        }

        for (var n = 0; n < 2 && end < _text.Length
            && (IsQuoteMark(_text[end]) || (end + 1 < _text.Length && _text[end] is ',' or '.' or '?' or '!' && IsQuoteMark(_text[end + 1]))); n++)
        {
            end += IsQuoteMark(_text[end]) ? 1 : 2;
        }

        var texts = new string[a.Segments.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = a.Segments[i].Slice(_text);
        }

        var answers = a.IsDenial ? FindAnswered(a) : [];
        var segments = new TextSpan[a.Segments.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Shift(a.Segments[i]);
        }

        var claim = new ExtractedClaim(
            Shift(new TextSpan(start, end)),
            segments,
            string.Join(" ... ", texts),
            a.Kind,
            a.Cue,
            cueSpan is { } c ? Shift(c) : null,
            a.SourceText,
            sourceSpan is { } so ? Shift(so) : null,
            a.Speaker,
            a.SpeakerRole,
            a.SpeakerAffiliation,
            a.SourceKind)
        {
            Hedges = HedgeFinder.Find(_text, _tokens, a.Segments),
            Answers = answers,
        };
        _attributed.Add(a);
        _attributedOrdinals.Add(_emitted + _claims.Count);
        _claims.Add(claim);
    }

    /// <summary>
    /// A denial answers the most recent earlier accusation by someone else, or failing that the most recent
    /// earlier attributed claim by someone else.
    /// </summary>
    private int[] FindAnswered(Attribution denial)
    {
        var fallback = -1;
        for (var i = _attributed.Count - 1; i >= 0 && i >= _attributed.Count - 12; i--)
        {
            var other = _attributed[i];
            if (string.Equals(other.Speaker, denial.Speaker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (other.IsAccusation)
            {
                return [_attributedOrdinals[i]];
            }

            if (fallback < 0)
            {
                fallback = _attributedOrdinals[i];
            }
        }

        return fallback < 0 ? [] : [fallback];
    }
}
