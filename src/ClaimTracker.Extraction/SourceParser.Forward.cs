using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Reading a source phrase forward from its first word: after an inverted cue, "according to" or a passive "by".</summary>
internal sealed partial class SourceParser
{
    private bool IsAfterInnerPreposition(int k) =>
        k > 0 && tokens[k - 1].IsWord && WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text));

    /// <summary>A source phrase starting at <paramref name="start"/> (inverted "said X", "according to X").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SourceMention ParseForward(int start, int end)
    {
        var k = start;
        var count = 0;
        while (k < end && count < MaxPhrase)
        {
            var t = tokens[k];
            if (t.InQuote || t.Kind == TokenKind.Quote)
            {
                break;
            }

            if (t.Kind == TokenKind.Punct)
            {
                if (IsPunct(k, '(') && k > start)
                {
                    var close = FindForward(k, end, ')', 8);
                    if (close < 0)
                    {
                        break;
                    }

                    k = close + 1;
                    count++;
                    continue;
                }

                if (IsAbbreviationPeriod(k) && k > start)
                {
                    k++;
                    continue;
                }

                if (IsAmpersandInName(k) && k > start)
                {
                    k++;
                    count++;
                    continue;
                }

                if (IsPunct(k, ',') && CoordinatedComplementEnd(start, k, end) is var listEnd and > 0)
                {
                    // "according to the Institute for Water, Soil and Climate,": the comma list is inside the name.
                    count += listEnd - k;
                    k = listEnd;
                    continue;
                }

                break;
            }

            if (t.Kind == TokenKind.Possessive)
            {
                k++;
                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                break;
            }

            var w = t.Text(text);
            if (!t.IsCapitalized && !t.Is(TokenFlags.Numeric))
            {
                if (k > start && IsSpeechEventAdjunct(k))
                {
                    // "by Lena Marsh in an interview with Vantage": how she spoke, not who she is.
                    break;
                }

                if (k > start && k + 1 < end && w is "on" or "in" or "at" or "during" && tokens[k + 1].IsWord
                    && (IsWeekday(tokens[k + 1].Text(text)) || WordLists.TimeWords.Contains(tokens[k + 1].Text(text))))
                {
                    // "by the committee on Wednesday": a time, not part of the name.
                    break;
                }

                if (IsAndBetweenNames(k) || (k > start && IsParticleInName(k, start)) || (WordLists.InnerPrepositions.Contains(w) && k > start && !IsWord(k, "to")))
                {
                    k++;
                    count++;
                    continue;
                }

                if (k > start && k + 1 < end && (tokens[k + 1].Is(TokenFlags.Numeric) || (k + 2 < end && tokens[k + 2].Is(TokenFlags.Numeric)))
                    && ((IsAfterInnerPreposition(k) && (WordLists.QuantityAdverbs.Contains(w) || (tokens[k + 1].IsWord && WordLists.IsQuantityPair(w, tokens[k + 1].Text(text)))))
                        || (IsAfterInnerPreposition(k - 1) && tokens[k - 1].IsWord && WordLists.IsQuantityPair(tokens[k - 1].Text(text), w))))
                {
                    // "a study of more than 100,000 adults", "a survey of over 2,000 voters": the words rounding a
                    // number after a preposition are inside the phrase; after a name ("the ministry over 300 ...") the
                    // content has begun.
                    k++;
                    count++;
                    continue;
                }

                var possessiveAfterNoun = k > start && w is "his" or "her" or "their" or "its" or "our" or "my"
                    && !(tokens[k - 1].IsWord && WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)));
                // After a determiner or a possessor an -ing or -ed word is an adjective: "the upcoming election", "the
                // ruling party", "the council's planning committee".
                var afterDeterminer = k > start && ((tokens[k - 1].IsWord && WordLists.Determiners.Contains(tokens[k - 1].Text(text)))
                    || tokens[k - 1].Kind == TokenKind.Possessive || IsAdjectivalOnly(k - 1, start));
                // "one of them", "two of us": the pronoun completes a partitive.
                var partitivePronoun = w is "them" or "us" && k - 2 >= start && IsWord(k - 1, "of") && tokens[k - 2].IsWord
                    && (WordLists.NumberWords.Contains(tokens[k - 2].Text(text)) || tokens[k - 2].Text(text) is "one" or "One" or "another" or "Another");
                if (partitivePronoun)
                {
                    k++;
                    count++;
                    break;
                }

                if (k > start && !afterDeterminer && k + 1 < end && IsBaseVerbAfterPlural(k - 1, k, reporting: true) && tokens[k + 1].IsWord
                    && (tokens[k + 1].Text(text) is "that" || WordLists.Pronouns.Contains(tokens[k + 1].Text(text))
                        || WordLists.Determiners.Contains(tokens[k + 1].Text(text))))
                {
                    // "but opponents warn it will hurt shops": a plural's base-form verb before its clause ends the phrase.
                    break;
                }

                if ((WordLists.NounPhraseStops.Contains(w) && !IsAdjectivalOnly(k, start)) || IsAdverb(w)
                    || (count > 0 && !afterDeterminer && ((LooksVerbal(w) && !IsIngNounAtPhraseEnd(k, end) && !IsIngNounModifier(k, end)) || WordLists.IrregularPast.Contains(w) || IsSameFormPastWithObject(k, end)))
                    || (k > start && WordLists.Pronouns.Contains(w)) || possessiveAfterNoun)
                {
                    if (!(k == start && WordLists.Pronouns.Contains(w)))
                    {
                        break;
                    }
                }
            }

            k++;
            count++;
        }

        while (k > start && tokens[k - 1].IsWord && WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)))
        {
            k--;
        }

        if (k <= start)
        {
            return default;
        }

        var head = new TokenRange(start, k);
        if (tokens[start].IsWord && (WordLists.TimeWords.Contains(tokens[start].Text(text)) || IsWeekday(tokens[start].Text(text))) && k - start == 1)
        {
            // "said Tuesday" is a date, not a source.
            return default;
        }

        var fullEnd = k;
        if (k + 1 < end && IsPunct(k, ',') && HeadsPersonRole(head) && NameAppositionEnd(k + 1, end) is var nameEnd and > 0)
        {
            // "said the EU commissioner for energy, Tomas Veld": the name after the role is the source's head.
            head = new TokenRange(k + 1, nameEnd);
            fullEnd = nameEnd;
        }

        // "said Per Olsen, the party's spokesman, in a post on social media": how the source spoke is no aside on them.
        for (var hops = 0; hops < 2 && fullEnd + 1 < end && IsPunct(fullEnd, ',') && !IsSpeechEventAdjunct(fullEnd + 1)
            && (IsAppositionStart(fullEnd + 1) || IsRoleSegment(fullEnd + 1, end) || IsOriginAside(fullEnd + 1, end)); hops++)
        {
            // Chained appositions: "Tim Hess, a developer in Virginia, who introduced him to bankers".
            var j = fullEnd + 1;
            while (j < end && j < fullEnd + MaxApposition && !IsPunct(j, ',') && !IsSentenceEnd(j) && tokens[j].Kind != TokenKind.Quote
                && !IsPunct(j, ';'))
            {
                j++;
            }

            if ((j >= end || !IsPunct(j, ',')) && tokens[fullEnd + 1].IsWord && !tokens[fullEnd + 1].IsCapitalized
                && LooksVerbal(tokens[fullEnd + 1].Text(text)))
            {
                // "its chief economist, David Iwu, warned that …": a participle that no comma closes is the predicate.
                break;
            }

            fullEnd = j;
        }

        return new SourceMention(head, new TokenRange(start, fullEnd));
    }

    /// <summary>"a small farming village", "the local shipping firm": an -ing noun of a trade before the noun it modifies.</summary>
    private bool IsIngNounModifier(int k, int end) =>
        WordLists.IngNouns.Contains(tokens[k].Text(text)) && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
        && !WordLists.NounPhraseStops.Contains(tokens[k + 1].Text(text)) && !LooksVerbal(tokens[k + 1].Text(text));

    /// <summary>
    /// "told a congressional hearing last week", "the cost of housing.": an -ing noun that closes the phrase (before
    /// punctuation, a time word or a preposition) is its head, not a verb.
    /// </summary>
    internal bool IsIngNounAtPhraseEnd(int k, int end) =>
        WordLists.IngNouns.Contains(tokens[k].Text(text))
        && (k + 1 >= end || tokens[k + 1].Kind == TokenKind.Punct
            || (tokens[k + 1].IsWord && (WordLists.TimeWords.Contains(tokens[k + 1].Text(text)) || WordLists.InnerPrepositions.Contains(tokens[k + 1].Text(text)))));
}
