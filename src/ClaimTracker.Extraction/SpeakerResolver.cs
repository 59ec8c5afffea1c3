using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Turns a source mention into a canonical speaker, role, affiliation and kind.</summary>
internal sealed partial class SpeakerResolver(string text, List<Token> tokens, Coreference coreference, SourceParser parser)
{
    /// <summary>The claim resolved last, whose sentence a pronoun opening the next one may go back to.</summary>
    private Attribution? _previous;

    public void Resolve(Attribution a, int paragraph, int windowStart)
    {
        ResolveSource(a, paragraph, windowStart);
        _previous = a;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResolveSource(Attribution a, int paragraph, int windowStart)
    {
        var head = a.Source.Head;
        var full = a.Source.Full;
        if (head.IsEmpty)
        {
            return;
        }

        a.SourceText = TrimSource(full);
        if (parser.NegatedPostmodifierStart(head) is var negated and > 0)
        {
            // "Scientists not involved in the study": the modifier says who they are not; the noun before it speaks.
            head = new TokenRange(head.First, negated);
        }

        var previousUnnamed = _unnamedPerson;
        _unnamedPerson = null;
        var first = tokens[head.First];
        if (head.Length() == 1 && first.IsWord && WordLists.Pronouns.Contains(first.Text(text)))
        {
            if (_lastPronoun is { } same && same.Token == head.First)
            {
                // "..., he told the agency, adding that ...": one pronoun is the source of both cues, and one person.
                a.Speaker = same.Speaker;
                a.SourceKind = same.Kind;
                _unnamedPerson = previousUnnamed;
                return;
            }

            var pronoun = first.Text(text);
            var resolved = pronoun.Equals("it", StringComparison.OrdinalIgnoreCase) && a.Mode == CueMode.Final
                ? BodyOpeningTheContent(a, windowStart)
                : null;
            var personal = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase);
            var afterQuote = a.Mode == CueMode.Final && head.First > 0 && tokens[head.First - 1].Is(TokenFlags.QuoteClose);
            if (personal && head.First > 0 && (afterQuote || (a.Mode == CueMode.Final ? tokens[head.First - 1].IsPunct(text, ',')
                    : IsSentenceEnd(head.First - 1) || AfterFrontedAdjunct(head.First))))
            {
                // 'Her deputy was less contrite. "...," he said.', "A spokesperson rejected that. Funding was offered, she
                // said.": the person the sentence before was about speaks. Outside a quotation only someone new ("A
                // spokesperson") is taken; a known person in a role is left to the names already resolved.
                resolved = RoleOpeningThePreviousSentence(head.First, GenderCues.OfPronoun(pronoun), indefiniteOnly: !afterQuote)
                    ?? UnnamedSpeakerOfThePreviousSentence(previousUnnamed, head.First, GenderCues.OfPronoun(pronoun));
                if (resolved is not null && previousUnnamed is { } unnamed && resolved == unnamed.Speaker)
                {
                    // "She declined to say ... She added ...": the same unnamed person goes on speaking.
                    _unnamedPerson = unnamed with { Position = head.First };
                }
            }

            if (resolved is null && pronoun.Equals("It", StringComparison.Ordinal) && a.Mode == CueMode.Front && head.First > 0 && IsSentenceEnd(head.First - 1)
                && DocumentClosingThePreviousSentence(head.First) is { } document)
            {
                // "Vireon expects a charge, according to a filing. It said ...": the sentence before was about the body
                // its content opens with; the document that closed it was only where that was read.
                resolved = BodyOpeningTheContent(document, windowStart);
            }

            resolved ??= coreference.ResolvePronoun(pronoun, first.Start, windowStart, paragraph);

            if (resolved is not null)
            {
                coreference.NoteGender(resolved, GenderCues.OfPronoun(pronoun));
            }

            a.Speaker = resolved ?? pronoun.ToString();
            a.SourceKind = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase)
                || pronoun.Equals("i", StringComparison.OrdinalIgnoreCase)
                ? SourceKind.Person
                : resolved is null ? SourceKind.Organization : KindOf(resolved);
            _lastPronoun = new ResolvedPronoun(head.First, a.Speaker, a.SourceKind);
            return;
        }

        if ((head.Length() == 1 || (head.Length() > 2 && tokens[head.First + 1].IsWord && tokens[head.First + 1].Text(text) is "of"))
            && first.IsWord && first.Text(text) is "One" or "one" or "Another" or "another"
            && full.End > head.End + 1 && tokens[head.End].IsPunct(text, ','))
        {
            // "One, season-ticket holder Grace Mensah, said", "Another, a retired nurse, said", "One of them, a teacher,
            // said": the numeral stands for a person the aside describes or names.
            var aside = new TokenRange(head.End + 1, tokens[full.End - 1].IsPunct(text, ',') ? full.End - 1 : full.End);
            var named = LastNameRun(aside.First, aside.End);
            if (!named.IsEmpty && named.First > aside.First && tokens[named.First - 1].IsWord && WordLists.InnerPrepositions.Contains(tokens[named.First - 1].Text(text)))
            {
                // "a teacher from Stavanger": a name after a preposition is where the person is from, not who they are.
                named = TokenRange.Empty;
            }

            // "One, who asked not to be named, said": a relative clause describes, it gives no name or role to go by.
            var relative = tokens[aside.First].IsWord && tokens[aside.First].Text(text) is "who" or "which" or "whose";
            a.Speaker = !named.IsEmpty ? CanonicalName(named) : relative ? Slice(head) : WithoutDeterminer(aside);
            a.SourceKind = SourceKind.Person;
            return;
        }

        // The head word: the last word before a prepositional complement ("report" in "a report by X").
        var headWord = -1;
        var complement = -1;
        for (var i = parser.AfterOwner(head); i < head.End; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            if (WordLists.InnerPrepositions.Contains(tokens[i].Text(text)) && headWord >= 0 && !(i + 1 < head.End && parser.IsPrepositionInName(i)))
            {
                complement = i + 1;
                break;
            }

            if (WordLists.TimePrepositions.Contains(tokens[i].Text(text)) && headWord >= 0)
            {
                // "Exit polls after the vote": when they were taken, not who they belong to.
                break;
            }

            headWord = i;
        }

        var nameRun = LastNameRun(head.First, complement > 0 ? complement - 1 : head.End);
        var complementRun = complement > 0 ? LastNameRun(complement, head.End) : TokenRange.Empty;
        if (complement > 0 && tokens[headWord].IsCapitalized
            && (WordLists.OrganizationWords.Contains(tokens[headWord].Text(text))
                || (tokens[complement - 1].Text(text) is "of" or "for" && IsPluralNounInName(headWord)))
            && IsNamedComplement(complement, head.End))
        {
            // "the Ministry of Economy, Trade and Industry": the organisation word heads a name that its complement completes.
            var nameStart = headWord;
            while (nameStart - 1 >= head.First && tokens[nameStart - 1].IsCapitalized && !WordLists.Determiners.Contains(tokens[nameStart - 1].Text(text)))
            {
                nameStart--;
            }

            nameRun = new TokenRange(nameStart, head.End);
            complementRun = TokenRange.Empty;
        }
        var titled = complement > 0 && headWord >= 0 && WordLists.PersonRoles.Contains(tokens[headWord].Text(text));
        if (!titled && head.First >= 2 && tokens[head.First - 1].IsWord && tokens[head.First - 1].Text(text) is "of" or "for"
            && WordLists.PersonRoles.Contains(tokens[head.First - 2].Text(text)))
        {
            // "Governor of Westland Helen Quist": the title was left out of the head, which is its complement.
            titled = true;
            complement = head.First;
        }

        if (titled && PersonClosingTheComplement(complement, head.End) is { IsEmpty: false } holder)
        {
            // "Governor of Westland Mara Quist said", "Director of the Harbour Trust Ivo Berg said": the title's complement
            // runs straight into the holder's name, which a known first name opens.
            a.HasProperName = true;
            a.Speaker = Slice(holder);
            a.SpeakerRole = text[tokens[Math.Min(head.First, full.First)].Start..tokens[holder.First - 1].End];
            a.SourceKind = SourceKind.Person;
            return;
        }

        if (headWord >= 0 && tokens[headWord].IsCapitalized && !nameRun.IsEmpty)
        {
            a.HasProperName = !(nameRun.Length() == 1 && WordLists.SourceNouns.Contains(tokens[nameRun.First].Text(text)));
            a.Speaker = CanonicalName(nameRun);
            a.SpeakerRole = RoleOf(head.First, nameRun.First, full, head);
            a.SpeakerAffiliation = Possessor(head.First, nameRun.First) ?? (complementRun.IsEmpty ? null : Slice(complementRun));
            a.SourceKind = KindOf(head, a.Speaker, nameRun);
            if (a.SourceKind == SourceKind.Person && ((full.First < head.First && IsBodyRoleBefore(full.First, head.First)) || IsBodyAsideAfter(head.End, full.End)
                || (!NamesAPerson(head) && ItsInCuePhrase(a, full.End))))
            {
                // "The company behind the drug, Velora Ames, said", "Velora Ames, a charity, said": a name given to a body is
                // the body's name; so is a name no first name opens that "its" in the cue phrase refers back to ("Tarn
                // Line said in a statement on its website").
                a.SourceKind = SourceKind.Organization;
            }

            if (CoordinatedName(head.First, nameRun) is { } partner)
            {
                if (tokens[nameRun.First - 1].IsPunct(text, '&'))
                {
                    // "Marks & Spencer": the ampersand joins one firm's name, not two speakers.
                    a.Speaker = Slice(new TokenRange(partner.First, nameRun.End));
                    a.SourceKind = SourceKind.Organization;
                }
                else if (SharedArticleName(partner, nameRun) is { } oneBody)
                {
                    // "The University and College Union", "the Bank and Insurance Union": one article before a single word,
                    // "and", and a name headed by an organisation word is one body; two would each take their article.
                    a.Speaker = Slice(oneBody);
                    a.SourceKind = SourceKind.Organization;
                }
                else
                {
                    // "Both Mr. Ortiz and Mr. Lindqvist say": two speakers share the claim.
                    a.Speaker = string.Concat(CanonicalName(partner), " and ", a.Speaker);
                }
            }

            return;
        }

        var headText = headWord >= 0 ? tokens[headWord].Text(text) : default;
        // "reports in Spain" were published there, by no one the country names; "a report in Marca" is the paper's.
        if (!complementRun.IsEmpty && (WordLists.MediaWords.Contains(headText) || WordLists.DocumentWords.Contains(headText))
            && !(tokens[complement - 1].Text(text) is "in" && complementRun.Length() == 1 && Places.Governments.Contains(tokens[complementRun.First].Text(text))))
        {
            // "A report by Northgate News Service (NNS)": the agency speaks through its report.
            a.Speaker = CanonicalName(complementRun);
            a.SourceKind = WordLists.MediaWords.Contains(headText) ? SourceKind.MediaReport : SourceKind.Document;
            a.SpeakerAffiliation = null;
            return;
        }

        // "The company that owns the paper": a relative clause right on the noun picks out a new referent, not an earlier one.
        var restricted = full.End > head.End && tokens[head.End].IsWord && tokens[head.End].Text(text) is "that" or "who" or "which" or "whose";
        if (headWord >= 0 && !tokens[headWord].IsCapitalized && (nameRun.IsEmpty || nameRun.End <= headWord) && complementRun.IsEmpty
            && IsDefiniteRole(head.First, headWord) && !restricted)
        {
            // "the spokesman", "the minister": the person introduced earlier in that role.
            var person = coreference.PersonWithRole(headText, tokens[head.First].Start);
            if (person is not null && ModifiersFitRole(head.First + 1, headWord, person.Role))
            {
                a.Speaker = person.FullName;
                a.SpeakerRole = person.Role;
                a.SpeakerAffiliation = person.Affiliation;
                a.SourceKind = SourceKind.Person;
                return;
            }

            if (AgeEpithetIn(head) && coreference.ResolvePerson(GenderCues.OfWord(headText), tokens[head.First].Start, windowStart, paragraph) is { } described)
            {
                // "The 52-year-old said": news writing names a person, then refers back to them by age.
                a.Speaker = described;
                a.SourceKind = SourceKind.Person;
                return;
            }

            if (head.Length() == 2 && WordLists.InstitutionNouns.Contains(headText) && DefiniteBody(headText, tokens[head.First].Start, windowStart) is { } institution)
            {
                // "the company", "the court": the body named or heard from last that the noun fits.
                a.Speaker = institution.Name;
                a.SourceKind = institution.Kind;
                return;
            }
        }

        if (headWord > head.First && (WordLists.DocumentWords.Contains(headText) || WordLists.MediaWords.Contains(headText)) && tokens[head.First].IsWord)
        {
            // "Its statement", "her tweet": the document speaks for whoever the possessive pronoun refers to.
            var owner = tokens[head.First].Text(text);
            string? speaker = null;
            if (IsBodyPossessive(owner))
            {
                speaker = (a.Mode == CueMode.Final && owner.Equals("its", StringComparison.OrdinalIgnoreCase) ? BodyDescribedInTheContent(a, windowStart) : null)
                    ?? BodyOfPossessive(owner, tokens[head.First].Start, windowStart, paragraph) ?? coreference.LastInstitution?.Name;
            }
            else if (owner.Equals("his", StringComparison.OrdinalIgnoreCase) || owner.Equals("her", StringComparison.OrdinalIgnoreCase))
            {
                speaker = coreference.ResolvePronoun(owner.Equals("his", StringComparison.OrdinalIgnoreCase) ? "he" : "she", tokens[head.First].Start, windowStart, paragraph);
            }

            if (speaker is not null)
            {
                a.Speaker = speaker;
                a.SourceKind = SourceKind.Document;
                return;
            }
        }

        if ((headWord == head.First + 1 || (headWord == head.First + 2 && tokens[head.First + 1].IsWord && !tokens[head.First + 1].IsCapitalized))
            && WordLists.PersonRoles.Contains(headText) && tokens[head.First].IsWord
            && tokens[head.First].Text(text) is var possessive && IsBodyPossessive(possessive)
            && BodyOfPossessive(possessive, tokens[head.First].Start, windowStart, paragraph) is { } body)
        {
            // "Its director said", "Its deputy president said": the role in the body "its" refers to, a person speaking
            // for it.
            var heldRole = text[tokens[head.First + 1].Start..tokens[headWord].End];
            a.Speaker = string.Concat(heldRole, " of ", body);
            a.SpeakerRole = heldRole;
            a.SpeakerAffiliation = body;
            a.SourceKind = SourceKind.Person;
            return;
        }

        a.Speaker = WithoutDeterminer(BeforeTimePhrase(head));
        a.SpeakerAffiliation = Possessor(head.First, head.End) ?? (complementRun.IsEmpty ? null : Slice(complementRun));
        a.SourceKind = KindOf(head, a.Speaker, nameRun);
        if (a.SourceKind == SourceKind.Person && nameRun.IsEmpty && IsBodyAsideAfter(head.End, full.End))
        {
            // "The tanker's owner, a Greek shipping company, said": the aside says the owner is a firm.
            a.SourceKind = SourceKind.Organization;
            return;
        }

        var role = parser.HeadBeforeComplement(head);
        if (nameRun.IsEmpty && role >= 0 && a.SourceKind is SourceKind.Anonymous or SourceKind.Person && IsPersonNoun(tokens[role].Text(text))
            && (IsIndefinite(head.First) || IsPossessedRole(head.First, role)))
        {
            _unnamedPerson = new UnnamedSpeaker(a.Speaker, GenderCues.OfWord(tokens[role].Text(text)), head.End - 1);
        }
    }

    /// <summary>"Exit polls after the vote" speak as "Exit polls": the time phrase says when, not who.</summary>
    private TokenRange BeforeTimePhrase(TokenRange head)
    {
        for (var k = head.First + 1; k < head.End; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.TimePrepositions.Contains(tokens[k].Text(text)))
            {
                return new TokenRange(head.First, k);
            }
        }

        return head;
    }

    private readonly record struct ResolvedPronoun(int Token, string? Speaker, SourceKind? Kind);

    private ResolvedPronoun? _lastPronoun;

    private (string Name, SourceKind Kind)? DefiniteBody(ReadOnlySpan<char> noun, int position, int windowStart)
    {
        var lower = noun.ToString().ToLowerInvariant();
        if (coreference.NearestBody(lower, position, windowStart, subjectOnly: true) is { } subject)
        {
            return (subject.Name, subject.Kind);
        }

        if (coreference.NamedBodyEarlier(lower, position, subjectOnly: true) is { } actor)
        {
            // "The Data Commission found ... a spokeswoman for the Parents Council said ... the regulator ordered": a
            // body that acted or spoke earlier is what a description points back to before one only mentioned nearby.
            return (actor.Name, actor.Kind);
        }

        if (coreference.NearestBody(lower, position, windowStart, affiliations: false) is { } body)
        {
            return (body.Name, body.Kind);
        }

        if (coreference.NamedBodyEarlier(lower, position, affiliations: false) is { } earlier)
        {
            // A body named in the lead is still "the company" many paragraphs on.
            return (earlier.Name, earlier.Kind);
        }

        if (coreference.NearestBody(lower, position, windowStart) is { } workplace)
        {
            // Only where someone works was named ("an analyst at Brightline Securities"): that body, as a last resort.
            return (workplace.Name, workplace.Kind);
        }

        return coreference.LastInstitution is { } last && InstitutionMatches(noun, last.Name, last.Kind) ? last : null;
    }

    /// <summary>
    /// "the company" can be Veltra Motors; "the government" only a government; "the ministry" only a ministry; "the
    /// council" never "Opposition councillors", whose name holds the noun only inside a longer word.
    /// </summary>
    private static bool InstitutionMatches(ReadOnlySpan<char> noun, string name, SourceKind kind)
    {
        return Coreference.NameHoldsWord(name, noun.ToString()) || Coreference.KindFits(noun, name, kind);
    }

    private bool IsComplementName(TokenRange head, TokenRange nameRun)
    {
        for (var i = head.First; i < nameRun.First; i++)
        {
            if (tokens[i].IsWord && WordLists.InnerPrepositions.Contains(tokens[i].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    private string CanonicalName(TokenRange run)
    {
        var name = StripTitles(run);
        if (name.IsEmpty)
        {
            return Slice(run);
        }

        var last = LastWordToken(name);
        if (name.Length() == 1 || (name.Length() == 2 && !tokens[name.First].IsWord))
        {
            var w = tokens[last].Text(text);
            var word = w.ToString();
            if (w.Length > 3 && w[^1] == 's' && WordLists.IsListedSourceNoun(w) && !coreference.IsKnownSurname(w))
            {
                // "Engineers have long warned": a plural common noun capitalized by its place is a group, not the
                // shortening of a name that ends in it ("Chamber of Civil Engineers").
                return word;
            }

            return coreference.FullNameFor(w) ?? coreference.ExpandAcronym(w) ?? coreference.OrganizationFor(word) ?? word;

        }

        var written = Slice(name);
        var person = coreference.PersonFor(tokens[last].Text(text));
        return person is not null && person.FullName.EndsWith(written, StringComparison.Ordinal) ? person.FullName : written;
    }

    private TokenRange StripTitles(TokenRange run)
    {
        var s = run.First;
        var last = run.End - 1;
        if ((tokens[last].IsWord && WordLists.OrganizationWords.Contains(tokens[last].Text(text)))
            || (run.Length() > 2 && tokens[last].IsWord && WordLists.TradeWords.Contains(tokens[last].Text(text))
                && GenderCues.OfFirstName(tokens[run.First].Text(text)) == Gender.Unknown)
            || (run.Length() > 2 && WordLists.OrganizationWords.Contains(tokens[run.First].Text(text)) && tokens[run.First + 1].IsWord
                && tokens[run.First + 1].Text(text) is "of" or "for"))
        {
            // "Ministry of Health and Trade": words that can be titles ("Health Secretary") are part of the body's name.
            // "State Department", "Justice Ministry": the title-like word belongs to the organization's name, and so
            // does one before a trade that ends a company's name ("Summit Coach Lines").
            return run;
        }

        for (var k = run.First; k < run.End - 1; k++)
        {
            if (tokens[k].IsWord && WordLists.Titles.Contains(tokens[k].Text(text)) && !IsDomainOfNoTitle(k))
            {
                s = k + 1;
            }
        }

        while (s < run.End - 1 && (!tokens[s].IsWord || (WordLists.Titles.Contains(tokens[s].Text(text)) && !IsDomainOfNoTitle(s))
            || WordLists.Determiners.Contains(tokens[s].Text(text))))
        {
            s++;
        }

        s = coreference.FirstNameAfterDescriptor(s, run.End);

        return new TokenRange(s, run.End);
    }

    /// <summary>
    /// A title's domain word ("Air" in "Air Marshal", "Health" in "Health Minister") is one only before the title: in
    /// "Clean Air Now" or "Health Service Executive" it is part of a name.
    /// </summary>
    private bool IsDomainOfNoTitle(int k) =>
        WordLists.TitleDomains.Contains(tokens[k].Text(text)) && !(k + 1 < tokens.Count && tokens[k + 1].IsWord && WordLists.Titles.Contains(tokens[k + 1].Text(text)));

    /// <summary>The whole name when one "the" opens a single word joined by "and" to a name that ends in an organisation word.</summary>
    private TokenRange? SharedArticleName(TokenRange partner, TokenRange nameRun)
    {
        var word = partner.End - 1;
        var article = IsThe(partner.First) ? partner.First : partner.First - 1;
        return article == word - 1 && IsThe(article) && nameRun.Length() >= 2
            && WordLists.OrganizationWords.Contains(tokens[nameRun.End - 1].Text(text))
            ? new TokenRange(word, nameRun.End)
            : null;
    }

    private bool IsThe(int i) => i >= 0 && tokens[i].IsWord && tokens[i].Text(text).Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name run joined to <paramref name="nameRun"/> by "and" or "&amp;", when there is one.</summary>
    private TokenRange? CoordinatedName(int first, TokenRange nameRun)
    {
        var and = nameRun.First - 1;
        if (and <= first || !(tokens[and].IsPunct(text, '&') || (tokens[and].IsWord && tokens[and].Text(text).Equals("and", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        var end = and;
        var start = end;
        while (start - 1 >= first && (tokens[start - 1].IsCapitalized || tokens[start - 1].IsPunct(text, '.')))
        {
            start--;
        }

        while (start < end && !tokens[start].IsCapitalized)
        {
            start++;
        }

        return start < end && tokens[end - 1].IsCapitalized ? new TokenRange(start, end) : null;
    }

    private string? RoleOf(int headFirst, int nameFirst, TokenRange full, TokenRange head)
    {
        var stripped = StripTitles(new TokenRange(nameFirst, head.End));
        var roleStart = headFirst;
        var possessive = -1;
        for (var i = headFirst; i < nameFirst; i++)
        {
            if (tokens[i].Kind == TokenKind.Possessive)
            {
                possessive = i;
            }
        }

        if (possessive >= 0)
        {
            roleStart = possessive + 1;
        }

        while (roleStart < nameFirst && tokens[roleStart].IsWord && WordLists.Determiners.Contains(tokens[roleStart].Text(text)))
        {
            roleStart++;
        }

        var roleEnd = stripped.First;
        if (roleEnd > roleStart && possessive >= 0)
        {
            // Keep the owner with the title: "Israel's Foreign Minister".
            roleStart = possessive - 1 >= headFirst ? possessive - 1 : roleStart;
        }

        while (roleEnd > roleStart && tokens[roleEnd - 1].IsWord && GenderCues.IsHonorific(tokens[roleEnd - 1].Text(text)))
        {
            // "Mr", "Mrs", "Dr" are forms of address, not roles.
            roleEnd--;
        }

        if (roleEnd > roleStart && tokens[roleEnd - 1].Kind == TokenKind.Punct)
        {
            roleEnd--;
        }

        if (roleEnd > roleStart)
        {
            return text[tokens[roleStart].Start..tokens[roleEnd - 1].End];
        }

        if (full.End > head.End + 1)
        {
            // Apposition: "Yair Geller, an Istanbul-based tycoon,".
            var s = head.End + 1;
            if (s < full.End && tokens[s].IsWord && (tokens[s].Text(text) is "who" or "whose" or "which" || tokens[s].Text(text).EndsWith("ing", StringComparison.Ordinal)))
            {
                // A relative or participial clause describes what the source did, not who it is.
                return null;
            }

            while (s < full.End && tokens[s].IsWord && WordLists.Determiners.Contains(tokens[s].Text(text)))
            {
                s++;
            }

            var e = full.End;
            while (e > s && tokens[e - 1].Kind == TokenKind.Punct)
            {
                e--;
            }

            if (e > s)
            {
                return text[tokens[s].Start..tokens[e - 1].End];
            }
        }

        return null;
    }

    private string? Possessor(int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Possessive && tokens[i - 1].IsCapitalized)
            {
                var s = i - 1;
                while (s - 1 >= first && tokens[s - 1].IsCapitalized)
                {
                    s--;
                }

                return text[tokens[s].Start..tokens[i - 1].End];
            }
        }

        return null;
    }

    /// <summary>The last run of capitalized words (not owners followed by 's, not parenthesized acronyms).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TokenRange LastNameRun(int first, int end)
    {
        var best = TokenRange.Empty;
        var t = first;
        var depth = 0;
        while (t < end)
        {
            if (tokens[t].IsPunct(text, '('))
            {
                depth++;
            }
            else if (tokens[t].IsPunct(text, ')'))
            {
                depth = Math.Max(0, depth - 1);
            }

            if (depth > 0 || !tokens[t].IsCapitalized || WordLists.Determiners.Contains(tokens[t].Text(text)))
            {
                t++;
                continue;
            }

            var runEnd = coreference.NameRunEnd(t, end);
            var runStart = t;
            t = coreference.SkipOpeningDescriptor(t, runEnd);
            if (runEnd < end && tokens[runEnd].Kind == TokenKind.Possessive && (parser.IsPluralPossessiveInName(runEnd, end) || IsNamedForOwner(runStart, runEnd, first, end)))
            {
                runEnd = coreference.NameRunEnd(runEnd + 1, end);
            }
            else if (runEnd < end && tokens[runEnd].Kind == TokenKind.Possessive)
            {
                t = runEnd + 1;
                continue;
            }

            runEnd = WithOfComplement(runEnd, end);
            if (runEnd - t == 1 && best.Length() > 0 && tokens[t].IsWord && IsDateWord(tokens[t].Text(text)))
            {
                // "A UN report released Tuesday": a day or month after the name is a date, not a later name.
                t = runEnd;
                continue;
            }

            best = new TokenRange(t, runEnd);
            t = runEnd;
        }

        return best;
    }

    /// <summary>
    /// "the King's Fund", "the People's Party", "the Prime Minister's Office": a title or a noun for people owning a
    /// capitalized word after "the" is one name; an owner with a name of its own takes no article ("Norway's Equinor"),
    /// and a person after the owner is named by a first name ("the BBC's Amy Lord").
    /// </summary>
    private bool IsNamedForOwner(int run, int possessive, int first, int end)
    {
        if (run - 1 < first || !tokens[run - 1].IsWord || tokens[run - 1].Text(text) is not ("the" or "The") || possessive + 1 >= end
            || !tokens[possessive + 1].IsCapitalized || !tokens[possessive + 1].IsWord)
        {
            return false;
        }

        var owner = tokens[possessive - 1].Text(text);
        var owned = tokens[possessive + 1].Text(text);
        var lower = owner.ToString().ToLowerInvariant();
        return (WordLists.Titles.Contains(owner) || WordLists.IsListedSourceNoun(lower) || Coreference.IsPluralGroup(lower))
            && !WordLists.Determiners.Contains(owned) && (!WordLists.Titles.Contains(owned) || WordLists.OrganizationWords.Contains(owned))
            && GenderCues.OfFirstName(owned) == Gender.Unknown;
    }

    /// <summary>A complement made of capitalized words, perhaps a list ("Economy, Trade and Industry") after "the".</summary>
    private bool IsNamedComplement(int first, int end)
    {
        if (first < end && tokens[first].IsWord && tokens[first].Text(text) is "the")
        {
            first++;
        }

        if (first >= end || !tokens[first].IsCapitalized || !tokens[end - 1].IsCapitalized)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            // "the" only after a preposition: in "Ministry of Defence, NATO and the EU" it opens another body.
            var article = t.IsWord && t.Text(text) is "the" && tokens[k - 1].IsWord && tokens[k - 1].Text(text) is "of" or "for";
            if (!(t.IsCapitalized && !t.InQuote) && !t.IsPunct(text, ',') && !t.IsPunct(text, '&') && !article
                && !(t.IsWord && t.Text(text) is "and" or "of" or "for" || IsParticleWord(k)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsParticleWord(int k) => tokens[k].IsWord && WordLists.NameParticles.Contains(tokens[k].Text(text));

    private static bool IsBodyPossessive(ReadOnlySpan<char> word) =>
        word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body or group "its"/"their" refers to, as "it"/"they" would; null when unresolved.</summary>
    private string? BodyOfPossessive(ReadOnlySpan<char> possessive, int position, int windowStart, int paragraph)
    {
        var pronoun = possessive.Equals("its", StringComparison.OrdinalIgnoreCase) ? "it" : "they";
        var body = coreference.ResolvePronoun(pronoun, position, windowStart, paragraph);
        return body is null || WordLists.Pronouns.Contains(body) ? null : body;
    }

    /// <summary>
    /// "University of Carvel", "Institute for Fiscal Studies", "Bank of the North": a name ending in an organisation word
    /// goes on through an "of"/"for" complement that is itself a name; the end of that name, else <paramref name="runEnd"/>.
    /// </summary>
    private int WithOfComplement(int runEnd, int end)
    {
        if (runEnd + 1 >= end || !tokens[runEnd - 1].IsWord
            || !(WordLists.OrganizationWords.Contains(tokens[runEnd - 1].Text(text)) || IsPluralNounInName(runEnd - 1))
            || !tokens[runEnd].IsWord || tokens[runEnd].Text(text) is not ("of" or "for"))
        {
            return runEnd;
        }

        var next = runEnd + 1;
        if (next + 1 < end && tokens[next].IsWord && tokens[next].Text(text) is "the")
        {
            next++;
        }

        return tokens[next].IsCapitalized && !WordLists.Determiners.Contains(tokens[next].Text(text)) ? coreference.NameRunEnd(next, end) : runEnd;
    }

    /// <summary>
    /// "Chambers" in "British Chambers of Commerce", "Unions" in "Federation of Unions": a capitalized plural of an
    /// institution noun, or of a source noun after another capitalized word of the name ("Royal Friends of ..."), heads a
    /// body's name, as an organisation word does. "Residents of Springfield" and "Officials of the Treasury" are people,
    /// and a surname ("Sarah Jones of ...") or a word after a first name is no such noun.
    /// </summary>
    private bool IsPluralNounInName(int k)
    {
        var w = tokens[k].Text(text);
        if (!tokens[k].IsCapitalized || w.Length <= 3 || w[^1] != 's' || !WordLists.IsListedSourceNoun(w) || coreference.IsKnownSurname(w))
        {
            return false;
        }

        if (WordLists.InstitutionNouns.Contains(w.EndsWith("ies", StringComparison.Ordinal) ? string.Concat(w[..^3], "y") : w[..^1]))
        {
            return true;
        }

        return k > 0 && tokens[k - 1].IsCapitalized && !WordLists.Determiners.Contains(tokens[k - 1].Text(text))
            && GenderCues.OfFirstName(tokens[k - 1].Text(text)) == Gender.Unknown && !WordLists.Titles.Contains(tokens[k - 1].Text(text))
            && !Places.Governments.Contains(tokens[k - 1].Text(text).ToString());
    }

    /// <summary>"Friends of the Earth": a name whose head, before "of" or "for", is such a plural noun.</summary>
    private bool HasPluralNounHead(TokenRange run)
    {
        for (var k = run.First; k + 1 < run.End; k++)
        {
            if (tokens[k + 1].IsWord && tokens[k + 1].Text(text) is "of" or "for")
            {
                return IsPluralNounInName(k);
            }
        }

        return false;
    }

    private static bool IsDateWord(ReadOnlySpan<char> w) =>
        (w.Length >= 6 && w.EndsWith("day", StringComparison.Ordinal) && WordLists.TimeWords.Contains(w)) || Months.Contains(w);

    internal static bool IsMonth(ReadOnlySpan<char> w) => Months.Contains(w);

    private static readonly WordSet Months = new(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    /// <summary>"the 52-year-old", "the 34-year-old mother": an age written as one hyphenated word.</summary>
    private bool AgeEpithetIn(TokenRange head)
    {
        for (var k = head.First + 1; k < head.End; k++)
        {
            var w = tokens[k].Text(text);
            if (tokens[k].Is(TokenFlags.Numeric) && w.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) && char.IsDigit(w[^10]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the prime minister" is not the housing minister introduced earlier: a description whose words modifying the
    /// role (save words of time, as in "the former minister") share none with the role the person was introduced with
    /// names someone else. One shared word is enough ("the Senate majority leader" after "Senate Republican leader").
    /// </summary>
    private bool ModifiersFitRole(int from, int headWord, string? role)
    {
        if (role is null || !role.Contains(' ', StringComparison.Ordinal))
        {
            // A role recorded without its modifiers ("leader" of "Senate Republican leader") cannot tell them apart.
            return true;
        }

        var modifiers = 0;
        for (var k = from; k < headWord; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Text(text) is "former" or "new" or "current" or "outgoing" or "then" or "incoming" or "acting")
            {
                continue;
            }

            modifiers++;
            var word = tokens[k].Text(text);
            foreach (var range in role.AsSpan().Split(' '))
            {
                if (role.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return modifiers == 0;
    }

    private bool IsDefiniteRole(int first, int headWord)
    {
        var f = tokens[first].Text(text);
        return headWord > first && (f.Equals("the", StringComparison.OrdinalIgnoreCase) || f.Equals("this", StringComparison.OrdinalIgnoreCase));
    }

    private string WithoutDeterminer(TokenRange head)
    {
        var s = head.First;
        while (s < head.End - 1 && tokens[s].IsWord && (tokens[s].Text(text).Equals("the", StringComparison.OrdinalIgnoreCase)
            || tokens[s].Text(text).Equals("a", StringComparison.OrdinalIgnoreCase) || tokens[s].Text(text).Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            s++;
        }

        return text[tokens[s].Start..tokens[head.End - 1].End];
    }

    private string TrimSource(TokenRange full)
    {
        var e = full.End;
        while (e > full.First + 1 && tokens[e - 1].Kind == TokenKind.Punct && !tokens[e - 1].IsPunct(text, ')') && !IsGluedPeriod(e - 1)
            && !(tokens[e - 1].IsPunct(text, '%') && tokens[e - 2].Is(TokenFlags.Numeric)))
        {
            e--;
        }

        return text[tokens[full.First].Start..tokens[e - 1].End];
    }

    private bool IsGluedPeriod(int i) => tokens[i].IsPunct(text, '.') && i > 0 && tokens[i - 1].End == tokens[i].Start && tokens[i - 1].Length <= 4;

    private int LastWordToken(TokenRange r)
    {
        var i = r.End - 1;
        while (i > r.First && !tokens[i].IsWord)
        {
            i--;
        }

        return i;
    }

    private string Slice(TokenRange r) => text[tokens[r.First].Start..tokens[r.End - 1].End];

    private static ReadOnlySpan<char> LastWord(string s)
    {
        var i = s.LastIndexOf(' ');
        return i < 0 ? s : s.AsSpan(i + 1);
    }
}
