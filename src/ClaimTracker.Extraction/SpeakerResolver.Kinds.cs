namespace ClaimTracker.Extraction;

/// <summary>Whether a source is a person, a body, a document, a media report or unnamed, from its words and its name.</summary>
internal sealed partial class SpeakerResolver
{
    public SourceKind KindOf(string speaker)
    {
        var first = speaker.AsSpan(0, speaker.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : speaker.Length);
        if (IsBodyShapedName(first, LastWord(speaker), speaker.AsSpan().Count(' ') + 1))
        {
            return SourceKind.Organization;
        }

        if (coreference.IsKnownSurname(LastWord(speaker)) && speaker.Contains(' ', StringComparison.Ordinal))
        {
            return SourceKind.Person;
        }

        return Places.Governments.Contains(speaker) ? SourceKind.OfficialBody : SourceKind.Organization;
    }

    private SourceKind KindOf(TokenRange head, string speaker, TokenRange nameRun)
    {
        // A capitalized word only names the source when it is the head ("Environmental groups" is a group).
        var lastWord = head.End - 1;
        while (lastWord > head.First && !tokens[lastWord].IsWord)
        {
            lastWord--;
        }

        // "Dewi Lestari of the volcanology centre": a name opening the phrase before its complement names the source too.
        var hasName = !nameRun.IsEmpty && (tokens[lastWord].IsCapitalized || nameRun.End > lastWord || IsComplementName(head, nameRun)
                || (nameRun.First == head.First && nameRun.End < head.End && tokens[nameRun.End].IsWord
                    && tokens[nameRun.End].Text(text) is "of" or "from" or "at"))
            && !(nameRun.Length() == 1 && WordLists.SourceNouns.Contains(tokens[nameRun.First].Text(text)));
        if (hasName && coreference.JoinsWithAmpersand(nameRun.First, nameRun.End))
        {
            // "Marks & Spencer said": prose joins people with "and"; an ampersand joins one firm's name.
            return SourceKind.Organization;
        }

        // The role is the noun before any complement: "Lawyers for the driver" are lawyers, not a driver.
        var roleWord = parser.HeadBeforeComplement(head);
        // "The trust's chief executive": "chief" before a noun makes it one person's title, whatever the noun alone names.
        var personRole = !hasName && roleWord >= 0 && (WordLists.PersonRoles.Contains(tokens[roleWord].Text(text))
            || (roleWord > head.First && tokens[roleWord - 1].IsWord && tokens[roleWord - 1].Text(text).Equals("chief", StringComparison.OrdinalIgnoreCase)));
        if (hasName && head.End < tokens.Count && head.End + 1 < tokens.Count && tokens[head.End].IsPunct(text, ',') && tokens[head.End + 1].Is(TokenFlags.Numeric))
        {
            // "Smith, 45, said": only people are given an age.
            return SourceKind.Person;
        }

        if (nameRun.Length() == 2 && nameRun.First == head.First && IsGivenNameWithSurnameHomograph(nameRun) && !AfterBodyNoun(nameRun.First))
        {
            // "Michelle Branch", "Tom Church": a given name before a word that also closes body names is a person.
            return SourceKind.Person;
        }

        bool media = false, document = false, anonymous = false, official = false, organization = false, title = false;
        for (var i = head.First; i < head.End; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            var w = tokens[i].Text(text);
            media |= WordLists.MediaWords.Contains(w) && !tokens[i].IsCapitalized || w.Equals("News", StringComparison.Ordinal)
                || (tokens[i].IsCapitalized && WordLists.ForeignPressWords.Contains(w));
            // "A spokesperson for the policy unit" is no document: a complement's nouns do not make the head one.
            // "Figures show ...": a lone document noun capitalised only because it opens the sentence is still one.
            document |= WordLists.DocumentWords.Contains(w) && (!tokens[i].IsCapitalized || (head.Length() == 1 && (i == 0 || IsSentenceEnd(i - 1))))
                && (roleWord < 0 || i <= roleWord);
            anonymous |= WordLists.AnonymousWords.Contains(w) && (!tokens[i].IsCapitalized || i == head.First);
            official |= WordLists.OfficialBodyWords.Contains(w);
            organization |= WordLists.OrganizationWords.Contains(w) && tokens[i].IsCapitalized && (nameRun.IsEmpty || (i >= nameRun.First && i < nameRun.End));
            title |= WordLists.Titles.Contains(w) && tokens[i].IsCapitalized;
        }

        // "The bloc's foreign policy chief", "the report's lead author": a person noun heading the phrase outweighs the
        // document and media nouns that modify it.
        var personHead = roleWord >= 0 && tokens[roleWord].IsWord && !tokens[roleWord].IsCapitalized && IsPersonNoun(tokens[roleWord].Text(text));
        if (media && !personHead)
        {
            return SourceKind.MediaReport;
        }

        if (document && !personHead)
        {
            return SourceKind.Document;
        }

        if ((anonymous && !hasName) || (!hasName && IsIndefinite(head.First)))
        {
            return SourceKind.Anonymous;
        }

        if (personRole)
        {
            return SourceKind.Person;
        }

        if (hasName && ((nameRun.Length() == 1 && coreference.OrganizationFor(tokens[nameRun.First].Text(text).ToString()) is not null)
            || AfterBodyNoun(nameRun.First)))
        {
            return official ? SourceKind.OfficialBody : SourceKind.Organization;
        }

        organization |= hasName && tokens[nameRun.End - 1].IsWord
            && (IsBodyShapedName(tokens[nameRun.First].Text(text), tokens[nameRun.End - 1].Text(text), nameRun.Length())
                || parser.HasNamePreposition(nameRun) || HasPluralNounHead(nameRun));
        if (hasName && !organization && (title || IsPersonName(speaker, nameRun)))
        {
            return SourceKind.Person;
        }

        if (official || Places.Governments.Contains(speaker))
        {
            return SourceKind.OfficialBody;
        }

        if (organization || Coreference.IsAcronym(speaker))
        {
            return SourceKind.Organization;
        }

        return hasName && IsPersonName(speaker, nameRun) ? SourceKind.Person : SourceKind.Organization;
    }

    /// <summary>"the shipping firm Delmar Lines", "the fund Nordcap": a lower-case body noun right before the name.</summary>
    private bool AfterBodyNoun(int name) =>
        name > 0 && tokens[name - 1].IsWord && !tokens[name - 1].IsCapitalized && WordLists.InstitutionNouns.Contains(tokens[name - 1].Text(text))
        && !WordLists.PersonRoles.Contains(tokens[name - 1].Text(text));

    /// <summary>
    /// Organisation words that are common surnames too (trade words such as "Steel" already yield to a first name in
    /// <see cref="IsBodyShapedName"/>).
    /// </summary>
    private static readonly WordSet SurnameHomographs = new("Church", "House", "Branch", "Bank", "Banks", "Post", "Guard", "Mint", "Court",
        "Press", "Hall", "Chamber", "Chambers", "Fund", "Wire");

    private bool IsGivenNameWithSurnameHomograph(TokenRange nameRun) =>
        SurnameHomographs.Contains(tokens[nameRun.End - 1].Text(text)) && GenderCues.OfFirstName(tokens[nameRun.First].Text(text)) != Gender.Unknown;

    /// <summary>"a senior official", "some officials", "two people familiar with the talks": unnamed sources.</summary>
    private bool IsIndefinite(int first)
    {
        var w = tokens[first].Text(text);
        return tokens[first].IsWord && (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
            || w.Equals("some", StringComparison.OrdinalIgnoreCase) || w.Equals("several", StringComparison.OrdinalIgnoreCase)
            || w.Equals("one", StringComparison.OrdinalIgnoreCase) || w.Equals("another", StringComparison.OrdinalIgnoreCase)
            || tokens[first].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(w));
    }

    /// <summary>
    /// "Nordvik Rail": a trade word ends a company's name, unless a first name opens it ("Ruth Steel"). "La Voz del Valle",
    /// "Il Corriere di Brenta": a name of three words or more that opens with an article is a paper's or a body's title;
    /// "Le Pen" is too short to tell.
    /// </summary>
    private static bool IsBodyShapedName(ReadOnlySpan<char> first, ReadOnlySpan<char> last, int words) =>
        (words >= 2 && WordLists.TradeWords.Contains(last) && GenderCues.OfFirstName(first) == Gender.Unknown)
        || (words >= 3 && first is "La" or "El" or "Le" or "Il" or "Los" or "Las" or "Les" or "Die" or "Der" or "Das");

    private bool IsPersonName(string speaker, TokenRange nameRun)
    {
        if (Places.Governments.Contains(speaker) || coreference.OrganizationFor(speaker) is not null
            || (nameRun.Length() == 1 && coreference.OrganizationFor(tokens[nameRun.First].Text(text).ToString()) is not null))
        {
            return false;
        }

        if (nameRun.First > 0 && tokens[nameRun.First - 1].IsWord && tokens[nameRun.First - 1].Text(text).Equals("the", StringComparison.OrdinalIgnoreCase)
            && !WordLists.Titles.Contains(tokens[nameRun.First].Text(text)) && !HasKnownFirstName(nameRun))
        {
            // "The Evening Courier", "the Harbour Board": a name that takes the article is a body or a title, not a person.
            return false;
        }

        // People are introduced with a full name; a lone unknown capitalized word is more likely an organization.
        return nameRun.Length() >= 2 || coreference.IsKnownSurname(tokens[nameRun.End - 1].Text(text)) || speaker.Contains(' ', StringComparison.Ordinal)
            || GenderCues.OfFirstName(tokens[nameRun.First].Text(text)) != Gender.Unknown;
    }

    /// <summary>Whether any word of the phrase is a known first name ("Anna Berg", "Dr Anna Berg").</summary>
    private bool NamesAPerson(TokenRange phrase)
    {
        for (var i = phrase.First; i < phrase.End; i++)
        {
            if (tokens[i].IsWord && GenderCues.OfFirstName(tokens[i].Text(text)) != Gender.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word before the last of the name run is a known first name.</summary>
    private bool HasKnownFirstName(TokenRange nameRun) => NamesAPerson(new TokenRange(nameRun.First, nameRun.End - 1));

    /// <summary>
    /// The last two to four capitalized words of the phrase when a known first name opens them and another capitalized
    /// word comes right before: "Westland Helen Quist" gives "Helen Quist". Empty otherwise, or when the words end in a
    /// body's word ("the Helen Quist Foundation").
    /// </summary>
    private TokenRange PersonClosingTheComplement(int complement, int end)
    {
        bool IsInitialPeriod(int k) => tokens[k].IsPunct(text, '.') && k > 0 && tokens[k - 1].IsWord && tokens[k - 1].Length == 1;

        if (end - complement < 3 || !tokens[end - 1].IsWord || WordLists.OrganizationWords.Contains(tokens[end - 1].Text(text))
            || WordLists.TradeWords.Contains(tokens[end - 1].Text(text)))
        {
            return TokenRange.Empty;
        }

        var start = end - 1;
        while (start > complement && end - start < 5 && (tokens[start - 1].IsCapitalized || IsInitialPeriod(start - 1)))
        {
            start--;
            if (tokens[start].IsWord && tokens[start].IsCapitalized && tokens[start - 1].IsCapitalized && tokens[start - 1].IsWord
                && GenderCues.OfFirstName(tokens[start].Text(text)) != Gender.Unknown)
            {
                return new TokenRange(start, end);
            }
        }

        return TokenRange.Empty;
    }

    /// <summary>
    /// "Tarn Line said in a statement on its website that ...", "..., Tarn Line said in its annual report": "its" in the
    /// phrase between the source and the content (or after a closing cue, up to the next comma) refers back to the
    /// source, which is therefore a body.
    /// </summary>
    private bool ItsInCuePhrase(Attribution a, int sourceEnd)
    {
        var stop = a.Mode == CueMode.Front && a.Segments.Count > 0 ? tokens.FirstAt(a.Segments[0].Start, tokens.Count) : tokens.Count;
        for (var i = sourceEnd; i < stop && i < sourceEnd + 12; i++)
        {
            if (!tokens[i].IsWord || tokens[i].InQuote)
            {
                return false;
            }

            if (tokens[i].Text(text).Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Fresh Air Now, a charity, said", "Tallis Ode, a campaign group based in Arlen, said": an aside whose head noun
    /// names a body makes the name before it that body's.
    /// </summary>
    private bool IsBodyAsideAfter(int name, int end)
    {
        if (name + 2 >= end || !tokens[name].IsPunct(text, ',') || !tokens[name + 1].IsWord || tokens[name + 1].Text(text) is not ("a" or "an" or "the"))
        {
            return false;
        }

        var noun = -1;
        for (var i = name + 2; i < end && i < name + 8; i++)
        {
            if (tokens[i].Kind == TokenKind.Possessive)
            {
                // "the group's founder": the body is the possessor, not the head.
                return false;
            }

            // "a Greek shipping company": a capitalised adjective may open the aside.
            if (!tokens[i].IsWord || WordLists.InnerPrepositions.Contains(tokens[i].Text(text)) || (tokens[i].IsCapitalized && i > name + 2)
                || (noun >= 0 && tokens[i].Text(text).EndsWith("ed", StringComparison.Ordinal)))
            {
                break;
            }

            noun = i;
        }

        return noun >= 0 && WordLists.InstitutionNouns.Contains(tokens[noun].Text(text)) && !WordLists.PersonRoles.Contains(tokens[noun].Text(text));
    }

    /// <summary>
    /// The phrase in [<paramref name="first"/>, <paramref name="name"/>) is "role, " whose head noun names a body ("The
    /// company behind the drug", "The ferry operator"), never a person's role.
    /// </summary>
    private bool IsBodyRoleBefore(int first, int name)
    {
        if (name - 1 <= first || !tokens[name - 1].IsPunct(text, ','))
        {
            return false;
        }

        var noun = -1;
        for (var i = first; i < name - 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Possessive)
            {
                // "The vaccine's maker": the possessor is no head.
                noun = -1;
                continue;
            }

            if (!tokens[i].IsWord || (tokens[i].IsCapitalized && i > first))
            {
                break;
            }

            if (WordLists.InnerPrepositions.Contains(tokens[i].Text(text)) && noun >= 0)
            {
                break;
            }

            noun = i;
        }

        return noun > first && WordLists.InstitutionNouns.Contains(tokens[noun].Text(text)) && !WordLists.PersonRoles.Contains(tokens[noun].Text(text));
    }
}
