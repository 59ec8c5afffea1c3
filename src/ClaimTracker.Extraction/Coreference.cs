using System.Runtime.CompilerServices;

namespace ClaimTracker.Extraction;

/// <summary>A person introduced in the article with a full name; Role is the title or role noun seen with them.</summary>
internal sealed record PersonEntity(string FullName, string? Role, string? Affiliation, int Position)
{
    public Gender Gender { get; set; }

    /// <summary>
    /// Whether the name reads as a person's: a known first name, a title, role or gendered word before it, its surname
    /// used alone, or the name speaking. A capitalized run without any of these ("Mathematical Exercises", "New York")
    /// may be a work, a place or an event, which he/she/I never point to.
    /// </summary>
    public bool LooksLikePerson { get; set; }
}

/// <summary>
/// A name in the text that refers to a known person; Subject when it opens a clause. For a speaker, ReportEnd is where
/// the content of their report ends (-1 for a name in the text).
/// </summary>
internal readonly record struct PersonMention(int Position, PersonEntity Person, bool Subject, int ReportEnd = -1);

/// <summary>
/// A body in the text (court, agency, company, government, document) or a group acting together; Subject when it opens a
/// clause; Plural when "they" rather than "it" refers back to it.
/// </summary>
internal readonly record struct BodyMention(int Position, string Name, SourceKind Kind, bool Subject, bool Plural = false, bool Affiliation = false);

/// <summary>
/// In-article coreference: full names by surname, acronyms by their expansion, role nouns by the person
/// introduced with that role, pronouns by the most recent compatible speaker.
/// </summary>
internal sealed partial class Coreference
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, PersonEntity> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
    private readonly List<(string RoleWord, PersonEntity Person)> _roles = [];
    private readonly List<PersonMention> _mentions = [];
    private readonly Dictionary<string, string> _organizations = new(StringComparer.Ordinal);
    private readonly List<PersonMention> _speakerMentions = [];
    private readonly List<BodyMention> _bodies = [];
    private readonly Dictionary<string, PersonEntity>.AlternateLookup<ReadOnlySpan<char>> _surnameLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _acronymLookup;
    private string? _lastPersonSpeaker;
    private int _lastPersonSpeakerParagraph = -10;
    private string? _lastGroupSpeaker;
    private int _lastGroupSpeakerPosition = -1;
    private SourceKind _lastGroupSpeakerKind;
    private (string Name, SourceKind Kind)? _lastInstitution;

    public Coreference(string text, List<Token> tokens, List<Paragraph> paragraphs)
    {
        _text = text;
        _tokens = tokens;
        _surnameLookup = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        _acronymLookup = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var para in paragraphs)
        {
            ScanNames(para);
        }

        // Second pass: with every full name known, surname mentions can be linked too.
        foreach (var para in paragraphs)
        {
            CollectMentions(para);
        }
    }

    /// <summary>Full name for a one-word surname mention, or null.</summary>
    public string? FullNameFor(ReadOnlySpan<char> surname) => _surnameLookup.TryGetValue(surname, out var p) ? p.FullName : null;

    public PersonEntity? PersonFor(ReadOnlySpan<char> surname) => _surnameLookup.TryGetValue(surname, out var p) ? p : null;

    /// <summary>The last named organization or official body that spoke: "the company" after "Apple said".</summary>
    public (string Name, SourceKind Kind)? LastInstitution => _lastInstitution;

    /// <summary>Learns a person's gender from a resolved "he"/"she", so later pronouns choose between people better.</summary>
    public void NoteGender(string fullName, Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            return;
        }

        var space = fullName.LastIndexOf(' ');
        var surname = space < 0 ? fullName.AsSpan() : fullName.AsSpan(space + 1);
        if (_surnameLookup.TryGetValue(surname, out var person) && person.Gender == Gender.Unknown
            && string.Equals(person.FullName, fullName, StringComparison.Ordinal))
        {
            person.Gender = gender;
        }
    }

    public string? ExpandAcronym(ReadOnlySpan<char> acronym) => _acronymLookup.TryGetValue(acronym, out var e) ? e : null;

    public bool IsKnownSurname(ReadOnlySpan<char> word) => _surnameLookup.ContainsKey(word);

    /// <summary>Whether the person with this surname is mentioned outside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool IsSurnameMentionedElsewhere(ReadOnlySpan<char> word, int start, int end)
    {
        if (!_surnameLookup.TryGetValue(word, out var person))
        {
            return false;
        }

        if (person.Position < start || person.Position >= end)
        {
            return true;
        }

        foreach (var m in _mentions)
        {
            if (ReferenceEquals(m.Person, person) && (m.Position < start || m.Position >= end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The full organization name for a short form seen in an organization name ("Apple" for "Apple Inc").</summary>
    public string? OrganizationFor(string word) => _organizations.GetValueOrDefault(word);

    /// <summary>The most recent person introduced with this role word before <paramref name="position"/>.</summary>
    public PersonEntity? PersonWithRole(ReadOnlySpan<char> roleWord, int position)
    {
        // Roles are registered in document order, so the newest earlier holder is found walking backwards.
        for (var i = _roles.Count - 1; i >= 0 && i >= _roles.Count - 256; i--)
        {
            var (word, person) = _roles[i];
            if (person.Position < position && roleWord.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// He/she: the nearest earlier clause-subject mention of a gender-compatible person within the last paragraphs,
    /// else the nearest compatible mention, else the last person speaker. They/it: the last group speaker.
    /// </summary>
    public string? ResolvePronoun(ReadOnlySpan<char> pronoun, int position, int windowStart, int paragraph)
    {
        if (pronoun.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            // "It said" refers to an institution or a document, not to a crowd of officials: the body that spoke or
            // was the subject last. Never a plural group ("Experts say ... it warned"): "it" is one body.
            // A source named after the pronoun ("It expects a loss, according to its filing") is no antecedent of it.
            var group = _lastGroupSpeaker is { } g && _lastGroupSpeakerPosition < position
                && !(g.EndsWith('s') && WordLists.IsSourceNoun(LastWordOf(g))) ? g : null;
            var body = NearestBody(null, position, windowStart, plural: false);
            if (group is not null && _lastGroupSpeakerPosition >= windowStart && (body is not { } b || (_lastGroupSpeakerPosition > b.Position
                && !LastWordOf(b.Name).Equals(LastWordOf(group), StringComparison.OrdinalIgnoreCase))))
            {
                // "The coast guard said it had deployed barriers. It was not clear how ..., it said": a body that spoke
                // after every body mention is the nearer antecedent, whether or not its noun is a listed institution. A
                // mention with the same head ("the Times article" before "the article") names it more fully.
                return group;
            }

            return body?.Name ?? _lastInstitution?.Name ?? group;
        }

        if (pronoun.Equals("they", StringComparison.OrdinalIgnoreCase))
        {
            // "They" is the group or bodies that were the subject since the last group spoke ("Police arrested two men.
            // They said ..."), else that group, else a body named as a clause's subject just before.
            if (NearestBody(null, position, windowStart, subjectOnly: true, plural: true) is { } plural && plural.Position > _lastGroupSpeakerPosition)
            {
                return plural.Name;
            }

            // A single document or report speaks as "it" ("The study found ... They believe" is its authors, not the
            // study), so "they" only takes a speaker that can be plural.
            var singularText = _lastGroupSpeakerKind is SourceKind.Document or SourceKind.MediaReport
                && _lastGroupSpeaker is { } document && !document.EndsWith('s');
            return (_lastGroupSpeakerPosition < position && !singularText ? _lastGroupSpeaker : null)
                ?? NearestBody(null, position, windowStart, subjectOnly: true, plural: singularText ? true : null)?.Name;
        }

        if (!(pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("i", StringComparison.OrdinalIgnoreCase)))
        {
            // "The e-mail said ... we knew": a document is spoken of, never the "we" that speaks.
            return _lastGroupSpeakerKind == SourceKind.Document ? null : _lastGroupSpeaker;
        }

        return ResolvePerson(GenderCues.OfPronoun(pronoun), position, windowStart, paragraph);
    }

    /// <summary>
    /// The person a he/she or an epithet ("the 52-year-old") points back to: the nearest earlier clause-subject
    /// mention of a compatible person within the last paragraphs, else the nearest compatible mention, else the
    /// last person speaker.
    /// </summary>
    public string? ResolvePerson(Gender gender, int position, int windowStart, int paragraph)
    {
        var fromText = NearestCompatible(_mentions, gender, position, windowStart, out var textSubject);
        var fromSpeakers = NearestCompatible(_speakerMentions, gender, position, windowStart, out _);
        // "Carlsen said Niemann had cheated. He said he would not play him again.": a subject inside what someone said
        // is less prominent than the one who said it, so a pronoun after the report goes back to the speaker.
        if (fromSpeakers is { } s && (fromText is not { } t || !textSubject || s.Position >= t.Position
            || (t.Position < s.ReportEnd && position >= s.ReportEnd)))
        {
            return s.Person.FullName;
        }

        if (fromText is { } m)
        {
            return m.Person.FullName;
        }

        // "Anna Lee said she would appeal. He agreed ...": the last speaker is no fallback for a pronoun of the other gender.
        return paragraph - _lastPersonSpeakerParagraph <= 4 && !(gender != Gender.Unknown && _lastPersonSpeaker is { } last
            && _surnameLookup.TryGetValue(LastWordOf(last), out var known) && known.Gender != Gender.Unknown && known.Gender != gender)
            ? _lastPersonSpeaker
            : null;
    }

    /// <summary>
    /// The nearest earlier compatible subject mention, else the nearest compatible mention; names that read as a
    /// person's come first, and a bare capitalized run (a title, a place, or a person with an unlisted first name) is
    /// the fallback.
    /// </summary>
    private static PersonMention? NearestCompatible(List<PersonMention> mentions, Gender gender, int position, int windowStart, out bool subject) =>
        NearestCompatible(mentions, gender, position, windowStart, personOnly: true, out subject)
        ?? NearestCompatible(mentions, gender, position, windowStart, personOnly: false, out subject);

    private static PersonMention? NearestCompatible(
        List<PersonMention> mentions, Gender gender, int position, int windowStart, bool personOnly, out bool subject)
    {
        subject = false;
        PersonMention? nearest = null;
        var i = LastMentionBefore(mentions, position);
        for (var seen = 0; i >= 0 && seen < 40 && mentions[i].Position >= windowStart; i--, seen++)
        {
            var m = mentions[i];
            if ((gender != Gender.Unknown && m.Person.Gender != Gender.Unknown && m.Person.Gender != gender) || (personOnly && !m.Person.LooksLikePerson))
            {
                continue;
            }

            if (m.Subject)
            {
                subject = true;
                return m;
            }

            nearest ??= m;
        }

        return nearest;
    }

    private static ReadOnlySpan<char> LastWordOf(string s)
    {
        var i = s.LastIndexOf(' ');
        return i < 0 ? s : s.AsSpan(i + 1);
    }

    private static int LastMentionBefore(List<PersonMention> mentions, int position)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Position < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CollectMentions(Paragraph para)
    {
        var t = para.FirstToken;
        while (t < para.EndToken)
        {
            if (!_tokens[t].IsCapitalized)
            {
                t++;
                continue;
            }

            var runEnd = NameRunEnd(t, para.EndToken);
            t = SkipOpeningDescriptor(t, runEnd);
            var last = runEnd - 1;
            while (last > t && !_tokens[last].IsWord)
            {
                last--;
            }

            if (!_tokens[last].InQuote && BodyName(t, runEnd) is { } body)
            {
                _bodies.Add(new BodyMention(_tokens[t].Start, body.Name, body.Kind, IsSubjectPosition(t, runEnd, para), Affiliation: IsAffiliation(t, para)));
            }
            else if (_surnameLookup.TryGetValue(_tokens[last].Text(_text), out var person) && !_tokens[last].InQuote && person.Position <= _tokens[t].Start)
            {
                // A name first given in full later on is not yet this person: "City came from behind" before "Former City
                // captain Lee Bryant" is the club.
                var before = t - 1;
                var subject = before < para.FirstToken || _tokens[before].Kind is TokenKind.Punct or TokenKind.Quote
                    || (_tokens[before].IsWord && (WordLists.ClauseOpeners.Contains(_tokens[before].Text(_text)) || WordLists.SourceNouns.Contains(_tokens[before].Text(_text))))
                    || NameBeforeFiniteVerb(before, runEnd, para) || AppositionBeforeFiniteVerb(t, runEnd, para);
                var possessed = runEnd < para.EndToken && _tokens[runEnd].Kind == TokenKind.Possessive;
                if (last == t && runEnd < para.EndToken && IsFinitePast(runEnd)
                    && !person.FullName.AsSpan().Equals(_tokens[last].Text(_text), StringComparison.Ordinal))
                {
                    // "Ilse Varga ... Varga recalled": a surname alone as the subject of a past verb is how news refers
                    // back to people; a brand or a place alone ("Wikipedia is free") is no evidence.
                    person.LooksLikePerson = true;
                }

                _mentions.Add(new PersonMention(_tokens[t].Start, person, subject && !possessed));
            }

            t = Math.Max(runEnd, t + 1);
        }
    }

    /// <summary>
    /// "an analyst at Brightline Securities", "chief executive of the Harbour Trust": a body named as where someone works
    /// places that person; the story is seldom about it, so a later "the company" means another body first.
    /// </summary>
    private bool IsAffiliation(int start, Paragraph para)
    {
        var k = start - 1;
        if (k >= para.FirstToken && _tokens[k].IsWord && _tokens[k].Text(_text) is "the" or "The")
        {
            k--;
        }

        if (k - 1 < para.FirstToken || !_tokens[k].IsWord || _tokens[k].Text(_text) is not ("at" or "from" or "of"))
        {
            return false;
        }

        var preposition = _tokens[k].Text(_text);
        for (var p = k - 1; p >= para.FirstToken && p >= k - 3 && _tokens[p].IsWord; p--)
        {
            var w = _tokens[p].Text(_text);
            if (WordLists.PersonRoles.Contains(w) || (preposition is not "of" && (WordLists.IsSpecialistNoun(w) || WordLists.IsListedSourceNoun(w))))
            {
                return true;
            }

            if (preposition is "of")
            {
                return false;
            }
        }

        return false;
    }

    private bool IsSubjectPosition(int start, int end, Paragraph para)
    {
        var before = start - 1;
        if (before >= para.FirstToken && _tokens[before].IsWord && WordLists.Determiners.Contains(_tokens[before].Text(_text)))
        {
            before--;
        }

        var opensClause = before < para.FirstToken || _tokens[before].Kind is TokenKind.Punct or TokenKind.Quote
            || (_tokens[before].IsWord && WordLists.ClauseOpeners.Contains(_tokens[before].Text(_text)));
        return (opensClause || NameBeforeFiniteVerb(before, end, para)) && !(end < para.EndToken && _tokens[end].Kind == TokenKind.Possessive);
    }

    /// <summary>
    /// "In 1724 Tomas Brel published ...", "Last week Ana Ruiz resigned": a name right before a finite verb is the clause's
    /// subject even after a fronted phrase without its comma (not after a preposition: "met with Ana Ruiz, who ...").
    /// </summary>
    private bool NameBeforeFiniteVerb(int before, int end, Paragraph para) =>
        before >= para.FirstToken && end < para.EndToken && (_tokens[before].IsWord || _tokens[before].Is(TokenFlags.Numeric))
        && !_tokens[before].IsCapitalized && !WordLists.InnerPrepositions.Contains(_tokens[before].Text(_text)) && IsFiniteVerbAt(end);

    /// <summary>
    /// "The player who was abused, defender Sam Ode, thanked the fans": a name set off by commas, perhaps after its role
    /// words, right before the sentence's finite verb names the subject it stands beside.
    /// </summary>
    private bool AppositionBeforeFiniteVerb(int start, int end, Paragraph para)
    {
        if (end + 1 >= para.EndToken || !_tokens[end].IsPunct(_text, ',') || !IsFiniteVerbAt(end + 1))
        {
            return false;
        }

        for (var k = start - 1; k >= para.FirstToken && k >= start - 4; k--)
        {
            if (_tokens[k].IsPunct(_text, ','))
            {
                return k > para.FirstToken;
            }

            if (!_tokens[k].IsWord || _tokens[k].IsCapitalized || _tokens[k].InQuote)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsFinitePast(int k)
    {
        var tok = _tokens[k];
        if (!tok.IsWord || tok.IsCapitalized)
        {
            return false;
        }

        var w = tok.Text(_text);
        return WordLists.LooksPast(w);
    }

    public void NoteSpeaker(string speaker, SourceKind kind, int paragraph, int position, bool properName, int reportEnd = -1)
    {
        if (WordLists.Pronouns.Contains(speaker))
        {
            // An unresolved "he" is no antecedent: recording it would hand "he" to a later "she".
            return;
        }

        if (kind == SourceKind.Person)
        {
            _lastPersonSpeaker = speaker;
            _lastPersonSpeakerParagraph = paragraph;
            if (_speakerMentions.Count == 0 || _speakerMentions[^1].Position <= position)
            {
                var person = _surnameLookup.TryGetValue(LastWordOf(speaker), out var known) && known.FullName.EndsWith(speaker, StringComparison.Ordinal)
                    ? known
                    : new PersonEntity(speaker, null, null, position);
                person.LooksLikePerson = true;
                _speakerMentions.Add(new PersonMention(position, person, Subject: true, reportEnd));
            }
        }
        else
        {
            _lastGroupSpeaker = speaker;
            _lastGroupSpeakerPosition = position;
            _lastGroupSpeakerKind = kind;
            // A name the speaker was resolved to ("the company" → Veltra Motors) counts as named; a capitalized
            // common noun opening the sentence ("Prosecutors") does not.
            var named = properName || (char.IsUpper(speaker[0]) && !WordLists.IsSourceNoun(LastWordOf(speaker)));
            if (kind is SourceKind.Document or SourceKind.MediaReport && char.IsUpper(speaker[0]))
            {
                // "A report by the Harbour Institute found ... It said": the report speaks on as "it".
                AddBody(new BodyMention(position, speaker, kind, Subject: true));
            }
            else if (kind is SourceKind.Organization or SourceKind.OfficialBody && (named || WordLists.InstitutionNouns.Contains(HeadNounOf(speaker))
                || WordLists.PersonRoles.Contains(HeadNounOf(speaker))))
            {
                // A body named or described ("the company", resolved or not) that speaks is what a following "it" means;
                // so is a role its aside showed to be a body's ("The tanker's owner, a shipping company, said").
                if (named)
                {
                    _lastInstitution = (speaker, kind);
                }

                // A body that speaks is the likeliest antecedent of the next "it" or "the agency": as a clause subject.
                AddBody(new BodyMention(position, speaker, kind, Subject: true));
            }
        }
    }

    /// <summary>
    /// The noun a described speaker is headed by: the word before a preposition, a relative word or a participle that
    /// modifies it ("union" in "union representing nurses", "agency" in "agency that runs the dam").
    /// </summary>
    private static ReadOnlySpan<char> HeadNounOf(string speaker)
    {
        ReadOnlySpan<char> head = default;
        foreach (var range in speaker.AsSpan().Split(' '))
        {
            var word = speaker.AsSpan()[range];
            if (!head.IsEmpty && (WordLists.InnerPrepositions.Contains(word) || word is "that" or "who" or "which"
                || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)))
            {
                break;
            }

            head = word;
        }

        return head;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanNames(Paragraph para)
    {
        var t = para.FirstToken;
        while (t < para.EndToken)
        {
            if (!_tokens[t].IsCapitalized)
            {
                t++;
                continue;
            }

            var runEnd = NameRunEnd(t, para.EndToken);
            var runStart = SkipOpeningDescriptor(t, runEnd);
            if (runEnd - runStart >= 2 && _tokens[runStart].Text(_text) is "Said" or "Says")
            {
                // 'Said Okafor: "..."': an inverted cue opening the sentence is not the first name.
                runStart++;
            }

            RegisterRun(runStart, runEnd, para);
            t = Math.Max(runEnd, t + 1);
        }
    }

    /// <summary>
    /// "Manager Rui Salgado", "Forecaster Lise Moen", "Westland Helen Quist": a capitalized word that is no first name,
    /// before a known first name and a surname, is a role or a place describing the person, not part of the name.
    /// </summary>
    internal int FirstNameAfterDescriptor(int start, int end)
    {
        if (end - start < 3 || !_tokens[start].IsWord || !_tokens[start + 1].IsWord || !_tokens[start + 2].IsCapitalized)
        {
            return start;
        }

        var descriptor = _tokens[start].Text(_text);
        return GenderCues.OfFirstName(descriptor) == Gender.Unknown && GenderCues.OfFirstName(_tokens[start + 1].Text(_text)) != Gender.Unknown
            && IsPersonDescriptor(descriptor)
            ? start + 1
            : start;
    }

    /// <summary>
    /// A word that describes a person before the name: a role or a listed source noun ("Manager", "Senators"), an
    /// agent noun ("Forecaster", "Striker"), a party or stance ("Democrat", "Rival") or a nationality ("Norwegian").
    /// A word outside these may be an unlisted first name ("Cornell William Brooks").
    /// </summary>
    internal static bool IsPersonDescriptor(ReadOnlySpan<char> word) =>
        WordLists.PersonRoles.Contains(word) || WordLists.IsListedSourceNoun(word) || WordLists.IsSpecialistNoun(word)
        || PersonDescriptors.Contains(word)
        || (word.Length >= 7 && (word.EndsWith("er", StringComparison.OrdinalIgnoreCase) || word.EndsWith("or", StringComparison.OrdinalIgnoreCase)))
        || (word.Length >= 6 && (word.EndsWith("ian", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ese", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ish", StringComparison.OrdinalIgnoreCase)));

    private static readonly WordSet PersonDescriptors = new(
        "democrat", "republican", "rival", "independent", "socialist", "conservative", "liberal", "veteran", "incumbent",
        "challenger", "nominee", "candidate", "star", "legend", "champion", "defender", "midfielder", "goalkeeper",
        // Arts and letters, whose short agent nouns the -er/-or rule misses.
        "singer", "actor", "actress", "rapper", "author", "writer", "artist", "poet", "painter", "dancer", "chef", "model",
        "novelist", "comedian", "musician", "presenter", "pianist", "guitarist", "drummer", "sculptor", "filmmaker",
        // Public life.
        "critic", "billionaire", "tycoon", "entrepreneur", "activist", "lawyer", "judge");

    /// <summary>
    /// "Carmaker Holmberg Motors said": a trade noun opening a sentence is capitalized only by its place and describes
    /// the name after it, so the name starts one word later. Mid-sentence the noun is lower case and no part of the run.
    /// </summary>
    internal int SkipOpeningDescriptor(int t, int runEnd)
    {
        return runEnd - t >= 2 && _tokens[t].IsWord && WordLists.TradeDescriptors.Contains(_tokens[t].Text(_text))
            && (t == 0 || _tokens[t - 1].Kind == TokenKind.Quote || (_tokens[t - 1].Kind == TokenKind.Punct && _text[_tokens[t - 1].Start] is '.' or '!' or '?' or ':' or '\n')
                || _text.AsSpan(_tokens[t - 1].End, _tokens[t].Start - _tokens[t - 1].End).Contains('\n'))
            ? t + 1
            : t;
    }

    /// <summary>Whether an ampersand stands inside the run [<paramref name="first"/>, <paramref name="end"/>): "Marks &amp; Spencer".</summary>
    internal bool JoinsWithAmpersand(int first, int end)
    {
        for (var k = first + 1; k < end - 1; k++)
        {
            if (_tokens[k].IsPunct(_text, '&'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A possessive of people as a group: a plural's bare apostrophe ("Farmers'") or an irregular plural's "'s" ("People's").</summary>
    private bool IsGroupPossessive(int possessive)
    {
        var owner = _tokens[possessive - 1].Text(_text);
        var mark = _tokens[possessive].Text(_text);
        return mark.Length == 1 ? owner.Length > 3 && owner[^1] == 's' && !owner.EndsWith("ss", StringComparison.Ordinal)
            : owner is "People" or "Children" or "Women" or "Men";
    }

    /// <summary>End of a run of capitalized words (allowing glued abbreviation periods: "Mr.", "J.").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int NameRunEnd(int t, int end)
    {
        while (t < end)
        {
            var tok = _tokens[t];
            if (tok.IsCapitalized)
            {
                t++;
                continue;
            }

            if (tok.IsPunct(_text, '.') && tok.Length == 1 && t + 1 < end && _tokens[t + 1].IsCapitalized && t > 0
                && _tokens[t - 1].End == tok.Start && (_tokens[t - 1].Length == 1 || _tokens[t - 1].Text(_text).Contains('.')
                    || WordLists.TitleAbbreviations.Contains(_tokens[t - 1].Text(_text))))
            {
                // Initials and abbreviations ("J. R. Smith", "G.K. Butterfield", "U.S. Environmental Protection Agency",
                // "Dr. Ana Ruiz"); after any other word the period ends a sentence: "… approved by Ana Ruiz. Ruiz said …".
                t++;
                continue;
            }

            if (tok.IsPunct(_text, '&') && tok.Length == 1 && t > 0 && _tokens[t - 1].IsCapitalized && t + 1 < end && _tokens[t + 1].IsCapitalized)
            {
                // "Holt & Grey", "Marks & Spencer": an ampersand joins one firm's name.
                t++;
                continue;
            }

            if (tok.Kind == TokenKind.Possessive && t > 0 && _tokens[t - 1].IsCapitalized && t + 1 < end && _tokens[t + 1].IsCapitalized
                && IsGroupPossessive(t))
            {
                // "National Farmers' Union", "Freedom People's Party": a possessive of a group of people inside one
                // body's name; "Britain's Labour Party" is a place owning a body, which stays two names.
                t++;
                continue;
            }

            // Name particles between capitalized parts: "Rubén del Campo", "Ursula von der Leyen".
            if (tok.IsWord && t > 0 && _tokens[t - 1].IsCapitalized && WordLists.NameParticles.Contains(tok.Text(_text))
                && !WordLists.SentenceStarters.Contains(_tokens[t - 1].Text(_text)))
            {
                var k = t;
                while (k < end && _tokens[k].IsWord && !_tokens[k].IsCapitalized && WordLists.NameParticles.Contains(_tokens[k].Text(_text)) && k < t + 3)
                {
                    k++;
                }

                if (k < end && _tokens[k].IsCapitalized)
                {
                    t = k;
                    continue;
                }
            }

            break;
        }

        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>
    /// "Chamber of Civil Engineers", "Bank of the North": a run after "of" or "for" (and perhaps "the") that follows a
    /// capitalized organisation word completes that body's name and is no person.
    /// </summary>
    private bool CompletesOrganizationName(int start, int paragraphStart)
    {
        var k = start - 1;
        if (k > paragraphStart && _tokens[k].IsWord && _tokens[k].Text(_text) is "the")
        {
            k--;
        }

        if (k <= paragraphStart || !_tokens[k].IsWord || _tokens[k].Text(_text) is not ("of" or "for"))
        {
            return false;
        }

        var head = _tokens[k - 1];
        if (!head.IsWord || !head.IsCapitalized)
        {
            return false;
        }

        var w = head.Text(_text);
        return WordLists.OrganizationWords.Contains(w)
            || (w.Length > 3 && w[^1] == 's' && WordLists.InstitutionNouns.Contains(w[..^1]));
    }

    private bool HoldsFirstName(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_tokens[k].IsWord && GenderCues.OfFirstName(_tokens[k].Text(_text)) != Gender.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    private void RegisterRun(int start, int end, Paragraph para)
    {
        // Acronym introduced in parentheses: "Northgate News Service (NNS)".
        if (end + 2 < para.EndToken && _tokens[end].IsPunct(_text, '(') && _tokens[end + 2].IsPunct(_text, ')')
            && IsAcronym(_tokens[end + 1].Text(_text)) && end - start >= 2)
        {
            var acronym = _tokens[end + 1].Text(_text).ToString();
            var expansionStart = start;
            while (expansionStart < end - 1 && WordLists.Determiners.Contains(_tokens[expansionStart].Text(_text)))
            {
                expansionStart++;
            }

            _acronyms.TryAdd(acronym, _text[_tokens[expansionStart].Start.._tokens[end - 1].End]);
        }

        if (NoteDescribedBody(start, end, para))
        {
            return;
        }

        // The name follows the last title: "German Chancellor Angela Merkel", "Massachusetts Sen. Elizabeth Warren".
        if (start > para.FirstToken && _tokens[start - 1].IsWord && !_tokens[start - 1].IsCapitalized
            && WordLists.InstitutionNouns.Contains(_tokens[start - 1].Text(_text)) && !Places.Governments.Contains(_tokens[start].Text(_text)))
        {
            // "the national weather agency Aemet": the name that follows an institution noun is an organization.
            _organizations.TryAdd(_tokens[start].Text(_text).ToString(), _text[_tokens[start].Start.._tokens[end - 1].End]);
            return;
        }

        var nameStart = start;
        for (var k = start; k < end - 1; k++)
        {
            if (IsTitle(k))
            {
                nameStart = k + 1;
            }
        }

        while (nameStart < end && (IsTitle(nameStart) || _tokens[nameStart].Kind != TokenKind.Word))
        {
            nameStart++;
        }

        nameStart = FirstNameAfterDescriptor(nameStart, end);

        if (end - nameStart >= 2 && _tokens[end - 1].IsWord && WordLists.TradeWords.Contains(_tokens[end - 1].Text(_text))
            && _tokens[nameStart].IsWord && GenderCues.OfFirstName(_tokens[nameStart].Text(_text)) == Gender.Unknown
            && !Places.Governments.Contains(_tokens[nameStart].Text(_text)) && !WordLists.Titles.Contains(_tokens[nameStart].Text(_text)))
        {
            // "Velora Pharma", "Kessel Semiconductors": a firm named by its trade is later called by its first word.
            _organizations.TryAdd(_tokens[nameStart].Text(_text).ToString(), _text[_tokens[nameStart].Start.._tokens[end - 1].End]);
            return;
        }

        if (JoinsWithAmpersand(nameStart, end))
        {
            // "Holt & Grey": prose joins people with "and", so an ampersand names a firm, later "the company" or "it".
            _organizations.TryAdd(_tokens[nameStart].Text(_text).ToString(), _text[_tokens[nameStart].Start.._tokens[end - 1].End]);
            return;
        }

        var words = 0;
        for (var i = nameStart; i < end; i++)
        {
            if (_tokens[i].IsWord)
            {
                var w = _tokens[i].Text(_text);
                if (WordLists.OrganizationWords.Contains(w) || WordLists.SentenceStarters.Contains(w) || IsAcronym(w))
                {
                    if (WordLists.OrganizationWords.Contains(w) && i > nameStart && _tokens[nameStart].IsCapitalized
                        && !Places.Governments.Contains(_tokens[nameStart].Text(_text)) && !WordLists.Titles.Contains(_tokens[nameStart].Text(_text)))
                    {
                        // "Apple Inc.", "Wedbush Securities Group": the leading word names an organization elsewhere too.
                        _organizations.TryAdd(_tokens[nameStart].Text(_text).ToString(), _text[_tokens[nameStart].Start.._tokens[end - 1].End].TrimEnd('.'));
                    }

                    return;
                }

                words++;
            }
        }

        var titled = nameStart > start;
        if ((words < 2 && !(titled && words == 1)) || words > 4 || (CompletesOrganizationName(start, para.FirstToken) && !HoldsFirstName(nameStart, end)))
        {
            return;
        }

        if (!titled && start > para.FirstToken && _tokens[start - 1].IsWord && WordLists.LocativePrepositions.Contains(_tokens[start - 1].Text(_text))
            && GenderCues.OfFirstName(_tokens[nameStart].Text(_text)) == Gender.Unknown)
        {
            // "in South Asia", "from Midway Atoll": a place, not a person.
            return;
        }

        var surnameIndex = end - 1;
        while (surnameIndex > nameStart && (!_tokens[surnameIndex].IsWord || IsSuffix(_tokens[surnameIndex].Text(_text))))
        {
            surnameIndex--;
        }

        var role = RoleBefore(start, nameStart, para.FirstToken, out var roleWord);
        var introduced = _tokens[start].Start;
        if (_surnameLookup.TryGetValue(_tokens[surnameIndex].Text(_text), out var known) && !known.FullName.Contains(' ', StringComparison.Ordinal)
            && words >= 2)
        {
            // "Mr. Schultz" first, "Ed Schultz" later: the full name is the canonical one, the person known since the first.
            _bySurname.Remove(_tokens[surnameIndex].Text(_text).ToString());
            introduced = Math.Min(introduced, known.Position);
        }

        if (!_surnameLookup.TryGetValue(_tokens[surnameIndex].Text(_text), out var person))
        {
            var fullName = _text[_tokens[nameStart].Start.._tokens[end - 1].End];
            person = new PersonEntity(fullName, role, AffiliationBefore(start, para.FirstToken), introduced);
            _bySurname[_tokens[surnameIndex].Text(_text).ToString()] = person;
        }

        var genderKnown = person.Gender != Gender.Unknown;
        if (!genderKnown)
        {
            person.Gender = GenderOf(start, nameStart, para.FirstToken);
        }

        if (titled || role is not null || person.Gender != Gender.Unknown)
        {
            person.LooksLikePerson = true;
        }

        if (genderKnown)
        {
            person = person with { Position = _tokens[start].Start };
        }

        if (roleWord is not null)
        {
            _roles.Add((roleWord, person));
        }
    }

    private Gender GenderOf(int runStart, int nameStart, int paraStart)
    {
        for (var k = Math.Max(paraStart, runStart - 3); k < nameStart; k++)
        {
            if (_tokens[k].IsWord && GenderCues.OfWord(_tokens[k].Text(_text)) is var g && g != Gender.Unknown)
            {
                return g;
            }
        }

        return GenderCues.OfFirstName(_tokens[nameStart].Text(_text));
    }

    private string? RoleBefore(int runStart, int nameStart, int paraStart, out string? roleWord)
    {
        roleWord = null;
        var first = nameStart;
        var k = runStart - 1;
        var lowercase = 0;
        while (k >= paraStart && lowercase < 3 && _tokens[k].IsWord && !_tokens[k].IsCapitalized
            && !WordLists.NounPhraseStops.Contains(_tokens[k].Text(_text)) && !WordLists.Determiners.Contains(_tokens[k].Text(_text))
            && !WordLists.InnerPrepositions.Contains(_tokens[k].Text(_text)))
        {
            lowercase++;
            k--;
        }

        var roleStart = lowercase > 0 ? k + 1 : runStart;
        if (lowercase > 0 && k >= paraStart && _tokens[k].IsWord && _tokens[k].IsCapitalized
            && (k == paraStart || _tokens[k - 1].IsPunct(_text, '.')) && !WordLists.Determiners.Contains(_tokens[k].Text(_text)))
        {
            // "Housing minister Clara Wendt": the modifier is capitalized only because it opens the sentence.
            roleStart = k;
        }

        if (roleStart >= first)
        {
            return null;
        }

        var lastRoleToken = first - 1;
        while (lastRoleToken >= roleStart && !_tokens[lastRoleToken].IsWord)
        {
            lastRoleToken--;
        }

        if (lastRoleToken < roleStart)
        {
            return null;
        }

        var roleSpan = _tokens[lastRoleToken].Text(_text);
        if (!WordLists.SourceNouns.Contains(roleSpan) && !WordLists.Titles.Contains(roleSpan))
        {
            return null;
        }

        roleWord = roleSpan.ToString().ToLowerInvariant() switch
        {
            // Abbreviated titles are referred back to in full: "Sen. Alan Pruett" ... "the senator".
            "sen" => "senator",
            "rep" => "representative",
            "gov" => "governor",
            "gen" => "general",
            "pres" => "president",
            "lt" => "lieutenant",
            "col" => "colonel",
            "capt" => "captain",
            "sgt" => "sergeant",
            "prof" => "professor",
            "atty" => "attorney",
            var full => full,
        };
        return _text[_tokens[roleStart].Start.._tokens[lastRoleToken].End].TrimEnd('.');
    }

    private string? AffiliationBefore(int runStart, int paraStart)
    {
        var k = runStart - 1;
        while (k >= paraStart && _tokens[k].IsWord && !_tokens[k].IsCapitalized && k > runStart - 4)
        {
            k--;
        }

        if (k >= paraStart + 1 && _tokens[k].Kind == TokenKind.Possessive && _tokens[k - 1].IsCapitalized)
        {
            return _tokens[k - 1].Text(_text).ToString();
        }

        return null;
    }

    private bool IsTitle(int i)
    {
        var t = _tokens[i];
        return t.IsWord && WordLists.Titles.Contains(t.Text(_text));
    }

    internal static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 8)
        {
            return false;
        }

        var upper = 0;
        foreach (var c in w)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!char.IsDigit(c) && c != '&' && c != '.')
            {
                return false;
            }
        }

        return upper >= 2;
    }

    private static bool IsSuffix(ReadOnlySpan<char> w) =>
        w.Equals("Jr", StringComparison.Ordinal) || w.Equals("Sr", StringComparison.Ordinal) || w.Equals("II", StringComparison.Ordinal)
        || w.Equals("III", StringComparison.Ordinal) || w.Equals("IV", StringComparison.Ordinal);
}
