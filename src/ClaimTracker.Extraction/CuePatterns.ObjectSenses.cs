namespace ClaimTracker.Extraction;

/// <summary>
/// Senses of reporting verbs whose object is no proposition or utterance: a thesis examined ("defended his
/// dissertation"), power exercised ("asserted his authority"), things kept up ("maintained the roads"), a part
/// acted ("portrayed the king in the film"), a marriage proposal ("proposed to her"), a journey begun ("set out
/// for the coast"), and the purpose phrase "in order to". The speech senses keep their complements: "defended
/// the decision", "maintained that ...", "portrayed him as a hero", "proposed to the board a levy".
/// </summary>
internal sealed partial class CuePatterns
{
    /// <summary>Objects defended in a contest or an examination, not a position argued for.</summary>
    private static readonly WordSet DefendedThings = new(
        "dissertation", "thesis", "doctorate", "title", "titles", "crown", "championship", "belt", "seat", "seats",
        "territory", "border", "borders", "homeland", "goal", "net", "fort", "fortress", "city", "town", "village", "castle");

    /// <summary>
    /// Kinds of utterance named without their words: "chanted slogans against the government", "shouted abuse at the
    /// referee", "sang hymns": the act is reported, its content is not.
    /// </summary>
    private static readonly WordSet UtteranceKinds = new(
        "slogans", "slogan", "abuse", "insults", "obscenities", "songs", "song", "hymns", "hymn", "anthems", "anthem", "chants",
        "curses", "threats", "names", "encouragement", "orders", "instructions", "warnings", "greetings", "prayers", "verses");

    /// <summary>Power or standing exercised: "asserted her authority", "asserted control over the port".</summary>
    private static readonly WordSet AssertedPowers = new(
        "influence", "authority", "control", "dominance", "dominion", "independence", "sovereignty", "leadership", "power",
        "himself", "herself", "itself", "themselves", "supremacy", "presence", "jurisdiction");

    /// <summary>Things kept up or kept going: "maintained the roads", "maintained a lead", "maintained contact".</summary>
    private static readonly WordSet MaintainedThings = new(
        "road", "roads", "building", "buildings", "property", "properties", "equipment", "fleet", "vehicle", "vehicles",
        "aircraft", "grounds", "facility", "facilities", "infrastructure", "garden", "gardens", "contact", "contacts",
        "presence", "lead", "distance", "order", "residence", "residences", "home", "homes", "ties", "silence", "weight",
        "speed", "altitude", "balance", "records", "database", "website", "office", "offices", "himself", "herself",
        "themselves", "itself", "friendship", "friendships", "links");

    /// <summary>Goods called back by their maker and envoys called home: "recalled 30,000 cars", "recalled its ambassador".</summary>
    private static readonly WordSet RecalledThings = new(
        "ambassador", "ambassadors", "envoy", "envoys", "diplomats", "vehicles", "cars", "trucks", "vans", "buses", "models",
        "products", "units", "devices", "batteries", "batch", "batches", "toys", "phones", "laptops", "drugs", "medicines",
        "pills", "tablets", "jars", "packs", "packets", "bottles", "cans", "food", "meat", "eggs", "formula", "airbags",
        "bikes", "bicycles", "scooters", "cots", "chargers", "tyres", "tires", "doses", "appliances", "heaters", "helmets",
        "smartphones", "handsets", "kettles", "cookers", "ovens", "dryers", "strollers", "prams", "mattresses", "seats");

    /// <summary>
    /// Lives taken and prizes won: "the crash claimed four lives", "the disease has claimed the life of", "she claimed
    /// gold", "claimed pole position". "claimed responsibility" and "claimed victory" assert something and stay cues.
    /// </summary>
    private static readonly WordSet ClaimedThings = new(
        "life", "lives", "victims", "casualties", "title", "titles", "medal", "medals", "gold", "silver", "bronze", "trophy",
        "trophies", "championship", "crown", "pole", "prize", "wicket", "wickets", "scalp", "scalps");

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> with its object from <paramref name="start"/> takes a sense in which
    /// nothing is said.
    /// </summary>
    private bool IsNonSpeechSense(string lemma, int verb, int start, int end)
    {
        if (IsPurposeOrder(lemma, verb))
        {
            return true;
        }

        if (start >= end || tokens[start].InQuote || tokens[start].Kind == TokenKind.Quote)
        {
            return false;
        }

        return lemma switch
        {
            "defend" => ObjectHeadIn(DefendedThings, start, end),
            "assert" => ObjectHeadIn(AssertedPowers, start, end),
            "maintain" => ObjectHeadIn(MaintainedThings, start, end),
            "recall" => IsRecalledObject(start, end),
            "claim" => ObjectHeadIn(ClaimedThings, start, end),
            "portray" => !AsWithinClause(start, end),
            "propose" => IsWord(start, "to") && start + 1 < end && IsObjectPronoun(start + 1)
                && !(start + 2 < end && IsWord(start + 2, "that")),
            "call" or "name" or "dub" => IsBareNameObject(start, end),
            "advise" => IsBareAdvisee(start, end),
            "chant" or "shout" or "yell" or "scream" or "sing" => ObjectHeadIn(UtteranceKinds, start, end),
            "set out" => tokens[start].IsWord && WordLists.InnerPrepositions.Contains(tokens[start].Text(text)),
            _ => false,
        };
    }

    /// <summary>
    /// "a comet called Wild 2 (...)", "a group called Harbour Watch have ...", "phoned and called Okafor on Monday": a
    /// name with no predicate after it names or rings someone; "called Okafor reckless" or "called Okafor a liar" judges.
    /// </summary>
    private bool IsBareNameObject(int start, int end)
    {
        if (!tokens[start].IsWord || !tokens[start].IsCapitalized || WordLists.Pronouns.Contains(tokens[start].Text(text)))
        {
            return false;
        }

        var k = start;
        while (k < end && (tokens[k].IsCapitalized || tokens[k].Is(TokenFlags.Numeric)))
        {
            k++;
        }

        if (k >= end)
        {
            return true;
        }

        var after = tokens[k];
        if (after.Kind == TokenKind.Quote || after.InQuote)
        {
            return false;
        }

        if (after.Kind != TokenKind.Word)
        {
            // "called Okafor's plan a gamble": the name opens a longer object.
            // "called Mr. Okafor's plan a gamble": a period inside the sentence closes a title, not the object.
            return after.Kind == TokenKind.Punct && (IsPunct(k, '(') || (IsPunct(k, '.') && k + 1 >= end) || IsPunct(k, ';') || IsPunct(k, '-'));
        }

        var w = after.Text(text);
        return WordLists.BeForms.Contains(w) || WordLists.Modals.Contains(w) || w is "have" or "has" or "had"
            || WordLists.InnerPrepositions.Contains(w);
    }

    /// <summary>
    /// "the council, which advises the commission,": serving as adviser to someone, with no counsel given. "advised the
    /// commission to act", "advised residents that ...", "advised against travel" give counsel.
    /// </summary>
    private bool IsBareAdvisee(int start, int end)
    {
        for (var k = start; k < end && k < start + 10; k++)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.Quote)
            {
                return false;
            }

            if (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ')') || (IsPunct(k, '.') && !IsAbbreviationLike(k)))
            {
                return true;
            }

            if (tokens[k].IsWord && tokens[k].Text(text) is "to" or "that" or "against" or "on" or "not" or "whether" or "how" or "what")
            {
                return false;
            }
        }

        return start + 10 > end;
    }

    /// <summary>"in order to allow the repairs": a purpose, no command.</summary>
    private bool IsPurposeOrder(string lemma, int verb) => lemma == "order" && verb > 0 && IsWord(verb - 1, "in");

    /// <summary>"recalled about 300,000 vehicles", "is recalling its ambassador": a count may come before the noun.</summary>
    private bool IsRecalledObject(int start, int end)
    {
        for (var k = start; k < end && k < start + 6; k++)
        {
            if (tokens[k].Is(TokenFlags.Numeric))
            {
                // Memories are not counted in thousands: "is recalling about 300,000 of its newest models" calls goods back.
                if (IsCountOfThousands(k, end))
                {
                    return true;
                }

                continue;
            }

            if (IsPunct(k, ','))
            {
                continue;
            }

            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            var w = tokens[k].Text(text);
            if (RecalledThings.Contains(w))
            {
                return true;
            }

            if (WordLists.InnerPrepositions.Contains(w) || WordLists.ClauseOpeners.Contains(w) || IsWord(k, "that"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A figure with a thousands separator or five digits, or one before "thousand"/"million" (not a year).</summary>
    private bool IsCountOfThousands(int k, int end)
    {
        var figure = tokens[k].Text(text);
        var digits = 0;
        foreach (var c in figure)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return (figure.Contains(',') && digits >= 4) || digits >= 5
            || (k + 1 < end && (IsWord(k + 1, "thousand") || IsWord(k + 1, "million")));
    }

    /// <summary>
    /// The object's head is a listed noun within its first few words, before a preposition or clause: the noun must end
    /// its phrase, so a modifier ("the border policy"), a possessor ("the city's decision") or the subject of a bare
    /// clause ("maintained order had been restored") keeps the speech sense.
    /// </summary>
    private bool ObjectHeadIn(WordSet nouns, int start, int end)
    {
        for (var k = start; k < end && k < start + 5; k++)
        {
            var tok = tokens[k];
            if (!tok.IsWord || tok.InQuote)
            {
                return false;
            }

            var w = tok.Text(text);
            if (nouns.Contains(w))
            {
                return EndsNounPhrase(k + 1, end);
            }

            if (k > start && (WordLists.InnerPrepositions.Contains(w) || WordLists.ClauseOpeners.Contains(w)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase ends before <paramref name="k"/>: the unit's end, punctuation, a preposition, an adverb of time or manner, a deictic time, or a conjunction.</summary>
    private bool EndsNounPhrase(int k, int end) =>
        k >= end
        || (!tokens[k].IsWord && tokens[k].Kind is not (TokenKind.Quote or TokenKind.Possessive))
        || (tokens[k].IsWord && (WordLists.InnerPrepositions.Contains(tokens[k].Text(text)) || WordLists.IntransitiveMarkers.Contains(tokens[k].Text(text))
            || IsWord(k, "and") || IsWord(k, "or") || IsDeicticTime(k)));

    /// <summary>"this winter", "last season", "next year": a time adverbial after the object, not part of it.</summary>
    private bool IsDeicticTime(int k) =>
        (IsWord(k, "this") || IsWord(k, "last") || IsWord(k, "next")) && k + 1 < tokens.Count && tokens[k + 1].IsWord
        && !tokens[k + 1].IsCapitalized && !WordLists.InnerPrepositions.Contains(tokens[k + 1].Text(text));

    /// <summary>
    /// "the verdict a disgrace", "him a liar", "the plan reckless and unfair": a short object (an object pronoun, or a
    /// determiner and up to three words) followed by a predicate, a noun phrase opened by "a" or an adjective that ends
    /// the clause. "the office a few times" counts time, and "the press office" has no predicate.
    /// </summary>
    private bool HasObjectPredicate(int start, int end)
    {
        if (start + 1 >= end || !tokens[start].IsWord || tokens[start].InQuote)
        {
            return false;
        }

        var w = tokens[start].Text(text);
        int first;
        if (WordLists.ObjectPronouns.Contains(w) || w is "it" or "this" or "that")
        {
            first = start + 1;
        }
        else if (WordLists.Determiners.Contains(w) && w is not ("a" or "an"))
        {
            first = start + 2;
        }
        else
        {
            return false;
        }

        for (var k = first; k < end && k <= start + 4; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            var p = tokens[k].Text(text);
            if (p is "a" or "an")
            {
                return k + 1 < end && tokens[k + 1].IsWord && !WordLists.TimeWords.Contains(tokens[k + 1].Text(text))
                    && tokens[k + 1].Text(text) is not ("few" or "couple" or "number" or "lot" or "day" or "second" or "minute" or "moment");
            }

            if (PresentVerbs.Of(p) == PresentVerbClass.Adjective && !tokens[k].IsCapitalized)
            {
                var after = k + 1;
                return after >= end || (tokens[after].Kind == TokenKind.Punct && !tokens[after].InQuote) || IsWord(after, "and") || IsWord(after, "but")
                    || IsWord(after, "or");
            }

            if (tokens[k].IsCapitalized || WordLists.InnerPrepositions.Contains(p) || WordLists.ClauseOpeners.Contains(p))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An "as" before the clause's first comma: "portrayed the reform as a betrayal".</summary>
    private bool AsWithinClause(int start, int end)
    {
        for (var k = start; k < end && k < start + 16; k++)
        {
            if (IsPunct(k, ',') || IsPunct(k, ';'))
            {
                return false;
            }

            if (IsWord(k, "as"))
            {
                return true;
            }
        }

        return false;
    }
}
