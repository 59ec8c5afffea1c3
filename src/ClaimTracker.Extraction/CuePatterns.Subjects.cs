namespace ClaimTracker.Extraction;

/// <summary>The subject of a cue: agreement, clause openings, introductory phrases and datelines.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>The pronoun or trailing name of a phrase that does not start its clause; empty when there is none.</summary>
    private SourceMention TrailingName(SourceMention subject)
    {
        var head = subject.Head;
        var last = head.End - 1;
        if (parser.IsPronoun(head) || subject.Full.End != head.End || !tokens[last].IsCapitalized)
        {
            return default;
        }

        var k = last;
        while (k - 1 >= head.First && tokens[k - 1].IsCapitalized)
        {
            k--;
        }

        if (k == head.First || k - 1 < head.First || tokens[k - 1].IsCapitalized || tokens[k - 1].Kind == TokenKind.Possessive
            || !tokens[k - 1].IsWord || WordLists.InnerPrepositions.Contains(tokens[k - 1].Text(text)))
        {
            return default;
        }

        var name = new TokenRange(k, head.End);
        return new SourceMention(name, name);
    }

    /// <summary>
    /// "After the inspection the officials said", "In an interview on Monday the minister said": a short prepositional or
    /// time phrase opens the sentence without its comma, and a determiner after the phrase's last noun starts the subject.
    /// </summary>
    private bool FrontedPhraseWithoutComma(int subjectFirst, int first, bool name = false)
    {
        var determiner = tokens[subjectFirst];
        if (subjectFirst - first < 2 || subjectFirst - first > 10 || !determiner.IsWord || determiner.InQuote
            || !(name ? determiner.IsCapitalized && !tokens[subjectFirst - 1].IsCapitalized : OpensSubjectAfterPhrase(determiner.Text(text)))
            || !tokens[first].IsWord || !WordLists.FrontedPhraseOpeners.Contains(tokens[first].Text(text)))
        {
            return false;
        }

        // The phrase must end in its noun ("the inspection", "on Monday", "in 2019"), not in a word that takes the determiner.
        var last = tokens[subjectFirst - 1];
        if (!(last.IsWord || last.Is(TokenFlags.Numeric)) || last.InQuote)
        {
            return false;
        }

        var lastWord = last.Text(text);
        if (WordLists.InnerPrepositions.Contains(lastWord) || WordLists.Determiners.Contains(lastWord) || WordLists.IntroductoryWords.Contains(lastWord)
            || WordLists.BeForms.Contains(lastWord) || WordLists.Pronouns.Contains(lastWord) || IsAdverbBeforeSubject(subjectFirst - 1))
        {
            return false;
        }

        for (var k = first + 1; k < subjectFirst; k++)
        {
            var tok = tokens[k];
            if (!(tok.IsWord || tok.Is(TokenFlags.Numeric)) || tok.InQuote)
            {
                return false;
            }

            var word = tok.Text(text);
            if (WordLists.BeForms.Contains(word) || WordLists.Modals.Contains(word) || WordLists.HaveForms.Contains(word)
                || WordLists.Pronouns.Contains(word) || (word is "that" && !IsDemonstrativeOfTime(k)) || word is "which" or "who" or "and" or "or" or "but")
            {
                // A finite verb, a relative or a coordination makes the prefix a clause or a list, not an adverbial;
                // "that" before a time noun is a demonstrative ("Later that day the ministry said").
                return false;
            }
        }

        return true;
    }

    /// <summary>"that day", "that week", "that Monday": "that" before a time noun points at a time.</summary>
    private bool IsDemonstrativeOfTime(int k) =>
        k + 1 < tokens.Count && tokens[k + 1].IsWord && (TimeNouns.Contains(tokens[k + 1].Text(text)) || IsWeekdayToken(k + 1));

    /// <summary>
    /// An "-ly" word is an adverb unless it is a name or follows a determiner: "At the rally he said", "In July they said",
    /// "the family said" end in nouns.
    /// </summary>
    private bool IsAdverbBeforeSubject(int k) =>
        !tokens[k].IsCapitalized && tokens[k].Text(text).EndsWith("ly", StringComparison.Ordinal)
        && !(k > 0 && tokens[k - 1].IsWord && WordLists.Determiners.Contains(tokens[k - 1].Text(text)));

    /// <summary>
    /// A determiner, or a personal pronoun that stands as the whole subject: "In the interview she said", "At the hearing
    /// it said". "It" can be an object, but an object ends the phrase before the subject and is never read as its start.
    /// </summary>
    private static bool OpensSubjectAfterPhrase(ReadOnlySpan<char> word) =>
        WordLists.SubjectDeterminers.Contains(word) || WordLists.SubjectPronouns.Contains(word) || word.Equals("it", StringComparison.OrdinalIgnoreCase);

    /// <summary>The subject that starts inside a noun phrase which swallowed a fronted phrase without its comma.</summary>
    private SourceMention? SubjectAfterFrontedPhrase(SourceMention subject, int first)
    {
        if (subject.Full.First < first || subject.Full.End != subject.Head.End || subject.Head.First != subject.Full.First)
        {
            return null;
        }

        for (var k = subject.Head.End - 2; k > subject.Full.First; k--)
        {
            if (FrontedPhraseWithoutComma(k, first))
            {
                var rest = new TokenRange(k, subject.Head.End);
                return new SourceMention(rest, rest);
            }
        }

        return null;
    }

    /// <summary>
    /// "After weeks of delay Okafor announced": a bare name after a fronted phrase without its comma is the subject; the
    /// phrase ends in a lowercase noun, so the capital marks where the name starts.
    /// </summary>
    private SourceMention? NameAfterFrontedPhrase(SourceMention subject, int first)
    {
        var head = subject.Head;
        if (subject.Full.End != head.End || subject.Full.First < first || !tokens[head.End - 1].IsCapitalized)
        {
            return null;
        }

        var k = head.End - 1;
        while (k - 1 > subject.Full.First && tokens[k - 1].IsCapitalized && tokens[k - 1].IsWord)
        {
            k--;
        }

        if (k <= subject.Full.First || !tokens[k - 1].IsWord || tokens[k - 1].IsCapitalized || !FrontedPhraseWithoutComma(k, first, name: true))
        {
            return null;
        }

        var name = new TokenRange(k, head.End);
        return new SourceMention(name, name);
    }

    /// <summary>
    /// The sentence-opening noun phrase before a stray comma and a perfect auxiliary: "The company, has said that".
    /// Only "has/have/had" + participle, so an inverted aside ("The plan, said the minister, was dead") is not read so.
    /// </summary>
    private SourceMention? StrayCommaSubject(int verb, int first)
    {
        var aux = verb - 1;
        var comma = verb - 2;
        if (comma - first < 1 || comma - first > 5 || !tokens[aux].IsWord || !WordLists.HaveForms.Contains(tokens[aux].Text(text))
            || tokens[aux].Text(text).Contains('\'') || tokens[aux].Text(text).Contains('\u2019') || !IsPunct(comma, ',') || tokens[comma].InQuote)
        {
            return null;
        }

        var opener = tokens[first];
        if (!opener.IsWord || WordLists.IntroductoryWords.Contains(opener.Text(text))
            || !(opener.IsCapitalized || WordLists.SubjectDeterminers.Contains(opener.Text(text))))
        {
            return null;
        }

        for (var k = first; k < comma; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote || WordLists.BeForms.Contains(tokens[k].Text(text))
                || WordLists.HaveForms.Contains(tokens[k].Text(text)) || WordLists.Pronouns.Contains(tokens[k].Text(text)))
            {
                return null;
            }
        }

        var range = new TokenRange(first, comma);
        return parser.IsPlausibleSource(range, allowPronoun: false) ? new SourceMention(range, range) : null;
    }

    /// <summary>A subject must open its clause: "it pledged" inside "the target it pledged to reach" is a relative clause.</summary>
    private bool StartsClause(int subjectFirst, int first)
    {
        var b = subjectFirst - 1;
        while (b >= first && b >= subjectFirst - 3 && tokens[b].IsWord && WordLists.TimeWords.Contains(tokens[b].Text(text)))
        {
            // "Last week Okafor said": a time adverbial may open the clause before its subject.
            b--;
        }

        if (b < first)
        {
            return true;
        }

        var tok = tokens[b];
        if (tok.Kind is TokenKind.Punct or TokenKind.Quote or TokenKind.Symbol)
        {
            return true;
        }

        if (tok.IsCapitalized && tokens[subjectFirst].IsWord && WordLists.Pronouns.Contains(tokens[subjectFirst].Text(text))
            && !tokens[subjectFirst].Text(text).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            // "... in an interview with the network RT he blasted": a pronoun after a name starts a clause.
            return true;
        }

        return tok.IsWord && WordLists.ClauseOpeners.Contains(tok.Text(text));
    }

    /// <summary>
    /// Subject-verb agreement separates verbs from look-alike nouns: "officials say" / "Iran says" are cues,
    /// "battleground state Florida" and "tremendous support" are not.
    /// </summary>
    private bool Agrees(VerbHit hit, TokenRange subject, int verb)
    {
        if (hit.Form is not (VerbForm.Base or VerbForm.ThirdPerson))
        {
            return true;
        }

        var plural = IsPluralSubject(subject);
        if (hit.Form == VerbForm.ThirdPerson)
        {
            // "media reports", "data claims": after a noun of either number an -s form that is also a plural noun
            // makes a compound ("which media reports range from …"), so only a plain verb ("State media says") agrees.
            return plural == false || (plural is null && !(EndsInEitherNumber(subject) && WordLists.NounlikeReportingLemmas.Contains(hit.Entry.Lemma)));
        }

        if (plural != false)
        {
            return true;
        }

        // Base form after an auxiliary: "did not say", "will argue".
        for (var k = subject.End; k < verb; k++)
        {
            if (tokens[k].IsWord && WordLists.Auxiliaries.Contains(tokens[k].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsInEitherNumber(TokenRange subject) => !subject.IsEmpty && EitherNumber.Contains(tokens[subject.End - 1].Text(text));

    private static readonly WordSet EitherNumber = new("media", "data", "staff", "public", "majority", "military", "personnel", "clergy");

    /// <summary>"fishermen", "policemen", "women": plurals in -men ("specimen", "regimen", "abdomen" are singular).</summary>
    private static bool IsMenPlural(ReadOnlySpan<char> w) =>
        w.EndsWith("men", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("imen", StringComparison.OrdinalIgnoreCase)
        && !w.EndsWith("omen", StringComparison.OrdinalIgnoreCase) || w.EndsWith("women", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when plural, false when singular, null when a name ending in s leaves it open.</summary>
    private bool? IsPluralSubject(TokenRange subject)
    {
        // Only a coordination of heads counts: "The Energy Research Center at the Marlow Institute and Fenwick" is one center.
        for (var k = subject.First; k < subject.End; k++)
        {
            if (k > subject.First && tokens[k].IsWord && WordLists.InnerPrepositions.Contains(tokens[k].Text(text)))
            {
                break;
            }

            if (IsWord(k, "and") || IsPunct(k, '&'))
            {
                return true;
            }
        }

        // The head is the last word before a complement: "advisers to Mr. Obama", "supporters in Congress".
        var head = subject.End - 1;
        for (var k = subject.First + 1; k < subject.End; k++)
        {
            // "Exit polls after the vote": a time phrase inside the subject post-modifies its noun too.
            if (tokens[k].IsWord && (WordLists.InnerPrepositions.Contains(tokens[k].Text(text)) || WordLists.TimePrepositions.Contains(tokens[k].Text(text))))
            {
                head = k - 1;
                break;
            }

            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.HandlingParticiples.Contains(tokens[k].Text(text)))
            {
                // "Figures released by the statistics office", "a letter signed by 40 scientists": the participle
                // phrase modifies the noun before it.
                head = k - 1;
                break;
            }
        }

        while (head > subject.First && !tokens[head].IsWord)
        {
            head--;
        }

        if (head > subject.First && WordLists.PostnominalAdjectives.Contains(tokens[head].Text(text)))
        {
            // "People close to the governor", "those familiar with the talks": the noun before the adjective heads it.
            head--;
        }
        else if (head > subject.First && !tokens[head].IsCapitalized && tokens[head - 1].IsWord && tokens[head].Text(text) is { Length: > 4 } participle
            && (participle.EndsWith("ed", StringComparison.Ordinal) || WordLists.HandlingParticiples.Contains(participle)
                || WordLists.IrregularPast.Contains(participle)))
        {
            // "Residents evacuated say", "The two men charged insist": a participle after its noun leaves the noun as head.
            head--;
        }

        var w = tokens[head].Text(text);
        if (WordLists.PluralPronouns.Contains(w))
        {
            return true;
        }

        if (WordLists.Pronouns.Contains(w))
        {
            return false;
        }

        if (EitherNumber.Contains(w))
        {
            // "State media says", "The data show": nouns that news writes with either agreement.
            return null;
        }

        var dash = w.IndexOf('-');
        if (WordLists.CollectivePlurals.Contains(w) || tokens[head].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(w) || IsMenPlural(w)
            || (dash > 0 && WordLists.NumberWords.Contains(w[..dash])))
        {
            return true;
        }

        var endsInS = w.Length > 2 && (w[^1] == 's' || w[^1] == 'S') && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !w.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("is", StringComparison.OrdinalIgnoreCase);
        if (tokens[head].IsCapitalized)
        {
            // "Analysts", "Officials" opening the sentence are the plural nouns they are in mid-sentence; "Jones" may be
            // a name.
            return !endsInS ? false : head == subject.First && WordLists.IsSourceNoun(w) ? true : null;
        }

        return endsInS || WordLists.CollectivePlurals.Contains(w);
    }

    /// <summary>"During his years in office, Obama said" / "As for RT, he said": an adverbial, not content.</summary>
    private bool IsIntroductoryPhrase(int first, int before)
    {
        if (!tokens[first].IsWord || !WordLists.IntroductoryWords.Contains(tokens[first].Text(text)) || CountWords(first, before) > 12)
        {
            return false;
        }

        if (IsWord(first, "this") && first + 1 < before && tokens[first + 1].IsWord && (WordLists.BeForms.Contains(tokens[first + 1].Text(text))
            || WordLists.Modals.Contains(tokens[first + 1].Text(text)) || WordLists.HaveForms.Contains(tokens[first + 1].Text(text))))
        {
            // "This is the same lead, said X": a demonstrative subject with its verb is a clause, not "This week, X said".
            return false;
        }

        if (QuantityPrefixEnd(first, before) > first)
        {
            // "At least 40 people were killed, officials said", "About 200 people attended, police said": a quantity
            // opens the subject, not an adverbial.
            return false;
        }

        for (var k = first; k < before; k++)
        {
            if ((IsPunct(k, ',') && !tokens[k].InQuote) || (tokens[k].InQuote && k == first + 1))
            {
                return false;
            }

            if (k > first + 1 && tokens[k].IsWord && !tokens[k].InQuote && (tokens[k].Text(text) is "is" or "was" or "were" or "are"
                || WordLists.Modals.Contains(tokens[k].Text(text)) || WordLists.HaveForms.Contains(tokens[k].Text(text))))
            {
                // "In the north, houses were flattened" without its comma, "Earlier reports have been revised": a finite
                // verb makes the prefix a clause.
                return false;
            }
        }

        return true;
    }

    /// <summary>"ROME (Reuters) - ..." / "WASHINGTON ― ...": a dateline is not part of any claim's content.</summary>
    private int SkipDateline(int first, int end)
    {
        if (OutletDatelineEnd(first, end) is var outlet and > 0)
        {
            return outlet;
        }

        var k = first;
        var capsWords = 0;
        while (k < end && k < first + 10)
        {
            var tok = tokens[k];
            if (tok.IsWord && IsAllCaps(k, k + 1) && tok.Length >= 2)
            {
                capsWords++;
            }
            else if (tok.IsPunct(text, '('))
            {
                while (k < end && k < first + 10 && !IsPunct(k, ')'))
                {
                    k++;
                }
            }
            else if (!IsPunct(k, ',') && !IsPunct(k, '.') && !tok.IsCapitalized && !tok.Is(TokenFlags.Numeric))
            {
                break;
            }

            k++;
        }

        if (capsWords == 0 || k >= end || tokens[k].Kind != TokenKind.Punct || !(IsPunct(k, '-') || IsPunct(k, '\u2014') || IsPunct(k, '\u2013') || IsPunct(k, '\u2015')))
        {
            return first;
        }

        return k + 1 < end ? k + 1 : first;
    }

    /// <summary>
    /// "Kyiv, Ukraine (CNN) Ukrainian officials said": capitalized place words, then an all-caps outlet in parentheses
    /// with no dash after it; the text starts after the parenthesis. -1 when the unit does not open that way.
    /// </summary>
    private int OutletDatelineEnd(int first, int end)
    {
        for (var k = first; k < end && k < first + 6; k++)
        {
            if (IsPunct(k, '('))
            {
                var close = k + 1;
                while (close < end && close < k + 4 && tokens[close].IsWord && IsAllCaps(close, close + 1))
                {
                    close++;
                }

                // An outlet is a short all-caps word ("CNN", "AP"): "(D)" after a name is a party, "(NATO)" follows "The ...".
                return k > first && close == k + 2 && tokens[k + 1].Length is >= 2 and <= 5 && close + 1 < end && IsPunct(close, ')')
                    && tokens[close + 1].IsCapitalized ? close + 1 : -1;
            }

            if (!(tokens[k].IsCapitalized || IsPunct(k, ',')) || (tokens[k].IsWord && WordLists.Determiners.Contains(tokens[k].Text(text)))
                || (tokens[k].IsWord && WordLists.Titles.Contains(tokens[k].Text(text))))
            {
                return -1;
            }
        }

        return -1;
    }
}
