namespace ClaimTracker.Extraction;

/// <summary>
/// Subjects of the reporter's own sentences. Wire copy introduces a body or group acting ("The airline cancelled 40
/// flights.", "Police arrested two men.") and goes on with a pronoun ("It said ...", "They said ..."): the subject of
/// the sentence before is the pronoun's likeliest antecedent, whether or not it spoke.
/// </summary>
internal sealed partial class Coreference
{
    private const int MaxSubjectWords = 6;

    /// <summary>
    /// Records the subject of the sentence [<paramref name="first"/>, <paramref name="end"/>) when it is a body, a
    /// document or a group: a noun phrase opening the sentence (after a fronted phrase and its comma) and followed by a
    /// finite verb, headed by an institution noun ("the central bank"), a document noun ("the study"), a plural of
    /// people or bodies ("the unions", "police"), or two bodies or countries joined by "and".
    /// </summary>
    public void NoteReporterSubject(int first, int end)
    {
        var start = SubjectStart(first, end);
        if (start < 0)
        {
            return;
        }

        var k = start;
        if (k < end && _tokens[k].IsWord && _tokens[k].Text(_text) is "the" or "The" or "a" or "A" or "an" or "An")
        {
            k++;
        }

        var headStart = k;
        if (PluralGroupBeforeComplement(headStart, end) is var verb and > 0)
        {
            // "Residents of the village of Lower Hamble have ...": the group noun heads the phrase its complement ends.
            AddBody(new BodyMention(_tokens[start].Start, _text[_tokens[headStart].Start.._tokens[verb - 1].End], SourceKind.Organization,
                Subject: true, Plural: true));
            return;
        }

        var head = -1;
        var nameEnd = -1;
        for (var words = 0; k < end && words < MaxSubjectWords; k++)
        {
            var tok = _tokens[k];
            if (tok.Kind == TokenKind.Possessive && head >= 0)
            {
                // "Norway's health ministry": the possessor is part of the phrase, the noun after it heads it.
                continue;
            }

            if (head >= 0 && tok.IsPunct(_text, ',') && AsideClose(k, end) is var close and > 0)
            {
                // "The researchers, led by a toxicologist in Albuquerque, examined …": the aside describes the subject,
                // whose verb follows its closing comma.
                k = close + 1;
                break;
            }

            if (!tok.IsWord || tok.InQuote)
            {
                return;
            }

            if (head >= 0 && (IsFiniteVerbAt(k) || IsPresentAfterSingular(head, k, end) || IsPresentAfterPlural(head, k, end)))
            {
                break;
            }

            if (head >= 0 && !_tokens[head].IsCapitalized && k + 1 < end && _tokens[k + 1].IsCapitalized && tok.Text(_text) is "in" or "at" or "from" or "on")
            {
                // "A museum in Hamburg on Monday returned ...": a place names where the body is and a day when it acted;
                // the common noun before them heads the phrase.
                var runEnd = NameRunEnd(k + 1, end);
                // The first place ends the name; a day ("on Friday") is no part of it.
                nameEnd = (nameEnd >= 0 || WordLists.TimeWords.Contains(_tokens[k + 1].Text(_text))) ? nameEnd : runEnd - 1;
                k = runEnd - 1;
                continue;
            }

            head = k;
            nameEnd = -1;
            words++;
        }

        if (head < 0 || k >= end || !(IsFiniteVerbAt(k) || IsPresentAfterSingular(head, k, end) || IsPresentAfterPlural(head, k, end)))
        {
            return;
        }

        var position = _tokens[start].Start;
        if (Coordinated(headStart, k) is { } pair)
        {
            AddBody(new BodyMention(position, pair, SourceKind.OfficialBody, Subject: true, Plural: true));
            return;
        }

        if (HasReportingVerbInside(headStart, head))
        {
            // "Court rules government must act": a headline's subject, reporting verb and the clause it reports, with
            // no article to tell them apart, are no one noun phrase.
            return;
        }

        var word = _tokens[head].Text(_text);
        var lower = word.ToString().ToLowerInvariant();
        var capitalizedName = _tokens[head].IsCapitalized && head > headStart;
        var name = _text[_tokens[headStart].Start.._tokens[Math.Max(head, nameEnd)].End];
        if (!capitalizedName && WordLists.InstitutionNouns.Contains(lower) && lower != "police")
        {
            // "A museum in Hamburg": an indefinite article introduces a body not named before.
            var indefinite = _tokens[start].Text(_text) is "a" or "A" or "an" or "An";
            var (bodyName, bodyKind) = !indefinite && NamedBodyEarlier(lower, position) is { } named ? (named.Name, named.Kind)
                : (name, WordLists.OfficialBodyWords.Contains(lower) ? SourceKind.OfficialBody : SourceKind.Organization);
            AddBody(new BodyMention(position, bodyName, bodyKind, Subject: true));
        }
        else if (!capitalizedName && WordLists.DocumentWords.Contains(lower) && !lower.EndsWith('s'))
        {
            AddBody(new BodyMention(position, name, SourceKind.Document, Subject: true));
        }
        else if (!capitalizedName && IsPluralGroup(lower))
        {
            AddBody(new BodyMention(position, name, SourceKind.Organization, Subject: true, Plural: true));
        }
    }

    /// <summary>
    /// The comma that closes a short aside opened by the comma at <paramref name="open"/>, when a finite verb follows it;
    /// -1 otherwise, as for a list ("The unions, the guilds and the clubs said").
    /// </summary>
    private int AsideClose(int open, int end)
    {
        for (var k = open + 1; k < end && k <= open + 16; k++)
        {
            if (_tokens[k].InQuote || _tokens[k].Kind == TokenKind.Quote || _tokens[k].IsPunct(_text, ';') || _tokens[k].IsPunct(_text, ':'))
            {
                return -1;
            }

            if (_tokens[k].IsPunct(_text, ','))
            {
                return k > open + 1 && k + 1 < end && IsFiniteVerbAt(k + 1) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a lower-case -s form of a reporting verb ("rules", "says") stands in [<paramref name="from"/>, <paramref name="head"/>).</summary>
    private bool HasReportingVerbInside(int from, int head)
    {
        for (var k = from + 1; k < head; k++)
        {
            if (_tokens[k].IsWord && !_tokens[k].IsCapitalized && ReportingLexicon.Default.TryGet(_tokens[k].Text(_text), out var hits)
                && Array.Exists(hits, h => h.Form == VerbForm.ThirdPerson))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence's first word after a fronted phrase closed by a comma ("On Monday, the ..."); -1 for a quotation.</summary>
    private int SubjectStart(int first, int end)
    {
        if (first >= end || !_tokens[first].IsWord)
        {
            return -1;
        }

        if (!WordLists.FrontedPhraseOpeners.Contains(_tokens[first].Text(_text)))
        {
            return first;
        }

        for (var k = first + 1; k < end && k < first + 10; k++)
        {
            if (_tokens[k].IsPunct(_text, ','))
            {
                return k + 1 < end ? k + 1 : -1;
            }
        }

        return -1;
    }

    private bool IsFiniteVerbAt(int k)
    {
        var tok = _tokens[k];
        if (!tok.IsWord || tok.IsCapitalized)
        {
            return false;
        }

        var w = tok.Text(_text);
        if (WordLists.BeForms.Contains(w) || WordLists.Modals.Contains(w))
        {
            // "Lawyers were sceptical": a form of "be" is finite, though it also stands among the verb's modifiers.
            return true;
        }

        if (w is "did" or "does" && k + 1 < _tokens.Count && _tokens[k + 1].IsWord && _tokens[k + 1].Text(_text) is "not" or "never")
        {
            // "The ministry did not comment": the auxiliary of a negation is finite.
            return true;
        }

        if (WordLists.VerbModifiers.Contains(w) && !WordLists.HaveForms.Contains(w))
        {
            // "The agency also warned", "Police later said": an adverb between subject and verb.
            return k + 1 < _tokens.Count && !WordLists.VerbModifiers.Contains(_tokens[k + 1].Text(_text)) && IsFiniteVerbAt(k + 1);
        }

        return IsFinitePast(k) || WordLists.BeForms.Contains(w) || WordLists.HaveForms.Contains(w) || WordLists.Modals.Contains(w)
            || WordLists.SameFormPasts.Contains(w) || w is "didn't" or "doesn't" or "didn’t" or "doesn’t";
    }

    /// <summary>
    /// The finite verb after "residents of the village of Lower Hamble" or "local farmers near the site": a plural of
    /// people (perhaps after one modifier) with a prepositional complement of up to ten words; -1 when the phrase is
    /// not so.
    /// </summary>
    private int PluralGroupBeforeComplement(int headStart, int end)
    {
        var noun = headStart;
        for (; noun < end && noun <= headStart + 1; noun++)
        {
            if (_tokens[noun].IsWord && IsPluralGroup(_tokens[noun].Text(_text).ToString().ToLowerInvariant()))
            {
                break;
            }
        }

        var preposition = noun + 1;
        if (noun > headStart + 1 || preposition >= end || !_tokens[preposition].IsWord
            || _tokens[preposition].Text(_text) is not ("of" or "from" or "in" or "at" or "near"))
        {
            return -1;
        }

        for (var k = preposition + 1; k < end && k <= preposition + 10; k++)
        {
            if (!_tokens[k].IsWord || _tokens[k].InQuote)
            {
                return -1;
            }

            if (IsFiniteVerbAt(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"Germany and France", "the Treasury and the central bank": two bodies or governments acting together.</summary>
    private string? Coordinated(int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (_tokens[k].IsWord && _tokens[k].Text(_text) is "and")
            {
                var left = BodyName(start, k);
                var right = _tokens[k + 1].IsWord ? BodyName(k + 1, end) : null;
                return left is not null && right is not null ? string.Concat(left.Value.Name, " and ", right.Value.Name) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "The team plans to observe ...", "The agency expects a rise": an -s form the treebanks read as a verb, or as a verb
    /// as often as not when "to", a determiner or "that" follows, agrees with the singular noun before it.
    /// </summary>
    private bool IsPresentAfterSingular(int head, int k, int end)
    {
        var tok = _tokens[k];
        if (!tok.IsWord || tok.IsCapitalized || tok.InQuote || !_tokens[head].IsWord || _tokens[head].Text(_text) is var noun && noun[^1] == 's')
        {
            return false;
        }

        var w = tok.Text(_text);
        if (w.Length < 4 || w[^1] != 's' || w[^2] == 's')
        {
            return false;
        }

        return PresentVerbs.Of(w) switch
        {
            PresentVerbClass.Verb => true,
            PresentVerbClass.Ambiguous => k + 1 < end && _tokens[k + 1].IsWord
                && (_tokens[k + 1].Text(_text) is "to" or "that" || WordLists.Determiners.Contains(_tokens[k + 1].Text(_text))),
            _ => false,
        };
    }

    /// <summary>
    /// "The researchers plan further tests", "Residents fear another flood": a base form the treebanks read as a verb,
    /// or as a verb as often as not when "to", "that", a determiner or an adjective follows, agrees with the plural of
    /// people or bodies before it.
    /// </summary>
    private bool IsPresentAfterPlural(int head, int k, int end)
    {
        var tok = _tokens[k];
        if (!tok.IsWord || tok.IsCapitalized || tok.InQuote || !_tokens[head].IsWord)
        {
            return false;
        }

        var w = tok.Text(_text);
        if (w.Length < 3 || w[^1] == 's')
        {
            return false;
        }

        var verb = PresentVerbs.Of(w) switch
        {
            PresentVerbClass.Verb => true,
            PresentVerbClass.Ambiguous => k + 1 < end && _tokens[k + 1].IsWord && _tokens[k + 1].Text(_text) is var next
                && (next is "to" or "that" || WordLists.Determiners.Contains(next) || PresentVerbs.Of(next) == PresentVerbClass.Adjective),
            _ => false,
        };
        return verb && IsPluralGroup(_tokens[head].Text(_text).ToString().ToLowerInvariant());
    }

    internal static bool IsPluralGroup(string word) =>
        // A team, a crew or a family acts and speaks as its members do: "The team plans to ... If it holds, they say, ...".
        // Irregular plurals of person nouns name a group too: "Two men are charged with theft, which they deny".
        word is "police" or "authorities" or "people" or "staff" or "team" or "crew" or "family" or "men" or "women" or "children"
        // "Three bodies were recovered": bodies in the news are mostly the dead, though "the governing body" speaks.
        || (word.Length > 4 && word[^1] == 's' && !WordLists.PersonRoles.Contains(word) && word != "bodies"
            && (WordLists.IsListedSourceNoun(word) || WordLists.InstitutionNouns.Contains(word.AsSpan(0, word.Length - 1))));
}
