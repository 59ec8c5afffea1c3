using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Content spans: building attributions, quotation segments, trimming and classification.</summary>
internal sealed partial class CuePatterns
{
    private Attribution Build(CueMode mode, int contentFirst, int contentEnd, int cueFirst, int cueEnd, SourceMention source, VerbEntry? entry, int paragraph, int unit)
    {
        // "said in a statement" is one cue; the statement is how the source spoke, not part of the content.
        var statementEnd = StatementPhraseEnd(cueEnd, Math.Max(contentEnd, cueEnd + 5));
        if (statementEnd > cueEnd && (mode != CueMode.Front || contentFirst >= statementEnd))
        {
            cueEnd = statementEnd;
        }

        var result = new Attribution
        {
            Kind = ClaimKind.Indirect,
            Mode = mode,
            Paragraph = paragraph,
            Unit = unit,
            Source = source,
            CueSpan = new TextSpan(tokens[cueFirst].Start, tokens[cueEnd - 1].End),
            Cue = text[tokens[cueFirst].Start..tokens[cueEnd - 1].End],
            IsDenial = entry is not null && WordLists.DenialLemmas.Contains(entry.Lemma),
            IsAccusation = entry is not null && WordLists.AccusationLemmas.Contains(entry.Lemma),
            Verb = entry,
        };
        if (mode == CueMode.Bare)
        {
            return result;
        }

        if (mode == CueMode.Front)
        {
            // A semicolon outside quotes starts a new clause in the reporter's voice.
            for (var k = contentFirst; k < contentEnd; k++)
            {
                if (IsPunct(k, ';') && !tokens[k].InQuote)
                {
                    contentEnd = k;
                    break;
                }
            }
        }

        var range = Trim(contentFirst, contentEnd);
        if (range.IsEmpty)
        {
            return result;
        }

        if (mode == CueMode.Front && TrailingStatementPhrase(range) is var medium and > 0)
        {
            // "The hospital confirmed the death in a brief statement": how the source spoke, as after "said".
            range = Trim(range.First, medium);
            if (range.IsEmpty)
            {
                return result;
            }
        }

        result.Kind = Classify(range);
        if (result.Kind == ClaimKind.Direct)
        {
            AddQuoteSegments(result, range.First, range.End);
        }
        else
        {
            result.Segments.Add(ToSpan(range));
        }

        return result;
    }

    /// <summary>
    /// 'The mayor said the repairs were urgent: "We cannot wait another winter."': reported speech, then the speaker's
    /// own words after a colon. The quotation is a direct claim of the same source, beside the indirect one.
    /// </summary>
    private void SplitColonQuotation(int end)
    {
        var count = _found.Count;
        for (var i = 0; i < count; i++)
        {
            var a = _found[i];
            if (a.Mode != CueMode.Front || a.Kind != ClaimKind.Mixed || a.Segments.Count != 1)
            {
                continue;
            }

            var first = FirstTokenAt(a.Segments[0].Start, end);
            var colon = -1;
            for (var k = first; k < end && tokens[k].Start < a.Segments[0].End; k++)
            {
                if (IsPunct(k, ':') && !tokens[k].InQuote)
                {
                    colon = k;
                    break;
                }
            }

            // The quotation must open right after the colon and run to the end of the content.
            var segmentEnd = FirstTokenAt(a.Segments[0].End, end);
            if (colon < 0 || CountWords(first, colon) < 3 || colon + 2 >= segmentEnd || !tokens[colon + 1].Is(TokenFlags.QuoteOpen))
            {
                continue;
            }

            var reported = Trim(first, colon);
            var quoted = Trim(colon + 1, segmentEnd);
            if (reported.IsEmpty || quoted.IsEmpty || CountWords(quoted.First, quoted.End) < 3 || Classify(quoted) != ClaimKind.Direct)
            {
                continue;
            }

            a.Segments[0] = ToSpan(reported);
            a.Kind = Classify(reported);
            var direct = new Attribution
            {
                Kind = ClaimKind.Direct,
                Mode = CueMode.Front,
                Paragraph = a.Paragraph,
                Unit = a.Unit,
                Source = a.Source,
                CueSpan = a.CueSpan,
                Cue = a.Cue,
                Verb = a.Verb,
            };
            AddQuoteSegments(direct, quoted.First, quoted.End);
            if (direct.Segments.Count > 0)
            {
                _found.Add(direct);
            }
        }
    }

    /// <summary>"These employees, Smith explained, were under pressure": the content resumes after the cue.</summary>
    private void AddParentheticalTail(Attribution attribution, int tailStart, int end)
    {
        // Skip a short adverbial first: "The trouble here, she told us on Monday, is that ...".
        var comma = tailStart;
        while (comma < end && comma < tailStart + 6 && tokens[comma].IsWord && !tokens[comma].InQuote)
        {
            comma++;
        }

        tailStart = comma;
        if (tailStart >= end || !IsPunct(tailStart, ',') || tailStart + 1 >= end || !tokens[tailStart + 1].IsWord)
        {
            return;
        }

        var w = tokens[tailStart + 1].Text(text);
        // "..., the paper reported, citing officials": the cited party is where the report came from, not more content;
        // "..., she said, referring to the shortage": a participle there tells of the speaker, not of the content, unless
        // a finite verb follows it as a gerund subject's ("..., he said, replacing her would be harder").
        if (tokens[tailStart + 1].IsCapitalized || (WordLists.ClauseOpeners.Contains(w) && !w.Equals("that", StringComparison.OrdinalIgnoreCase))
            || (lexicon.TryGet(w, out var hits) && hits[0].Form == VerbForm.Gerund) || WordLists.CitingVerbs.Contains(w)
            || (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !WordLists.IngNouns.Contains(w) && !FiniteAuxiliaryWithin(tailStart + 2, end, 6))
            || CountWords(tailStart + 1, end) < (IsFiniteAuxiliary(tailStart + 1) ? 2 : 3) || IsLabelAfterClause(tailStart + 1, end))
        {
            return;
        }

        var range = Trim(tailStart + 1, end);
        if (!range.IsEmpty)
        {
            attribution.Segments.Add(ToSpan(range));
            attribution.TailStart = 0;
        }
    }

    /// <summary>
    /// "..., the commission said, a result the opposition rejected", "..., the office said, the fastest rise in a decade": a
    /// noun phrase opened by "a" or by "the" and a superlative after a closing cue sums up what was reported; a resumed
    /// content goes on with a predicate ("Voters, he said, can rock"). The reporter frames the event the same way with "in
    /// what …" ("in what experts say is the worst outbreak"), "in a …" ("in a blow to the plan") and "amid …".
    /// </summary>
    private bool IsLabelAfterClause(int k, int end)
    {
        if (IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "amid")
            || (IsWord(k, "in") && k + 1 < end && (IsWord(k + 1, "what") || IsWord(k + 1, "a") || IsWord(k + 1, "an"))))
        {
            return true;
        }

        if (!IsWord(k, "the") || k + 1 >= end || !tokens[k + 1].IsWord)
        {
            return false;
        }

        var w = tokens[k + 1].Text(text);
        return w is "first" or "latest" or "last" or "most" or "least" or "best" or "worst"
            || (w.Length > 5 && w.EndsWith("est", StringComparison.Ordinal) && !NonSuperlativesInEst.Contains(w)
                && k + 2 < end && tokens[k + 2].IsWord && !tokens[k + 2].IsCapitalized);
    }

    private static readonly WordSet NonSuperlativesInEst = new(
        "interest", "request", "protest", "harvest", "contest", "arrest", "honest", "modest", "forest", "conquest", "manifest",
        "suggest", "digest", "invest", "unrest", "inquest", "bequest");

    /// <summary>Whether a finite auxiliary stands within <paramref name="words"/> tokens of <paramref name="from"/>, before any punctuation.</summary>
    private bool FiniteAuxiliaryWithin(int from, int end, int words)
    {
        for (var k = from; k < end && k < from + words && tokens[k].IsWord; k++)
        {
            if (IsFiniteAuxiliary(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"was", "will", "has": after a cue's comma a finite auxiliary is the predicate the fronted subject was waiting for.</summary>
    private bool IsFiniteAuxiliary(int k)
    {
        var w = tokens[k].Text(text);
        return tokens[k].IsWord && !tokens[k].IsCapitalized
            && (WordLists.BeForms.Contains(w) || WordLists.Modals.Contains(w) || WordLists.HaveForms.Contains(w));
    }

    /// <summary>Where "in a (brief) statement" starts when it ends the content and something comes before it, else -1.</summary>
    private int TrailingStatementPhrase(TokenRange range)
    {
        for (var t = Math.Max(range.First + 2, range.End - 4); t < range.End; t++)
        {
            if (!tokens[t].InQuote && StatementPhraseEnd(t, range.End) == range.End)
            {
                return t;
            }
        }

        return -1;
    }

    private int StatementPhraseEnd(int t, int limit)
    {
        limit = Math.Min(limit, tokens.Count);
        if (t + 2 >= limit || !IsWord(t, "in") || !(IsWord(t + 1, "a") || IsWord(t + 1, "an")))
        {
            return t;
        }

        var k = t + 2;
        if (k + 1 < limit && tokens[k].IsWord && !IsWord(k, "statement") && (IsWord(k + 1, "statement")))
        {
            k++;
        }

        return IsWord(k, "statement") ? k + 1 : t;
    }

    private void AddTailQuotes(Attribution attribution, int from, int end)
    {
        // '"A," X said, "B."': the second half of an interrupted quotation.
        if (attribution.Kind != ClaimKind.Direct)
        {
            return;
        }

        // Only a quotation that resumes right after the cue clause continues it ('", X said Monday, "B."').
        var words = 0;
        for (var t = from; t < end && words <= 12; t++)
        {
            if (tokens[t].InQuote)
            {
                if (words > 3 && !IsPunct(t - 2, ','))
                {
                    return;
                }

                AddQuoteSegments(attribution, t, end);
                return;
            }

            if (tokens[t].IsWord)
            {
                if (lexicon.TryGet(tokens[t].Text(text), out var hits) && hits[0].Form == VerbForm.Gerund)
                {
                    // '..., adding later, "B."' is a second cue with its own claim.
                    return;
                }

                words++;
            }
            else if (tokens[t].Kind == TokenKind.Punct && !IsPunct(t, ','))
            {
                return;
            }
        }
    }

    private void AddQuoteSegments(Attribution attribution, int first, int end)
    {
        var t = first;
        while (t < end)
        {
            if (!tokens[t].InQuote)
            {
                t++;
                continue;
            }

            var s = t;
            while (t < end && tokens[t].InQuote)
            {
                t++;
            }

            var range = Trim(s, t);
            if (!range.IsEmpty)
            {
                attribution.Segments.Add(ToSpan(range));
            }
        }
    }

    /// <summary>Direct when every word is quoted, mixed when some are, indirect otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ClaimKind Classify(TokenRange range)
    {
        int quoted = 0, words = 0;
        for (var t = range.First; t < range.End; t++)
        {
            if (tokens[t].IsWord)
            {
                words++;
                if (tokens[t].InQuote)
                {
                    quoted++;
                }
            }
        }

        return quoted == 0 ? ClaimKind.Indirect : quoted == words ? ClaimKind.Direct : ClaimKind.Mixed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal TokenRange Trim(int first, int end)
    {
        while (first < end && IsTrimmable(first, leading: true))
        {
            first++;
        }

        while (end > first && IsTrimmable(end - 1, leading: false))
        {
            end--;
        }

        // Keep a closing mark whose opening mark is inside the content: 'the accusation as "absurd"'.
        if (end < tokens.Count && end > first && tokens[end].Is(TokenFlags.QuoteClose) && tokens[end - 1].InQuote && HasOpenerWithin(first, end))
        {
            end++;
        }

        return new TokenRange(first, end);
    }

    private bool IsTrimmable(int t, bool leading)
    {
        var tok = tokens[t];
        if (tok.Kind == TokenKind.Quote)
        {
            // Keep a quote mark whose partner is inside the content ("the "baseless" claims").
            return leading ? !tok.Is(TokenFlags.QuoteOpen) || !HasPartnerAfter(t) : true;
        }

        if (tok.Kind != TokenKind.Punct)
        {
            return false;
        }

        var c = text[tok.Start];
        return c is '.' or ',' or ';' or ':' or '\u2014' or '\u2013' or '\u2015' or '-' || (leading && c is '!' or '?' or ')');
    }

    private bool HasOpenerWithin(int first, int end)
    {
        for (var k = end - 1; k >= first && k > end - 400; k--)
        {
            if (tokens[k].Is(TokenFlags.QuoteOpen))
            {
                return true;
            }

            if (!tokens[k].InQuote)
            {
                return false;
            }
        }

        return false;
    }

    private bool HasPartnerAfter(int t)
    {
        for (var k = t + 1; k < tokens.Count && k < t + 400; k++)
        {
            if (tokens[k].Is(TokenFlags.QuoteClose))
            {
                return true;
            }

            if (!tokens[k].InQuote)
            {
                return false;
            }
        }

        return false;
    }

    internal TextSpan ToSpan(TokenRange range) => new(tokens[range.First].Start, tokens[range.End - 1].End);
}
