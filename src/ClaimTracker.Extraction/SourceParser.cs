using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>A half-open token range [First, End).</summary>
internal readonly record struct TokenRange(int First, int End)
{
    public static readonly TokenRange Empty = new(0, 0);

    public bool IsEmpty => End <= First;
}

/// <summary>A source mention: the noun phrase that heads it plus any apposition that follows it.</summary>
internal readonly record struct SourceMention(TokenRange Head, TokenRange Full);

/// <summary>
/// Finds source noun phrases around a cue by walking tokens with closed-class stop lists; bounded lookaround keeps it linear.
/// </summary>
internal sealed partial class SourceParser(string text, List<Token> tokens)
{
    private const int MaxPhrase = 16;
    private const int MaxApposition = 40;
    private const int MaxRelativeClause = 24;

    /// <summary>The subject of a cue at <paramref name="verb"/>, searched back to <paramref name="limit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SourceMention ParseSubject(int verb, int limit)
    {
        var i = verb - 1;
        if (i >= limit && IsWord(i, "on") && !tokens[i].IsCapitalized)
        {
            // "detained since April on charges of ...": "on" opens a time phrase only before its day ("Israel on Monday
            // said"); right before the word it governs, that word is its noun, not a verb.
            return default;
        }

        while (i >= limit && IsModifier(i))
        {
            i--;
        }

        if (i - 2 >= limit && IsPunct(i, ',') && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized
            && WordLists.ConnectiveAsides.Contains(tokens[i - 1].Text(text)) && IsPunct(i - 2, ','))
        {
            // "The union, however, said": the connective ties the sentence to the one before and is no part of the source.
            i -= 3;
        }

        if (i < limit)
        {
            return default;
        }

        if (tokens[i].Kind == TokenKind.Possessive && i - 1 >= limit && tokens[i - 1].IsWord && WordLists.Pronouns.Contains(tokens[i - 1].Text(text)))
        {
            // "He’s claiming": the clitic is "is", not a possessive.
            var contracted = new TokenRange(i - 1, i);
            return new SourceMention(contracted, contracted);
        }

        if (tokens[i].Kind == TokenKind.Possessive && i - 1 >= limit && tokens[i - 1].IsCapitalized && i == verb - 1 && OpensClauseAfterVerb(verb))
        {
            // "Moody's said the plans could delay projects", "McDonald's announced that ...": a possessive needs a noun
            // after it, so before a verb that opens its complement the clitic belongs to a firm's name.
            var name = ParseSubject(i, limit);
            return name.Head.IsEmpty || name.Head.End != i
                ? default
                : new SourceMention(new TokenRange(name.Head.First, i + 1), new TokenRange(name.Full.First, i + 1));
        }

        if (IsDash(i))
        {
            // "Tomas Brenner – due to take over the ministry – thanked": skip the parenthetical.
            var j = i - 1;
            while (j >= limit && j > i - MaxApposition && !IsDash(j) && !tokens[j].InQuote)
            {
                j--;
            }

            if (j < limit || !IsDash(j))
            {
                return default;
            }

            var inner = ParseNounPhraseBackward(j - 1, limit);
            if (!inner.IsEmpty && !tokens[inner.First].IsCapitalized && inner.First - 2 >= limit && IsPunct(inner.First - 1, ',')
                && StartsWithName(inner.First - 1, limit) && ParseNounPhraseBackward(inner.First - 2, limit) is { IsEmpty: false } named
                && tokens[named.First].IsCapitalized && tokens[named.End - 1].IsCapitalized && !(named.First - 1 >= limit && tokens[named.First - 1].IsWord))
            {
                // "Tom Hale, the head of Norvik Films – the studio that made the series – told": the dash closes the
                // role's apposition as a comma would, so the name before the role speaks. The name must open its
                // clause: "In Oslo, the mayor – a former teacher – said" is a fronted place and the mayor.
                return new SourceMention(named, new TokenRange(named.First, j));
            }

            return inner.IsEmpty ? default : new SourceMention(inner, inner);
        }

        if (IsPunct(i, ','))
        {
            // "X, an Istanbul-based tycoon, said" / "X, who ..., said": the phrase before the apposition is the source.
            var j = i - 1;
            while (j >= limit && j > i - MaxApposition && !IsPunct(j, ',') && tokens[j].Kind != TokenKind.Quote
                && !IsPunct(j, ';') && !IsPunct(j, ':') && !IsSentenceEnd(j))
            {
                j--;
            }

            if (j < limit || !IsPunct(j, ',') || j + 1 >= i)
            {
                return default;
            }

            if (tokens[j + 1].IsWord && WordLists.CitingVerbs.Contains(tokens[j + 1].Text(text)) && tokens[j + 1].Text(text).EndsWith("ing", StringComparison.Ordinal))
            {
                // "The Courier, citing police records, reported": the outlet passes the records on; the aside is not
                // part of the source's name.
                var outlet = ParseNounPhraseBackward(j - 1, limit);
                return outlet.IsEmpty ? default : new SourceMention(outlet, outlet);
            }

            if (IsPlaceSegment(j + 1, i) && !OpensWithFirstName(j + 1, i) && CommaBefore(j, limit) is var town and >= 0 && StartsWithName(town, limit)
                && (IsWord(town + 1, "of") || IsWord(town + 1, "from") || EndsInAffiliation(town + 1, j)))
            {
                // "Johnnie Wilson, of Springfield, Va., said", "Ana Ruiz, head of research at the University of
                // Tolvik, Marsh Bay, said": the place belongs to the aside before it, which ends in a named body and follows
                // a name. In "…, the mayor of Rio Claro, Ana Souza, said" a first name opens the segment, so it is a person.
                j = town;
            }

            if (IsAppositionStart(j + 1) || IsAsideAfterName(j, limit))
            {
                // Appositions may chain: "Schiff, 56, who has served ..., told".
                var k = j;
                // "Carla Benton, 61, of Roanoke, Va., who attended the hearing, said": ages, places and relatives chain.
                for (var hops = 0; hops < 4; hops++)
                {
                    var p = k - 1;
                    while (p >= limit && p > k - MaxApposition && !IsPunct(p, ',') && tokens[p].Kind != TokenKind.Quote
                        && !IsPunct(p, ';') && !IsPunct(p, ':') && !IsSentenceEnd(p))
                    {
                        p--;
                    }

                    if (p < limit || !IsPunct(p, ',') || p + 1 >= k || !StartsWithName(p, limit) || IsRoleAcronymBefore(p, limit)
                        || !(IsAppositionStart(p + 1) || IsAsideAfterName(p, limit) || IsPlaceSegment(p + 1, k)))
                    {
                        break;
                    }

                    k = p;
                }

                var head = ParseNounPhraseBackward(k - 1, limit);
                if (k == j && !head.IsEmpty && DescribedNameAfterRole(head, j + 1, i) is { IsEmpty: false } described)
                {
                    // "Its largest shareholder, the investment fund Nordcap, said": the aside names the role's holder,
                    // introduced by what it is, and the name speaks.
                    return new SourceMention(described, new TokenRange(head.First, i));
                }

                if (!head.IsEmpty && WhoClauseAntecedent(head, limit) is { IsEmpty: false } speaker)
                {
                    // "Residents who fled Wad Madani, the state capital, described": the apposition is on the relative
                    // clause's object; the phrase before "who" speaks.
                    return new SourceMention(speaker, new TokenRange(speaker.First, i));
                }

                return head.IsEmpty ? default : new SourceMention(head, new TokenRange(head.First, i));
            }

            // "The county's election supervisor, Ruth Adeyemi, said": a role, then the name in apposition.
            var name = ParseNounPhraseBackward(i - 1, j + 1);
            if (!name.IsEmpty && name.First == j + 1 && !tokens[name.First].IsCapitalized
                && ParseNounPhraseBackward(j - 1, limit) is { IsEmpty: false } describedRole
                && DescribedNameAfterRole(describedRole, j + 1, i) is { IsEmpty: false } holder)
            {
                // "The company's founder, billionaire Tom Smith, said": a noun for a person opens the name's aside.
                return new SourceMention(holder, new TokenRange(describedRole.First, i));
            }

            if (name.IsEmpty || name.First != j + 1 || !tokens[name.First].IsCapitalized)
            {
                return default;
            }

            var asideHead = HeadBeforeComplement(name);
            if (asideHead >= 0 && !tokens[asideHead].IsCapitalized && StartsWithName(j, limit)
                && ParseNounPhraseBackward(j - 1, limit) is { IsEmpty: false } person && tokens[person.End - 1].IsCapitalized)
            {
                // "Hilda Marsh, UNESCO associate director of culture, said", "Tom Berg, BBC correspondent in Cairo, said":
                // an aside opened by a body's name is headed by a common noun, so it is the role and the name before it
                // speaks.
                return new SourceMention(person, new TokenRange(person.First, i));
            }

            if (NamedInRelativeAside(j, limit) is { IsEmpty: false } named)
            {
                // "One mother, who gave only her first name, Sarah, said": the name the relative clause speaks of is the
                // speaker's, and the phrase before "who" is who they are.
                return new SourceMention(name, new TokenRange(named.First, i));
            }

            var role = ParseNounPhraseBackward(j - 1, limit);
            if (!role.IsEmpty && IsInstitutionName(role) && IsPlaceSegment(j + 1, i))
            {
                // "The University of Tolvik, Marsh Bay, said": a place after a body's name says where it is.
                return new SourceMention(role, new TokenRange(role.First, i));
            }

            var roleStart = role.IsEmpty ? -1 : CoordinatedComplementStart(role, limit);
            if (!role.IsEmpty && roleStart < 0)
            {
                roleStart = ParticipleModifiedRoleStart(role, limit);
            }

            if (!role.IsEmpty && roleStart < 0 && WhoClauseAntecedent(role, limit) is { IsEmpty: false } relativeHead)
            {
                // "The envoy who chaired the talks, Rafael Ortiz, said": the relative clause describes the role and
                // the name in apposition speaks. One name cannot be several people ("Residents who fled the town,
                // Arlen, said"): there it names the clause's object, and the plural speaks.
                if (IsPluralSourceNoun(tokens[relativeHead.End - 1].Text(text)))
                {
                    return new SourceMention(relativeHead, new TokenRange(relativeHead.First, i));
                }

                roleStart = relativeHead.First;
            }

            if (roleStart >= 0)
            {
                // "The former minister for trade, industry and energy, Karl Bo, said", "The lawyer representing the
                // family, Mia Storr, said": the list or the participle's object completes the title.
                role = new TokenRange(roleStart, role.End);
            }

            var secondStart = role.IsEmpty ? name.First : role.First;
            if (CoordinatedAppositionPairStart(secondStart, limit) is var pairStart and >= 0)
            {
                // Two titled people joined by "and" speak together, as "Chile and Peru said" does.
                var pair = new TokenRange(pairStart, i);
                return new SourceMention(pair, pair);
            }

            if (!role.IsEmpty && PluralHeadBeforeComplement(role))
            {
                // "Lawyers for the journalist, Emre Dalan, said": one name cannot be several lawyers, so it names the
                // journalist, and the lawyers speak.
                return new SourceMention(role, new TokenRange(secondStart, i));
            }

            return new SourceMention(name, new TokenRange(secondStart, i));
        }

        if (IsWord(i, "whom") && i - 2 >= limit && IsWord(i - 1, "of") && tokens[i - 2].IsWord && WordLists.QuantifierHeads.Contains(tokens[i - 2].Text(text)))
        {
            // "relatives of the victims, many of whom say ...": the antecedent speaks, the quantifier says how many.
            var k = i - 3;
            if (k >= limit && IsPunct(k, ','))
            {
                k--;
            }

            var group = ParseNounPhraseBackward(k, limit);
            return group.IsEmpty ? default : new SourceMention(group, new TokenRange(group.First, i + 1));
        }

        if (IsWord(i, "who") || IsWord(i, "which"))
        {
            var k = i - 1;
            if (k >= limit && IsPunct(k, ','))
            {
                k--;
            }

            var antecedent = ParseNounPhraseBackward(k, limit);
            if (IsWord(i, "who") && PlaceBeforeRegion(antecedent, limit) is var town and >= 0)
            {
                // "the mayor of Dunmore, Kent, who said": "Town, Region" is one place inside a prepositional phrase,
                // and who needs a person, so the clause hangs on the phrase the place belongs to.
                var holder = ParseNounPhraseBackward(town, limit);
                if (!holder.IsEmpty && holder.First < town)
                {
                    return new SourceMention(holder, new TokenRange(holder.First, antecedent.End));
                }
            }

            return antecedent.IsEmpty ? default : new SourceMention(antecedent, antecedent);
        }

        if (tokens[i].IsWord && WordLists.Pronouns.Contains(tokens[i].Text(text)))
        {
            var pronoun = new TokenRange(i, i + 1);
            return new SourceMention(pronoun, pronoun);
        }

        // "Officials the agency spoke to said": the clause may end in the preposition its missing object belongs to.
        var contact = ContactRelativeHead(i, limit);
        if (contact.IsEmpty && IsStrandedPreposition(i))
        {
            contact = ContactRelativeHead(i - 1, limit);
        }

        if (!contact.IsEmpty)
        {
            return new SourceMention(contact, new TokenRange(contact.First, i + 1));
        }

        var phrase = ParseNounPhraseBackward(i, limit);
        var who = phrase.IsEmpty ? -1 : phrase.First - 1;
        while (who >= limit && who >= phrase.First - 4 && tokens[who].IsWord && !tokens[who].IsCapitalized && !tokens[who].InQuote && !IsWord(who, "who")
            && !IsWord(who, "whom") && !IsWord(who, "whose") && !WordLists.ClauseOpeners.Contains(tokens[who].Text(text)))
        {
            who--;
        }

        // "the man who police say was driving": a source right after "who" is the relative clause's own subject, and
        // "who" is the gap in what it reports.
        var ownSubject = who == phrase.First - 1 && IsPlausibleSource(phrase, allowPronoun: false) && OpensGapPredicate(verb + 1) && !HasVerbalWord(phrase);
        if (who >= limit && (IsWord(who, "who") || IsWord(who, "whom") || IsWord(who, "whose")) && who - 1 >= limit && !ownSubject)
        {
            // "One of the doctors who sent the letter said", "Protesters who confronted the mayor said", "The striker
            // whom the fans booed insisted": the phrase before the relative clause speaks, not its object or subject.
            var antecedentEnd = IsPunct(who - 1, ',') ? who - 2 : who - 1;
            var antecedent = ParseNounPhraseBackward(antecedentEnd, limit);
            if (!antecedent.IsEmpty)
            {
                return new SourceMention(antecedent, new TokenRange(antecedent.First, phrase.End));
            }

            if (antecedentEnd >= limit && IsWord(antecedentEnd, "those"))
            {
                // "Relatives of those who died said", "Those who stayed said": "those" is the antecedent's head, and the
                // noun its "of" hangs on speaks when there is one.
                var owner = antecedentEnd - 2 >= limit && IsWord(antecedentEnd - 1, "of") ? ParseNounPhraseBackward(antecedentEnd - 2, limit) : TokenRange.Empty;
                var those = new TokenRange(antecedentEnd, antecedentEnd + 1);
                return owner.IsEmpty ? new SourceMention(those, new TokenRange(antecedentEnd, phrase.End))
                    : new SourceMention(owner, new TokenRange(owner.First, phrase.End));
            }
        }

        if (LongWhoClauseAntecedent(phrase, i, limit) is { IsEmpty: false } longAntecedent)
        {
            return new SourceMention(longAntecedent, new TokenRange(longAntecedent.First, i + 1));
        }

        if (!phrase.IsEmpty && ThatRelativeAntecedent(phrase, limit) is { IsEmpty: false } thatAntecedent)
        {
            return new SourceMention(thatAntecedent, new TokenRange(thatAntecedent.First, phrase.End));
        }

        if (!phrase.IsEmpty && SpeechEventAdjunctIn(phrase) is var adjunct and >= 0)
        {
            // "Lena Marsh in an interview with Vantage said": the adjunct says how she spoke.
            phrase = ParseNounPhraseBackward(adjunct - 1, limit);
        }

        if (!phrase.IsEmpty && CoordinatedComplementStart(phrase, limit) is var nameStart and >= 0)
        {
            // "the Ministry of Economy, Trade and Industry said": the list is inside one name, not a list of sources.
            var name = new TokenRange(nameStart, phrase.End);
            return new SourceMention(name, name);
        }

        if (!phrase.IsEmpty && IsCoordination(phrase))
        {
            phrase = WithListItemsBefore(phrase, limit);
        }

        while (phrase.Length() > 1 && tokens[phrase.First].IsWord && WordLists.TimeWords.Contains(tokens[phrase.First].Text(text))
            && !WordLists.TimeWords.Contains(tokens[phrase.End - 1].Text(text)))
        {
            // "Last week Okafor said": the time adverbial is not part of the name.
            phrase = new TokenRange(phrase.First + 1, phrase.End);
        }

        return phrase.IsEmpty ? default : new SourceMention(phrase, phrase);
    }

    /// <summary>A list member ends in a name, a parenthesis after one, or a source noun: "the clerk met" and "Yesterday" do not.</summary>
    private bool EndsInNoun(TokenRange item)
    {
        var last = item.End - 1;
        if (IsPunct(last, ')'))
        {
            return true;
        }

        var w = tokens[last].Text(text);
        if (tokens[last].IsCapitalized)
        {
            return item.Length() > 1 || !(WordLists.SentenceStarters.Contains(w) || WordLists.TimeWords.Contains(w) || IsAdverb(w));
        }

        return WordLists.IsSourceNoun(w);
    }

    private int SpeechEventAdjunctIn(TokenRange phrase)
    {
        for (var k = phrase.First + 1; k < phrase.End - 1; k++)
        {
            if (IsSpeechEventAdjunct(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The name closing an aside "the/a + lower-case nouns + Name" after a role without a name of its own ("the
    /// investment fund Nordcap", "the shipping firm Delmar Lines"), or a person's name of two words or more after a
    /// noun describing a person, with or without its article ("the poet Anders Lie", "critic Jonas Beck"); empty
    /// otherwise.
    /// </summary>
    private TokenRange DescribedNameAfterRole(TokenRange role, int start, int end)
    {
        var articled = tokens[start].IsWord && tokens[start].Text(text) is "the" or "a" or "an";
        if (end - start < (articled ? 3 : 2) || !tokens[start].IsWord)
        {
            return TokenRange.Empty;
        }

        for (var r = role.First + 1; r < role.End; r++)
        {
            if (tokens[r].IsCapitalized)
            {
                return TokenRange.Empty;
            }
        }

        var descriptor = articled ? start + 1 : start;
        var owner = descriptor;
        while (owner < end && tokens[owner].IsWord && tokens[owner].IsCapitalized)
        {
            owner++;
        }

        if (!articled && owner > descriptor && owner + 1 < end && tokens[owner].Kind == TokenKind.Possessive)
        {
            // "Brazil's environment minister Marina Costa": a named owner opens the description.
            descriptor = owner + 1;
        }

        var k = descriptor;
        while (k < end && tokens[k].IsWord && !WordLists.InnerPrepositions.Contains(tokens[k].Text(text))
            && (!tokens[k].IsCapitalized || (k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized)))
        {
            // "former Ghanaian minister Kwame Asante", "Labour leader Ann Ross": a capitalized word followed by a lower-case
            // one belongs to the description (a nationality or a body), not to the name.
            k++;
        }

        if (k == descriptor || k >= end)
        {
            return TokenRange.Empty;
        }

        var noun = tokens[k - 1].Text(text);
        var body = articled && WordLists.InstitutionNouns.Contains(noun);
        if (!body && (end - k < 2 || !(Coreference.IsPersonDescriptor(noun) || noun.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))))
        {
            return TokenRange.Empty;
        }

        for (var n = k; n < end; n++)
        {
            if (!tokens[n].IsCapitalized && !IsAbbreviationPeriod(n))
            {
                return TokenRange.Empty;
            }
        }

        return new TokenRange(k, end);
    }

    /// <summary>"in an interview", "at a rally", "during a televised debate", "on Twitter": the occasion of speaking.</summary>
    internal bool IsSpeechEventAdjunct(int k)
    {
        if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Text(text) is not ("in" or "at" or "on" or "during"))
        {
            return false;
        }

        for (var j = k + 1; j < tokens.Count && j <= k + 4; j++)
        {
            if (!tokens[j].IsWord || tokens[j].InQuote)
            {
                return false;
            }

            if (WordLists.SpeechEvents.Contains(tokens[j].Text(text)))
            {
                return true;
            }

            if (tokens[j].IsCapitalized && j > k + 1)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// In "of Dunmore, Kent": the last token of the town when <paramref name="region"/> is a short capitalized run after
    /// a comma and a capitalized run that a preposition governs; otherwise -1.
    /// </summary>
    private int PlaceBeforeRegion(TokenRange region, int limit)
    {
        if (region.IsEmpty || region.End - region.First > 3 || region.First - 2 < limit || !IsPunct(region.First - 1, ','))
        {
            return -1;
        }

        for (var k = region.First; k < region.End; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].IsCapitalized)
            {
                return -1;
            }
        }

        var town = region.First - 2;
        var k2 = town;
        while (k2 >= limit && k2 > town - 3 && tokens[k2].IsWord && tokens[k2].IsCapitalized)
        {
            k2--;
        }

        return k2 < town && k2 >= limit && tokens[k2].IsWord && tokens[k2].Text(text) is "of" or "in" or "from" or "near" ? town : -1;
    }

    private bool IsCoordination(TokenRange phrase)
    {
        for (var k = phrase.First + 1; k < phrase.End - 1; k++)
        {
            if (IsWord(k, "and") || IsWord(k, "or") || IsPunct(k, '&'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Smith, Jones and Brown said", "The union, students and local pastors have demanded": the earlier members of
    /// a list, when the list opens its clause. Each member must be a plausible source, so a fronted adverbial
    /// ("In Washington, Jones and Brown said") stays out.
    /// </summary>
    private TokenRange WithListItemsBefore(TokenRange phrase, int limit)
    {
        var first = phrase.First;
        for (var items = 0; items < 6; items++)
        {
            var comma = first - 1;
            if (comma - 1 < limit || !IsPunct(comma, ',') || tokens[comma].InQuote)
            {
                break;
            }

            var item = ParseNounPhraseBackward(comma - 1, limit);
            if (item.IsEmpty || item.End != comma || item.Length() > 8 || !EndsInNoun(item) || !IsPlausibleSource(item, allowPronoun: false))
            {
                break;
            }

            if (FollowsIntroductoryPreposition(item.First, limit))
            {
                break;
            }

            first = item.First;
            var before = first - 1;
            if (before < limit || tokens[before].Kind is TokenKind.Quote or TokenKind.Symbol
                || (tokens[before].Kind == TokenKind.Punct && !IsPunct(before, ','))
                || (tokens[before].IsWord && WordLists.ClauseOpeners.Contains(tokens[before].Text(text))))
            {
                return new TokenRange(first, phrase.End);
            }
        }

        return phrase;
    }

    /// <summary>A finite auxiliary or modal: the predicate of a reported clause whose subject is a relative word.</summary>
    private bool OpensGapPredicate(int k) =>
        (k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote
            && (WordLists.BeForms.Contains(tokens[k].Text(text)) || WordLists.HaveForms.Contains(tokens[k].Text(text)) || WordLists.Modals.Contains(tokens[k].Text(text))))
        || IsFiniteLexicalVerb(k, tokens.Count);

    /// <summary>
    /// A finite lexical verb with something after it: a past form ("who police said started the fire", "which analysts
    /// say lost money") or an -s form the treebanks read as a verb ("which it says shifts costs"). Where a
    /// relative clause's reported clause lacks its subject, the word after the cue can only be such a verb.
    /// </summary>
    internal bool IsFiniteLexicalVerb(int k, int end)
    {
        if (k + 1 >= end || !tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].InQuote)
        {
            return false;
        }

        var w = tokens[k].Text(text);
        return WordLists.LooksPast(w)
            || (w[^1] == 's' && PresentVerbs.Of(w) == PresentVerbClass.Verb);
    }

    private bool HasVerbalWord(TokenRange phrase)
    {
        for (var k = phrase.First; k < phrase.End; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && (LooksVerbal(tokens[k].Text(text)) || WordLists.IrregularPast.Contains(tokens[k].Text(text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase can name a source: a name, a pronoun or a source noun.</summary>
    public bool IsPlausibleSource(TokenRange head, bool allowPronoun)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        var last = tokens[head.End - 1];
        if (head.Length() == 1 && last.IsWord && WordLists.Pronouns.Contains(last.Text(text)))
        {
            var w = last.Text(text);
            return allowPronoun && !w.Equals("you", StringComparison.OrdinalIgnoreCase);
        }

        if (head.Length() == 1 && last.IsWord && (WordLists.QuantifierPronouns.Contains(last.Text(text)) || last.Text(text) is "others" or "Others"
            || ((head.First == 0 || !tokens[head.First - 1].IsWord) && last.Text(text) is "One" or "Another" or "one" or "another")))
        {
            // "Many accused the police", "Others said", "One wrote: ...": a quantifier standing alone as a subject stands for
            // people, and "one" or "another" opening the sentence for one of a group just spoken of.
            return true;
        }

        // "At least 40 doctors", "Up to 200 workers": the words rounding the number are no part of the noun.
        var nounFirst = head.Length() > 3 && tokens[head.First].IsWord && tokens[head.First + 1].IsWord
            && WordLists.IsQuantityPair(tokens[head.First].Text(text), tokens[head.First + 1].Text(text)) && IsNumber(head.First + 2)
            ? head.First + 2
            : head.First;
        if (ProportionEnd(nounFirst, head.End) is var share and > 0 && (share == head.End || (IsWord(share, "of") && share + 1 < head.End)))
        {
            // "60 per cent said", "three in four of those asked": a share of the people counted.
            return true;
        }

        for (var i = nounFirst; i < head.End; i++)
        {
            var t = tokens[i];
            if (t.IsCapitalized && !(i + 2 < head.End && tokens[i + 1].Kind == TokenKind.Possessive))
            {
                // A possessor is not the head: "Harper's unusual choices" names choices, "Harper's campaign" a source noun.
                var w = t.Text(text);
                // A weekday is capitalized but names no one: "…, warned on Tuesday".
                if (!WordLists.Determiners.Contains(w) && !WordLists.NounPhraseStops.Contains(w) && !WordLists.InnerPrepositions.Contains(w)
                    && !WordLists.Pronouns.Contains(w) && !WordLists.TimeWords.Contains(w))
                {
                    return true;
                }
            }
        }

        // "Those close to him", "Many in the party": a quantifier standing as the head, post-modified by a
        // prepositional phrase (perhaps after an adjective), is a group of people.
        if (head.Length() >= 3 && tokens[head.First].IsWord && WordLists.QuantifierHeads.Contains(tokens[head.First].Text(text)))
        {
            var p = head.First + 1;
            if (tokens[p].IsWord && !WordLists.InnerPrepositions.Contains(tokens[p].Text(text)) && p + 1 < head.End)
            {
                p++;
            }

            // A partitive ("some of its weakest countries") is judged by its noun below, like any "of" complement.
            if (tokens[p].IsWord && WordLists.InnerPrepositions.Contains(tokens[p].Text(text)) && !IsWord(p, "of"))
            {
                return true;
            }
        }

        if (nounFirst == head.First && head.Length() > 2 && tokens[head.First].IsWord && WordLists.QuantityAdverbs.Contains(tokens[head.First].Text(text))
            && (IsNumber(head.First + 1) || IsWord(head.First + 1, "one") || IsShareArticle(head.First + 1)))
        {
            // "About half of voters", "Around a third of the crew": the rounding word is no part of the noun either.
            nounFirst = head.First + 1;
        }

        if (IsShareArticle(nounFirst) && nounFirst + 2 < head.End)
        {
            // "a third of voters": the share's noun, not the article, is what the check below reads.
            nounFirst++;
        }

        if ((ProportionEnd(nounFirst, head.End) > 0 && head.Length() > 2)
            || (head.End - nounFirst >= 3 && IsWord(nounFirst + 1, "of") && tokens[nounFirst].IsWord
                && (WordLists.CountNouns.Contains(tokens[nounFirst].Text(text)) || IsWord(nounFirst, "half"))))
        {
            // "about one in ten islanders", "a third of islanders", "half of the crew": a share of people counted, as
            // "60 per cent of" is.
            return true;
        }

        // "one of the lawyers", "two of the nurses": a partitive is judged by the noun after "of".
        if (head.End - nounFirst >= 3 && tokens[nounFirst].IsWord && IsWord(nounFirst + 1, "of")
            && (WordLists.NumberWords.Contains(tokens[nounFirst].Text(text)) || tokens[nounFirst].Text(text) is "one" or "One" or "another" or "Another"))
        {
            nounFirst += 2;

            // "one of them", "two of us": members of a group already spoken of.
            if (nounFirst + 1 == head.End && tokens[nounFirst].IsWord && tokens[nounFirst].Text(text) is "them" or "us")
            {
                return true;
            }
        }

        // The head noun is the last word before any "of/for/by" complement.
        for (var i = nounFirst; i < head.End; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                continue;
            }

            var w = t.Text(text);
            if (WordLists.InnerPrepositions.Contains(w))
            {
                break;
            }

            // "two people familiar with the matter": the noun may carry a post-modifying adjective before its complement.
            // An "-ist" noun names a specialist with an article or in the plural ("the geologist", "epidemiologists"); a
            // bare one in a list of epithets ("a racist, misogynist and birther") describes, it does not name.
            var specialist = WordLists.IsSpecialistNoun(w) && (w[^1] == 's' || (tokens[head.First].IsWord && WordLists.Determiners.Contains(tokens[head.First].Text(text))));
            if ((WordLists.IsListedSourceNoun(w) || specialist || WordLists.InscriptionNouns.Contains(w) || WordLists.InstitutionNouns.Contains(w))
                && !(i + 2 < head.End && tokens[i + 1].Kind == TokenKind.Possessive))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Ana Souza", "Tomas Vik": a segment of two or more words whose first is a known first name.</summary>
    private bool OpensWithFirstName(int first, int end) =>
        end - first >= 2 && tokens[first].IsCapitalized && tokens[first + 1].IsCapitalized && FirstNames.Of(tokens[first].Text(text)) != Gender.Unknown;

    /// <summary>"a third", "a quarter", "a dozen": an article before a noun that counts or divides.</summary>
    internal bool IsShareArticle(int k) =>
        k + 1 < tokens.Count && (IsWord(k, "a") || IsWord(k, "an")) && tokens[k + 1].IsWord && WordLists.CountNouns.Contains(tokens[k + 1].Text(text));

    /// <summary>
    /// The person phrase before ", who ... name," when the comma at <paramref name="comma"/> closes a relative clause
    /// that ends in a name noun ("who gave only her first name", "who asked to be identified by his first name"); else
    /// empty.
    /// </summary>
    private TokenRange NamedInRelativeAside(int comma, int limit)
    {
        if (comma - 1 < limit || !IsWord(comma - 1, "name"))
        {
            return TokenRange.Empty;
        }

        for (var k = comma - 2; k >= limit && k > comma - 14; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return TokenRange.Empty;
            }

            if (IsWord(k, "who") && k - 2 >= limit && IsPunct(k - 1, ','))
            {
                var person = ParseNounPhraseBackward(k - 2, limit);
                // "who" already says the phrase is a person: any noun with its determiner will do ("A stallholder").
                return !person.IsEmpty && (IsPlausibleSource(person, allowPronoun: false)
                    || (person.Length() >= 2 && tokens[person.First].IsWord && WordLists.Determiners.Contains(tokens[person.First].Text(text))))
                    ? person
                    : TokenRange.Empty;
            }
        }

        return TokenRange.Empty;
    }

    /// <summary>The phrase before "who" when <paramref name="phrase"/> ends a short relative clause on it, else empty.</summary>
    private TokenRange WhoClauseAntecedent(TokenRange phrase, int limit)
    {
        var who = phrase.First - 1;
        while (who >= limit && who >= phrase.First - 4 && tokens[who].IsWord && !tokens[who].IsCapitalized && !tokens[who].InQuote
            && !IsWord(who, "who") && !WordLists.ClauseOpeners.Contains(tokens[who].Text(text)))
        {
            who--;
        }

        // Right after "who" the phrase must open with the clause's verb ("who fled Wad Madani"), not its subject.
        var verbFirst = !tokens[phrase.First].IsCapitalized
            && (LooksVerbal(tokens[phrase.First].Text(text)) || WordLists.IrregularPast.Contains(tokens[phrase.First].Text(text)));
        if (who <= limit || !IsWord(who, "who") || (who == phrase.First - 1 && !verbFirst))
        {
            return TokenRange.Empty;
        }

        return ParseNounPhraseBackward(IsPunct(who - 1, ',') ? who - 2 : who - 1, limit);
    }

    public bool IsPronoun(TokenRange range) =>
        range.Length() == 1 && tokens[range.First].IsWord && WordLists.Pronouns.Contains(tokens[range.First].Text(text));

    // Lowercase -ed/-ing words after a head usually start a participle clause, not the name.
    internal bool IsAbbreviationPeriod(int k)
    {
        if (!IsPunct(k, '.') || tokens[k].Length != 1 || k == 0)
        {
            return false;
        }

        var prev = tokens[k - 1];
        if (!prev.IsWord || prev.End != tokens[k].Start)
        {
            return false;
        }

        var w = prev.Text(text);
        // Inside a phrase a capitalized soft abbreviation does not end the sentence: "Joseph Biden Jr. said", "Acme Corp. said".
        return WordLists.TitleAbbreviations.Contains(w) || (w.Length == 1 && char.IsUpper(w[0])) || (w.Contains('.') && char.IsUpper(w[0]))
            || (char.IsUpper(w[0]) && WordLists.SoftAbbreviations.Contains(w));
    }

    private bool IsSentenceEnd(int i) => tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] is '.' or '!' or '?' && !IsAbbreviationPeriod(i)
        && !(i + 1 < tokens.Count && (tokens[i + 1].IsPunct(text, ',') || tokens[i + 1].IsPunct(text, ')')));

    internal bool IsDash(int i) =>
        tokens[i].Kind == TokenKind.Punct && (text[tokens[i].Start] is '\u2014' or '\u2013' or '\u2015'
            || (text[tokens[i].Start] == '-' && tokens[i].Is(TokenFlags.SpaceBefore)));

    private bool IsPunct(int i, char c) => tokens[i].IsPunct(text, c);

    /// <summary>
    /// Whether the word after <paramref name="verb"/> opens a clause or a noun phrase of its own, so the verb is finite
    /// and not a noun or a participle before one ("Moody's said the ..." against "Sainsbury's reported profits").
    /// </summary>
    private bool OpensClauseAfterVerb(int verb)
    {
        if (verb + 1 >= tokens.Count)
        {
            return false;
        }

        // Punctuation proves nothing: "Trump's comments, which came ..." is a noun before its comma.
        var next = tokens[verb + 1];
        if (!next.IsWord || next.InQuote)
        {
            return false;
        }

        var word = next.Text(text);
        return word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("it", StringComparison.OrdinalIgnoreCase)
            || WordLists.Determiners.Contains(word) || WordLists.SubjectPronouns.Contains(word);
    }

    private bool IsWord(int i, string word) => tokens[i].IsWord && tokens[i].Text(text).Equals(word, StringComparison.OrdinalIgnoreCase) && !WordSet.IsAbbreviationHomograph(tokens[i].Text(text));

    private int FindBackward(int from, int limit, char c, int max)
    {
        for (var j = from - 1; j >= limit && j >= from - max; j--)
        {
            if (IsPunct(j, c))
            {
                return j;
            }
        }

        return -1;
    }

    private int FindForward(int from, int end, char c, int max)
    {
        for (var j = from + 1; j < end && j <= from + max; j++)
        {
            if (IsPunct(j, c))
            {
                return j;
            }
        }

        return -1;
    }
}

internal static class TokenRangeExtensions
{
    public static int Length(this TokenRange range) => range.End - range.First;
}
