namespace ClaimTracker.Extraction;

/// <summary>
/// Infinitive complements of belief, expectation and finding verbs: "Officials expect the bridge to reopen in May",
/// "Police believe the man to have fled abroad", "The study found the drug to be safe". The object is the subject of
/// the infinitive, and the two together state what is believed or found, as a "that" clause would. Verbs of wanting
/// ("want the residents to leave") are left out: a wish is no assertion. Directives ("urged lawmakers to approve")
/// are speech acts of their own, read through their object.
/// </summary>
internal sealed partial class CuePatterns
{
    private const int MaxInfinitiveSubject = 8;

    /// <summary>Nouns completed by an infinitive of purpose or ability, which is no clause of their own.</summary>
    private static readonly WordSet PurposeNouns = new(
        "way", "ways", "time", "chance", "chances", "means", "money", "funds", "ability", "opportunity", "opportunities", "right", "power",
        "courage", "strength", "effort", "efforts", "attempt", "attempts", "permission", "resources", "reason", "reasons", "need", "will",
        "desire", "room", "place", "nerve", "energy", "incentive", "incentives");

    /// <summary>Verbs whose object may be the subject of an infinitive stating a belief or a finding.</summary>
    private static bool TakesInfinitiveClause(string lemma) => lemma is "believe" or "think" or "expect" or "anticipate" or "suspect"
        or "reckon" or "judge" or "project" or "find" or "show" or "understand" or "know" or "calculate" or "assume";

    /// <summary>Verbs that report a clause without "that" only in its infinitive form ("know the man to be armed").</summary>
    private static bool TakesOnlyInfinitiveClause(string lemma) => lemma is "judge" or "project" or "understand" or "know" or "calculate"
        or "assume";

    /// <summary>
    /// Whether [start, end) opens with a noun phrase followed by "to" and a verb: "the bridge to reopen", "him to
    /// resign", "inflation to ease". "changes to the law", "payments to farmers" and "to Congress" are prepositional.
    /// </summary>
    private bool InfinitiveClauseAt(string lemma, int start, int end)
    {
        if (!TakesInfinitiveClause(lemma) || start >= end || !tokens[start].IsWord || tokens[start].InQuote || IsWord(start, "to")
            || WordLists.InnerPrepositions.Contains(tokens[start].Text(text)) || tokens[start].Text(text) is "how" or "what" or "where" or "when" or "whether" or "why" or "which" or "who")
        {
            return false;
        }

        for (var k = start + 1; k + 1 < end && k <= start + MaxInfinitiveSubject; k++)
        {
            var tok = tokens[k];
            if (tok.InQuote || tok.Kind == TokenKind.Quote || (tok.Kind == TokenKind.Punct && !IsAbbreviationLike(k)))
            {
                return false;
            }

            if (!IsWord(k, "to"))
            {
                continue;
            }

            if (tokens[k - 1].IsWord && PurposeNouns.Contains(tokens[k - 1].Text(text)))
            {
                // "found a way to reopen the road", "knows the time to act": the infinitive completes the noun.
                return false;
            }

            var verb = tokens[k + 1];
            if (!verb.IsWord || verb.IsCapitalized || verb.InQuote || verb.Is(TokenFlags.Numeric))
            {
                return false;
            }

            var w = verb.Text(text);
            // A plural noun after "to" is a recipient ("payments to farmers"); base verbs ending in -s keep "ss" or "us".
            var plural = w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u');
            return !plural && !WordLists.Determiners.Contains(w) && !WordLists.Pronouns.Contains(w) && !IsObjectPronoun(k + 1)
                && !WordLists.InnerPrepositions.Contains(w) && !WordLists.TimeWords.Contains(w) && !WordLists.NumberWords.Contains(w);
        }

        return false;
    }

    /// <summary>
    /// "The suspect is believed by police to have fled", "Growth was forecast by the bank to slow": the by-phrase
    /// names who believes; the passive subject and the infinitive after the agent are what is believed. Without an
    /// agent ("The bridge is expected to reopen") the reporter speaks.
    /// </summary>
    private Attribution? PassiveAgentBeforeInfinitive(int verb, int cueEnd, int be, int first, int end, VerbHit hit, int paragraph, int unit)
    {
        var lemma = hit.Entry.Lemma;
        if (!(TakesInfinitiveClause(lemma) || lemma is "say" or "report" or "estimate" or "forecast" or "predict" or "allege" or "rumor" or "rumour")
            || cueEnd + 1 >= end || !IsWord(cueEnd, "by") || CountWords(first, be) < 1)
        {
            return null;
        }

        var agent = parser.ParseForward(cueEnd + 1, end);
        var to = agent.Full.End;
        if (agent.Head.IsEmpty || to + 1 >= end || !IsWord(to, "to") || !parser.IsPlausibleSource(agent.Head, allowPronoun: false)
            || !tokens[to + 1].IsWord || tokens[to + 1].IsCapitalized || WordLists.Determiners.Contains(tokens[to + 1].Text(text)))
        {
            return null;
        }

        var infinitive = Trim(to, ContentEnd(to, end, objectOnly: false, coordinatedPredicate: true));
        if (infinitive.IsEmpty)
        {
            return null;
        }

        var result = Build(CueMode.Final, first, be, verb, cueEnd, agent, hit.Entry, paragraph, unit);
        if (result.Segments.Count > 0)
        {
            result.Segments.Add(ToSpan(infinitive));
        }

        return result;
    }
}
