using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Quotations joined to the attribution they belong to: a quote that runs on after an attributed one, a block after a colon, a paragraph that opens with a quote.</summary>
internal sealed partial class ExtractionRun
{
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

    /// <summary>A denial answers the most recent earlier attributed claim by someone else.</summary>
    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'';
}
