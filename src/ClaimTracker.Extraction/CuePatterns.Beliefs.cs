namespace ClaimTracker.Extraction;

/// <summary>Verbs of belief and expectation with a bare clause: "Investigators believe the fire started in the kitchen".</summary>
internal sealed partial class CuePatterns
{
    /// <summary>
    /// Whether a belief verb's bare complement can be a clause: the verb is no plural noun ("Health worries have
    /// dogged"), its object is not a fronted "what" ("what we expect from them is"), and the words after it do not
    /// open with a preposition ("expect from", "hope for") or a noun with its own clause ("the claim that").
    /// </summary>
    private bool BeliefClauseFollows(VerbHit hit, SourceMention subject, int first, int contentStart) =>
        !(hit.Form == VerbForm.ThirdPerson && WordLists.NounlikeBeliefLemmas.Contains(hit.Entry.Lemma))
        && !(subject.Full.First - 1 >= first && tokens[subject.Full.First - 1].IsWord && tokens[subject.Full.First - 1].Text(text) is "what" or "which" or "that")
        && !(tokens[contentStart].IsWord && (WordLists.InnerPrepositions.Contains(tokens[contentStart].Text(text)) || WordLists.LocativePrepositions.Contains(tokens[contentStart].Text(text))))
        && !NounComplementAhead(contentStart);

    /// <summary>"doubted the governor's claim that taxes would fall": the clause completes a noun, not the verb.</summary>
    private bool NounComplementAhead(int start)
    {
        for (var k = start + 1; k < tokens.Count && k < start + 8 && tokens[k].Kind != TokenKind.Punct; k++)
        {
            if (IsWord(k, "that") || IsWord(k, "which") || IsWord(k, "who"))
            {
                return true;
            }
        }

        return false;
    }
}
