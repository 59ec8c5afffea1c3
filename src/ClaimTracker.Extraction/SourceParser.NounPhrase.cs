using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Walking back over a noun phrase: where it starts, which words may sit inside it and which end it.</summary>
internal sealed partial class SourceParser
{
    /// <summary>Prepositions written capitalized between two capitalized words inside a body's name: "Doctors Without Borders".</summary>
    private static readonly WordSet NamePrepositions = new("Without", "Beyond", "Under", "Over", "Between", "Across", "Against");

    /// <summary>A person's name holds no such preposition: "Reporters Without Frontiers" is a body.</summary>
    internal bool HasNamePreposition(TokenRange run)
    {
        for (var k = run.First + 1; k < run.End - 1; k++)
        {
            if (IsPrepositionInName(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Parents Against Pylons": a preposition written capitalized between two capitalized words is inside a name.</summary>
    internal bool IsPrepositionInName(int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].IsWord && NamePrepositions.Contains(tokens[k].Text(text))
        && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;

    /// <summary>Function words that are also given names: "Will Hart", "May Lindqvist", "Per Aune".</summary>
    private static readonly WordSet NameHomographs = new("Will", "May", "Per");

    /// <summary>
    /// "Their economist, Will Hart, said": inside a sentence a modal or preposition is written lowercase, so one written
    /// capitalized after a comma or a lowercase word, and followed by a capitalized word, opens a person's name.
    /// </summary>
    internal bool IsGivenNameHomograph(int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized && !tokens[k].InQuote
        && NameHomographs.Contains(tokens[k].Text(text)) && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized
        && !WordLists.NounPhraseStops.Contains(tokens[k + 1].Text(text)) && !WordLists.Pronouns.Contains(tokens[k + 1].Text(text))
        && (IsPunct(k - 1, ',') || (tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized && !tokens[k - 1].InQuote));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TokenRange ParseNounPhraseBackward(int i, int limit)
    {
        var end = i + 1;
        var k = i;
        var count = 0;
        while (k >= limit && count < MaxPhrase)
        {
            var t = tokens[k];
            if (t.InQuote || t.Kind == TokenKind.Quote)
            {
                break;
            }

            if (t.Kind == TokenKind.Possessive)
            {
                if (k == i)
                {
                    return TokenRange.Empty;
                }

                k--;
                continue;
            }

            if (t.Kind == TokenKind.Punct)
            {
                if (IsPunct(k, ')'))
                {
                    var open = FindBackward(k, limit, '(', 8);
                    if (open < 0)
                    {
                        break;
                    }

                    k = open - 1;
                    count++;
                    continue;
                }

                if (IsAbbreviationPeriod(k))
                {
                    k--;
                    continue;
                }

                if (IsPunct(k, '%') && k - 1 >= limit && tokens[k - 1].Is(TokenFlags.Numeric))
                {
                    // "60% of voters": the sign is the number's unit, inside the phrase.
                    k--;
                    continue;
                }

                if (IsAmpersandInName(k) && k < i)
                {
                    k--;
                    count++;
                    continue;
                }

                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                break;
            }

            var w = t.Text(text);
            if (k < i && k - 1 >= limit && tokens[k - 1].IsWord && WordLists.IsQuantityPair(tokens[k - 1].Text(text), w) && IsNumber(k + 1))
            {
                if (k - 2 >= limit && tokens[k - 2].IsWord && WordLists.InnerPrepositions.Contains(tokens[k - 2].Text(text)))
                {
                    // "a review of more than 300 studies": inside a complement the pair rounds the complement's number.
                    k -= 2;
                    count += 2;
                    continue;
                }

                // "at least 40 doctors", "up to 200 workers": the pair rounds the number; the phrase resumes after it.
                break;
            }

            if (!t.IsCapitalized && !t.Is(TokenFlags.Numeric))
            {
                if (IsAndBetweenNames(k) || IsObjectOfInnerPreposition(k, limit) || IsNominalTo(k, limit) || IsParticleInName(k, limit)
                    || (k < i && (IsAndInsideComplement(k, limit) || IsAndJoiningClauseInitialNouns(k, limit) || IsNegatedPostmodifier(k, limit)
                        || IsInsidePermissionInfinitive(k, limit))))
                {
                    k--;
                    count++;
                    continue;
                }

                if (k < i && IsTimePrepositionAfterClauseInitialSource(k, limit))
                {
                    k--;
                    count++;
                    continue;
                }

                if (k < i && WordLists.ContentLabels.Contains(w) && tokens[k + 1].IsCapitalized)
                {
                    // "a charge Iran denies", "a claim Moscow rejects": the label is the object, the name the subject.
                    break;
                }

                if (k < i && k - 1 >= limit && (IsNumber(k - 1) || IsWord(k - 1, "one"))
                    && ((IsWord(k, "per") && IsWord(k + 1, "cent")) || (IsWord(k, "out") && IsWord(k + 1, "of") && k + 2 <= i && IsNumber(k + 2))))
                {
                    // "60 per cent of voters", "three out of four": the words of a share.
                    k--;
                    count++;
                    continue;
                }

                if (k < i && IsAdjectivalOnly(k, limit))
                {
                    k--;
                    count++;
                    continue;
                }

                if (WordLists.NounPhraseStops.Contains(w) || IsAdverb(w) || WordLists.Pronouns.Contains(w)
                    || (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && !w.Contains('-') && !WordLists.SourceNouns.Contains(w) && !OpensPhrase(k, limit))
                    || (k < i && IsFiniteVerbAfterSubject(k, limit)))
                {
                    break;
                }
            }
            else if (count > 0 && WordLists.NounPhraseStops.Contains(w) && !WordLists.Determiners.Contains(w)
                && !(k - 1 >= limit && IsPrepositionInName(k)) && !IsGivenNameHomograph(k))
            {
                // A capitalized function word ("But", "When") opens the clause, it is not part of the name.
                break;
            }

            k--;
            count++;

            // A determiner opens its phrase: "an accusation the Lebanese group denied" holds two phrases.
            if (t.IsWord && WordLists.Determiners.Contains(w) && k >= limit && tokens[k].IsWord && !tokens[k].IsCapitalized
                && !WordLists.InnerPrepositions.Contains(tokens[k].Text(text)) && !IsWord(k, "and") && !WordLists.Determiners.Contains(tokens[k].Text(text))
                && !IsTimePrepositionAfterClauseInitialSource(k, limit) && !(k - 1 >= limit && IsInsidePermissionInfinitive(k - 1, limit)))
            {
                break;
            }
        }

        if (count >= MaxPhrase)
        {
            return TokenRange.Empty;
        }

        var start = k + 1;
        while (start < end && (tokens[start].Kind != TokenKind.Word || WordLists.InnerPrepositions.Contains(tokens[start].Text(text))
            || IsWord(start, "and")))
        {
            start++;
        }

        if (start >= end)
        {
            return TokenRange.Empty;
        }

        var lastWord = tokens[end - 1];
        if (lastWord.IsWord && WordLists.InnerPrepositions.Contains(lastWord.Text(text)))
        {
            return TokenRange.Empty;
        }

        return new TokenRange(QuantityPrefixStart(start, limit), end);
    }

    private static readonly WordSet SingularDeterminers = new("a", "an", "another", "every", "each");

    /// <summary>Words after "a" that make a plural fit: "a few", "a dozen", "a number of", "a handful".</summary>
    private static readonly WordSet PluralQuantifiers = new("few", "dozen", "couple", "handful", "lot", "number", "host", "score", "hundred",
        "thousand", "million", "further", "good", "great", "whole", "total", "majority", "minority");

    /// <summary>Nouns ending in -s that are singular or uncountable: "a news agency", "a series".</summary>
    private static readonly WordSet SingularInS = new("news", "series", "species", "means", "headquarters", "politics", "economics", "physics",
        "crossroads", "whereabouts", "lens", "bus", "gas", "chaos", "analysis", "thesis", "diagnosis", "basis", "status", "census", "campus",
        "virus", "consensus", "bonus", "focus", "corpus", "canvas", "atlas", "alias");

    /// <summary>
    /// "a trend pollsters": a singular determiner, singular nouns and a plural noun, with no preposition between, cannot
    /// be one phrase; the plural is a source after an antecedent whose relative word is left out.
    /// </summary>
    internal bool IsSingularDeterminerBeforePlural(int start, int end)
    {
        if (end - start < 3 || !tokens[start].IsWord || !SingularDeterminers.Contains(tokens[start].Text(text)))
        {
            return false;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Is(TokenFlags.Numeric) || WordLists.InnerPrepositions.Contains(tokens[k].Text(text))
                || (k == start + 1 && PluralQuantifiers.Contains(tokens[k].Text(text))))
            {
                return false;
            }
        }

        var head = tokens[end - 1].Text(text);
        var before = tokens[end - 2].Text(text);
        return IsPluralForm(head) && !IsPluralForm(before) && !before.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool IsPluralForm(ReadOnlySpan<char> w) =>
        w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && !SingularInS.Contains(w);

    /// <summary>
    /// The end of a share opening at <paramref name="start"/>: "60 per cent", "60%", "three in four", "one out of five";
    /// else -1. A share of those asked stands for people, as a plain number does not.
    /// </summary>
    internal int ProportionEnd(int start, int end)
    {
        var k = start < end && tokens[start].IsWord && WordLists.QuantityAdverbs.Contains(tokens[start].Text(text)) ? start + 1 : start;
        if (k + 1 >= end || !(IsNumber(k) || IsWord(k, "one")))
        {
            return -1;
        }

        k++;
        if (IsPunct(k, '%') || IsWord(k, "percent"))
        {
            return k + 1;
        }

        if (k + 1 < end && ((IsWord(k, "per") && IsWord(k + 1, "cent")) || (IsWord(k, "in") && IsNumber(k + 1))))
        {
            return k + 2;
        }

        return k + 2 < end && IsWord(k, "out") && IsWord(k + 1, "of") && IsNumber(k + 2) ? k + 3 : -1;
    }

    private bool IsNumber(int k) => tokens[k].Is(TokenFlags.Numeric) || (tokens[k].IsWord && WordLists.NumberWords.Contains(tokens[k].Text(text)));

    /// <summary>"More than 100 economists", "at least 40 doctors", "nearly 300 residents": the words before a number.</summary>
    private int QuantityPrefixStart(int number, int limit)
    {
        // "About a third of voters", "nearly a quarter of the crew", "about one in ten nurses": "a" with a share, and
        // "one", count as a number does.
        if (!IsNumber(number) && !IsShareArticle(number) && !IsWord(number, "one"))
        {
            return number;
        }

        if (number - 2 >= limit && tokens[number - 2].IsWord && tokens[number - 1].IsWord
            && WordLists.IsQuantityPair(tokens[number - 2].Text(text), tokens[number - 1].Text(text)))
        {
            return number - 2;
        }

        return number - 1 >= limit && tokens[number - 1].IsWord && WordLists.QuantityAdverbs.Contains(tokens[number - 1].Text(text)) ? number - 1 : number;
    }

    /// <summary>
    /// "the town's only clinic", "its only working hospital": "only" between a determiner or possessor and the noun is an
    /// adjective ("sole"), not the adverb that stops a phrase.
    /// </summary>
    private bool IsAdjectivalOnly(int k, int limit) =>
        tokens[k].Length == 4 && IsWord(k, "only") && k - 1 >= limit && ((tokens[k - 1].IsWord && OnlyAsAdjectiveAfter.Contains(tokens[k - 1].Text(text)))
            || tokens[k - 1].Kind == TokenKind.Possessive);

    private static readonly WordSet OnlyAsAdjectiveAfter = new("the", "its", "his", "her", "their", "our", "my");

    /// <summary>
    /// An -ing word is a modifier inside the phrase ("the upcoming election", "where restructuring experts say")
    /// unless a preposition governs it ("calling for establishing permanent bases"). A preposition that follows a
    /// source noun opens that noun's complement, where the -ing word modifies the noun after it ("officials from
    /// neighbouring countries", "residents of surrounding villages").
    /// </summary>
    private bool OpensPhrase(int k, int limit)
    {
        if (k - 1 < limit)
        {
            return true;
        }

        var before = tokens[k - 1];
        if (!(before.IsWord && WordLists.InnerPrepositions.Contains(before.Text(text))))
        {
            return true;
        }

        return k - 2 >= limit && tokens[k - 2].IsWord && WordLists.IsSourceNoun(tokens[k - 2].Text(text));
    }

    /// <summary>"Voters doubted the governor": an -ed word right after a name or plural noun is a verb, not an adjective.</summary>
    private bool IsFiniteVerbAfterSubject(int k, int limit)
    {
        var w = tokens[k].Text(text);
        if (WordLists.PastOnly.Contains(w) && k - 1 >= limit && tokens[k - 1].IsWord)
        {
            // "Okafor's remarks drew criticism from Harper, who ...": a past-only form ends the clause's subject.
            return true;
        }

        if (!w.EndsWith("ed", StringComparison.Ordinal) || w.Length < 5 || w.Contains('-') || WordLists.SourceNouns.Contains(w) || k - 1 < limit)
        {
            return false;
        }

        if (k + 1 < tokens.Count && (IsWord(k + 1, "by") || (IsWord(k + 1, "to") && WordLists.PermissionParticiples.Contains(w))))
        {
            // "economists polled by Reuters said", "officials authorised to speak for the ministry said": a participle
            // with its agent, or a permission with its infinitive, modifies the noun.
            return false;
        }

        var before = tokens[k - 1];
        if (!before.IsWord)
        {
            return false;
        }

        var b = before.Text(text);
        return before.IsCapitalized && !WordLists.Determiners.Contains(b) || WordLists.Pronouns.Contains(b)
            || (b.Length > 3 && b.EndsWith('s') && !b.EndsWith("ss", StringComparison.Ordinal) && !WordLists.Determiners.Contains(b));
    }

    private bool IsModifier(int i)
    {
        var t = tokens[i];
        if (!t.IsWord || t.InQuote)
        {
            return false;
        }

        var w = t.Text(text);
        if (WordLists.TimeWords.Contains(w) && !t.IsCapitalized)
        {
            return true;
        }

        if (WordLists.TimeWords.Contains(w) && i > 0 && (tokens[i - 1].IsCapitalized || WordLists.TimeWords.Contains(tokens[i - 1].Text(text))))
        {
            // "Israel last week called on", "Brenner Thursday said": a time adverbial after a name.
            return !(t.IsCapitalized && !IsWeekday(w));
        }

        // "Doctors there say", "Officials here said": a place adverb after the subject's noun.
        return !t.IsCapitalized && (WordLists.VerbModifiers.Contains(w) || IsAdverb(w) || w is "there" or "here");
    }

    private static bool IsWeekday(ReadOnlySpan<char> w) => w.EndsWith("day", StringComparison.Ordinal) && w.Length >= 6;

    private static bool IsAdverb(ReadOnlySpan<char> w) =>
        w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !WordLists.SourceNouns.Contains(w) && !WordLists.LyNonAdverbs.Contains(w);

    internal static bool LooksVerbal(ReadOnlySpan<char> w) =>
        !WordLists.SourceNouns.Contains(w) && !w.Contains('-') && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// "The airline cut 400 jobs", "The union set a deadline": a past spelt as its base, after the subject's first word
    /// and before its own object, is the verb; "the cut" or "a set" after a determiner is not asked about.
    /// </summary>
    private bool IsSameFormPastWithObject(int k, int end) =>
        WordLists.SameFormPasts.Contains(tokens[k].Text(text)) && k + 1 < end && !tokens[k + 1].InQuote
        && (tokens[k + 1].Is(TokenFlags.Numeric) || tokens[k + 1].IsWord);

    /// <summary>
    /// "advisers to Mr. Obama", "people close to the governor": "to" completing a source noun or such an adjective;
    /// "executives to manage" is an infinitive, so what follows "to" must open a noun phrase.
    /// </summary>
    private bool IsNominalTo(int k, int limit) =>
        IsWord(k, "to") && k - 1 >= limit && k + 1 < tokens.Count && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && tokens[k + 1].IsWord
        && (((WordLists.SourceNouns.Contains(tokens[k - 1].Text(text)) || WordLists.PostnominalAdjectives.Contains(tokens[k - 1].Text(text))
                    || IsDeterminedAgentNoun(k - 1, limit))
                && (tokens[k + 1].IsCapitalized || WordLists.Determiners.Contains(tokens[k + 1].Text(text)) || WordLists.ObjectPronouns.Contains(tokens[k + 1].Text(text))))
            // "the rapporteur on the right to water": a noun whose complement is "to" and a noun.
            || (WordLists.NounsTakingTo.Contains(tokens[k - 1].Text(text)) && !WordLists.NounPhraseStops.Contains(tokens[k + 1].Text(text))));

    /// <summary>"A supplier to the firm", "a donor to the party": an agent noun right after its article takes "to" as its complement.</summary>
    private bool IsDeterminedAgentNoun(int k, int limit)
    {
        var w = tokens[k].Text(text);
        return k - 1 >= limit && !tokens[k].IsCapitalized && w.Length > 4 && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal))
            && tokens[k - 1].IsWord && tokens[k - 1].Text(text) is "a" or "A" or "an" or "An" or "the" or "The";
    }

    /// <summary>
    /// "Scientists not involved in the study said", "officials not authorised to speak publicly": "not" between a
    /// source noun and the participle or adjective that modifies it negates the modifier, not a verb, so the phrase
    /// goes on past it.
    /// </summary>
    private bool IsNegatedPostmodifier(int k, int limit)
    {
        if (!IsWord(k, "not") || k - 1 < limit || k + 1 >= tokens.Count || !tokens[k - 1].IsWord || !tokens[k + 1].IsWord
            || tokens[k + 1].IsCapitalized || !WordLists.IsSourceNoun(tokens[k - 1].Text(text)))
        {
            return false;
        }

        var w = tokens[k + 1].Text(text);
        return WordLists.PostnominalAdjectives.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || WordLists.IrregularPast.Contains(w);
    }

    /// <summary>Where a negated modifier ("not involved in the study") starts inside <paramref name="phrase"/>, else -1.</summary>
    internal int NegatedPostmodifierStart(TokenRange phrase)
    {
        for (var k = phrase.First + 1; k < phrase.End - 1; k++)
        {
            if (IsNegatedPostmodifier(k, phrase.First))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "officials not authorised to speak publicly", "a diplomat allowed to discuss the talks": inside a permission's
    /// infinitive, "to" after the participle and an adverb closing the infinitive's verb stay in the phrase.
    /// </summary>
    private bool IsInsidePermissionInfinitive(int k, int limit)
    {
        if (IsWord(k, "to"))
        {
            return k - 1 >= limit && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
                && tokens[k - 1].IsWord && WordLists.PermissionParticiples.Contains(tokens[k - 1].Text(text));
        }

        return k - 2 >= limit && IsAdverb(tokens[k].Text(text)) && tokens[k - 1].IsWord && IsInsidePermissionInfinitive(k - 2, limit);
    }

    /// <summary>"Those close to him say": an object pronoun right after an inner preposition stays in the phrase.</summary>
    private bool IsObjectOfInnerPreposition(int k, int limit) =>
        k - 1 >= limit && WordLists.ObjectPronouns.Contains(tokens[k].Text(text)) && tokens[k - 1].IsWord
        && WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text));

    /// <summary>
    /// "Experts on trade and farm policy said": "and" joins the objects of a preposition inside the phrase when that
    /// preposition, with a head noun before it, is at most three plain words back.
    /// </summary>
    private bool IsAndInsideComplement(int k, int limit)
    {
        if (!IsWord(k, "and"))
        {
            return false;
        }

        for (var j = k - 1; j >= limit && j >= k - 4; j--)
        {
            var t = tokens[j];
            if (!t.IsWord || t.InQuote)
            {
                return false;
            }

            var w = t.Text(text);
            if (WordLists.InnerPrepositions.Contains(w))
            {
                return j < k - 1 && j - 1 >= limit && tokens[j - 1].IsWord && !tokens[j - 1].InQuote
                    && !WordLists.NounPhraseStops.Contains(tokens[j - 1].Text(text)) && !LooksVerbal(tokens[j - 1].Text(text));
            }

            if (WordLists.NounPhraseStops.Contains(w) && !WordLists.Determiners.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Exit polls after the election suggest", "A survey during the strike found": a time phrase after a source noun
    /// that opens the clause modifies that noun, so the phrase goes on past it. After a verb ("He left after the report
    /// said") or at the start of the clause ("After the vote officials said") the preposition opens an adverbial.
    /// </summary>
    private bool IsTimePrepositionAfterClauseInitialSource(int k, int limit)
    {
        return tokens[k].IsWord && WordLists.TimePrepositions.Contains(tokens[k].Text(text)) && k - 1 >= limit && tokens[k - 1].IsWord
            && !tokens[k - 1].IsCapitalized && WordLists.IsSourceNoun(tokens[k - 1].Text(text)) && IsClauseInitialNounPhraseBefore(k, limit);
    }

    /// <summary>
    /// "County and city officials said", "Growers and allies in Congress say", "The former governor and
    /// ambassador said": "and" joins two nouns when the first conjunct (at most four words) opens the clause.
    /// "He raised taxes and officials said" is two clauses: a verb stands before "taxes".
    /// </summary>
    private bool IsAndJoiningClauseInitialNouns(int k, int limit) => IsWord(k, "and") && IsClauseInitialNounPhraseBefore(k, limit);

    /// <summary>Whether the one to five plain words before <paramref name="k"/> open their clause and hold no verb.</summary>
    private bool IsClauseInitialNounPhraseBefore(int k, int limit)
    {
        if (k - 1 < limit || !tokens[k - 1].IsWord)
        {
            return false;
        }

        for (var j = k - 1; j >= k - 5; j--)
        {
            if (j < limit)
            {
                return j < k - 1;
            }

            var t = tokens[j];
            if (t.Kind is TokenKind.Punct or TokenKind.Quote)
            {
                return j < k - 1 && (IsPunct(j, ',') || IsPunct(j, ';') || IsPunct(j, ':') || t.Kind == TokenKind.Quote || IsSentenceEnd(j));
            }

            if (!t.IsWord || t.InQuote)
            {
                return false;
            }

            var w = t.Text(text);
            if (j < k - 1 && WordLists.ClauseOpeners.Contains(w) && !IsWord(j, "and"))
            {
                return true;
            }

            if ((WordLists.NounPhraseStops.Contains(w) && !WordLists.Determiners.Contains(w)) || WordLists.Pronouns.Contains(w)
                || (!t.IsCapitalized && (LooksVerbal(w) || WordLists.IrregularPast.Contains(w))) || IsAdverb(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Marks & Spencer", "Fairhurst & Co": prose joins people with "and"; an ampersand between capitalised words
    /// belongs to a firm's name, which stays one name.
    /// </summary>
    private bool IsAmpersandInName(int k) =>
        IsPunct(k, '&') && k > 0 && k + 1 < tokens.Count && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;

    /// <summary>"Pruett and Hale", "Alan Pruett (R-Kan.) and Marcus Hale".</summary>
    private bool IsAndBetweenNames(int k) =>
        (IsWord(k, "and") || IsPunct(k, '&')) && k > 0 && k + 1 < tokens.Count && (tokens[k - 1].IsCapitalized || IsPunct(k - 1, ')'))
        && tokens[k + 1].IsCapitalized;
}
