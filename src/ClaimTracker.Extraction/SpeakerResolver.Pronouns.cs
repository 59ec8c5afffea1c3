namespace ClaimTracker.Extraction;

/// <summary>Who a pronoun after a quotation or after fronted content refers to, from the sentence around it.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "The retailer expects sales to grow, it said in a filing": "it" after the content is most often the body the
    /// content opens with, a description ("the retailer", resolved where it can be) or a body's name. Null when the
    /// content opens with neither.
    /// </summary>
    private string? BodyOpeningTheContent(Attribution a, int windowStart)
    {
        if (a.Segments.Count == 0)
        {
            return null;
        }

        var k = tokens.FirstAt(a.Segments[0].Start, tokens.Count);
        if (k + 2 >= tokens.Count || !tokens[k].IsWord)
        {
            return null;
        }

        if (tokens[k].Text(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            // The head noun right before the verb: "the retailer", "the state airline".
            for (var h = k + 1; h < k + 4 && h + 1 < tokens.Count && tokens[h].IsWord && !tokens[h].IsCapitalized; h++)
            {
                var noun = tokens[h].Text(text);
                if (WordLists.InstitutionNouns.Contains(noun) && tokens[h + 1].IsWord && !tokens[h + 1].IsCapitalized
                    && !WordLists.InnerPrepositions.Contains(tokens[h + 1].Text(text)))
                {
                    return DefiniteBody(noun, tokens[h].Start, windowStart)?.Name ?? noun.ToString();
                }
            }

            return null;
        }

        var end = k;
        while (end < tokens.Count && end < k + 5 && tokens[end].IsWord && tokens[end].IsCapitalized)
        {
            end++;
        }

        if (end == k || end >= tokens.Count || !tokens[end].IsWord || tokens[end].IsCapitalized)
        {
            return null;
        }

        // A lone word that only closes body names ("Services were restored, it said") is a capitalised common noun at
        // the start of the content, not a name; a single word counts only as a body already named.
        var name = Slice(new TokenRange(k, end));
        return end - k == 1 && coreference.OrganizationFor(name) is { } organization ? organization
            : KindOf(name) != SourceKind.Person && (coreference.OrganizationFor(name) is not null || IsBodyShapedName(tokens[k].Text(text), tokens[end - 1].Text(text), end - k)
                || (end - k > 1 && WordLists.OrganizationWords.Contains(tokens[end - 1].Text(text))))
                ? name
                : null;
    }

    /// <summary>
    /// The previous claim when it closed the sentence right before <paramref name="pronoun"/> with a document or media
    /// report as its source, after its content ("…, according to a regulatory filing.", "…, the filing showed."); else
    /// null.
    /// </summary>
    private Attribution? DocumentClosingThePreviousSentence(int pronoun)
    {
        if (_previous is not { SourceKind: SourceKind.Document or SourceKind.MediaReport } p || p.Segments.Count == 0 || p.Source.Full.IsEmpty
            || p.Source.Full.End > pronoun || p.Segments[0].Start >= tokens[p.Source.Full.First].Start)
        {
            return null;
        }

        for (var k = p.Source.Full.End; k < pronoun - 1; k++)
        {
            if (IsSentenceEnd(k) || !(tokens[k].IsWord || tokens[k].IsPunct(text, ',')))
            {
                return null;
            }
        }

        return p;
    }

    /// <summary>
    /// "The fine equals two days of the firm's revenue, according to its annual report": a body the content just spoke
    /// of ("the firm", "the agency") is what "its" in the source after it refers to; the one nearest the source counts.
    /// </summary>
    private string? BodyDescribedInTheContent(Attribution a, int windowStart)
    {
        if (a.Segments.Count == 0)
        {
            return null;
        }

        var first = tokens.FirstAt(a.Segments[0].Start, tokens.Count);
        var k = tokens.FirstAt(a.Segments[^1].End, tokens.Count) - 1;
        for (; k > first; k--)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.InstitutionNouns.Contains(tokens[k].Text(text))
                && tokens[k - 1].IsWord && tokens[k - 1].Text(text) is "the" or "The"
                && !(k + 1 < tokens.Count && tokens[k + 1].IsWord && WordLists.InstitutionNouns.Contains(tokens[k + 1].Text(text))))
            {
                return DefiniteBody(tokens[k].Text(text), tokens[k].Start, windowStart)?.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// 'Her deputy was less forgiving. "...," he said.', "A police officer disputed that. The road was shut, she said.":
    /// the pronoun is the person who opens the sentence before ("Her deputy", "The coach", "A spokesperson for the
    /// ministry"), or the named person a definite role was given to. Null when that sentence opens otherwise or the
    /// role's gender is the other one ("A spokesman ... she said").
    /// </summary>
    private string? RoleOpeningThePreviousSentence(int pronoun, Gender gender, bool indefiniteOnly)
    {
        // Both walks are bounded: a paragraph with no full stop must not cost a scan of the whole window.
        var k = pronoun - 1;
        while (k >= 0 && pronoun - k < 300 && !IsSentenceEnd(k))
        {
            k--;
        }

        // The sentence before may itself end inside a quotation: any full stop or closing mark ends it, but not the
        // period of an abbreviation ("Mr. Tribe's client").
        var start = k - 1;
        while (start >= 0 && !(tokens[start].Kind == TokenKind.Punct && text[tokens[start].Start] is '.' or '!' or '?' && !parser.IsAbbreviationPeriod(start))
            && !tokens[start].Is(TokenFlags.QuoteClose) && k - start < 60)
        {
            start--;
        }

        start++;
        if (k < 0 || !IsSentenceEnd(k) || start + 2 >= k || !tokens[start].IsWord)
        {
            return null;
        }

        // "Russia's envoy to the talks", "The union's general secretary": a role held for someone named is someone new.
        var possessive = PossessiveOpening(start, k);
        if (possessive < 0 && !DefiniteOpeners.Contains(tokens[start].Text(text)))
        {
            return null;
        }

        var opener = tokens[start].Text(text);
        var indefinite = possessive > 0 || opener is "a" or "A" or "an" or "An";
        if (indefiniteOnly && !indefinite)
        {
            return null;
        }

        var noun = possessive > 0 ? possessive + 1 : start + 1;
        if (NamedInApposition(noun, k, gender) is { } named)
        {
            return named;
        }

        // One modifier may come before the role: "Her former deputy", "The assistant coach".
        if (noun + 1 < k && tokens[noun].IsWord && !WordLists.PersonRoles.Contains(tokens[noun].Text(text)) && tokens[noun + 1].IsWord
            && WordLists.PersonRoles.Contains(tokens[noun + 1].Text(text)))
        {
            noun++;
        }

        if (indefinite && !WordLists.PersonRoles.Contains(tokens[noun].Text(text)) && noun + 1 < k && tokens[noun + 1].IsWord
            && IsPersonNoun(tokens[noun + 1].Text(text)))
        {
            noun++;
        }

        // Someone new may be any person noun ("An engineer at the site"); a known person is found by a role.
        if (!(tokens[noun].IsWord && !tokens[noun].IsCapitalized
            && (WordLists.PersonRoles.Contains(tokens[noun].Text(text)) || (indefinite && IsPersonNoun(tokens[noun].Text(text))))
            && noun + 1 < k && tokens[noun + 1].IsWord && !tokens[noun + 1].IsCapitalized))
        {
            return null;
        }

        var roleGender = GenderCues.OfWord(tokens[noun].Text(text));
        if (roleGender != Gender.Unknown && gender != Gender.Unknown && roleGender != gender)
        {
            return null;
        }

        if (indefinite)
        {
            // An indefinite role introduces someone new, who is spoken of as the whole phrase names them.
            var phrase = parser.ParseForward(start, k).Head;
            return phrase.IsEmpty || phrase.First != start || phrase.End <= noun ? null : WithoutDeterminer(phrase);
        }

        // "The minister" named earlier is that person; an unnamed role is given as written.
        return opener.Equals("the", StringComparison.OrdinalIgnoreCase) && coreference.PersonWithRole(tokens[noun].Text(text), tokens[start].Start) is { } person
            ? person.FullName
            : text[tokens[start].Start..tokens[noun].End];
    }

    /// <summary>
    /// "The chief executive, Miriam Solberg, apologised", "The agency's new director, Tom Reyes, said": a role opening the
    /// sentence with a name in apposition is that named person, however many words the role takes. The name is the one
    /// within the first few words after the role's first noun, enclosed by commas, and of the pronoun's gender.
    /// </summary>
    private string? NamedInApposition(int noun, int sentenceEnd, Gender gender)
    {
        var comma = noun;
        while (comma < sentenceEnd && comma - noun < 4 && tokens[comma].IsWord && !tokens[comma].IsCapitalized)
        {
            comma++;
        }

        if (comma == noun || comma + 2 >= sentenceEnd || !tokens[comma].IsPunct(text, ',') || !tokens[comma + 1].IsCapitalized
            || WordLists.Determiners.Contains(tokens[comma + 1].Text(text)))
        {
            return null;
        }

        var runEnd = coreference.NameRunEnd(comma + 1, sentenceEnd);
        var nameGender = GenderCues.OfFirstName(tokens[comma + 1].Text(text));
        if (nameGender != Gender.Unknown && gender != Gender.Unknown && nameGender != gender)
        {
            return null;
        }

        if (runEnd - (comma + 1) < 2 || runEnd >= sentenceEnd || !tokens[runEnd].IsPunct(text, ','))
        {
            return null;
        }

        // "Her client, Peabody Energy, ...": a body is no he or she.
        for (var w = comma + 1; w < runEnd; w++)
        {
            if (WordLists.OrganizationWords.Contains(tokens[w].Text(text)) || WordLists.TradeWords.Contains(tokens[w].Text(text)))
            {
                return null;
            }
        }

        return CanonicalName(new TokenRange(comma + 1, runEnd));
    }

    /// <summary>
    /// The possessive mark after a name or description opening a sentence ("Russia's", "The union's"), else -1.
    /// </summary>
    private int PossessiveOpening(int start, int end)
    {
        var k = start;
        if (tokens[k].Text(text) is "The" or "the")
        {
            k++;
        }

        var words = 0;
        while (k < end && words < 4 && tokens[k].IsWord && (tokens[k].IsCapitalized || k > start))
        {
            k++;
            words++;
        }

        return words > 0 && k < end && tokens[k].Kind == TokenKind.Possessive ? k : -1;
    }

    /// <summary>
    /// "Owners will be told by letter, a spokeswoman said. She declined to say ...": a he or she opening the sentence after
    /// one whose source was someone unnamed and new ("a spokeswoman", "an engineer at the site") goes on with that
    /// person, unless the role's gender is the other one. Only the sentence right before counts: further back, a named
    /// person is the likelier referent and is left to the names already resolved.
    /// </summary>
    private string? UnnamedSpeakerOfThePreviousSentence(UnnamedSpeaker? unnamed, int pronoun, Gender gender)
    {
        if (unnamed is not { } u || u.Position >= pronoun || pronoun - u.Position > 80
            || (u.Gender != Gender.Unknown && gender != Gender.Unknown && u.Gender != gender))
        {
            return null;
        }

        var sentenceEnds = 0;
        for (var k = pronoun - 1; k > u.Position; k--)
        {
            if (IsSentenceEnd(k) && ++sentenceEnds > 1)
            {
                return null;
            }
        }

        return u.Speaker;
    }

    /// <summary>
    /// "In a statement, he said ...", "Speaking on Friday, she said ...", "Asked about the delay, she said ...": the
    /// pronoun opens the main clause after a fronted phrase (a preposition or a participle and at most ten words up to
    /// the comma), so it stands where a sentence-opening pronoun stands.
    /// </summary>
    private bool AfterFrontedAdjunct(int pronoun)
    {
        if (pronoun < 3 || !tokens[pronoun - 1].IsPunct(text, ','))
        {
            return false;
        }

        var k = pronoun - 2;
        while (k >= 0 && pronoun - k <= 12 && !IsSentenceEnd(k) && !tokens[k].IsPunct(text, ',') && !tokens[k].InQuote)
        {
            k--;
        }

        var first = k + 1;
        if (!(k < 0 || IsSentenceEnd(k)) || first >= pronoun - 1 || !tokens[first].IsWord || !tokens[first].IsCapitalized)
        {
            return false;
        }

        var w = tokens[first].Text(text);
        return WordLists.InnerPrepositions.Contains(w)
            || (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) || WordLists.LooksPast(w);
    }

    /// <summary>
    /// "The union's general secretary", "Her lawyer": a role held in relation to a body or person already named is
    /// someone new, as an indefinite role is, unless a name comes with it.
    /// </summary>
    private bool IsPossessedRole(int first, int role)
    {
        for (var k = first; k < role; k++)
        {
            if (tokens[k].Kind == TokenKind.Possessive
                || (k == first && tokens[k].IsWord && tokens[k].Text(text) is "his" or "His" or "her" or "Her" or "its" or "Its" or "their" or "Their"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last source that was someone unnamed and new, with the gender its role word gives, at its head's last token.</summary>
    private readonly record struct UnnamedSpeaker(string Speaker, Gender Gender, int Position);

    private UnnamedSpeaker? _unnamedPerson;

    /// <summary>A noun for one person: a role, a specialist, or a member of a listed group ("a villager", "an engineer").</summary>
    private static bool IsPersonNoun(ReadOnlySpan<char> w) =>
        WordLists.PersonRoles.Contains(w) || (w.Length > 2 && w[^1] != 's'
            && (WordLists.IsSpecialistNoun(w) || WordLists.IsListedSourceNoun(w) || WordLists.InquirerNouns.Contains(string.Concat(w, "s")))
            && !WordLists.InstitutionNouns.Contains(w) && !WordLists.DocumentWords.Contains(w) && !WordLists.MediaWords.Contains(w)
            && !WordLists.CollectivePlurals.Contains(w));

    private static readonly WordSet DefiniteOpeners = new("the", "his", "her", "their", "its", "a", "an");

    private bool IsSentenceEnd(int k) => tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] is '.' or '!' or '?' && !tokens[k].InQuote;
}
