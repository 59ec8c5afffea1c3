using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>Verbal cues in front and closing position: a subject, its verb and the content around them.</summary>
internal sealed partial class CuePatterns
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Attribution? TryVerb(int verb, int cueEnd, VerbHit hit, int first, int end, int paragraph, int unit)
    {
        if (IsPurposeOrder(hit.Entry.Lemma, verb))
        {
            return null;
        }

        if (hit.Form is VerbForm.ThirdPerson or VerbForm.Base && hit.Entry.Particle is null && cueEnd < end && IsWord(cueEnd, "of")
            && hit.Entry.Lemma is not ("say" or "write" or "complain" or "think"))
        {
            // "Personal details of 80,000 patients", "claims of fraud": a reporting verb takes no "of" at once (besides
            // "says of her", "complains of", and those like "warns of" that carry it as their particle), so the word is
            // a noun with its complement.
            return null;
        }

        if (hit.Form is VerbForm.ThirdPerson && hit.Entry.Particle is null && cueEnd < end
            && ((IsFiniteVerb(cueEnd)
                    && (!(IsWord(cueEnd, "is") || IsWord(cueEnd, "has") || IsWord(cueEnd, "was") || IsWord(cueEnd, "had") || IsWord(cueEnd, "should"))
                        || IsPerfectOrPassive(cueEnd, end)))
                || IsWord(cueEnd, "said") || IsWord(cueEnd, "told"))
            && !SubjectOfRelativeGap(verb, first))
        {
            // "Insurance claims rose", "Such reports were denied", "Officials from nearby states said": a finite verb
            // right after the -s form agrees with it as a plural noun heading the subject; a reporting verb would need
            // the reported clause's subject first ("says had the plan gone ahead" and "should" open an inverted
            // condition). "said" and "told" are never the adjective that "reported" or "increased" can be.
            return null;
        }

        if (hit.Form is VerbForm.ThirdPerson && cueEnd + 1 < end && tokens[cueEnd].Start == tokens[verb].End
            && (tokens[cueEnd].Kind == TokenKind.Possessive || text[tokens[cueEnd].Start] is '\'' or '\u2019') && tokens[cueEnd].Length == 1
            && tokens[cueEnd + 1].IsWord && !tokens[cueEnd + 1].IsCapitalized)
        {
            // "the island states' bloc", "the members' votes": an apostrophe closing the -s form makes it a plural
            // possessive, a noun that owns what follows.
            return null;
        }

        if (hit.Entry.Lemma == "add" && cueEnd + 1 < end && IsWord(cueEnd, "to") && !HasThatOrQuoteBefore(cueEnd + 1, end))
        {
            // "The melting adds to rising sea levels", "The rules added to the confusion": "add to" something is to
            // increase it; only a that-clause or a quotation after "added to reporters" is speech.
            return null;
        }

        if (cueEnd < end && tokens[cueEnd].Kind == TokenKind.Possessive && tokens[cueEnd].Start == tokens[cueEnd - 1].End)
        {
            // "blocks state's abortion law", "the report's authors": a verb takes no possessive ending, so the word is
            // a noun that owns what follows.
            return null;
        }

        var frames = hit.Entry.Frames;
        var prev = PreviousWord(verb, first);
        if (hit.Form == VerbForm.Gerund && IsProgressive(verb, first))
        {
            if (cueEnd >= end || tokens[cueEnd].Kind == TokenKind.Punct)
            {
                // "The early results were promising, she said": a reporting verb in the progressive takes its content
                // or object; with nothing after it the -ing word is a predicate adjective.
                return null;
            }

            prev = -1;
        }

        // Where the subject attaches: the verb itself, or a verb that carries the infinitive ("appeared to suggest").
        var head = verb;
        // Not cognitive verbs: "seems to think he is exempt" is the reporter's reading, not a report.
        if (prev >= 0 && IsWord(prev, "to") && hit.Form == VerbForm.Base && (frames & VerbFrames.NeedsComplement) == 0
            && CatenativeBefore(prev, first) is var catenative and >= 0)
        {
            head = catenative;
            prev = PreviousWord(head, first);
        }

        if (hit.Form == VerbForm.Past && prev >= 0 && IsWord(prev, "have") && (frames & VerbFrames.NeedsComplement) == 0
            && PreviousWord(prev, first) is var to and >= 0 && IsWord(to, "to") && RaisingBefore(to, first) is var raising and >= 0)
        {
            // "The actor is reported to have said ...", "She appears to have told friends ...": the subject of the
            // raising verb is the one who spoke.
            head = raising;
            prev = PreviousWord(head, first);
        }

        if (hit.Form is VerbForm.ThirdPerson or VerbForm.Base && head == verb && verb - 2 >= first && tokens[verb - 1].IsCapitalized
            && !tokens[verb - 1].Text(text).EndsWith('s')
            && tokens[verb - 2].IsWord && !tokens[verb - 2].IsCapitalized && IsCountWord(tokens[verb - 2].Text(text)))
        {
            // "in two more US states", "officials in several EU states say", "about 900 Benin objects": a singular name
            // after a count modifies the plural noun after it, which is no verb; "the EU says" has no count, "some
            // Republicans say" a plural name, and a year is no count ("In 2019 Okafor says").
            return null;
        }

        if (hit.Form == VerbForm.Past && prev >= 0 && IsWord(prev, "as") && (frames & VerbFrames.Clausal) != 0 && cueEnd + 1 < end
            && (IsWord(cueEnd, "in") || IsWord(cueEnd, "by")))
        {
            return TryAsReported(prev, cueEnd, first, end, hit.Entry, paragraph, unit);
        }

        if (prev >= 0 && IsFloatingQuantifier(prev, first))
        {
            // "The senators all suggested", "Pruett and Hale both said": the quantifier floats after the subject.
            prev = PreviousWord(prev, first);
        }

        if (prev >= 0 && hit.Form is VerbForm.ThirdPerson or VerbForm.Base && !tokens[prev].IsCapitalized
            && WordLists.PublishingVerbs.Contains(tokens[prev].Text(text)) && WordLists.MessageNouns.Contains(tokens[verb].Text(text)))
        {
            // "The paper published reports alleging ...": the object of putting out a message, not a verb.
            return null;
        }

        if (prev >= 0 && hit.Form is VerbForm.Base && tokens[prev].IsWord && cueEnd < end && tokens[cueEnd].IsWord && !tokens[cueEnd].IsCapitalized
            && !WordLists.Determiners.Contains(tokens[cueEnd].Text(text)) && !IsWord(cueEnd, "that")
            && ((!IsWord(prev, "to") && WordLists.InnerPrepositions.Contains(tokens[prev].Text(text))) || IsAttributiveAdjective(prev, first)))
        {
            // "Teachers in state schools", "a rise in claim numbers", "sits on major fault lines": right after a
            // preposition or an adjective the base form modifies the noun after it; no finite verb opens a
            // prepositional object.
            return null;
        }

        if (prev >= 0 && hit.Form is VerbForm.ThirdPerson && tokens[prev].IsWord && IsAttributiveAdjective(prev, first))
        {
            // "will face criminal charges, police said", "fresh claims emerged": after an adjective the -s form is
            // the plural noun it modifies; no verb takes an adjective for its subject.
            return null;
        }

        if (hit.Form == VerbForm.Base && IsNounAfterProperModifier(verb, first))
        {
            return null;
        }

        if (prev >= 0 && hit.Form is VerbForm.ThirdPerson && !tokens[prev].IsCapitalized && WordLists.ReactionVerbs.Contains(tokens[prev].Text(text)))
        {
            // "Heatwave deaths prompt calls for ...", "The ruling renewed calls for reform": the -s form is the object.
            return null;
        }

        // A past or third-person form after "to" is finite: "Officials the ministry spoke to said" strands the preposition.
        if (prev >= 0 && ((IsWord(prev, "to") && hit.Form is VerbForm.Base or VerbForm.Gerund) || WordLists.Determiners.Contains(tokens[prev].Text(text))
                || tokens[prev].Kind == TokenKind.Possessive)
            && !IsNumberStandingAsNoun(prev, first, hit.Form) && !IsQuantifierStandingAlone(prev, first, cueEnd, end, hit.Form, frames))
        {
            // "refused to say", "the claims", "Iran's claims": not a finite reporting verb.
            if (!(IsWord(prev, "to") && hit.Form == VerbForm.Base && prev > first && IsWord(prev - 1, "going")))
            {
                return null;
            }
        }

        if (hit.Form == VerbForm.Gerund)
        {
            if (IsQuotedAsSaying(verb, first, out var be))
            {
                // "The minister was quoted as saying ...": the subject of the passive is the source.
                var quotedSubject = parser.ParseSubject(be + 1, first);
                // Whoever is quoted spoke, so a short definite phrase ("The broker") needs no listed noun.
                if (quotedSubject.Head.IsEmpty || !(parser.IsPlausibleSource(quotedSubject.Head, allowPronoun: true)
                    || (quotedSubject.Head.Length() <= 4 && IsDefinite(quotedSubject.Head.First))))
                {
                    return null;
                }

                var quoteBefore = quotedSubject.Full.First - 1;
                if (quoteBefore > first && IsContentCloser(quoteBefore) && EndsWithQuote(quoteBefore)
                    && (cueEnd >= end || IsShortTail(cueEnd, end) || IsAgentTail(cueEnd, end)))
                {
                    // '"We have the demand," he was quoted as saying by the Courier.': the quotation before is what he said.
                    return Build(CueMode.Final, first, quoteBefore, verb, cueEnd, quotedSubject, hit.Entry, paragraph, unit);
                }

                var start = SkipToContent(cueEnd, end, frames, out _);
                return CountWords(start, end) < 2 ? null : Build(CueMode.Front, start, end, verb, cueEnd, quotedSubject, hit.Entry, paragraph, unit);
            }

            if (CitedAsSaying(verb, first) is { } cited)
            {
                // "The agency cited unnamed security sources as saying ...": the cited sources speak.
                var start = SkipToContent(cueEnd, end, frames, out _);
                return CountWords(start, end) < 2 ? null : Build(CueMode.Front, start, end, verb, cueEnd, cited, hit.Entry, paragraph, unit);
            }

            if (!IsProgressive(verb, first))
            {
                return null;
            }
        }
        else if (hit.Form == VerbForm.Base && prev >= 0 && WordLists.Modals.Contains(tokens[prev].Text(text))
            && !((frames & VerbFrames.Addressee) == 0 && IsNegatedWillingness(prev, verb)))
        {
            // "local leaders could call on", "they wouldn't tell": hypothetical, not reported speech.
            return null;
        }
        else if (hit.Form == VerbForm.Past && PassiveAuxiliary(prev, first) is var be and >= 0)
        {
            // Passive ("was told", "were accused", "was later accused"): the subject is the addressee, not the source,
            // unless an agent names one: "the plan was criticized by the opposition".
            return TryPassiveWithAgent(verb, cueEnd, be, first, end, hit, paragraph, unit);
        }

        if (hit.Form == VerbForm.Past && hit.Entry.Particle is null && (frames & VerbFrames.Object) != 0 && cueEnd < end
            && (IsWord(cueEnd, "of") || (IsWord(cueEnd, "by") && !(cueEnd + 1 < end && tokens[cueEnd + 1].Is(TokenFlags.Numeric))))
            && !ClosesAQuotation(verb, first))
        {
            // "spies accused of plotting", "a plan praised by critics": a participle, not a finite cue.
            return null;
        }

        if (IsAscriptionParticiple(hit, cueEnd, end) || IsObjectGapRelative(hit, verb, cueEnd, first, end) || IsReducedRelative(hit, verb, cueEnd, end))
        {
            return null;
        }

        var relative = BeforeVerbModifiers(prev, first);

        if (relative >= 0 && (IsWord(relative, "who") || IsWord(relative, "which")) && !_readingRelative
            && (HasLaterCue(cueEnd, end) || (IsWord(relative, "who") && AsksNotToBeNamed(cueEnd, end))))
        {
            // Without commas too: "A witness who asked not to be named said ..." explains the anonymity, it reports nothing.
            // "A senior official, who asked not to be named, said ...": the relative clause is not the report.
            return null;
        }

        var subject = parser.ParseSubject(head, first);
        var afterFrontedPlace = false;
        if (subject.Head.IsEmpty && head == verb && StrayCommaSubject(verb, first) is { } beforeComma)
        {
            // "The company, has said that ...": a stray comma between the subject and its auxiliary.
            subject = beforeComma;
        }
        if (!subject.Head.IsEmpty && DocumentBeforeAgent(subject, first) is { } document)
        {
            // "A leaked memo seen by the newspaper says ...": the outlet saw the memo; the memo speaks.
            subject = document;
        }
        else if (!subject.Head.IsEmpty && ParticipleModifiedSubject(subject, first) is { } modified)
        {
            // "Footprints found in the valley suggest that ...": the phrase is the participle's place, the noun speaks.
            subject = modified;
        }
        else if (!subject.Head.IsEmpty && ParticipleObjectSubject(subject, first) is { } participleObject)
        {
            // "The group representing the families said": the families are the participle's object, the group speaks.
            subject = participleObject;
        }
        else if (MessageBeforeParticiples(head, first) is { } message
            && (subject.Head.IsEmpty || subject.Full.First > message.Head.First || subject.Head.End > message.Head.End))
        {
            // "A statement released by the ministry and posted online said ...", "A UN report released on Tuesday
            // warned ...": the participles describe the message, whose noun heads the source.
            subject = message;
        }
        else if (!subject.Head.IsEmpty && ParticipleInsideHead(subject) is { } reduced)
        {
            // "a study published on Monday, which warns ...": the participle and its adjunct describe the noun, which speaks.
            subject = reduced;
        }

        if (!subject.Head.IsEmpty && SubjectAfterFrontedPhrase(subject, first) is { } afterPhrase)
        {
            // "In an interview on Monday the minister said": the parser read the fronted phrase into the subject.
            subject = afterPhrase;
        }
        else if (!subject.Head.IsEmpty && NameAfterFrontedPhrase(subject, first) is { } nameAfterPhrase)
        {
            subject = nameAfterPhrase;
        }
        else if (!subject.Head.IsEmpty && NameAfterFrontedPlace(subject, first) is { } nameAfterPlace)
        {
            // "In Lisbon Okafor said": the fronted phrase's object is a name too.
            subject = nameAfterPlace;
            afterFrontedPlace = true;
        }

        var contactRelative = false;
        if (!subject.Head.IsEmpty && head == verb && ContactRelativeSource(subject, hit, cueEnd, end) is { } gapped)
        {
            // "a move critics say will hurt shops": the reported clause lacks its subject, which the noun before the
            // source stands for.
            subject = gapped;
            contactRelative = true;
        }
        else if (!subject.Head.IsEmpty && head == verb && (HasContactGap(hit, cueEnd, end)
            // "a move it said reflected confidence": after a pronoun a past with no subject of its own is the gap too.
            || ((frames & VerbFrames.Clausal) != 0 && parser.IsPronoun(subject.Head) && parser.IsFiniteLexicalVerb(cueEnd, end))))
        {
            // The parser has split them already: "a decision [many economists] believe was a mistake", "a verdict his
            // [supporters] called politically motivated" (the possessive belongs to the source).
            var antecedentEnd = subject.Full.First - 1;
            var possessive = antecedentEnd > first && tokens[antecedentEnd].IsWord && tokens[antecedentEnd].Text(text) is "his" or "her" or "their" or "its" or "our";
            if (possessive)
            {
                antecedentEnd--;
            }

            if (antecedentEnd > first && ContactAntecedentStart(antecedentEnd, first) >= 0)
            {
                contactRelative = true;
                if (possessive)
                {
                    var whole = new TokenRange(antecedentEnd + 1, subject.Head.End);
                    subject = new SourceMention(whole, new TokenRange(antecedentEnd + 1, subject.Full.End));
                }
            }
        }

        var relativeClause = IsRelativeClauseCue(head, first);
        if (relativeClause && !ReportsInRelative(hit.Entry))
        {
            return null;
        }

        var restrictiveWho = false;
        if (!relativeClause && ReportsInRelative(hit.Entry) && RestrictiveWhoAntecedent(head, first, end) is { } described)
        {
            // "Police are questioning a man who says he saw the attack": the relative clause picks out the person
            // by what they say, and that person is the source.
            subject = described;
            relativeClause = true;
            restrictiveWho = true;
        }

        if (relativeClause && !subject.Head.IsEmpty)
        {
            subject = RelativeAntecedent(subject, first);
        }

        if (!subject.Head.IsEmpty && !relativeClause && !contactRelative && !afterFrontedPlace && !StartsClause(subject.Full.First, first) && !FrontedPhraseWithoutComma(subject.Full.First, first)
            && !FrontedPhraseWithoutComma(subject.Full.First, first, name: true))
        {
            // A fronted phrase without a comma: "In a radio interview Harper declared", "... network RT he blasted".
            subject = TrailingName(subject);
        }

        var conjunction = subject.Head.IsEmpty ? PreviousWord(head, first) : -1;
        while (conjunction > first && (WordLists.HaveForms.Contains(tokens[conjunction].Text(text)) || WordLists.Modals.Contains(tokens[conjunction].Text(text))))
        {
            // "voted against the scheme and have promised to reverse it": the auxiliary belongs to the second predicate.
            conjunction = PreviousWord(conjunction, first);
        }

        if (conjunction > first && !IsWord(conjunction, "and") && WordLists.ClauseAdverbs.Contains(tokens[conjunction].Text(text)))
        {
            // "but later said", "and then told".
            conjunction = PreviousWord(conjunction, first);
        }

        if (conjunction > first && (IsWord(conjunction, "and") || IsWord(conjunction, "but")) && (hit.Form is VerbForm.Past or VerbForm.ThirdPerson || head != verb))
        {
            // "Ortiz backed the union ..., and said he did not back Harper", "agreed, but also contended that ...":
            // the sentence subject speaks.
            var sentenceSubject = SentenceSubject(first, head);
            if (sentenceSubject.Head.IsEmpty && WhoBefore(first, conjunction) is var openingWho and > 0)
            {
                // "The scheme has become a rallying point for tenants, who have marched … and called for …".
                if (WhoAntecedent(openingWho, first) is not { } antecedent)
                {
                    return null;
                }

                subject = antecedent;
            }
            else if (!sentenceSubject.Head.IsEmpty && sentenceSubject.Full.End < conjunction)
            {
                subject = sentenceSubject;
                if (OpenSubordinateSubject(sentenceSubject.Full.End, conjunction) is { } inner)
                {
                    // "Residents fled as the fire jumped a road and threatened homes": "and" joins the predicates of the
                    // nearest clause, so the subordinate clause's subject does the second act too; a fire or a river
                    // does not speak.
                    if (!parser.IsPlausibleSource(inner.Head, allowPronoun: true))
                    {
                        return null;
                    }

                    subject = inner;
                }
                else if (WhoBefore(sentenceSubject.Full.End, conjunction) is var who and > 0)
                {
                    // "… in contrast to the businessman who lacks experience and has attacked allies": "and" joins the
                    // relative clause's predicates, so the phrase "who" stands for does the second act.
                    if (WhoAntecedent(who, first) is not { } antecedent)
                    {
                        return null;
                    }

                    subject = antecedent;
                }
            }
        }

        // After a catenative the infinitive does not agree; the catenative does.
        if (!subject.Head.IsEmpty && head == verb && !Agrees(hit, subject.Head, verb))
        {
            subject = default;
        }

        if (!subject.Head.IsEmpty && head == verb && hit.Form == VerbForm.Past && AttributiveAfterVerb(verb, cueEnd, end))
        {
            // "Two men received suspended sentences", "owners who paid were given suspended terms": right after a verb
            // of its own and before a bare noun, the participle modifies that noun.
            return null;
        }

        var weak = (frames & VerbFrames.Weak) != 0;
        var clausal = (frames & VerbFrames.Clausal) != 0;
        var needsComplement = (frames & VerbFrames.NeedsComplement) != 0;
        var afterQuote = !subject.Head.IsEmpty && subject.Full.First - 1 >= first && tokens[subject.Full.First - 1].Kind == TokenKind.Quote
            && !tokens[subject.Full.First - 1].Is(TokenFlags.QuoteOpen);
        // "The dockers said", "150 dockers said", "At least 30 nurses said": a short phrase that a determiner or a count
        // opens names whoever speaks, listed noun or not.
        var counted = subject.Head.IsEmpty ? -1 : QuantityPrefixEnd(subject.Head.First, subject.Head.End);
        var shortDefinite = clausal && !needsComplement && !subject.Head.IsEmpty
            && subject.Head.Length() - (counted - subject.Head.First) <= 4
            && (IsDefinite(subject.Head.First) || (counted + 1 < subject.Head.End && tokens[counted].Is(TokenFlags.Numeric)))
            && WordLists.CoreSayLemmas.Contains(hit.Entry.Lemma);
        // "The harbour master declined to comment": whoever refuses to speak is the source, named or not.
        shortDefinite |= !subject.Head.IsEmpty && subject.Head.Length() <= 4 && IsDefinite(subject.Head.First) && cueEnd < end && IsWord(cueEnd, "to")
            && hit.Entry.Lemma is "decline" or "refuse" or "respond" or "reply";
        var quotedEpithet = weak && !subject.Head.IsEmpty && (parser.IsPronoun(subject.Head) || IsDefinite(subject.Head.First)) && HasQuoteWithin(cueEnd, end, 8);
        // "defended what she called a necessary reform", "the levy, which they describe as theft", "charges he called
        // absurd": the relative word, or the antecedent where there is none, is the naming verb's object, so a pronoun
        // before the verb can only be the one who names.
        var relativeNamer = NamesWithPredicate(frames, cueEnd, end) && !subject.Head.IsEmpty && parser.IsPronoun(subject.Head)
            && subject.Full.First - 1 >= first && (IsWord(subject.Full.First - 1, "what") || IsWord(subject.Full.First - 1, "which")
                || IsWord(subject.Full.First - 1, "that") || contactRelative);
        // "She called the verdict a disgrace", "He branded the plan reckless": an object with a predicate of its own is a
        // judgement, whoever makes it; "she called the office" only rang it.
        var predicateNamer = (frames & VerbFrames.ObjectComplement) != 0 && !subject.Head.IsEmpty && parser.IsPronoun(subject.Head)
            && head == verb && HasObjectPredicate(cueEnd, end);
        // "Rain will ease, forecasters said", "On Monday, surveyors told the inquiry", "Some former strikers complained
        // that …": an agent noun in the plural, bare or after a quantifier and adjectives, names the people who speak,
        // whether or not it is listed; beyond the verbs of saying, only with a that-clause.
        var agentivePlural = clausal && !needsComplement && !subject.Head.IsEmpty && subject.Head.Length() <= 3 && tokens[subject.Head.End - 1].IsWord
            && WordLists.IsAgentivePlural(tokens[subject.Head.End - 1].Text(text)) && IsPlainModifiers(subject.Head.First, subject.Head.End - 1)
            && (WordLists.CoreSayLemmas.Contains(hit.Entry.Lemma) || (!weak && cueEnd < end && IsWord(cueEnd, "that")));
        // "The singer thanked fans", "The striker apologised": "the" and a singular agent noun name a person, who can do
        // any speech act, listed noun or not.
        var definiteAgent = !weak && !subject.Head.IsEmpty && subject.Head.Length() == 2 && IsWord(subject.Head.First, "the")
            && tokens[subject.Head.First + 1].IsWord && WordLists.IsAgentiveSingular(tokens[subject.Head.First + 1].Text(text));
        // "Those in the most polluted areas were more likely to fall ill, they found.": a finding set after its content
        // is reported, and a plural pronoun there stands for the team that made it; "he found" before a clause is often
        // a personal discovery, which is why a pronoun is otherwise no source of these verbs.
        var teamAfterFinding = weak && clausal && !subject.Head.IsEmpty && subject.Head.Length() == 1 && IsWord(subject.Head.First, "they")
            && subject.Full.First - 1 > first && IsPunct(subject.Full.First - 1, ',') && CountWords(first, subject.Full.First - 1) >= 4 && IsShortTail(cueEnd, end);
        // "They found that pupils who slept less scored lower.": a plural pronoun opening the sentence, with "that" and a
        // clause after the finding, reports the team or body named before; a personal discovery is told of one person
        // ("he found that his car had gone") or inside a narrative clause ("when they returned, they found that ...").
        teamAfterFinding |= weak && clausal && !subject.Head.IsEmpty && subject.Head.Length() == 1 && IsWord(subject.Head.First, "they")
            && subject.Full.First == first && cueEnd < end && IsWord(cueEnd, "that");
        if (subject.Head.IsEmpty || !(parser.IsPlausibleSource(subject.Head, allowPronoun: !weak) || (afterQuote && clausal && IsDefinite(subject.Head.First))
            || shortDefinite || quotedEpithet || relativeNamer || predicateNamer || agentivePlural || definiteAgent || teamAfterFinding || (restrictiveWho && clausal)))
        {
            // Only finite forms invert ("..., said Smith"); "state media reported" is a noun, not "state" + subject. "Tell"
            // needs its addressee and never inverts: in '"Bitter Harvest" tells the story of …' the phrase after it is the object.
            return clausal && !needsComplement && hit.Form is VerbForm.Past or VerbForm.ThirdPerson && hit.Entry.Lemma != "tell"
                ? TryInverted(verb, cueEnd, first, end, paragraph, unit)
                : null;
        }

        var before = subject.Full.First - 1;
        var prefixIsQuote = before >= first && (tokens[before].Kind == TokenKind.Quote || (before > first && tokens[before - 1].Kind == TokenKind.Quote));
        var tailStart = SkipAddressee(cueEnd, end, frames);
        var tailOpensContent = tailStart < end && (IsPunct(tailStart, ':') || tokens[tailStart].Is(TokenFlags.QuoteOpen) || IsWord(tailStart, "that")
            || (IsPunct(tailStart, ',') && tailStart + 1 < end && tokens[tailStart + 1].Is(TokenFlags.QuoteOpen) && !prefixIsQuote));
        var closes = !needsComplement || prefixIsQuote || (frames & VerbFrames.Closes) != 0;
        if (before >= first && clausal && closes && IsContentCloser(before) && !tailOpensContent && !IsIntroductoryPhrase(first, before))
        {
            var prefixEndsWithQuote = EndsWithQuote(before);
            // One word is enough when the content resumes after the cue: "Voters, he said, can rock like Jimi."
            var resumes = tailStart + 1 < end && IsPunct(tailStart, ',') && tokens[tailStart + 1].IsWord && !tokens[tailStart + 1].IsCapitalized
                && !tokens[tailStart + 1].InQuote && CountWords(tailStart + 1, end) >= (IsFiniteAuxiliary(tailStart + 1) ? 2 : 3);
            if ((prefixEndsWithQuote || IsShortTail(tailStart, end)) && CountWords(first, before) >= (resumes ? 1 : 2))
            {
                var final = Build(CueMode.Final, first, before, head, cueEnd, subject, hit.Entry, paragraph, unit);
                final.TailStart = tailStart;
                AddTailQuotes(final, tailStart, end);
                if (!prefixEndsWithQuote)
                {
                    AddParentheticalTail(final, tailStart, end);
                }

                return final;
            }
        }

        if (NamesWithPredicate(frames, cueEnd, end) && cueEnd + 1 < end && subject.Full.First - 1 >= first
            && tokens[subject.Full.First - 1].IsWord && (tokens[subject.Full.First - 1].Text(text) is "that" or "which" or "what"
                || (contactRelative && IsObjectGap(cueEnd))))
        {
            // "an explosion that the mayor described as an intentional act", "the law, which critics called
            // unconstitutional, took effect": the object is the antecedent; the predicate is what the source said of it.
            var predicateStart = IsWord(cueEnd, "as") ? cueEnd + 1 : cueEnd;
            var predicateEnd = RelativeClauseEnd(predicateStart,
                SmallClauseEnd(predicateStart, ContentEnd(predicateStart, end, objectOnly: false, coordinatedPredicate: true)));
            var opener = contactRelative ? ContactAntecedentStart(subject.Full.First - 1, first) : subject.Full.First - 1;
            if (opener - 1 >= first && IsPunct(opener - 1, ','))
            {
                // "The camps, which critics describe as prisons, hold ...": the comma closing the clause ends the predicate.
                for (var k = predicateStart + 1; k < predicateEnd; k++)
                {
                    if (IsPunct(k, ',') && !tokens[k].InQuote)
                    {
                        predicateEnd = k;
                        break;
                    }
                }
            }
            if (CountWords(predicateStart, predicateEnd) < 1)
            {
                return null;
            }

            var naming = Build(CueMode.Front, predicateStart, predicateEnd, head, predicateStart, subject, hit.Entry, paragraph, unit);
            naming.InNounRelative = !IsWord(subject.Full.First - 1, "what");
            return naming;
        }

        if (hit.Form == VerbForm.Past && hit.Entry.Particle is null && ObjectControlLemmas.Contains(hit.Entry.Lemma) && InfinitiveAt(cueEnd, end))
        {
            // "Landlord ordered to repay tenants", "Residents told to boil water": these verbs name whom they direct
            // before the infinitive, so an infinitive right after the participle is a passive whose subject is directed.
            return null;
        }

        if (hit.Form == VerbForm.Past && hit.Entry.Lemma == "say" && cueEnd + 1 < end && IsWord(cueEnd, "to") && (IsWord(cueEnd + 1, "be") || IsWord(cueEnd + 1, "have")))
        {
            // "Two men said to be armed were arrested": a passive participle ("are said to be"), whose speaker is not named.
            return null;
        }

        var contentStart = SkipToContent(cueEnd, end, frames, out var hasComplement);
        if (!hasComplement && contentStart == cueEnd && IsPunct(verb - 1, ',') && hit.Form == VerbForm.Past && hit.Entry.Lemma is "say" or "add" or "write" or "explain"
            && IsSourceClosingSentence(contentStart, end))
        {
            // "Talks stalled, with each side accusing the other, said two diplomats": after a comma, a verb of saying
            // followed only by a source is the inverted cue closing the sentence, whatever the parse before it.
            return TryInverted(verb, cueEnd, first, end, paragraph, unit);
        }

        if (needsComplement && !hasComplement && contentStart < end && IsBeliefGap(hit, subject, first, contentStart))
        {
            return GapClause(contentStart, end, head, subject, hit.Entry, first, paragraph, unit);
        }

        if (needsComplement && !hasComplement)
        {
            if (!ReportsWithoutThat(hit, subject, first, contentStart, end))
            {
                return null;
            }

            hasComplement = true;
        }

        var contentWords = CountWords(contentStart, end);
        if ((contentWords == 0 || IsAdjunctBeforeColon(contentStart, end)) && clausal
            && (subject.Full.First == first || AfterFrontedAdjunct(subject.Full.First, first)))
        {
            return Build(CueMode.Bare, cueEnd, cueEnd, head, cueEnd, subject, hit.Entry, paragraph, unit);
        }

        if (contentWords < ((frames & VerbFrames.Object) != 0 ? 1 : 2))
        {
            return null;
        }

        if ((frames & VerbFrames.Evaluative) != 0 && !hasComplement && !NamesAnAct(contentStart, end))
        {
            // "welcomed the guests", "overturned a lorry": no act or statement is received or decided.
            return null;
        }

        if (hit.Entry.Particle is not null && (frames & VerbFrames.Addressee) != 0 && !(contentStart == cueEnd && InfinitiveAfterAddressee(cueEnd, end)))
        {
            // "appealed to both sides to return to talks" asks them to act; "appeals to younger voters" asks nothing.
            return null;
        }

        if (!hasComplement && (IsWord(contentStart, "and") || IsWord(contentStart, "but")) && !tokens[contentStart].InQuote)
        {
            // "The mayor agreed and said ...": an intransitive use; the coordinated verb carries the report.
            return null;
        }

        var relativeThat = IsWord(contentStart, "that") && hit.Form is VerbForm.Base or VerbForm.ThirdPerson;
        if (!relativeThat && (frames & VerbFrames.Clausal) != 0 && AfterGapAdverbial(contentStart, end) is var gap and > 0
            && GapClause(gap, end, head, subject, hit.Entry, first, paragraph, unit, cueEnd) is { } afterAdverbial)
        {
            // "a wall that engineers had warned for years was too low": an adverbial of the verb comes before the
            // reported clause, whose subject the relative word stands for.
            return afterAdverbial;
        }

        if (!relativeThat && contentStart < end && tokens[contentStart].IsWord && WordLists.HaveForms.Contains(tokens[contentStart].Text(text))
            && GapClause(contentStart, end, head, subject, hit.Entry, first, paragraph, unit) is { } perfect)
        {
            // "a plan which officials said has been shelved": the relative word is the subject of the perfect.
            return perfect;
        }

        if (!relativeThat && parser.IsFiniteLexicalVerb(contentStart, end) && subject.Full.First - 1 > first
            && (IsWord(subject.Full.First - 1, "which") || IsWord(subject.Full.First - 1, "who"))
            && GapClause(contentStart, end, head, subject, hit.Entry, first, paragraph, unit) is { } lexical)
        {
            // "the man who police said started the fire": the relative word is the subject of a lexical verb.
            return lexical;
        }

        if (relativeThat || (contentStart < end && tokens[contentStart].IsWord && !tokens[contentStart].InQuote
            && (WordLists.BeForms.Contains(tokens[contentStart].Text(text)) || WordLists.Modals.Contains(tokens[contentStart].Text(text)))))
        {
            // "Everything Harper says is a lie": the cue sits in a relative clause, its "content" is the main predicate.
            return relativeThat ? null : GapClause(contentStart, end, head, subject, hit.Entry, first, paragraph, unit);
        }

        if (IsWord(contentStart, "to") && !tokens[contentStart].InQuote && RefusalToSpeakEnd(hit.Entry.Lemma, verb, contentStart, end) is var refusalEnd and > 0)
        {
            // "The firm did not respond to requests for comment", "The mayor declined to comment": a source's refusal to
            // speak is what it said on the matter, and news reports it as such.
            return Build(CueMode.Front, contentStart, refusalEnd, head, cueEnd, subject, hit.Entry, paragraph, unit);
        }

        if (((hit.Entry.Lemma is "respond" or "reply") && IsWord(contentStart, "to"))
            || (IsWord(contentStart, "to") && contentStart + 1 < end && IsWord(contentStart + 1, "comment")))
        {
            // "responded to the fire", "agreed to comment": an answer in deeds or a promise, no reported content.
            return null;
        }

        if ((hit.Entry.Lemma is "refuse") && IsWord(contentStart, "to"))
        {
            // "refused to leave the building": a deed refused, not a statement.
            return null;
        }

        // Not a verb that takes an infinitive ("vowed to end", in a headline "Vows To End").
        if (!hasComplement && IsWord(contentStart, "to") && clausal && (frames & VerbFrames.Object) == 0 && contentStart + 1 < end && tokens[contentStart + 1].IsWord
            && (tokens[contentStart + 1].IsCapitalized || IsDefinite(contentStart + 1) || IsObjectPronoun(contentStart + 1)))
        {
            // "tweeted to the boy and said ...", "wrote to the council that ...": "to" names the addressee, not content.
            var addressee = IsObjectPronoun(contentStart + 1) ? contentStart + 2 : parser.ParseForward(contentStart + 1, end).Full.End;
            if (addressee <= contentStart + 1 || addressee >= end || !IsWord(addressee, "that"))
            {
                return null;
            }

            contentStart = addressee + 1;
            hasComplement = true;
        }

        if (!hasComplement && (frames & VerbFrames.Object) != 0 && TakesAThing(hit.Entry.Lemma, contentStart, end))
        {
            // "claimed three lives", "claimed asylum", "conceded a penalty", "questioned the suspect": a taking, a score
            // or an interrogation, not a report.
            return null;
        }

        if (!hasComplement && IsNonSpeechSense(hit.Entry.Lemma, verb, contentStart, end))
        {
            // "defended his dissertation", "maintained the roads", "proposed to her", "in order to": nothing is said.
            return null;
        }

        if (!hasComplement && hit.Entry.Lemma == "write" && contentStart < end && !tokens[contentStart].InQuote
            && tokens[contentStart].Kind != TokenKind.Quote && !IsPunct(contentStart, ':') && !BareClauseAt(contentStart, end))
        {
            // "wrote a novel", "wrote his second symphony": a work created, not a statement; "wrote the port was closed" is.
            return null;
        }

        if (!hasComplement && hit.Entry.Lemma == "say" && IsGreetingOrRite(contentStart, end))
        {
            // "said goodbye to the crew", "said a prayer", "said grace": a greeting or a rite performed, nothing asserted.
            return null;
        }

        if (hit.Entry.Lemma == "call" && !HasQuoteWithin(contentStart, end, 12) && (IsWord(contentStart, "a") || IsWord(contentStart, "an") || contentWords < 3))
        {
            // "called an emergency meeting" is not speech; "called him a liar" is.
            return null;
        }

        if (!hasComplement && contentStart < end)
        {
            contentStart = SkipTimeAdverbial(contentStart, end);
            var afterAdverb = contentStart;
            while (afterAdverb < end && tokens[afterAdverb].IsWord && !tokens[afterAdverb].IsCapitalized && IsAdverbLike(afterAdverb))
            {
                afterAdverb++;
            }

            if (afterAdverb < end && tokens[afterAdverb].IsWord && WordLists.IntransitiveMarkers.Contains(tokens[afterAdverb].Text(text)))
            {
                contentStart = afterAdverb;
            }
        }

        if (!hasComplement && hit.Entry.Particle is null && contentStart < end && tokens[contentStart].IsWord
            && WordLists.IntransitiveMarkers.Contains(tokens[contentStart].Text(text)) && !IsQuantityIdiom(contentStart, end))
        {
            // "reported from Midway Atoll" has no reported content; "said on the other hand, "..."" does after the comma.
            var comma = -1;
            for (var k = contentStart; k < end && k < contentStart + 10; k++)
            {
                if (IsPunct(k, ','))
                {
                    comma = k;
                    break;
                }

                if (tokens[k].Kind != TokenKind.Word)
                {
                    break;
                }
            }

            var marker = tokens[contentStart].Text(text);
            if (clausal && WordLists.ReportedClauseSubordinators.Contains(marker) && FrontedClauseThenMain(contentStart, end))
            {
                // "said although the two are known to interact, nobody had studied them together", "said if the talks
                // failed, the union would strike": the reported clause opens with its own subordinate clause.
                return Build(CueMode.Front, contentStart, ContentEnd(contentStart, end, objectOnly: false, coordinatedPredicate: true), head, cueEnd,
                    subject, hit.Entry, paragraph, unit);
            }

            if (clausal && IsWord(contentStart, "by") && contentStart + 2 < end && tokens[contentStart + 1].Is(TokenFlags.Numeric)
                && IsPunct(contentStart + 2, ',') && CountWords(contentStart + 3, end) >= 3)
            {
                // "estimated by 2050, demand would double": a date the prediction is about, not an agent or a place.
                return Build(CueMode.Front, contentStart, end, head, cueEnd, subject, hit.Entry, paragraph, unit);
            }

            if (WordLists.ClauseOpeners.Contains(marker) && !WordLists.InnerPrepositions.Contains(marker) && !marker.Equals("after", StringComparison.OrdinalIgnoreCase)
                && !marker.Equals("before", StringComparison.OrdinalIgnoreCase))
            {
                // "said as he entered the talks": a circumstance, not what was said.
                return null;
            }

            if (marker.Equals("about", StringComparison.OrdinalIgnoreCase) && contentStart + 1 < end
                && (tokens[contentStart + 1].Is(TokenFlags.Numeric) || WordLists.NumberWords.Contains(tokens[contentStart + 1].Text(text))))
            {
                // "said about 20 people ...": an approximation, not a topic.
                return Build(CueMode.Front, contentStart, end, head, cueEnd, subject, hit.Entry, paragraph, unit);
            }

            var clause = comma < 0 ? SubjectPronounWithin(contentStart, end, 6) : -1;
            if (clause > 0 && clausal)
            {
                // "said after the hearing she would not ...": the clause starts at its subject.
                contentStart = clause;
            }
            else if (comma < 0 || CountWords(comma + 1, end) < 3 || !clausal || !tokens[comma + 1].Is(TokenFlags.QuoteOpen))
            {
                return null;
            }
            else
            {
                contentStart = comma + 1;
            }
        }

        var objectOnly = !clausal && !hasComplement && (frames & VerbFrames.ObjectComplement) == 0;
        var contentEnd = ContentEnd(contentStart, end, objectOnly, coordinatedPredicate: !hasComplement);
        if (objectOnly)
        {
            contentEnd = AscribedCauseEnd(hit.Entry.Lemma, contentStart, contentEnd, end);
        }

        if ((frames & VerbFrames.ObjectComplement) != 0 && !hasComplement)
        {
            contentEnd = SmallClauseEnd(contentStart, contentEnd);
        }

        if (relativeClause)
        {
            contentEnd = RelativeClauseClose(contentStart, contentEnd);
        }
        else if (IsSubjectRelative(relative, subject, first))
        {
            contentEnd = SubjectRelativeMainVerb(contentStart, contentEnd);
        }

        var resume = objectOnly && contentEnd < end ? ObjectComplementAfter(contentEnd, end) : -1;
        if (resume > 0)
        {
            // "thanked Harper on Twitter for backing ...": the object and its complement, without the adjunct between.
            var attribution = Build(CueMode.Front, contentStart, contentEnd, head, cueEnd, subject, hit.Entry, paragraph, unit);
            var complement = Trim(resume, ContentEnd(resume, end, objectOnly: false, coordinatedPredicate: true));
            if (!complement.IsEmpty && attribution.Segments.Count == 1)
            {
                attribution.Segments.Add(ToSpan(complement));
                attribution.Kind = Classify(new TokenRange(contentStart, complement.End)) == ClaimKind.Indirect ? ClaimKind.Indirect : ClaimKind.Mixed;
            }

            attribution.InNounRelative = relativeClause;
            return attribution;
        }

        var built = Build(CueMode.Front, contentStart, contentEnd, head, cueEnd, subject, hit.Entry, paragraph, unit);
        // "Smith, who denied the charges, was jailed", "Police are questioning a man who says he saw the attack": the
        // report describes a noun of the reporter's own clause, which states something of its own.
        built.InNounRelative = relativeClause;
        return built;
    }

    /// <summary>
    /// Where a subjectless reported clause opens after a short adverbial of the reporting verb ("warned for years was",
    /// "said repeatedly would", "claimed last year had"): the finite auxiliary after it, else -1.
    /// </summary>
    private int AfterGapAdverbial(int k, int end)
    {
        var start = k;
        if (IsWord(k, "for"))
        {
            // "for years", "for several months".
            var noun = k + 2 < end && tokens[k + 1].IsWord && tokens[k + 1].Text(text) is "several" or "many" or "some" ? k + 2 : k + 1;
            if (noun < end && (TimeNouns.Contains(tokens[noun].Text(text)) || IsWord(noun, "decades")))
            {
                k = noun + 1;
            }
        }
        else
        {
            while (k < end && k < start + 3 && tokens[k].IsWord && !tokens[k].InQuote
                && ((IsAdverbLike(k) && !IsWord(k, "not")) || (WordLists.TimeWords.Contains(tokens[k].Text(text)) && !IsWord(k, "on"))))
            {
                k++;
            }
        }

        return k > start && k < end && IsFiniteAuxiliaryWord(k) ? k : -1;
    }

    /// <summary>
    /// "sits on major fault lines", "in early trade": a word the treebanks read as an adjective most of the time
    /// modifies the noun after it, so it cannot close a subject. After "the" it may stand for people ("the poor
    /// say"), so there it does not count.
    /// </summary>
    private bool IsAttributiveAdjective(int k, int first)
    {
        if (tokens[k].IsCapitalized || PresentVerbs.Of(tokens[k].Text(text)) != PresentVerbClass.Adjective)
        {
            return false;
        }

        var before = PreviousWord(k, first);
        return before < 0 || !IsWord(before, "the");
    }

    /// <summary>Whether "that", a colon or a quotation mark comes in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private bool HasThatOrQuoteBefore(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (IsWord(k, "that") || tokens[k].Kind == TokenKind.Quote || IsPunct(k, ':'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The be-form of a passive whose participle follows <paramref name="prev"/>, perhaps across an adverb of manner or
    /// time ("was later accused", "was sharply criticised"), but not a negation nor "first" or "once", which credit
    /// whoever broke a story ("was first reported by"); else -1.
    /// </summary>
    private int PassiveAuxiliary(int prev, int first)
    {
        if (prev >= 0 && tokens[prev].IsWord && !WordLists.BeForms.Contains(tokens[prev].Text(text)) && !WordLists.HaveForms.Contains(tokens[prev].Text(text))
            && !IsWord(prev, "not") && !IsWord(prev, "never") && (IsAdverbLike(prev) || IsWord(prev, "later") || IsWord(prev, "again")))
        {
            prev = PreviousWord(prev, first);
        }

        return prev >= 0 && WordLists.BeForms.Contains(tokens[prev].Text(text)) && !IsWord(prev, "get") ? prev : -1;
    }

    /// <summary>
    /// "received suspended sentences", "were given suspended terms": a past form right after another past verb or
    /// participle, followed by a bare noun, is an adjective. The word before that verb must be neither a pronoun nor a
    /// determiner: "the experts I interviewed said", "the accused said" put a subject or a noun there.
    /// </summary>
    private bool AttributiveAfterVerb(int verb, int cueEnd, int end)
    {
        var before = verb - 1;
        if (before < 1 || !tokens[before].IsWord || tokens[before].IsCapitalized || tokens[before].InQuote || cueEnd >= end
            || !tokens[cueEnd].IsWord || tokens[cueEnd].IsCapitalized)
        {
            return false;
        }

        var w = tokens[before].Text(text);
        var pastVerb = !WordLists.HaveForms.Contains(w) && !WordLists.Auxiliaries.Contains(w)
            && (WordLists.IrregularParticiples.Contains(w) || WordLists.IrregularPast.Contains(w)
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !WordLists.IsSourceNoun(w)));
        var next = tokens[cueEnd].Text(text);
        return pastVerb && tokens[before - 1].IsWord
            && !WordLists.Pronouns.Contains(tokens[before - 1].Text(text)) && !WordLists.Determiners.Contains(tokens[before - 1].Text(text))
            && !WordLists.Determiners.Contains(next) && !WordLists.Pronouns.Contains(next) && !WordLists.ObjectPronouns.Contains(next)
            && !WordLists.ClauseOpeners.Contains(next) && !WordLists.InnerPrepositions.Contains(next) && next is not "to";
    }

    /// <summary>
    /// "had arrived", "has been", "was taken": an auxiliary with its participle is the verb of a plural noun before it
    /// ("Crews from two states had arrived"), where "says had the plan gone ahead" inverts a condition.
    /// </summary>
    private bool IsPerfectOrPassive(int auxiliary, int end)
    {
        if (auxiliary + 1 >= end || !tokens[auxiliary + 1].IsWord || tokens[auxiliary + 1].IsCapitalized)
        {
            return false;
        }

        var w = tokens[auxiliary + 1].Text(text);
        return w is "been" || WordLists.IrregularParticiples.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// The phrase before "who" when the cue at <paramref name="verb"/> opens a restrictive relative clause on it ("a man
    /// who says", "residents who said") and that phrase does not open the sentence (a subject's clause runs on into the
    /// main predicate and is read elsewhere). Null otherwise.
    /// </summary>
    private SourceMention? RestrictiveWhoAntecedent(int verb, int first, int end)
    {
        var who = verb - 1;
        while (who >= first && who >= verb - 3 && tokens[who].IsWord
            && (WordLists.Auxiliaries.Contains(tokens[who].Text(text)) || WordLists.HaveForms.Contains(tokens[who].Text(text)) || IsAdverbLike(who)))
        {
            who--;
        }

        if (who - 2 < first || !IsWord(who, "who") || !tokens[who - 1].IsWord || tokens[who - 1].InQuote)
        {
            return null;
        }

        // The clause must run to the end of the sentence, with no cue before it: a comma after it may close it before
        // the main clause goes on ("an architect who said he was unpaid, saying ..."), and a cue before it governs the
        // sentence ("claiming he had a source who told him ...").
        for (var k = verb + 1; k < end; k++)
        {
            if (IsPunct(k, ',') || IsPunct(k, ';') || tokens[k].Kind == TokenKind.Quote)
            {
                return null;
            }
        }

        // "the deportation of an asylum seeker who says": the clause is on the nearest noun, the object of "of".
        var antecedent = parser.ParseSubject(who, first);
        for (var k = antecedent.Head.End - 2; !antecedent.Head.IsEmpty && k > antecedent.Full.First; k--)
        {
            if (tokens[k].IsWord && WordLists.InnerPrepositions.Contains(tokens[k].Text(text)))
            {
                var inner = new TokenRange(k + 1, antecedent.Head.End);
                antecedent = new SourceMention(inner, inner);
                break;
            }
        }

        for (var k = first; k < antecedent.Full.First; k++)
        {
            // A cue whose object the phrase is ("questioning a man who says") leaves it free to speak.
            if (tokens[k].IsWord && TryMatchCue(k, who, out _, out var cueEnd) && cueEnd != antecedent.Full.First)
            {
                return null;
            }
        }

        // "who" says the phrase names people, so any noun with its determiner will do ("an asylum seeker").
        var opener = antecedent.Full.First;
        return antecedent.Head.IsEmpty || opener <= first || !tokens[opener - 1].IsWord || parser.IsPronoun(antecedent.Head)
            || !(parser.IsPlausibleSource(antecedent.Head, allowPronoun: false) || (tokens[opener].IsWord && WordLists.Determiners.Contains(tokens[opener].Text(text))))
            ? null
            : antecedent;
    }

    private static readonly WordSet ObjectControlLemmas = new("order", "tell", "urge", "instruct", "advise", "warn", "encourage", "implore", "beg", "command");

    /// <summary>
    /// "the ninth U.S. state to report the virus", "an EU report": a base form after a determiner and a singular proper
    /// modifier is a noun; a singular subject would take the -s form, and a plural one ("The Greens argue") ends in -s.
    /// </summary>
    private bool IsNounAfterProperModifier(int verb, int first)
    {
        var k = verb - 1;
        var proper = false;
        // A capitalised determiner opening the sentence ("The U.S. state") ends the modifiers.
        while (k >= first && (tokens[k].IsCapitalized || parser.IsAbbreviationPeriod(k)) && !(tokens[k].IsWord && WordLists.Determiners.Contains(tokens[k].Text(text))))
        {
            if (tokens[k].IsCapitalized)
            {
                if (!proper && tokens[k].Text(text) is [.., 's'])
                {
                    return false;
                }

                proper = true;
            }

            k--;
        }

        while (k >= first && tokens[k].IsWord && !tokens[k].IsCapitalized && WordLists.Ordinals.Contains(tokens[k].Text(text)))
        {
            k--;
        }

        return proper && k >= first && tokens[k].IsWord && WordLists.Determiners.Contains(tokens[k].Text(text));
    }

    /// <summary>Counts and quantifiers that cannot stand before a singular name as its subject: "several EU states".</summary>
    private static bool IsCountWord(ReadOnlySpan<char> w) =>
        WordLists.NumberWords.Contains(w) || WordLists.QuantifierPronouns.Contains(w) || w is "more" or "fewer" or "other" or "various" or "numerous"
        || (w.Length > 0 && char.IsAsciiDigit(w[0]) && !IsYear(w));

    private static bool IsYear(ReadOnlySpan<char> w) => w.Length == 4 && w[0] is '1' or '2' && int.TryParse(w, out var year) && year is >= 1500 and <= 2200;

    /// <summary>
    /// "which it says will cut traffic", ", which the agency says has failed": the -s form follows a pronoun, or a short
    /// phrase right after a relative word, so it is the verb of a relative clause whose reported clause lacks its
    /// subject, not a plural noun before the main verb.
    /// </summary>
    private bool SubjectOfRelativeGap(int verb, int first)
    {
        if (verb - 1 >= first && tokens[verb - 1].IsWord && tokens[verb - 1].Text(text) is "he" or "she" or "it" or "He" or "She" or "It")
        {
            return true;
        }

        for (var k = verb - 2; k >= first && k >= verb - 5; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote)
            {
                return false;
            }

            if (IsWord(k, "which") || IsWord(k, "who"))
            {
                return k - 1 >= first && IsPunct(k - 1, ',');
            }
        }

        return false;
    }

    /// <summary>A plausible source phrase running from <paramref name="start"/> to the end of the unit, bar closing punctuation.</summary>
    private bool IsSourceClosingSentence(int start, int end)
    {
        if (start >= end || !tokens[start].IsWord || tokens[start].InQuote)
        {
            return false;
        }

        var source = parser.ParseForward(start, end);
        var k = source.Full.End;
        while (k < end && tokens[k].Kind == TokenKind.Punct && !IsPunct(k, ','))
        {
            k++;
        }

        return !source.Head.IsEmpty && source.Head.First == start && k >= end && parser.IsPlausibleSource(source.Head, allowPronoun: false);
    }

    /// <summary>
    /// The phrase the "who" at <paramref name="who"/> stands for, when it can speak: "the mayor, who cut taxes and has
    /// promised …", "a rallying point for tenants, who have marched … and called for …" (a thing's preposition hands
    /// on to its object); null otherwise.
    /// </summary>
    private SourceMention? WhoAntecedent(int who, int first)
    {
        var antecedent = who > first ? parser.ParseSubject(IsPunct(who - 1, ',') ? who - 1 : who, first) : default;
        if (!antecedent.Head.IsEmpty)
        {
            antecedent = RelativeAntecedent(antecedent, first);
        }

        return antecedent.Head.IsEmpty || !parser.IsPlausibleSource(antecedent.Head, allowPronoun: false) ? null : antecedent;
    }
}
