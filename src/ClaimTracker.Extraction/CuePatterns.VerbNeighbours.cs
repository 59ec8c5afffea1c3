namespace ClaimTracker.Extraction;

/// <summary>Words around a verbal cue that decide whether it reports: relative clauses it sits in, floating quantifiers and counts before it, catenative verbs, small clauses and quantity idioms after it.</summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// "called the hearing because they felt ...", "called Harper a champion, citing her work": the object and its
    /// predicate end at a subordinate clause or a participle after a comma, which are the reporter's.
    /// </summary>
    private int SmallClauseEnd(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var tok = tokens[k];
            if (!tok.InQuote && tok.Kind == TokenKind.Punct && text[tok.Start] is '\u2014' or '\u2013' or '\u2015' or '-')
            {
                // "-- which Nora Vance called ''pure public-relations noise'' -- one question ...": a dash closes the aside.
                return k;
            }

            if (tok.InQuote || !tok.IsWord || tok.IsCapitalized)
            {
                continue;
            }

            var w = tok.Text(text);
            if (w is "but" && CoordinatedPredicateEnd(k + 1, end) is var predicateEnd and > 0)
            {
                if (predicateEnd < end && tokens[predicateEnd].IsWord)
                {
                    return predicateEnd;
                }

                k = predicateEnd - 1;
                continue;
            }

            if (WordLists.ClauseOpeners.Contains(w) && w is not ("and" or "or" or "that" or "as" or "who" or "which") && !IsAttributiveTimeWord(k))
            {
                return k;
            }

            if (IsPunct(k - 1, ',') && w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal))
            {
                return k - 1;
            }
        }

        return end;
    }

    /// <summary>
    /// "described the findings as encouraging but early", "called the deal fair but overdue": after "but" a short run of
    /// words that ends the sentence or clause, with no subject or verb of its own, is a second predicate of the same
    /// object, not a new clause ("... reckless, but the minister insisted"). Where that run ends; -1 when it is none.
    /// </summary>
    private int CoordinatedPredicateEnd(int k, int end)
    {
        var words = 0;
        for (; k < end && !(tokens[k].Kind == TokenKind.Punct && !tokens[k].InQuote); k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || ++words > 4)
            {
                return -1;
            }

            var w = tokens[k].Text(text);
            if (w is "not" or "yet" or "still")
            {
                // "fair but not yet final": a negated or graded predicate.
                continue;
            }

            if (words > 1 && WordLists.ObjectAdjuncts.Contains(w))
            {
                // "encouraging but early in a statement": the predicate ends where an adjunct of the act begins.
                return k;
            }

            if (WordLists.Pronouns.Contains(w) || WordLists.Auxiliaries.Contains(w) || WordLists.Modals.Contains(w)
                || WordLists.HaveForms.Contains(w) || WordLists.ClauseOpeners.Contains(w))
            {
                return -1;
            }
        }

        return words > 0 ? k : -1;
    }

    /// <summary>
    /// "The senator, who said ...," / "relatives of the victims, many of whom say ...": the cue sits in a
    /// non-restrictive relative clause, perhaps after auxiliaries ("who has long said").
    /// </summary>
    private bool IsRelativeClauseCue(int verb, int first)
    {
        var k = verb - 1;
        while (k >= first && k >= verb - 3 && tokens[k].IsWord
            && (WordLists.Auxiliaries.Contains(tokens[k].Text(text)) || WordLists.HaveForms.Contains(tokens[k].Text(text)) || IsAdverbLike(k)
                || (!tokens[k].IsCapitalized && WordLists.VerbModifiers.Contains(tokens[k].Text(text)))))
        {
            // "who have long argued", "which has often said": adverbs without -ly sit between the auxiliary and the verb too.
            k--;
        }

        if (k < first || !IsRelativePronoun(k))
        {
            return false;
        }

        if (IsWord(k, "whom") && k - 2 >= first && IsWord(k - 1, "of"))
        {
            k -= 2;
        }

        return k - 1 >= first && IsPunct(k - 1, ',');
    }

    /// <summary>
    /// The name closing a phrase like "criticism from Harper" or "a meeting with Okafor" whose head is no person or
    /// source noun, else null. With "of" ("the leader of Hamas") the head keeps the relative clause.
    /// </summary>
    private SourceMention? NameAfterThingPreposition(TokenRange head)
    {
        var last = head.End - 1;
        if (!tokens[last].IsCapitalized)
        {
            return null;
        }

        var k = last;
        while (k - 1 >= head.First && (tokens[k - 1].IsCapitalized || parser.IsAbbreviationPeriod(k - 1)))
        {
            k--;
        }

        var preposition = k - 1;
        if (preposition - 1 < head.First || !tokens[preposition].IsWord || IsWord(preposition, "of")
            || !WordLists.InnerPrepositions.Contains(tokens[preposition].Text(text)))
        {
            return null;
        }

        var noun = preposition - 1;
        if (!tokens[noun].IsWord || tokens[noun].IsCapitalized || WordLists.IsSourceNoun(tokens[noun].Text(text)))
        {
            return null;
        }

        var name = new TokenRange(k, head.End);
        return new SourceMention(name, name);
    }

    private bool IsRelativePronoun(int k) => tokens[k].IsWord && tokens[k].Text(text) is "who" or "whom" or "whose" or "which";

    /// <summary>
    /// "the mother of three said", "the two said", "three in four said": a cardinal after "of", a determiner or the
    /// "in" of a share heads its own phrase, so the finite verb after it can be the cue. Not an -s form: after a
    /// cardinal, "claims" or "reports" is a plural noun ("the two reports were leaked").
    /// </summary>
    private bool IsNumberStandingAsNoun(int k, int first, VerbForm form)
    {
        if (form is VerbForm.Gerund or VerbForm.ThirdPerson || k - 1 < first || !tokens[k].IsWord || !WordLists.NumberWords.Contains(tokens[k].Text(text))
            || !tokens[k - 1].IsWord)
        {
            return false;
        }

        var before = tokens[k - 1].Text(text);
        return before.Equals("of", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase)
            || before.Equals("all", StringComparison.OrdinalIgnoreCase)
            || (before.Equals("in", StringComparison.Ordinal) && k - 2 >= first && parser.ProportionEnd(k - 2, k + 1) == k + 1);
    }

    /// <summary>
    /// "Some argue that ...", "Many accused the police of ...", "..., but few believe it": a quantifier opening its clause
    /// stands for people when the verb after it is a bare or past form followed by what a verb takes (a clause, a
    /// question opened by whether, why or how, a determined object, a quotation) or by nothing. An -s form after it is a plural noun ("some claims"), and a past
    /// form before a bare noun is an adjective ("many reported cases"). "One" or "another" opening the sentence stands
    /// for one person of a group, with a singular verb. A verb that takes an addressee may have any noun phrase after
    /// it ("Several told reporters ...", "Many told us ..."): its past form is no adjective before a noun.
    /// </summary>
    private bool IsQuantifierStandingAlone(int k, int first, int cueEnd, int end, VerbForm form, VerbFrames frames)
    {
        var afterQuotation = k > first && (tokens[k - 1].Is(TokenFlags.QuoteClose) || (IsPunct(k - 1, ',') && k - 2 >= first && tokens[k - 2].Is(TokenFlags.QuoteClose)));
        if (form is VerbForm.Past or VerbForm.ThirdPerson && (IsWord(k, "one") || IsWord(k, "another")) && (k == first || afterQuotation))
        {
            // "One wrote: ...", "Another says ...", '"...," one said', '"...," another told reporters': one of a group
            // just spoken of, opening its clause; after a quotation whatever follows the verb is its addressee or adjunct.
            return afterQuotation || cueEnd >= end || (tokens[cueEnd].Kind is TokenKind.Quote or TokenKind.Punct || IsWord(cueEnd, "that")
                || (tokens[cueEnd].IsWord && (WordLists.Pronouns.Contains(tokens[cueEnd].Text(text)) || WordLists.Determiners.Contains(tokens[cueEnd].Text(text))
                    || tokens[cueEnd].IsCapitalized)));
        }

        if (form is not (VerbForm.Base or VerbForm.Past) || !tokens[k].IsWord || !WordLists.QuantifierPronouns.Contains(tokens[k].Text(text)))
        {
            return false;
        }

        var opensClause = k == first || IsPunct(k - 1, ',') || IsPunct(k - 1, ';')
            || (tokens[k - 1].IsWord && tokens[k - 1].Text(text) is "and" or "but" or "while" or "whereas" or "though" or "although");
        if (!opensClause)
        {
            return false;
        }

        if (cueEnd >= end)
        {
            return true;
        }

        var next = tokens[cueEnd];
        return next.Kind is TokenKind.Quote or TokenKind.Punct
            || (next.IsWord && (frames & VerbFrames.Addressee) != 0 && !next.InQuote)
            || (next.IsWord && (next.Text(text) is "that" or "whether" or "why" or "how" || WordLists.Pronouns.Contains(next.Text(text))
                || (WordLists.Determiners.Contains(next.Text(text)) && !WordLists.NumberWords.Contains(next.Text(text)))));
    }

    /// <summary>"all", "both" or "each" right after a subject that can be plural: a name, a parenthesis, a plural noun or pronoun.</summary>
    private bool IsFloatingQuantifier(int k, int first)
    {
        if (!(IsWord(k, "all") || IsWord(k, "both") || IsWord(k, "each")) || k - 1 < first)
        {
            return false;
        }

        var before = tokens[k - 1];
        if (IsPunct(k - 1, ')') || before.IsCapitalized)
        {
            return true;
        }

        var w = before.Text(text);
        return before.IsWord && (w is "they" or "we" || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && WordLists.IsSourceNoun(w)));
    }

    /// <summary>
    /// The first word of a catenative before the infinitive's "to" ("appeared", "went on", "was quick"), else -1.
    /// </summary>
    private int CatenativeBefore(int to, int first)
    {
        var k = to - 1;
        if (k < first || !tokens[k].IsWord || tokens[k].InQuote)
        {
            return -1;
        }

        var w = tokens[k].Text(text);
        if (WordLists.CatenativeVerbs.Contains(w))
        {
            return k;
        }

        if (k - 1 < first || !tokens[k - 1].IsWord)
        {
            return -1;
        }

        var before = tokens[k - 1].Text(text);
        if (w.Equals("on", StringComparison.OrdinalIgnoreCase) && before is "went" or "goes" or "go")
        {
            return k - 1;
        }

        return WordLists.CatenativeAdjectives.Contains(w) && WordLists.BeForms.Contains(before) ? k - 1 : -1;
    }

    /// <summary>
    /// The verb that raises the subject of a perfect infinitive before <paramref name="to"/>: "is reported to have said",
    /// "was understood to have told", "appears to have admitted". The be-form of a passive, or the catenative itself;
    /// -1 when there is none.
    /// </summary>
    private int RaisingBefore(int to, int first)
    {
        var k = to - 1;
        if (k < first || !tokens[k].IsWord || tokens[k].InQuote)
        {
            return -1;
        }

        if (WordLists.CatenativeVerbs.Contains(tokens[k].Text(text)))
        {
            return k;
        }

        return k - 1 >= first && RaisingParticiples.Contains(tokens[k].Text(text)) && tokens[k - 1].IsWord
            && WordLists.BeForms.Contains(tokens[k - 1].Text(text))
            ? k - 1
            : -1;
    }

    private static readonly WordSet RaisingParticiples = new(
        "reported", "said", "believed", "understood", "thought", "alleged", "known", "rumoured", "rumored", "claimed");

    /// <summary>
    /// "The senator, who said the bill was rushed, voted against it": the main clause resumes after the comma that
    /// closes the relative clause, with a finite verb.
    /// </summary>
    private int RelativeClauseEnd(int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (!IsPunct(k, ',') || tokens[k].InQuote || !tokens[k + 1].IsWord || tokens[k + 1].IsCapitalized || tokens[k + 1].InQuote)
            {
                continue;
            }

            var w = tokens[k + 1].Text(text);
            if ((w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || WordLists.IrregularPast.Contains(w) || WordLists.BeForms.Contains(w)
                || WordLists.HaveForms.Contains(w) || WordLists.Modals.Contains(w))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// "said at least 40 people were killed", "said over 100 people were arrested": the words quantify the content's
    /// subject, they are no place or time.
    /// </summary>
    private bool IsQuantityIdiom(int k, int end) =>
        k + 1 < end && ((IsWord(k, "at") && (IsWord(k + 1, "least") || IsWord(k + 1, "most")))
            || ((IsWord(k, "over") || IsWord(k, "under") || IsWord(k, "around"))
                && (tokens[k + 1].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(tokens[k + 1].Text(text)))));
}
