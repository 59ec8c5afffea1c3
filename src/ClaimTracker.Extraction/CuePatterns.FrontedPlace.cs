namespace ClaimTracker.Extraction;

/// <summary>
/// A fronted prepositional phrase whose object is a name, run into the subject without a comma: "In Lisbon Okafor
/// said ...", "In a speech in Accra President Mensah said ...". The preposition needs its object, so the capitalized
/// run after it holds two names: the place first, the speaker last.
/// </summary>
internal sealed partial class CuePatterns
{
    // Prepositions that open a fronted adverbial of place or time and take a noun phrase as their object.
    private static readonly WordSet FrontedPrepositions = new(
        "in", "on", "at", "after", "before", "during", "following", "since", "amid", "despite", "throughout", "from", "outside", "inside");

    /// <summary>
    /// The speaker's part of a capitalized run that opens right after a fronted preposition: from the first title
    /// or first name after the run's first word ("Accra | President Mensah", "Lisbon | Ana Okafor"), else the last word
    /// ("Lisbon | Okafor"). Null when the subject does not end in such a run.
    /// </summary>
    private SourceMention? NameAfterFrontedPlace(SourceMention subject, int first)
    {
        var head = subject.Head;
        if (subject.Full.End != head.End || head.IsEmpty || !tokens[head.End - 1].IsCapitalized || !tokens[head.End - 1].IsWord
            || !tokens[first].IsWord || !FrontedPrepositions.Contains(tokens[first].Text(text)))
        {
            return null;
        }

        var runFirst = head.End - 1;
        while (runFirst - 1 > first && tokens[runFirst - 1].IsWord && tokens[runFirst - 1].IsCapitalized && !tokens[runFirst - 1].InQuote)
        {
            runFirst--;
        }

        if (head.End - runFirst < 2 || !OpensPlaceObject(runFirst, first))
        {
            return null;
        }

        var split = head.End - 1;
        for (var k = runFirst + 1; k < head.End - 1; k++)
        {
            var w = tokens[k].Text(text);
            if (WordLists.Titles.Contains(w) || GenderCues.IsHonorific(w) || GenderCues.OfFirstName(w) != Gender.Unknown)
            {
                split = k;
                break;
            }
        }

        var name = new TokenRange(split, head.End);
        return parser.IsPlausibleSource(name, allowPronoun: false) ? new SourceMention(name, name) : null;
    }

    /// <summary>
    /// Whether the capitalized run at <paramref name="runFirst"/> is the object of the fronted phrase: it follows the
    /// opening preposition itself, or a preposition or determiner inside a short phrase of lowercase words with no verb
    /// ("In a speech in Accra", "At the Harbour Forum").
    /// </summary>
    private bool OpensPlaceObject(int runFirst, int first)
    {
        if (runFirst - first > 8)
        {
            return false;
        }

        for (var k = first + 1; k < runFirst; k++)
        {
            var tok = tokens[k];
            if (!(tok.IsWord || tok.Is(TokenFlags.Numeric)) || tok.InQuote || tok.IsCapitalized)
            {
                return false;
            }

            var w = tok.Text(text);
            if (WordLists.BeForms.Contains(w) || WordLists.Modals.Contains(w) || WordLists.HaveForms.Contains(w) || WordLists.Pronouns.Contains(w)
                || w is "that" or "which" or "who" or "and" or "or" or "but")
            {
                return false;
            }
        }

        var before = runFirst - 1;
        return before == first || WordLists.InnerPrepositions.Contains(tokens[before].Text(text)) || WordLists.Determiners.Contains(tokens[before].Text(text));
    }
}
