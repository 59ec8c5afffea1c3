namespace ClaimTracker.Extraction;

/// <summary>
/// Bodies in text order: which earlier body a definite description or "it" points back to, which company nouns fit
/// which names, and how a run of capitalized words is read as a body.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// The body a definite description ("the court", "the company") or "it" points back to: the nearest earlier
    /// body that spoke or was named within the window, a clause subject preferred as with people; for a noun, one
    /// whose name holds the noun or whose kind fits it. Null when none.
    /// </summary>
    public BodyMention? NearestBody(string? noun, int position, int windowStart, bool subjectOnly = false, bool? plural = null, bool affiliations = true)
    {
        BodyMention? nearest = null;
        for (int i = BodiesBefore(position, inclusive: false) - 1, seen = 0; i >= 0 && seen < 40 && _bodies[i].Position >= windowStart; i--, seen++)
        {
            var b = _bodies[i];
            // A definite description ("the company") is singular: a group acting together is only ever "they".
            if ((noun is not null && (b.Plural || !BodyFits(noun, b))) || (plural is { } p && b.Plural != p) || (!affiliations && b.Affiliation && !b.Subject))
            {
                continue;
            }

            if (b.Subject)
            {
                return b;
            }

            nearest ??= b;
        }

        return subjectOnly ? null : nearest;
    }

    /// <summary>
    /// Whether the name holds the noun as a word of its own ("the council" → Tolvik City Council), not inside a longer
    /// one ("Councillors" are people, not the council).
    /// </summary>
    internal static bool NameHoldsWord(string name, string noun)
    {
        for (var at = name.IndexOf(noun, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(noun, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + noun.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }
        }

        return false;
    }

    private bool BodyFits(string noun, BodyMention body)
    {
        if (NameHoldsWord(body.Name, noun) || IntroducedAs(noun, body) || IsUnnamedFirm(noun, body.Name))
        {
            return true;
        }

        if (!DescriptionFits(noun, body) || IntroducedAsOther(noun, body))
        {
            return false;
        }

        return KindFits(noun, body.Name, body.Kind);
    }

    /// <summary>
    /// "The engine's manufacturer said … the company said": an unnamed firm described by its trade is "the company" or
    /// "the firm" when next referred to; a group is not.
    /// </summary>
    private static bool IsUnnamedFirm(string noun, string name)
    {
        if (!IsFirmNoun(noun) || name.Length == 0 || char.IsUpper(name[0]))
        {
            return false;
        }

        var head = name[(name.LastIndexOf(' ') + 1)..];
        return head == "maker" || (head != "group" && CompanyNouns.Contains(head));
    }

    /// <summary>"the company" can be Veltra Motors; "the government" only a government; other nouns only a name holding them.</summary>
    internal static bool KindFits(ReadOnlySpan<char> noun, string name, SourceKind kind)
    {
        if (CompanyNouns.Contains(noun))
        {
            return kind == SourceKind.Organization && !Places.Governments.Contains(name) && TradeFits(noun, name);
        }

        return (noun is "government" or "administration" or "regime" && Places.Governments.Contains(name)) || NameWordFits(noun, name);
    }

    // Words that head the names of bodies a description may stand for: "the agency" for the World Health Organization,
    // the National Weather Service or the World Food Programme, "the regulator" for the Financial Conduct Authority.
    private static readonly WordSet AgencyNameWords = new(
        "Agency", "Administration", "Organization", "Organisation", "Service", "Bureau", "Office", "Authority", "Commission",
        "Institute", "Centre", "Center", "Programme", "Program", "Fund");

    private static readonly WordSet RegulatorNameWords = new(
        "Authority", "Commission", "Agency", "Office", "Administration", "Inspectorate", "Board", "Council", "Regulator");

    /// <summary>"the agency", "the regulator", "the watchdog": a body whose name is headed by a word of that kind.</summary>
    internal static bool NameWordFits(ReadOnlySpan<char> noun, string name)
    {
        var words = noun switch
        {
            "agency" => AgencyNameWords,
            "regulator" or "watchdog" => RegulatorNameWords,
            _ => null,
        };
        if (words is null)
        {
            return false;
        }

        // The word must head the name: last, or before its complement ("Office of Fair Trading"), not modify another noun
        // ("Audit Office report").
        var parts = name.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            if (words.Contains(parts[i]) && char.IsUpper(parts[i][0]) && (i == parts.Length - 1 || parts[i + 1] is "of" or "for" or "on"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a company noun can name the body: never an institution that is no business ("the company" is not the
    /// United Nations), and a trade noun only a firm of that trade or of none written ("the airline" is not Bellam
    /// Capital, but may be Kestrel).
    /// </summary>
    private static bool TradeFits(ReadOnlySpan<char> noun, string name)
    {
        ReadOnlySpan<char> last = default;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range].TrimEnd(".,");
            if (NonBusinessWords.Contains(word))
            {
                return false;
            }

            last = word;
        }

        var wanted = noun switch
        {
            "airline" or "carrier" => AirlineWords,
            "retailer" => RetailWords,
            "automaker" or "carmaker" => AutoWords,
            "lender" => FinanceWords,
            _ => null,
        };
        return wanted is null || wanted.Contains(last)
            || !(WordLists.TradeWords.Contains(last) || FinanceWords.Contains(last) || AirlineWords.Contains(last) || AutoWords.Contains(last)
                || RetailWords.Contains(last));
    }

    private static readonly WordSet NonBusinessWords = new(
        "Nations", "Council", "Union", "Agency", "Committee", "Court", "Ministry", "Party", "Association", "Federation", "Institute",
        "University", "Foundation", "Church", "Commission", "Organization", "Organisation", "Department", "Office", "Authority",
        "Board", "Bureau", "Police", "Army", "Parliament", "Assembly", "Senate", "Congress", "Government", "Cross", "Crescent",
        "Tribunal", "School", "Hospital", "Museum", "Charity", "Trust", "League", "Alliance", "Coalition", "Movement", "Unit",
        "Branch", "Inquiry", "Panel", "Service", "Institution", "Observatory", "Laboratory");

    private static readonly WordSet FinanceWords = new("Capital", "Bank", "Holdings", "Partners", "Investments", "Securities", "Ventures", "Finance");

    private static readonly WordSet AirlineWords = new("Air", "Airlines", "Airways", "Aviation", "Jet", "Wings");

    private static readonly WordSet RetailWords = new("Retail", "Stores", "Markets", "Mart", "Shops", "Supermarkets");

    private static readonly WordSet AutoWords = new("Motors", "Automotive", "Cars", "Auto");

    /// <summary>Adds a body mention, keeping the list in text order (speakers are noted after the mentions were collected).</summary>
    private void AddBody(BodyMention mention)
    {
        if (_bodies.Count == 0 || _bodies[^1].Position <= mention.Position)
        {
            _bodies.Add(mention);
            return;
        }

        _bodies.Insert(BodiesBefore(mention.Position, inclusive: true), mention);
    }

    /// <summary>
    /// How many body mentions lie before <paramref name="position"/> (or at it, when inclusive): the list is in
    /// text order, and a window of concatenated articles holds thousands, so lookups search it by halves.
    /// </summary>
    private int BodiesBefore(int position, bool inclusive)
    {
        int lo = 0, hi = _bodies.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = _bodies[mid].Position;
            if (at < position || (inclusive && at == position))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// A name run that names a body: one holding an organization word ("Supreme Court of Norland", "Food Safety
    /// Agency"), an acronym introduced for a name, a short form of a known organization, or a country or seat of
    /// government standing for its government.
    /// </summary>
    private (string Name, SourceKind Kind)? BodyName(int start, int end)
    {
        var first = start;
        while (first < end - 1 && (!_tokens[first].IsWord || WordLists.Determiners.Contains(_tokens[first].Text(_text))
            || WordLists.SentenceStarters.Contains(_tokens[first].Text(_text))))
        {
            first++;
        }

        var next = end < _tokens.Count && _tokens[end].IsPunct(_text, '.') && _tokens[end].Start == _tokens[end - 1].End ? end + 1 : end;
        if (!_tokens[first].IsWord || (next < _tokens.Count && _tokens[next].IsWord && !_tokens[next].IsCapitalized && WordLists.SourceNouns.Contains(_tokens[next].Text(_text))))
        {
            // "U.S. senator", "Health Ministry officials": a name modifying a noun is not itself mentioned as a body.
            return null;
        }

        // "The Supreme Court of Norland": an "of" complement naming a place or body belongs to the name.
        var nameEnd = end;
        if (nameEnd + 1 < _tokens.Count && _tokens[nameEnd].IsWord && _tokens[nameEnd].Text(_text) is "of" or "for" && _tokens[nameEnd + 1].IsCapitalized)
        {
            nameEnd = NameRunEnd(nameEnd + 1, _tokens.Count);
        }

        var name = _text[_tokens[first].Start.._tokens[nameEnd - 1].End];
        if (DescribedBody(_text[_tokens[first].Start.._tokens[end - 1].End]) is { } described)
        {
            return described;
        }

        if (nameEnd > end && _tokens[first].IsWord && WordLists.OrganizationWords.Contains(_tokens[first].Text(_text)))
        {
            // "the Ministry of Transport", "the Court of Appeal": the organization word heads the name.
            return (name, KindOfBody(name));
        }

        if (end - first == 1)
        {
            var w = _tokens[first].Text(_text);
            if (Places.Governments.Contains(w))
            {
                return (name, SourceKind.OfficialBody);
            }

            if (ExpandAcronym(w) is { } expansion)
            {
                return (expansion, KindOfBody(expansion));
            }

            // "Harper" of "Harper Holdings" is still the person when a person of that surname is known.
            return !_surnameLookup.ContainsKey(w) && _organizations.TryGetValue(name, out var full) ? (full, SourceKind.Organization) : null;
        }

        for (var k = first; k < end; k++)
        {
            if (_tokens[k].IsWord && WordLists.OrganizationWords.Contains(_tokens[k].Text(_text)) && k > first)
            {
                return (name, KindOfBody(name));
            }
        }

        if (JoinsWithAmpersand(first, end))
        {
            // "Holt & Grey": an ampersand joins one firm's name.
            return (name, SourceKind.Organization);
        }

        // "Kelso Semiconductors", "Halvik Rail": a trade closing the name marks a firm, unless a first name opens it.
        return _tokens[end - 1].IsWord && WordLists.TradeWords.Contains(_tokens[end - 1].Text(_text))
            && GenderCues.OfFirstName(_tokens[first].Text(_text)) == Gender.Unknown
            ? (name, SourceKind.Organization)
            : null;
    }

    private static SourceKind KindOfBody(string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (WordLists.OfficialBodyWords.Contains(word))
            {
                return SourceKind.OfficialBody;
            }
        }

        return SourceKind.Organization;
    }
}
