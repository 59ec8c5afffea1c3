namespace ClaimTracker.Extraction;

/// <summary>Asides after a name: roles, ages, places and affiliations that belong to the source phrase.</summary>
internal sealed partial class SourceParser
{
    /// <summary>"Rita Okoye, senior analyst for ..., said" / "Harper, at a brief news conference, said": any lowercase aside after a name.</summary>
    private bool IsAsideAfterName(int comma, int limit)
    {
        if (comma + 1 >= tokens.Count || !tokens[comma + 1].IsWord || tokens[comma + 1].IsCapitalized)
        {
            return false;
        }

        var w = tokens[comma + 1].Text(text);
        if (WordLists.ClauseOpeners.Contains(w) && !WordLists.InnerPrepositions.Contains(w))
        {
            return false;
        }

        if (WordLists.InnerPrepositions.Contains(w) || w.Equals("during", StringComparison.OrdinalIgnoreCase))
        {
            // "Zelenskyy's office, in a statement posted on Telegram, accused": a circumstantial aside after any source.
            return true;
        }

        return comma - 1 >= limit && tokens[comma - 1].IsCapitalized || (comma - 1 >= limit && IsPunct(comma - 1, ')'));
    }

    /// <summary>"Paul Brandt, Senate editor for the Lakeside Election Digest": a capitalized segment naming a role.</summary>
    private bool IsRoleSegment(int i, int end)
    {
        for (var k = i; k < end && k < i + 4; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (!tokens[k].IsCapitalized && WordLists.SourceNouns.Contains(tokens[k].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsWithName(int comma, int limit) =>
        comma - 1 >= limit && (tokens[comma - 1].IsCapitalized || IsPunct(comma - 1, ')') || tokens[comma - 1].Is(TokenFlags.Numeric)
            || IsAbbreviationPeriod(comma - 1) || (IsPunct(comma - 1, '.') && comma - 2 >= limit && tokens[comma - 2].IsCapitalized));

    /// <summary>
    /// "The CEO, Dana Holt, who …", "The local MP, Ron Bale, who …": a role written in capitals after a lower-case word
    /// is no name, so the name after its comma is the role's holder, not an aside on it.
    /// </summary>
    private bool IsRoleAcronymBefore(int comma, int limit)
    {
        if (comma - 2 < limit || !tokens[comma - 1].IsWord || !tokens[comma - 2].IsWord || (tokens[comma - 2].IsCapitalized && !WordLists.Determiners.Contains(tokens[comma - 2].Text(text))))
        {
            return false;
        }

        var w = tokens[comma - 1].Text(text);
        return w.Length is >= 2 and <= 4 && !w.ContainsAnyExceptInRange('A', 'Z') && WordLists.PersonRoles.Contains(w);
    }

    /// <summary>"..., of Mayfield Memorial Church", "..., from Springfield": where the speaker belongs or comes from.</summary>
    private bool IsOriginAside(int i, int end) =>
        i + 1 < end && (IsWord(i, "of") || IsWord(i, "from")) && tokens[i + 1].IsCapitalized;

    /// <summary>The comma opening the comma-delimited segment that ends at <paramref name="comma"/>, or -1.</summary>
    private int CommaBefore(int comma, int limit)
    {
        for (var p = comma - 1; p >= limit && p > comma - MaxApposition; p--)
        {
            if (IsPunct(p, ','))
            {
                return p + 1 < comma ? p : -1;
            }

            if (tokens[p].Kind == TokenKind.Quote || IsPunct(p, ';') || IsPunct(p, ':') || IsSentenceEnd(p))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"head of research at the University of Tolvik": a role whose last part names a body after at/of/from/with.</summary>
    private bool EndsInAffiliation(int first, int end)
    {
        if (end - first < 3 || !tokens[end - 1].IsCapitalized || tokens[first].IsCapitalized)
        {
            return false;
        }

        for (var k = first + 1; k + 1 < end; k++)
        {
            if (tokens[k].IsWord && tokens[k].Text(text) is "at" or "of" or "from" or "with" or "for"
                && (tokens[k + 1].IsCapitalized || (IsWord(k + 1, "the") && k + 2 < end && tokens[k + 2].IsCapitalized)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short all-capitalized segment such as a state after a town: "of Ashton, Md.,".</summary>
    private bool IsPlaceSegment(int first, int end)
    {
        if (end - first > 3)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (!(tokens[k].IsCapitalized || IsPunct(k, '.')))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAppositionStart(int i)
    {
        var t = tokens[i];
        if (t.Is(TokenFlags.Numeric))
        {
            // An age: "Smith, 45, said".
            return true;
        }

        if (!t.IsWord)
        {
            return false;
        }

        if (t.IsCapitalized && t.Length <= 6 && t.Length >= 3 && text[t.Start + 1] == '-' && text[t.Start] is 'R' or 'D' or 'I')
        {
            // Party and state: "Mitch McConnell, R-Ky., said".
            return true;
        }

        if (t.IsCapitalized && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive)
        {
            // "China, Pyongyang's only ally, said".
            return true;
        }

        var w = t.Text(text);
        if (WordLists.AppositionStarters.Contains(w) && !t.IsCapitalized)
        {
            return true;
        }

        if (!t.IsCapitalized && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && w.Length > 5)
        {
            // A participial aside: "Harper, speaking to farmers in Iowa, said"; "The report, published on Tuesday, said".
            return true;
        }

        if (!t.IsCapitalized && w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal) && i + 1 < tokens.Count && tokens[i + 1].IsWord
            && WordLists.InnerPrepositions.Contains(tokens[i + 1].Text(text)))
        {
            // A short participle with its preposition: "The survey, based on sightings by volunteers, found".
            return true;
        }

        if (!t.IsCapitalized && i + 1 < tokens.Count && IsWord(i + 1, "by") && WordLists.IrregularParticiples.Contains(w))
        {
            // A passive aside with its agent: "The review, led by researchers at ..., found", "The charity, run by
            // volunteers, said".
            return true;
        }

        if (!t.IsCapitalized && WordLists.HandlingParticiples.Contains(w))
        {
            // Irregular participles of handling a document: "A draft, seen by the newspaper, says".
            return true;
        }

        return !t.IsCapitalized && WordLists.SourceNouns.Contains(w);
    }
}
