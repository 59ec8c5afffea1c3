namespace ClaimTracker.Extraction;

/// <summary>
/// Speech acts without a proposition: refusals to speak ("declined to comment", "did not respond to requests for
/// comment"), which news reports as the source's word on the matter, and greetings or rites ("said goodbye"), which it does not.
/// </summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// The end of the infinitive or "to"-phrase a refusal governs, or -1 when the verb refuses nothing said.
    /// "declined to comment", "declined to say whether ...", "declined to intervene" (a decision not to act, which
    /// news reports like a ruling); "refused to comment", "refused to say" but not "refused to leave"; "did not respond
    /// to requests for comment" but not "responded to the fire".
    /// </summary>
    private int RefusalToSpeakEnd(string lemma, int verb, int to, int end)
    {
        if (to + 1 >= end || !tokens[to + 1].IsWord || tokens[to + 1].IsCapitalized)
        {
            return -1;
        }

        switch (lemma)
        {
            case "decline":
                return IsVerbAfterTo(to + 1) ? ContentEnd(to, end, objectOnly: false, coordinatedPredicate: true) : -1;
            case "refuse":
                return IsSpeechInfinitive(to + 1) ? ContentEnd(to, end, objectOnly: false, coordinatedPredicate: true) : -1;
            case "respond" or "reply" when IsNegated(verb):
                // "to requests for comment", "to a message seeking comment", "to inquiries from the paper".
                for (var k = to + 1; k < end && k < to + 8; k++)
                {
                    if (!tokens[k].IsWord)
                    {
                        return -1;
                    }

                    if (tokens[k].Text(text) is "comment" or "comments" or "inquiries" or "enquiries" or "questions")
                    {
                        return k + 1;
                    }
                }

                return -1;
            default:
                return -1;
        }
    }

    /// <summary>A bare verb after "to" ("to comment", "to intervene"), not a noun phrase ("to the offer").</summary>
    private bool IsVerbAfterTo(int k)
    {
        var w = tokens[k].Text(text);
        return !WordLists.Determiners.Contains(w) && !WordLists.Pronouns.Contains(w) && !tokens[k].Is(TokenFlags.Numeric)
            && !w.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>"to comment", "to say", "to discuss", "to confirm": a verb of saying, so the refusal concerns speech.</summary>
    private bool IsSpeechInfinitive(int k)
    {
        var w = tokens[k].Text(text);
        return w is "comment" or "discuss" or "elaborate" or "speculate" or "answer" or "disclose" or "reveal" or "name" or "identify"
            || (lexicon.TryGet(w, out var hits) && hits[0].Form == VerbForm.Base && (hits[0].Entry.Frames & VerbFrames.Clausal) != 0);
    }

    /// <summary>"did not respond", "has not replied", "could not immediately respond", "never responded".</summary>
    private bool IsNegated(int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            var w = tokens[k].Text(text);
            if (w is "not" or "never" or "n't" || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n\u2019t", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"goodbye", "hello", "farewell", "grace", "a prayer": the object of "say" as a greeting or a rite.</summary>
    private bool IsGreetingOrRite(int start, int end)
    {
        var k = start;
        if (k + 1 < end && tokens[k].IsWord && (IsWord(k, "a") || IsWord(k, "his") || IsWord(k, "her") || IsWord(k, "their") || IsWord(k, "our")
            || IsWord(k, "my") || IsWord(k, "its") || IsWord(k, "final") || IsWord(k, "last")))
        {
            k++;
            if (k + 1 < end && (IsWord(k, "final") || IsWord(k, "last") || IsWord(k, "tearful") || IsWord(k, "quick")))
            {
                k++;
            }
        }

        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote)
        {
            return false;
        }

        var w = tokens[k].Text(text);
        return w.Equals("goodbye", StringComparison.OrdinalIgnoreCase) || w.Equals("goodbyes", StringComparison.OrdinalIgnoreCase)
            || w.Equals("good-bye", StringComparison.OrdinalIgnoreCase) || w.Equals("hello", StringComparison.OrdinalIgnoreCase)
            || w.Equals("farewell", StringComparison.OrdinalIgnoreCase) || w.Equals("farewells", StringComparison.OrdinalIgnoreCase)
            || w.Equals("grace", StringComparison.OrdinalIgnoreCase) || w.Equals("prayer", StringComparison.OrdinalIgnoreCase)
            || w.Equals("prayers", StringComparison.OrdinalIgnoreCase)
            || w.Equals("hi", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "would not confirm", "could not say", "won't comment", "cannot disclose": a negated modal of will or ability
    /// before a verb of saying is a refusal already made, reported like "declined to comment"; a bare modal ("would
    /// call", "could tell") stays hypothetical, and so does a verb with an addressee ("wouldn't tell the bank anything":
    /// what a document or a step would reveal).
    /// </summary>
    private bool IsNegatedWillingness(int modal, int verb)
    {
        var m = tokens[modal].Text(text);
        if (WordLists.NegatedWillingnessModals.Contains(m))
        {
            return true;
        }

        if (!WordLists.WillingnessModals.Contains(m))
        {
            return false;
        }

        for (var k = modal + 1; k < verb; k++)
        {
            if (IsWord(k, "not") || IsWord(k, "never"))
            {
                return true;
            }
        }

        return false;
    }
}
