namespace ClaimTracker.Extraction;

/// <summary>Comment clauses with "as": "As the mayor put it, ...", "..., as the minister noted, ...", "..., as one analyst said."</summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// "As one trader put it, the market has lost its nerve", "The budget, as the minister noted, is tight", "The town has
    /// been forgotten, as the mayor put it.": an "as" clause with its own subject and a verb of saying, whose object gap is
    /// the rest of the sentence. The clause may open the sentence, close it, or sit between commas inside it.
    /// </summary>
    private Attribution? TryAsParenthetical(int asWord, int first, int end, int paragraph, int unit)
    {
        var opening = asWord == first;
        var afterComma = asWord - 1 > first && IsPunct(asWord - 1, ',') && !tokens[asWord - 1].InQuote;
        if (!(opening || afterComma) || asWord + 2 >= end)
        {
            return null;
        }

        var source = parser.ParseForward(asWord + 1, end);
        if (source.Head.IsEmpty || !parser.IsPlausibleSource(source.Head, allowPronoun: true))
        {
            return null;
        }

        var verb = source.Head.End;
        var cueEnd = SayingVerbEnd(verb, end);
        if (cueEnd < 0 && source.Head.Length() >= 2 && SayingVerbEnd(verb - 1, end) is var shorter and >= 0)
        {
            // "as the report notes": the forward parse read the verb as a plural noun of the phrase.
            verb--;
            cueEnd = shorter;
            source = new SourceMention(new TokenRange(source.Head.First, verb), new TokenRange(source.Head.First, verb));
            if (!parser.IsPlausibleSource(source.Head, allowPronoun: true))
            {
                return null;
            }
        }

        if (cueEnd < 0)
        {
            return null;
        }

        source = new SourceMention(source.Head, source.Head);
        var closesSentence = cueEnd >= end || CountWords(cueEnd, end) == 0;
        if (opening)
        {
            if (closesSentence || !(IsPunct(cueEnd, ',') || IsPunct(cueEnd, ':')) || CountWords(cueEnd + 1, end) < 3)
            {
                return null;
            }

            return Build(CueMode.Front, cueEnd + 1, end, verb, cueEnd, source, entry: null, paragraph, unit);
        }

        if (closesSentence)
        {
            if (CountWords(first, asWord - 1) < 3)
            {
                return null;
            }

            return Build(CueMode.Final, first, asWord - 1, verb, cueEnd, source, entry: null, paragraph, unit);
        }

        if (!IsPunct(cueEnd, ',') || CountWords(first, asWord - 1) + CountWords(cueEnd + 1, end) < 3)
        {
            return null;
        }

        // The clause interrupts the content: both sides belong to it.
        var result = Build(CueMode.Final, first, asWord - 1, verb, cueEnd, source, entry: null, paragraph, unit);
        var rest = Trim(cueEnd + 1, end);
        if (!rest.IsEmpty && result.Segments.Count > 0)
        {
            result.Segments.Add(ToSpan(rest));
        }

        return result;
    }

    /// <summary>
    /// The end of the verb of an "as" clause: "put it" (with an adverb, "put it bluntly"), or a clausal reporting verb in
    /// the past or present ("noted", "says"), followed by nothing but punctuation; else -1.
    /// </summary>
    private int SayingVerbEnd(int verb, int end)
    {
        if (verb >= end || !tokens[verb].IsWord || tokens[verb].InQuote || tokens[verb].IsCapitalized)
        {
            return -1;
        }

        int cueEnd;
        if ((IsWord(verb, "put") || IsWord(verb, "puts")) && IsWord(verb + 1, "it"))
        {
            cueEnd = verb + 2;
            if (cueEnd < end && tokens[cueEnd].IsWord && !tokens[cueEnd].InQuote && tokens[cueEnd].Text(text).EndsWith("ly", StringComparison.Ordinal))
            {
                cueEnd++;
            }
        }
        else if (!(TryMatchCue(verb, end, out var hit, out cueEnd) && hit.Entry.Particle is null && hit.Form is VerbForm.Past or VerbForm.ThirdPerson
            && (hit.Entry.Frames & VerbFrames.Clausal) != 0))
        {
            // Only the simple verb is read: "as critics have pointed out" would need its auxiliary.
            return -1;
        }

        return cueEnd >= end || tokens[cueEnd].Kind == TokenKind.Punct ? cueEnd : -1;
    }
}
