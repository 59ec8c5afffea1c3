namespace ClaimTracker.Extraction;

/// <summary>
/// Names with lower-case parts: particles inside personal and foreign names ("Ana de la Torre", "Jornal do Comércio")
/// and coordinated complements of a body or a title ("the Ministry of Economy, Trade and Industry").
/// </summary>
internal sealed partial class SourceParser
{
    private const int MaxConjunctWords = 3;
    private const int MaxConjuncts = 6;

    /// <summary>
    /// A particle between two capitalized parts of one name: "do" in "Diário do Povo", "du" in "Le Courrier du Nord".
    /// A capitalized clause opener before it ("Why do Voters ...") is no name.
    /// </summary>
    private bool IsParticleInName(int k, int limit)
    {
        if (!IsParticle(k))
        {
            return false;
        }

        var before = k - 1;
        while (before >= limit && before > k - 3 && IsParticle(before))
        {
            before--;
        }

        var after = k + 1;
        while (after < tokens.Count && after < k + 3 && IsParticle(after))
        {
            after++;
        }

        return before >= limit && after < tokens.Count && tokens[before].IsCapitalized && tokens[after].IsCapitalized
            && !tokens[before].InQuote && !tokens[after].InQuote && !WordLists.SentenceStarters.Contains(tokens[before].Text(text));
    }

    private bool IsParticle(int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.NameParticles.Contains(tokens[k].Text(text));

    /// <summary>
    /// Where the phrase starts when <paramref name="phrase"/> ("Trade and Industry", "industry and energy") closes a
    /// comma list that completes the of/for/on complement of a body or a title: "the Ministry of Economy, Trade and
    /// Industry", "the minister for trade, industry and energy". The list must start after the clause's opening (a
    /// comma or the sentence start), so "In a meeting with the Ministry of Health, Ilvia and Doran said" keeps its
    /// two sources. -1 otherwise.
    /// </summary>
    private int CoordinatedComplementStart(TokenRange phrase, int limit)
    {
        if (phrase.Length() < 3 || phrase.First - 1 < limit || !IsPunct(phrase.First - 1, ','))
        {
            return -1;
        }

        var capitalized = tokens[phrase.First].IsCapitalized;
        var and = -1;
        for (var k = phrase.First; k < phrase.End; k++)
        {
            if (IsWord(k, "and"))
            {
                if (and >= 0)
                {
                    return -1;
                }

                and = k;
            }
            else if (!IsConjunctWord(k, capitalized))
            {
                return -1;
            }
        }

        if (and <= phrase.First || and >= phrase.End - 1)
        {
            return -1;
        }

        var comma = phrase.First - 1;
        for (var items = 0; items < MaxConjuncts; items++)
        {
            var w = comma - 1;
            var words = 0;
            while (w >= limit && words < MaxConjunctWords && IsConjunctWord(w, capitalized))
            {
                w--;
                words++;
            }

            if (words == 0 || w < limit)
            {
                return -1;
            }

            if (IsPunct(w, ','))
            {
                comma = w;
                continue;
            }

            if (IsWord(w, "the"))
            {
                w--;
            }

            return w - 1 >= limit && IsComplementOfNameHead(w, capitalized) && ParseNounPhraseBackward(w - 1, limit) is { IsEmpty: false } head
                && OpensClause(head.First, limit) ? head.First : -1;
        }

        return -1;
    }

    /// <summary>
    /// Past the last conjunct when the phrase [<paramref name="start"/>, <paramref name="comma"/>) ends in an of/for/on
    /// complement of a body or a title and the comma continues it as a list closed by "and" and then by punctuation:
    /// "according to the Institute for Water, Soil and Climate, the drought ..."; -1 otherwise.
    /// </summary>
    private int CoordinatedComplementEnd(int start, int comma, int end)
    {
        if (comma - 2 < start || comma + 3 >= end)
        {
            return -1;
        }

        var capitalized = tokens[comma - 1].IsCapitalized;
        var w = comma - 1;
        var words = 0;
        while (w > start && words < MaxConjunctWords && IsConjunctWord(w, capitalized))
        {
            w--;
            words++;
        }

        if (words == 0 || w <= start)
        {
            return -1;
        }

        if (IsWord(w, "the") && w - 1 > start)
        {
            w--;
        }

        if (!IsComplementOfNameHead(w, capitalized))
        {
            return -1;
        }

        var k = comma + 1;
        for (var items = 0; items < MaxConjuncts; items++)
        {
            var first = k;
            while (k < end && k - first < MaxConjunctWords && IsConjunctWord(k, capitalized))
            {
                k++;
            }

            if (k == first || k >= end)
            {
                return -1;
            }

            if (IsPunct(k, ','))
            {
                k++;
                continue;
            }

            if (!IsWord(k, "and"))
            {
                return -1;
            }

            var last = ++k;
            while (k < end && k - last < MaxConjunctWords && IsConjunctWord(k, capitalized))
            {
                k++;
            }

            // The list ends the phrase: "the Ministry of Health, Ilvia and Doran agreed" is a clause, not a name.
            return k > last && (k >= end || tokens[k].Kind == TokenKind.Punct) ? k : -1;
        }

        return -1;
    }

    /// <summary>"of" in "Ministry of", "for" in "minister for": a preposition completing an organisation word or a title.</summary>
    private bool IsComplementOfNameHead(int preposition, bool capitalized)
    {
        if (preposition < 1 || !tokens[preposition].IsWord || tokens[preposition].Text(text) is not ("of" or "for" or "on"))
        {
            return false;
        }

        var head = tokens[preposition - 1];
        if (!head.IsWord || head.InQuote || head.IsCapitalized != capitalized)
        {
            return false;
        }

        var w = head.Text(text);
        return capitalized ? WordLists.OrganizationWords.Contains(w) || WordLists.Titles.Contains(w) : WordLists.SourceNouns.Contains(w);
    }

    /// <summary>A word of one conjunct: no function word, and written in the same case as the other conjuncts.</summary>
    private bool IsConjunctWord(int k, bool capitalized)
    {
        var t = tokens[k];
        if (!t.IsWord || t.InQuote || t.IsCapitalized != capitalized)
        {
            return false;
        }

        var w = t.Text(text);
        return !WordLists.NounPhraseStops.Contains(w) && !WordLists.Determiners.Contains(w) && !WordLists.InnerPrepositions.Contains(w)
            && !WordLists.Pronouns.Contains(w) && !IsAdverb(w);
    }

    /// <summary>The phrase at <paramref name="first"/> opens its clause: the sentence start, a comma, a colon or a quote before it.</summary>
    private bool OpensClause(int first, int limit) =>
        first - 1 < limit || tokens[first - 1].Kind == TokenKind.Quote || IsPunct(first - 1, ',') || IsPunct(first - 1, ':')
        || IsPunct(first - 1, ';') || IsSentenceEnd(first - 1);

    /// <summary>
    /// "The University of Tolvik", "the Harbour Authority": a phrase whose head noun, before any complement, is a
    /// capitalized organisation word, so it names a body rather than a role.
    /// </summary>
    private bool IsInstitutionName(TokenRange phrase) =>
        HeadBeforeComplement(phrase) is var head and >= 0 && tokens[head].IsCapitalized && WordLists.OrganizationWords.Contains(tokens[head].Text(text));

    /// <summary>"the EU commissioner for energy": a phrase whose head noun, before any complement, is a lower-case person role.</summary>
    private bool HeadsPersonRole(TokenRange phrase) =>
        HeadBeforeComplement(phrase) is var head and >= 0 && !tokens[head].IsCapitalized && WordLists.PersonRoles.Contains(tokens[head].Text(text));

    /// <summary>
    /// Where the phrase goes on after its owner: "The Bank of England's chief economist" is headed by "economist", and the
    /// owner's own complement ("of England") is not the head's. The phrase's start when it names no owner, and when the
    /// possessive is inside a complement of the head: "A document on the campaign's website" is headed by "document".
    /// </summary>
    internal int AfterOwner(TokenRange phrase)
    {
        // Most phrases name no owner; a pass over token kinds settles that before any word is looked up.
        var start = phrase.First;
        var possessive = false;
        for (var k = phrase.First + 1; k + 1 < phrase.End && !possessive; k++)
        {
            possessive = tokens[k].Kind == TokenKind.Possessive;
        }

        if (!possessive)
        {
            return start;
        }

        for (var k = phrase.First + 1; k + 1 < phrase.End; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.InnerPrepositions.Contains(tokens[k].Text(text))
                && !(tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized))
            {
                return start;
            }

            if (tokens[k].Kind == TokenKind.Possessive && !IsPluralPossessiveInName(k, phrase.End))
            {
                start = k + 1;
            }
        }

        return start;
    }

    /// <summary>
    /// "Farmers' Union", "the Port Employers' Association": a plural possessive before a body's word is inside the
    /// body's name, where "Russia's envoy" names an owner and a role.
    /// </summary>
    internal bool IsPluralPossessiveInName(int possessive, int end) =>
        possessive > 0 && possessive + 1 < end && tokens[possessive].Length == 1 && tokens[possessive - 1].IsWord
        && tokens[possessive - 1].Text(text) is [.., 's'] && tokens[possessive + 1].IsCapitalized
        && WordLists.OrganizationWords.Contains(tokens[possessive + 1].Text(text));

    /// <summary>The phrase's head noun: its last word before an inner preposition opens a complement; -1 when it has no word.</summary>
    internal int HeadBeforeComplement(TokenRange phrase)
    {
        var head = -1;
        for (var k = AfterOwner(phrase); k < phrase.End; k++)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }

            if (head >= 0 && WordLists.InnerPrepositions.Contains(tokens[k].Text(text)))
            {
                break;
            }

            head = k;
        }

        return head;
    }

    /// <summary>
    /// The end of a personal name of two or more capitalized words starting at <paramref name="first"/> that a comma
    /// or the sentence's end closes: "..., Tomas Veld, prices will fall". A name followed by its verb ("Tomas Veld
    /// will resign") is a clause subject instead: -1.
    /// </summary>
    private int NameAppositionEnd(int first, int end)
    {
        var k = first;
        var words = 0;
        while (k < end && k < first + 6)
        {
            if (tokens[k].IsCapitalized && !tokens[k].InQuote && !WordLists.SentenceStarters.Contains(tokens[k].Text(text)))
            {
                words++;
            }
            else if (!(IsParticleInName(k, first) || IsAbbreviationPeriod(k)))
            {
                break;
            }

            k++;
        }

        return words >= 2 && (k >= end || IsPunct(k, ',') || IsSentenceEnd(k) || IsPunct(k, ';')) ? k : -1;
    }
}
