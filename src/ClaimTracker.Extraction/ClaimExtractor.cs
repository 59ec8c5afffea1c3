using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>
/// Rule-based attribution extractor: tokens → quotations → sentences → units (sentences joined by a quotation)
/// → cues and sources → coreference → claims. Deterministic, linear in the input, never throws on any string.
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    /// <summary>
    /// Inputs longer than this (about 45,000 words, several times the longest news features) are read in windows cut
    /// at line breaks, so working memory stays bounded whatever the input's size; names and pronouns do not reach
    /// across windows. Nothing the extractor looks at lies past a window's closing line break, so a window gives the
    /// same claims whether it is read from the whole text or on its own.
    /// </summary>
    internal const int WindowChars = 1 << 18;

    public IReadOnlyList<ExtractedClaim> Extract(string text)
    {
        var claims = new List<ExtractedClaim>();
        Extract(text, claims.Add);
        return claims;
    }

    public void Extract(string text, Action<ExtractedClaim> sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = NewTokenList(text.Length);
        var emitted = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = start + WindowEnd(text.AsSpan(start), complete: true);
            tokens.Clear();
            emitted = new ExtractionRun(text, start, end, tokens, emitted, offset: 0).Run(sink);
            start = end;
        }
    }

    /// <summary>Window by window; offsets count from the start of the whole text.</summary>
    public void Extract(TextReader reader, Action<ExtractedClaim> sink)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = NewTokenList(WindowChars * 2);
        var buffer = new char[WindowChars * 2];
        int held = 0, consumed = 0, emitted = 0;
        var complete = false;
        while (true)
        {
            while (!complete && held < buffer.Length)
            {
                var read = reader.Read(buffer, held, buffer.Length - held);
                complete = read == 0;
                held += read;
            }

            if (held == 0)
            {
                return;
            }

            var cut = WindowEnd(buffer.AsSpan(0, held), complete);
            if (cut < 0)
            {
                // A line longer than the buffer: hold more of it.
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }

            var window = new string(buffer, 0, cut);
            tokens.Clear();
            emitted = new ExtractionRun(window, 0, cut, tokens, emitted, consumed).Run(sink);
            Array.Copy(buffer, cut, buffer, 0, held - cut);
            held -= cut;
            consumed += cut;
        }
    }

    /// <summary>News text averages about five characters per token; sizing once avoids repeated copies of a large list.</summary>
    private static List<Token> NewTokenList(int chars) => new((Math.Min(chars, WindowChars * 2) / 5) + 16);

    /// <summary>
    /// The length of the window that opens <paramref name="rest"/>: up to just after the first line break once the
    /// window is full, or all of the rest when it is short or has no line break. -1 when <paramref name="rest"/> is
    /// not <paramref name="complete"/> and more text is needed to decide.
    /// </summary>
    internal static int WindowEnd(ReadOnlySpan<char> rest, bool complete)
    {
        if (rest.Length <= WindowChars + (WindowChars / 2))
        {
            return complete ? rest.Length : -1;
        }

        var lineBreak = rest[WindowChars..].IndexOf('\n');
        if (lineBreak >= 0)
        {
            return WindowChars + lineBreak + 1;
        }

        return complete ? rest.Length : -1;
    }
}

/// <summary>State of one extraction; not shared between calls, so the extractor is thread-safe.</summary>
internal sealed class ExtractionRun
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
        var resolver = new SpeakerResolver(_text, _tokens, coreference);
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
                    }

                    if (a.Speaker is { } speaker && a.SourceKind is { } kind)
                    {
                        coreference.NoteSpeaker(speaker, kind, p, a.Source.Head.IsEmpty ? para.Start : _tokens[a.Source.Head.First].Start, a.HasProperName);
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

    /// <summary>
    /// Quote-only units take their speaker from a neighbouring cue: the half after an interrupting cue,
    /// a quote before a bare "Smith said.", or a paragraph continuing the previous paragraph's quotation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AttachQuotations(List<(int First, int End)> units, List<List<Attribution>?> results, Attribution? previousParagraphQuote, int paragraph)
    {
        _absorbed.Clear();
        Attribution? current = null;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (results[u] is { } list)
            {
                var main = list[0];
                if (main.Mode == CueMode.Bare && u > 0 && results[u - 1] is null && IsQuoteOnly(units[u - 1]))
                {
                    AddQuote(main, units[u - 1]);
                    main.Segments.Sort(static (x, y) => x.Start.CompareTo(y.Start));
                    main.Kind = ClaimKind.Direct;
                    _absorbed.Add(units[u - 1]);
                }
                else if (main.NeedsQuotation)
                {
                    // "X issued a statement." followed by a quotation: the quotation is the statement's.
                    if (u + 1 < units.Count && results[u + 1] is null && IsQuoteOnly(units[u + 1]))
                    {
                        current = main;
                    }
                    else if (u != units.Count - 1)
                    {
                        results[u] = null;
                    }

                    continue;
                }
                else if (main.Mode == CueMode.Bare)
                {
                    // "He said:" (or "He said," where the layout moved the quotation to its own line) closing a
                    // paragraph introduces the quotation in the next one.
                    if (u != units.Count - 1 || !(EndsWithColon(unit) || _tokens[unit.End - 1].IsPunct(_text, ',')))
                    {
                        results[u] = null;
                    }

                    continue;
                }

                // A quotation right after any report continues its speaker: 'X said Y. "Z."'.
                current = list[^1];
                continue;
            }

            if (current is { AbsorbsParagraph: true })
            {
                current.Segments.Add(new TextSpan(_tokens[unit.First].Start, _tokens[unit.End - 1].End));
                _absorbed.Add(unit);
                continue;
            }

            if (u == 0 && previousParagraphQuote is { Mode: CueMode.Bare, Segments.Count: 0, SourceText: not null, NeedsQuotation: false }
                && !_tokens[unit.First].Is(TokenFlags.QuoteOpen))
            {
                // "The governor added:" and then a paragraph without quotation marks: a block quotation whose marks
                // the page's layout carried; the whole paragraph is the speaker's.
                var block = NewContinuation(previousParagraphQuote, paragraph, u);
                block.Segments.Add(new TextSpan(_tokens[unit.First].Start, _tokens[units[^1].End - 1].End));
                results[u] = [block];
                for (var rest = u + 1; rest < units.Count; rest++)
                {
                    results[rest] = null;
                    _absorbed.Add(units[rest]);
                }

                return;
            }

            if (!IsQuoteOnly(unit))
            {
                current = null;
                continue;
            }

            if (current is null && u + 1 < units.Count && results[u + 1] is { } next && next[0].Mode == CueMode.Bare)
            {
                continue;
            }

            if (current is null && u + 1 < units.Count && results[u + 1] is { } following && following[0].Mode == CueMode.Final
                && following[0].Kind == ClaimKind.Direct && _tokens[units[u + 1].First].Is(TokenFlags.QuoteOpen))
            {
                // '"A." "B," she said.': one quotation, closed by its cue in the next sentence.
                AddQuote(following[0], unit);
                following[0].Segments.Sort(static (x, y) => x.Start.CompareTo(y.Start));
                _absorbed.Add(unit);
                continue;
            }

            if (current is { Kind: ClaimKind.Direct })
            {
                // '"We were warned," she said. "Nobody listened."': the quotation runs on, one passage.
                AddQuote(current, unit);
                _absorbed.Add(unit);
                continue;
            }

            if (current is not null)
            {
                // Reported speech, then the speaker's own words ('She said the plan failed. "Nobody listened."'): a
                // passage of its own by the same speaker, whom the report names once it is resolved.
                var own = new Attribution { Kind = ClaimKind.Direct, Mode = CueMode.Continuation, Paragraph = paragraph, Unit = u, ContinuationOf = current };
                AddQuote(own, unit);
                results[u] = [own];
                current = own;
                continue;
            }

            // Continuations open with a double quotation mark; a paragraph in single quotes is usually a heading.
            if (u == 0 && previousParagraphQuote is not null && previousParagraphQuote.SourceText is not null
                && _tokens[unit.First].Is(TokenFlags.QuoteOpen) && !_tokens[unit.First].Is(TokenFlags.SingleQuote))
            {
                var continuation = NewContinuation(previousParagraphQuote, paragraph, u);
                AddQuote(continuation, unit);
                results[u] = [continuation];
                current = continuation;
            }
        }
    }

    private static Attribution NewContinuation(Attribution previous, int paragraph, int unit) => new()
    {
        Kind = ClaimKind.Direct,
        Mode = CueMode.Continuation,
        Paragraph = paragraph,
        Unit = unit,
        Cue = previous.Cue,
        SourceText = previous.SourceText,
        Speaker = previous.Speaker,
        SpeakerRole = previous.SpeakerRole,
        SpeakerAffiliation = previous.SpeakerAffiliation,
        SourceKind = previous.SourceKind,
    };

    private void AddQuote(Attribution a, (int First, int End) unit)
    {
        var t = unit.First;
        while (t < unit.End)
        {
            if (!_tokens[t].InQuote)
            {
                t++;
                continue;
            }

            var s = t;
            while (t < unit.End && _tokens[t].InQuote)
            {
                t++;
            }

            var e = t;
            // Questions and exclamations keep their mark; commas and full stops belong to the sentence around the quote.
            while (e > s && (_tokens[e - 1].Kind == TokenKind.Quote
                || (_tokens[e - 1].Kind == TokenKind.Punct && _text[_tokens[e - 1].Start] is not ('?' or '!' or ')'))))
            {
                e--;
            }

            if (e > s)
            {
                a.Segments.Add(new TextSpan(_tokens[s].Start, _tokens[e - 1].End));
            }
        }
    }

    private bool EndsWithColon((int First, int End) unit) => _tokens[unit.End - 1].IsPunct(_text, ':');

    /// <summary>
    /// A unit that opens with a quotation and is mostly quoted ('"It's a tax increase" for the middle class.')
    /// continues its speaker's quotation; the unquoted rest is the reporter's gloss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsQuoteOnly((int First, int End) unit)
    {
        int words = 0, quoted = 0;
        for (var t = unit.First; t < unit.End; t++)
        {
            if (_tokens[t].IsWord)
            {
                words++;
                if (_tokens[t].InQuote)
                {
                    quoted++;
                }
            }
        }

        return quoted > 0 && (quoted == words || (_tokens[unit.First].Is(TokenFlags.QuoteOpen) && quoted * 4 >= words * 3));
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

    /// <summary>
    /// 'said the senator was "deeply saddened."': a quotation opened inside the content keeps its closing mark (and
    /// the stop inside it), which trimming the sentence's end had cut off.
    /// </summary>
    private TextSpan WithItsClosingQuote(TextSpan segment)
    {
        var open = 0;
        var t = _tokens.FirstAt(segment.Start, _tokens.Count);
        for (; t < _tokens.Count && _tokens[t].Start < segment.End; t++)
        {
            if (_tokens[t].Is(TokenFlags.QuoteOpen))
            {
                open++;
            }
            else if (_tokens[t].Is(TokenFlags.QuoteClose) && open > 0)
            {
                open--;
            }
        }

        for (var k = t; open > 0 && k < _tokens.Count && k < t + 3; k++)
        {
            if (_tokens[k].Is(TokenFlags.QuoteClose))
            {
                return new TextSpan(segment.Start, _tokens[k].End);
            }

            if (_tokens[k].Kind != TokenKind.Punct)
            {
                break;
            }
        }

        return segment;
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

    /// <summary>A denial answers the most recent earlier attributed claim by someone else.</summary>
    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'';

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
