namespace ClaimTracker.Extraction;

/// <summary>
/// Bodies introduced by the kind of body they are ("a campaign group, Clean Rivers Now,", "Harbour Holdings, a
/// shipping company,", "the charity Open Doors"), and definite descriptions ("the group", "the ministry") that refer
/// back to a body named anywhere earlier in the article.
/// </summary>
internal sealed partial class Coreference
{
    // Name of a body → the institution noun that introduced it.
    private readonly Dictionary<string, string> _describedBodies = new(StringComparer.Ordinal);

    // Words that mark a company's name: "Harbour Logistics Ltd", "Veltra Holdings".
    private static readonly WordSet CorporateWords = new(
        "Ltd", "Inc", "Corp", "Corporation", "Company", "Co", "Holdings", "Group", "plc", "PLC", "LLC", "GmbH", "AG", "SA", "Industries",
        "Airlines", "Airways", "Motors", "Bank", "Partners", "Enterprises", "Technologies", "Systems", "Energy", "Foods", "Pharmaceuticals");

    private static readonly WordSet CompanyNouns = new(
        "company", "firm", "carrier", "airline", "retailer", "automaker", "carmaker", "drugmaker", "chipmaker", "planemaker",
        "manufacturer", "insurer", "lender", "broadcaster", "group");

    /// <summary>
    /// Records the run [<paramref name="start"/>, <paramref name="end"/>) as a body when an institution noun introduces
    /// it: right before it ("the charity Open Doors"), before it across a comma ("a campaign group, Clean Rivers Now"),
    /// or as the head of an apposition after it ("Clean Rivers Now, a campaign group,"). A run with a title or a known
    /// first name is a person ("the union, Ana Ruiz, ..." is not read so).
    /// </summary>
    private bool NoteDescribedBody(int start, int end, Paragraph para)
    {
        var noun = -1;
        if (start - 1 >= para.FirstToken && IsInstitutionNounAt(start - 1))
        {
            noun = start - 1;
        }
        else if (start - 2 >= para.FirstToken && _tokens[start - 1].IsPunct(_text, ',') && IsInstitutionNounAt(start - 2)
            && (end >= para.EndToken || !_tokens[end].IsWord))
        {
            // An apposition closes with punctuation; in "read to the court, Hollins said" the name is the next clause's
            // subject.
            noun = start - 2;
        }
        else if (end + 2 < para.EndToken && _tokens[end].IsPunct(_text, ',') && _tokens[end + 1].IsWord && _tokens[end + 1].Text(_text) is "a" or "an")
        {
            for (var k = end + 2; k < para.EndToken && k < end + 6; k++)
            {
                if (!_tokens[k].IsWord || _tokens[k].IsCapitalized || WordLists.InnerPrepositions.Contains(_tokens[k].Text(_text)))
                {
                    break;
                }

                // The noun must head the apposition: "a union official" is a person.
                if (IsInstitutionNounAt(k) && (k + 1 >= para.EndToken || !_tokens[k + 1].IsWord || _tokens[k + 1].Text(_text) is "based" or "that" or "which"))
                {
                    noun = k;
                    break;
                }
            }
        }

        if (noun < 0 || end - start > 6)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            var w = _tokens[k].Text(_text);
            if (WordLists.Titles.Contains(w) || GenderCues.IsHonorific(w) || (k == start && GenderCues.OfFirstName(w) != Gender.Unknown)
                || Places.Governments.Contains(w))
            {
                return false;
            }
        }

        var first = start;
        while (first < end - 1 && WordLists.Determiners.Contains(_tokens[first].Text(_text)))
        {
            first++;
        }

        _describedBodies.TryAdd(_text[_tokens[first].Start.._tokens[end - 1].End], _tokens[noun].Text(_text).ToString().ToLowerInvariant());
        return true;
    }

    private bool IsInstitutionNounAt(int k) =>
        _tokens[k].IsWord && !_tokens[k].IsCapitalized && !_tokens[k].InQuote && WordLists.InstitutionNouns.Contains(_tokens[k].Text(_text));

    /// <summary>The body the noun introduced, with its kind; null when the name was not introduced so.</summary>
    private (string Name, SourceKind Kind)? DescribedBody(string name) =>
        _describedBodies.TryGetValue(name, out var noun)
            ? (name, WordLists.OfficialBodyWords.Contains(noun) ? SourceKind.OfficialBody : SourceKind.Organization)
            : null;

    /// <summary>
    /// A definite description beyond the nearby window: the nearest body named earlier in the article whose name holds
    /// the noun ("the ministry" → Ministry of Transport), that the noun introduced ("the group" → Clean Rivers Now), or,
    /// for a company noun, whose name marks a company ("the company" → Harbour Logistics Ltd). Null when none.
    /// </summary>
    public BodyMention? NamedBodyEarlier(string noun, int position, bool subjectOnly = false, bool affiliations = true)
    {
        // Bounded like role lookups: a long input must not cost a scan of every body before it.
        var last = BodiesBefore(position, inclusive: false) - 1;
        for (var i = last; i >= 0 && i > last - 256; i--)
        {
            var b = _bodies[i];
            if (b.Plural || b.Name.Length == 0 || !char.IsUpper(b.Name[0]) || (subjectOnly && !b.Subject) || (!affiliations && b.Affiliation && !b.Subject))
            {
                continue;
            }

            if (NameHoldsWord(b.Name, noun)
                || IntroducedAs(noun, b)
                || NameWordFits(noun, b.Name)
                || (CompanyNouns.Contains(noun) && HasCorporateWord(b.Name) && TradeFits(noun, b.Name) && !IntroducedAsOther(noun, b)))
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>A word marking a firm: a legal form ("Ltd", "Holdings") or, last in a name of two words or more, a trade ("Kelso Semiconductors").</summary>
    private static bool HasCorporateWord(string name)
    {
        var words = name.Split(' ');
        foreach (var word in words)
        {
            if (CorporateWords.Contains(word.TrimEnd('.', ',')))
            {
                return true;
            }
        }

        return words.Length >= 2 && WordLists.TradeWords.Contains(words[^1]);
    }

    /// <summary>
    /// Whether a body that spoke fits the noun: an unnamed description ("the group" left unresolved) fits only its own
    /// noun, so "the company" never takes a group that was never named.
    /// </summary>
    private static bool DescriptionFits(string noun, BodyMention body) =>
        (body.Name.Length > 0 && char.IsUpper(body.Name[0])) || NameHoldsWord(body.Name, noun);

    private bool IntroducedAs(string noun, BodyMention body) =>
        _describedBodies.TryGetValue(body.Name, out var described) && SameKindOfBody(described, noun);

    /// <summary>A body introduced as one kind ("a campaign group, Clean Rivers Now") is not "the company".</summary>
    private bool IntroducedAsOther(string noun, BodyMention body) =>
        _describedBodies.TryGetValue(body.Name, out var described) && !SameKindOfBody(described, noun);

    /// <summary>
    /// Whether a body introduced by one noun may be called by another: the same noun, or "the company" and "the firm"
    /// for a firm introduced by its trade ("the airline Skyvia", "chip maker Vireon").
    /// </summary>
    private static bool SameKindOfBody(string introduced, string noun) =>
        introduced == noun || (IsFirmNoun(noun) && (IsFirmNoun(introduced) || (introduced != "group" && (CompanyNouns.Contains(introduced) || introduced == "maker"))));

    private static bool IsFirmNoun(string noun) => noun is "company" or "firm";
}
