using System.Collections.Frozen;

namespace ClaimTracker.Extraction;

/// <summary>
/// Closed-class word lists. Lookups go through span-keyed alternate lookups so the hot path never allocates.
/// </summary>
internal sealed class WordSet
{
    private static int s_count;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Index = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>This set's bit in <see cref="WordMemo"/>'s answers.</summary>
    internal int Index { get; }

    public bool Contains(ReadOnlySpan<char> word) => WordMemo.Contains(this, word);

    internal bool Lookup(ReadOnlySpan<char> word) => _lookup.Contains(word) && !IsAbbreviationHomograph(word);

    /// <summary>
    /// "US", "WHO" and "IT" in capitals abbreviate the United States, the World Health Organization and information
    /// technology; read as the pronouns they would end or break every noun phrase they open ("US officials said").
    /// </summary>
    internal static bool IsAbbreviationHomograph(ReadOnlySpan<char> word) =>
        word.Length is 2 or 3 && char.IsUpper(word[^1]) && (word.SequenceEqual("US") || word.SequenceEqual("WHO") || word.SequenceEqual("IT"));
}

internal static class WordLists
{
    /// <summary>Abbreviations after which a period never ends a sentence (they precede a name or number).</summary>
    public static readonly WordSet TitleAbbreviations = new(
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Capt", "Sgt", "St", "Mt", "Ft",
        "Prof", "Rev", "Hon", "Pres", "Adm", "Cmdr", "Maj", "Brig", "Cpl", "Pvt", "Det", "Insp", "Supt", "Atty", "Messrs", "Mme",
        "Mlle", "Fr", "Del", "Sec", "Vol", "Fig", "Art", "Ch", "Pt", "Gens", "Ald", "Cllr", "Amb", "Msgr", "Sra", "Sta");

    /// <summary>Abbreviations that may also end a sentence; they do when a typical sentence opener follows.</summary>
    public static readonly WordSet SoftAbbreviations = new(
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr",
        "vs", "etc", "approx", "est", "dept", "univ", "Ave", "Blvd", "Rd", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Sat", "Sun", "Calif", "Fla", "Ill", "Ind", "Mass", "Mich", "Minn", "Miss", "Penn", "Tenn", "Tex", "Va", "Wash", "Wis", "Ariz",
        "Ark", "Colo", "Conn", "Ga", "Kan", "Ky", "La", "Md", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Vt", "Wyo", "Ala",
        "al", "cf", "ca", "No", "Nos", "p", "pp", "ft", "oz", "lb", "lbs", "min", "max");

    public static readonly WordSet SentenceStarters = new(
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "His", "Her",
        "Their", "Its", "Our", "My", "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As",
        "Since", "For", "With", "Without", "By", "From", "To", "Under", "Over", "Meanwhile", "However", "Still", "Also", "Some", "Many",
        "Most", "All", "No", "Not", "One", "Both", "Each", "Last", "Next", "Then", "Now", "Later", "Earlier", "Today", "Yesterday",
        "What", "Why", "How", "Who", "Where", "According", "Despite", "Although", "Though", "Because", "Other", "Such", "Among",
        "Neither", "Either", "Nor", "Only", "Unlike", "Until", "Unless", "During", "Through", "Against", "Including", "Instead",
        "Indeed", "Perhaps", "Thus", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Whether", "Every", "Any",
        "Several", "Few", "Another", "Asked", "Once");

    /// <summary>Words that can sit between a source and its verb without being part of either (has also said).</summary>
    public static readonly WordSet VerbModifiers = new(
        "has", "have", "had", "also", "later", "previously", "repeatedly", "once", "again", "then", "publicly", "privately",
        "recently", "flatly", "strongly", "immediately", "further", "earlier", "separately", "often", "frequently", "long",
        "already", "just", "first", "specifically", "quickly", "angrily", "openly", "initially", "subsequently", "reportedly",
        "allegedly", "apparently", "finally", "simply", "similarly", "likewise", "too", "explicitly", "formally", "officially",
        "personally", "directly", "indirectly", "ultimately", "always", "never", "consistently", "continually", "constantly",
        "still", "even", "only", "now", "yesterday", "today", "tonight", "last", "had", "would", "will", "could", "may", "might",
        "should", "must", "did", "does", "do", "not", "is", "was", "were", "are", "be", "been", "being", "am", "can", "shall",
        "herself", "himself", "themselves", "itself", "ever", "isn't", "wasn't", "aren't", "weren't", "isn\u2019t", "wasn\u2019t",
        "aren\u2019t", "weren\u2019t", "didn't", "didn\u2019t", "doesn't", "doesn\u2019t", "hasn't", "hasn\u2019t", "haven't",
        "haven\u2019t", "hadn't", "hadn\u2019t", "won't", "won\u2019t", "wouldn't", "wouldn\u2019t", "again", "once", "all", "both", "each", "in", "effect", "essentially", "basically",
        "correctly", "falsely", "wrongly", "rightly", "loudly", "softly", "calmly", "bluntly", "candidly", "frankly", "sharply",
        "forcefully", "firmly", "emphatically", "vehemently", "bitterly", "sarcastically", "jokingly", "cautiously", "confidently");

    /// <summary>Time adverbials that sit between a source and its verb ("Israel last week called on").</summary>
    public static readonly WordSet TimeWords = new(
        "last", "this", "next", "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "tonight", "earlier", "later", "on",
        "recently", "previously", "days", "weeks", "months", "years", "ago");

    /// <summary>Words that can open an adverbial tail after a closing cue ("..., X said in a statement on Monday").</summary>
    public static readonly WordSet TailOpeners = new(
        "in", "on", "at", "during", "after", "before", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "when",
        "while", "as", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "via", "through", "from",
        "to", "outside", "inside", "following", "ahead", "late", "early", "recently", "repeatedly", "again", "then", "afterward",
        "afterwards", "previously", "separately", "privately", "publicly", "shortly", "told", "wrote", "with");

    public static readonly WordSet ClauseOpeners = new(
        "that", "and", "but", "or", "so", "as", "because", "while", "whilst", "when", "although", "though", "if", "since", "after", "before",
        "where", "then", "yet", "until", "once", "whereas", "also", "now", "still", "meanwhile", "however", "later", "earlier",
        "instead", "thus", "nor", "unless", "whether", "why", "how", "what", "who", "which", "even");

    /// <summary>Adverbs that open a sentence and comment on it: never the first word of a source.</summary>
    public static readonly WordSet SentenceAdverbs = new(
        "perhaps", "maybe", "indeed", "nevertheless", "nonetheless", "moreover", "furthermore", "hence", "therefore", "finally",
        "eventually", "overall", "clearly", "evidently", "apparently", "surely", "certainly");

    /// <summary>Clause openers that are adverbs or "and": they continue the clause's subject rather than start a new one.</summary>
    public static readonly WordSet ClauseAdverbs = new(
        "and", "then", "also", "still", "now", "later", "earlier", "even", "however", "meanwhile", "instead", "thus");

    /// <summary>Verbs that pass on someone else's words: "cited officials as saying", "quoting a witness as saying".</summary>
    public static readonly WordSet CitingVerbs = new("cited", "cites", "cite", "citing", "quoted", "quotes", "quote", "quoting");

    /// <summary>Nouns a reporter uses to label what was just reported: "..., a claim that could not be verified".</summary>
    public static readonly WordSet ContentLabels = new(
        "claim", "assertion", "allegation", "accusation", "charge", "contention", "statement", "figure", "number", "estimate", "remark", "comment",
        "gesture", "view", "position", "account", "version", "suggestion", "description", "characterization", "characterisation");

    /// <summary>Words ending in -ly that are nouns or adjectives, not adverbs: "attorneys for the family said".</summary>
    public static readonly WordSet LyNonAdverbs = new(
        "family", "ally", "rally", "supply", "reply", "assembly", "anomaly", "monopoly", "belly", "bully", "jelly", "folly",
        "homily", "melancholy", "elderly", "friendly", "daily", "weekly", "monthly", "quarterly", "yearly", "lonely", "lovely",
        "costly", "deadly", "orderly", "unlikely", "likely", "early", "holy", "ugly", "silly", "burly", "curly", "oily", "italy");

    /// <summary>Subordinators that open a fronted adverbial clause ("When X signaled ..., Y said").</summary>
    public static readonly WordSet Subordinators = new(
        "when", "if", "because", "although", "though", "after", "before", "since", "while", "whilst", "once", "until", "unless", "whereas",
        "whenever");

    /// <summary>Words that link a sentence to the one before and may stand before a fronted clause ("So when ...").</summary>
    public static readonly WordSet SentenceLinkers = new("so", "but", "and", "yet", "still", "then", "now", "even");

    public static readonly WordSet Auxiliaries = new(
        "did", "do", "does", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "to", "didn't", "don't",
        "doesn't", "won't", "wouldn't", "can't", "couldn't", "cannot", "shouldn't", "also", "not", "never", "often", "always");

    /// <summary>Forms of "do" that carry tense and negation for a base-form verb ("did not deny", "doesn't accept").</summary>
    public static readonly WordSet DoForms = new(
        "do", "does", "did", "don't", "doesn't", "didn't", "don\u2019t", "doesn\u2019t", "didn\u2019t");

    /// <summary>Modals of will and ability, which a negation turns into a refusal: "would not say", "could not confirm".</summary>
    public static readonly WordSet WillingnessModals = new("would", "could", "will", "can");

    public static readonly WordSet NegatedWillingnessModals = new(
        "wouldn't", "couldn't", "won't", "can't", "cannot", "wouldn\u2019t", "couldn\u2019t", "won\u2019t", "can\u2019t");

    public static readonly WordSet LocativePrepositions = new(
        "in", "at", "from", "to", "near", "across", "throughout", "into", "around", "outside", "inside", "toward", "towards", "via",
        "between", "through", "within", "over", "under");

    /// <summary>Verbs of saying common enough to accept any short determiner phrase as their subject ("the announcer said").</summary>
    public static readonly WordSet CoreSayLemmas = new(
        "say", "tell", "write", "add", "ask", "explain", "note", "recall", "reply", "respond", "insist", "argue", "claim", "warn",
        "report", "announce", "confirm", "acknowledge", "admit", "deny", "suggest", "state", "declare", "observe", "remark",
        "comment", "testify", "tweet", "post", "predict", "estimate", "conclude", "allege", "contend", "assert");

    public static readonly WordSet Modals = new(
        "could", "would", "might", "may", "should", "can", "must", "shall", "will", "won't", "won\u2019t", "couldn't", "wouldn't", "shouldn't", "can't", "mustn't",
        "couldn\u2019t", "wouldn\u2019t", "shouldn\u2019t", "can\u2019t", "cannot");

    public static readonly WordSet PluralPronouns = new("they", "we", "i", "you", "both", "many", "some", "most", "others", "few", "several", "all", "those", "these");

    public static readonly WordSet NumberWords = new(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
        "twelve", "twenty", "thirty", "forty", "fifty", "percent", "half", "majority");

    /// <summary>Nouns that count or divide after "a": "a third of", "a dozen", "a quarter of the crew".</summary>
    public static readonly WordSet CountNouns = new(
        "third", "quarter", "fifth", "tenth", "half", "dozen", "score", "hundred", "thousand", "million", "billion", "handful",
        "fraction", "majority", "minority");

    public static readonly WordSet CollectivePlurals = new(
        "people", "police", "media", "staff", "public", "majority", "children", "men", "women", "clergy", "personnel", "military", "authorities",
        "data");

    /// <summary>First words of introductory adverbials that end in a comma before a subject.</summary>
    public static readonly WordSet IntroductoryWords = new(
        "during", "in", "on", "at", "after", "as", "for", "with", "before", "since", "following", "despite", "amid", "under", "over",
        "aside", "apart",
        "throughout", "asked", "when", "while", "speaking", "writing", "in", "later", "earlier", "last", "this", "on", "from", "by",
        "of", "about", "regarding", "asked", "pressed", "interviewed", "addressing", "responding", "reacting", "unlike", "like",
        "among", "within", "outside", "inside", "upon", "via", "through");

    /// <summary>Prepositions and time words that open an adverbial which may stand before its subject without a comma.</summary>
    public static readonly WordSet FrontedPhraseOpeners = new(
        "in", "on", "at", "after", "before", "during", "following", "since", "amid", "despite", "throughout", "earlier", "later", "last",
        "this", "speaking", "writing", "addressing", "outside", "inside");

    /// <summary>Determiners that open a subject noun phrase after a fronted adverbial ("After the vote the party said").</summary>
    public static readonly WordSet SubjectDeterminers = new("the", "a", "an", "its", "his", "her", "their", "our", "both", "several", "many", "some", "two", "three");

    /// <summary>Bodies that hear evidence in court reporting ("The court heard", "The jury was told").</summary>
    public static readonly WordSet HearingNouns = new("court", "jury", "jurors", "inquest", "tribunal", "hearing", "trial", "magistrates", "inquiry");

    /// <summary>Objects of "heard" that name the evidence rather than report it ("heard evidence from", "heard submissions").</summary>
    public static readonly WordSet EvidenceNouns = new(
        "evidence", "testimony", "submissions", "arguments", "appeal", "appeals", "case", "cases", "plea", "pleas", "statements", "details",
        "accounts", "witnesses", "closing", "opening", "application", "applications", "challenge", "claims", "verdict", "sentence");

    /// <summary>Prepositions before a reporting gerund whose speaker is the clause subject ("responded by saying").</summary>
    public static readonly WordSet GerundPrepositions = new("by", "for", "after", "before", "while", "in", "from", "upon", "when");

    /// <summary>
    /// Verbs whose infinitive carries the report while they carry tense: "appeared to suggest", "continued to insist",
    /// "went on to say". Negative ones ("refused to say", "declined to say") report nothing and are left out.
    /// </summary>
    public static readonly WordSet CatenativeVerbs = new(
        "appeared", "appears", "appear", "seemed", "seems", "seem", "continued", "continues", "began", "begins", "proceeded",
        "proceeds", "tried", "tries", "sought", "seeks", "attempted", "attempts", "hastened", "hastens", "rushed", "rushes");

    /// <summary>Adjectives after a form of "be" that do the same: "was quick to point out", "is careful to note".</summary>
    public static readonly WordSet CatenativeAdjectives = new("quick", "careful", "eager", "keen", "swift", "ready");

    /// <summary>Verbs of putting out a message: "issued a statement saying ...", "posted a video claiming ...".</summary>
    public static readonly WordSet PublishingVerbs = new(
        "issued", "issues", "released", "releases", "posted", "published", "publishes", "sent", "sends", "wrote", "writes",
        "put", "puts", "tweeted", "filed", "files", "unleashed", "circulated", "circulates", "distributed", "aired", "airs", "ran",
        "runs", "shared", "shares", "fired", "delivered", "delivers", "penned", "pens", "submitted", "submits", "signed", "signs",
        "broadcast", "broadcasts", "emailed", "texted", "dispatched", "made", "makes");

    /// <summary>
    /// Verbs whose object is a reaction: "The deaths prompted calls for ...", "He faces claims that ...", "Ministers
    /// ignored demands to ...". After them "calls", "claims" or "demands" is that object, a noun.
    /// </summary>
    public static readonly WordSet ReactionVerbs = new(
        "prompt", "prompts", "prompted", "spark", "sparks", "sparked", "trigger", "triggers", "triggered", "fuel", "fuels",
        "fuelled", "fueled", "renew", "renews", "renewed", "echo", "echoes", "echoed", "reject", "rejects", "rejected", "ignore",
        "ignores", "ignored", "heed", "heeds", "heeded", "resist", "resists", "resisted", "face", "faces", "faced", "draw", "draws",
        "drew", "raise", "raises", "raised", "dismiss", "dismisses", "dismissed", "revive", "revives", "revived", "stoke",
        "stokes", "stoked", "amplify", "amplifies", "amplified", "intensify", "intensifies", "intensified", "deny", "denies",
        "denied", "answer", "answers", "answered", "provoke", "provokes", "provoked");

    /// <summary>The messages those verbs put out.</summary>
    public static readonly WordSet MessageNouns = new(
        "statement", "statements", "letter", "letters", "memo", "memos", "tweet", "tweets", "message", "messages", "post", "posts",
        "survey", "surveys", "study", "studies", "poll", "polls",
        "video", "videos", "note", "notes", "email", "emails", "release", "releases", "report", "reports", "ad", "ads",
        "advertisement", "advertisements", "editorial", "op-ed", "column", "filing", "filings", "complaint", "petition", "notice",
        "announcement", "communique", "declaration", "bulletin", "text", "texts", "thread", "brief", "motion", "lawsuit",
        "figures", "data", "papers", "documents", "findings", "results", "records", "estimates", "projections", "forecasts");

    /// <summary>Words of a bare clock time ("6 p.m.", "11:40 a.m. ET").</summary>
    public static readonly WordSet ClockWords = new(
        "a.m", "p.m", "am", "pm", "a", "p", "m", "noon", "midnight", "et", "edt", "est", "ct", "cdt", "pt", "pdt", "gmt", "utc", "bst", "cet");

    /// <summary>Occasions of speaking after a source: "in an interview", "at a rally", "on Twitter".</summary>
    public static readonly WordSet SpeechEvents = new(
        "interview", "interviews", "statement", "speech", "remarks", "appearance", "briefing", "conference", "rally", "hearing",
        "debate", "address", "post", "tweet", "tweets", "letter", "op-ed", "email", "video", "broadcast", "podcast", "testimony",
        "call", "forum", "session", "Twitter", "Facebook", "television", "TV", "radio");

    /// <summary>Prepositions that, right after a verb, show it is used without reported content.</summary>
    public static readonly WordSet IntransitiveMarkers = new(
        "from", "in", "at", "during", "after", "before", "with", "on", "for", "by", "into", "over", "through", "since", "until",
        "about", "against", "back", "up", "down", "out", "off", "away", "around", "across", "along", "onto", "toward", "towards",
        "again", "yesterday", "today", "twice", "once", "repeatedly", "briefly", "when", "while", "as", "because",
        "although", "though", "whenever", "whilst", "within", "inside", "outside", "beyond", "amid");

    public static readonly WordSet HaveForms = new("has", "have", "had", "hasn't", "haven't", "hadn't", "hasn\u2019t", "haven\u2019t", "hadn\u2019t");

    public static readonly WordSet BeForms = new(
        "is", "was", "were", "are", "be", "been", "being", "am", "get", "got", "gets", "getting", "isn't", "wasn't", "aren't",
        "weren't", "isn\u2019t", "wasn\u2019t", "aren\u2019t", "weren\u2019t", "'re", "\u2019re", "'m", "\u2019m");

    public static readonly WordSet Pronouns = new("he", "she", "they", "we", "i", "it", "you");

    /// <summary>Prepositions a relative clause may leave stranded at its end: "Officials the ministry spoke to said".</summary>
    public static readonly WordSet StrandablePrepositions = new("to", "with", "about", "from", "for", "at");

    /// <summary>Two words that round a number inside a noun phrase: "more than 100", "at least 40", "up to 300".</summary>
    public static bool IsQuantityPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        (second.Equals("than", StringComparison.OrdinalIgnoreCase) && (first.Equals("more", StringComparison.OrdinalIgnoreCase)
            || first.Equals("fewer", StringComparison.OrdinalIgnoreCase) || first.Equals("less", StringComparison.OrdinalIgnoreCase)))
        || (first.Equals("at", StringComparison.OrdinalIgnoreCase) && (second.Equals("least", StringComparison.OrdinalIgnoreCase)
            || second.Equals("most", StringComparison.OrdinalIgnoreCase)))
        || (first.Equals("up", StringComparison.OrdinalIgnoreCase) && second.Equals("to", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adverbs that round a number inside a noun phrase: "nearly 300 residents".</summary>
    public static readonly WordSet QuantityAdverbs = new("nearly", "almost", "about", "around", "over", "some", "roughly", "approximately");

    /// <summary>Quantifiers that stand for people on their own as a clause's subject: "Some argue", "Many said".</summary>
    public static readonly WordSet QuantifierPronouns = new("some", "many", "most", "few", "several", "both", "all");

    /// <summary>Connectives set off by commas after a subject: "The union, however, said".</summary>
    public static readonly WordSet ConnectiveAsides = new(
        "however", "though", "meanwhile", "too", "instead", "nevertheless", "nonetheless", "likewise", "similarly", "separately");

    public static readonly WordSet QuantifierHeads = new("those", "many", "some", "several", "most", "few", "others", "all", "both", "one", "two", "three");

    /// <summary>Adjectives that follow the noun they modify, with a complement: "people close to him", "those familiar with it".</summary>
    public static readonly WordSet PostnominalAdjectives = new(
        "close", "familiar", "loyal", "opposed", "sympathetic", "critical", "involved", "responsible", "aligned", "allied", "near",
        "connected", "linked", "affiliated", "knowledgeable", "briefed", "friendly", "hostile", "present");

    /// <summary>Participles of permission that take an infinitive after the noun they modify: "officials not authorised to speak".</summary>
    public static readonly WordSet PermissionParticiples = new(
        "authorised", "authorized", "allowed", "permitted", "cleared", "empowered", "mandated");

    /// <summary>Pronouns in the nominative, which can only be a clause's subject ("records show he was ...").</summary>
    public static readonly WordSet SubjectPronouns = new("he", "she", "they", "we", "i");

    public static readonly WordSet ObjectPronouns = new("him", "her", "them", "us", "me");

    public static readonly WordSet Determiners = new(
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many", "several",
        "most", "other", "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all",
        "few", "each", "every", "no", "any", "such", "more", "fewer");

    /// <summary>
    /// Determiners that open a noun phrase and cannot continue the one before them (no numbers or quantifiers, which
    /// may follow a noun as a count): "oppose the tax", "dispute that figure".
    /// </summary>
    public static readonly WordSet PhraseOpeningDeterminers = new(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "any", "every", "each", "no");

    /// <summary>Words that can never be inside a source noun phrase: walking back from a cue stops at them.</summary>
    public static readonly WordSet NounPhraseStops = new(
        "that", "which", "whom", "whose", "when", "where", "while", "because", "since", "although", "though", "if", "unless",
        "as", "than", "then", "so", "but", "or", "nor", "yet", "is", "was", "were", "are", "be", "been", "being", "am", "has",
        "have", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "not",
        "never", "also", "there", "here", "only", "even", "just", "still", "after", "before", "during", "about",
        "between", "into", "through", "over", "under", "without", "upon", "toward", "towards", "onto", "off",
        "out", "up", "down", "like", "per", "via", "despite", "him", "them", "us", "me", "whether", "why", "how", "what", "said",
        "says", "told", "until", "till", "once", "whereas", "unlike", "amid", "beyond",
        "since", "where", "who", "to", "and", "too", "very", "why", "now", "ago", "already", "however", "meanwhile", "instead",
        "thus", "hence", "therefore", "it", "this", "these", "those", "has", "cannot", "can't", "won't", "didn't",
        "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't",
        "shouldn't", "let", "make", "made", "get", "got", "go", "went", "going", "gone", "come", "came", "take", "took", "give",
        "gave", "see", "saw", "seen", "also", "again", "well");

    /// <summary>
    /// A lowercase plural with an agentive suffix, listed or not: "forecasters", "surveyors", "paediatricians",
    /// "claimants", "respondents". Such nouns mostly name people by what they do; the few that name things
    /// ("computers", "sectors", "moments") do not speak, so as the subject of a speech verb the suffix is enough; the
    /// things listed as no agent in the singular are none in the plural either.
    /// </summary>
    public static bool IsAgentivePlural(ReadOnlySpan<char> w) =>
        w.Length >= 6 && char.IsLower(w[0]) && !NonAgentivePlurals.Contains(w) && !NonAgentiveSingulars.Contains(w[..^1])
        && (w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ors", StringComparison.Ordinal)
            || w.EndsWith("ians", StringComparison.Ordinal) || w.EndsWith("ants", StringComparison.Ordinal)
            || w.EndsWith("ents", StringComparison.Ordinal));

    /// <summary>
    /// A singular noun with an agentive ending (-er, -or, -ian, -ist) that names a person: "singer", "striker",
    /// "comedian". Things and times with the same endings are left out.
    /// </summary>
    public static bool IsAgentiveSingular(ReadOnlySpan<char> w) =>
        w.Length >= 5 && char.IsLower(w[0]) && !NonAgentiveSingulars.Contains(w)
        && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal)
            || w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal));

    private static readonly WordSet NonAgentiveSingulars = new(
        "matter", "water", "power", "quarter", "center", "centre", "corner", "sector", "factor", "number", "order", "border", "letter",
        "paper", "weather", "winter", "summer", "chapter", "cluster", "danger", "register", "river", "tower", "corridor", "error",
        "floor", "interior", "motor", "mirror", "labor", "rumor", "humor", "color", "favor", "honor", "terror", "horror", "dinner",
        "poster", "flyer", "trailer", "banner", "counter", "shelter", "charter", "theater", "meter", "filter", "computer", "printer",
        "container", "answer", "manner", "ladder", "finger", "shoulder", "chamber", "butter", "silver", "timber",
        "fever", "cancer", "disaster", "monster", "collar", "dollar", "pillar", "radar", "calendar", "behavior", "behaviour", "vector");

    // Plurals with an agentive ending that name no agent and are common enough to stand before "said" by a misparse
    // ("in other matters, ... said" is never "matters said").
    private static readonly WordSet NonAgentivePlurals = new(
        "matters", "waters", "powers", "quarters", "centers", "corners", "sectors", "factors", "moments", "events",
        "elements", "payments", "amounts");

    /// <summary>A source noun or its plural: "official", "officials", "senators".</summary>
    public static bool IsSourceNoun(ReadOnlySpan<char> w) => IsListedSourceNoun(w) || IsSpecialistNoun(w);

    public static bool IsListedSourceNoun(ReadOnlySpan<char> w) => IsListedSingular(w) || IsPluralOfListed(w) || IsMemberOfListedGroup(w);

    private static bool IsListedSingular(ReadOnlySpan<char> w) =>
        SourceNouns.Contains(w) || InstitutionNouns.Contains(w) || (w.Contains('-') && PersonRoles.Contains(w));

    /// <summary>
    /// The regular plural of a listed noun speaks as the noun does: "officials", "associations", "companies" (-ies for
    /// -y), "coaches", "witnesses" (-es after a sibilant).
    /// </summary>
    private static bool IsPluralOfListed(ReadOnlySpan<char> w)
    {
        if (w.Length <= 3 || w.Length > 30 || w[^1] != 's')
        {
            return false;
        }

        if (IsListedSingular(w[..^1]))
        {
            return true;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            Span<char> singular = stackalloc char[w.Length - 2];
            w[..^3].CopyTo(singular);
            singular[^1] = 'y';
            return IsListedSingular(singular);
        }

        var stem = w[..^2];
        return w.EndsWith("es", StringComparison.Ordinal)
            && (stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)
                || stem.EndsWith("ss", StringComparison.Ordinal) || stem.EndsWith('x'))
            && IsListedSingular(stem);
    }

    /// <summary>
    /// The singular of a listed group noun names one of its members: "one trader", "a villager", "an investor" speak as
    /// the traders, villagers and investors do.
    /// </summary>
    private static bool IsMemberOfListedGroup(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w.Length > 30 || w[^1] == 's')
        {
            return false;
        }

        Span<char> plural = stackalloc char[w.Length + 1];
        w.CopyTo(plural);
        plural[^1] = 's';
        return SourceNouns.Contains(plural);
    }

    /// <summary>
    /// "-ist" nouns name people by their field or trade ("geologist", "epidemiologists", "pharmacist"); the verbs that
    /// share the ending ("insist", "resists") do not.
    /// </summary>
    public static bool IsSpecialistNoun(ReadOnlySpan<char> w)
    {
        var stem = w.Length > 4 && w[^1] == 's' ? w[..^1] : w;
        return stem.Length >= 7 && stem.EndsWith("ist", StringComparison.OrdinalIgnoreCase) && !IstVerbs.Contains(stem);
    }

    /// <summary>People and teams whose findings are reports: "The researchers found ...".</summary>
    public static readonly WordSet InquirerNouns = new(
        "scientists", "researchers", "investigators", "inspectors", "auditors", "analysts", "experts", "team", "authors",
        "doctors", "engineers", "examiners", "pathologists", "coroner", "inquiry", "panel", "jury", "court", "judge", "police",
        "detectives", "officials", "regulators", "regulator", "watchdog", "reviewers", "historians", "archaeologists");

    /// <summary>Events, which take place but say nothing: "Talks collapsed when …".</summary>
    public static readonly WordSet EventNouns = new(
        "talks", "negotiations", "meeting", "meetings", "session", "summit", "match", "game", "vote", "ceremony", "debate",
        "trial", "hearing", "protest", "protests", "strike", "strikes", "march", "rally", "concert", "festival", "race");

    /// <summary>Things traded, priced or counted that rise and fall but say nothing: "Shares fell 14%, …".</summary>
    public static readonly WordSet MarketNouns = new(
        "shares", "stocks", "prices", "sales", "profits", "earnings", "revenues", "exports", "imports", "yields", "bonds",
        "markets", "rates", "costs", "rents", "wages", "output", "orders", "bookings", "deliveries", "results");

    /// <summary>Counts and costs that a source puts at a figure: "put the death toll at 112".</summary>
    public static readonly WordSet MeasureNouns = new(
        "toll", "number", "figure", "cost", "costs", "total", "damage", "damages", "losses", "loss", "count", "bill", "price",
        "value", "size", "turnout", "rate", "deficit", "shortfall", "casualties", "crowd");

    /// <summary>Things that bear a text and can be said to read or say it: "The sign at the gate reads: ...".</summary>
    public static readonly WordSet InscriptionNouns = new(
        "sign", "plaque", "banner", "placard", "inscription", "caption", "headline", "slogan", "poster", "billboard", "leaflet", "flyer");

    private static readonly WordSet IstVerbs = new("persist", "consist", "subsist", "coexist", "preexist");

    /// <summary>Ordinals and their kin, which stand between a determiner and the noun: "the ninth U.S. state".</summary>
    public static readonly WordSet Ordinals = new(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "next", "only",
        "latest", "same", "other", "another");

    /// <summary>Prepositions of time, which may post-modify a noun ("polls after the vote") as well as open an adverbial.</summary>
    public static readonly WordSet TimePrepositions = new("after", "before", "during", "since", "following");

    /// <summary>Prepositions allowed inside a source phrase (a spokesman for the ministry, a report by IHA, officials across the region).</summary>
    public static readonly WordSet InnerPrepositions = new(
        "of", "for", "by", "at", "from", "in", "with", "on", "to", "across", "around", "throughout", "near", "outside", "inside", "behind",
        "against", "along", "within", "among", "beside");

    /// <summary>-ing nouns that head or close a noun phrase rather than predicate over it.</summary>
    public static readonly WordSet IngNouns = new("building", "buildings", "funding", "spending", "housing", "training", "meeting",
        "meetings", "ruling", "rulings", "fighting", "shooting", "bombing", "warning", "warnings", "hearing", "polling", "lending",
        "borrowing", "earnings", "savings", "findings", "feelings", "ceiling", "morning", "evening", "wedding", "clothing", "pricing",
        "shipping", "banking", "nursing", "marketing", "planning", "trading", "reading", "recording", "timing", "testing", "screening",
        // Trades and pursuits, which also modify the noun after them ("a small farming village", "a mining town").
        "farming", "mining", "fishing", "manufacturing", "engineering", "publishing", "advertising", "printing", "logging",
        "catering", "gambling", "betting", "broadcasting", "computing", "retailing", "ranching", "whaling", "boating", "skiing");

    /// <summary>Lowercase heads that can name a source on their own ("officials said", "the ministry said").</summary>
    public static readonly WordSet SourceNouns = new(
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "minister", "ministers",
        "ministry", "president", "secretary", "senator", "governor", "mayor", "lawmaker", "lawmakers", "legislator", "legislators",
        "police", "officer", "officers", "investigators", "investigator", "prosecutor", "prosecutors", "attorney", "attorneys",
        "lawyer", "lawyers", "judge", "judges", "court", "authorities", "authority", "government", "administration", "agency",
        "department", "office", "committee", "council", "commission", "board", "report", "reports", "statement", "study", "studies",
        "survey", "surveys", "poll", "polls", "research", "researchers", "data", "analysis", "analyst", "analysts", "expert", "experts",
        "economist", "economists", "scientist", "scientists", "critic", "critics", "supporter", "supporters", "opponent", "opponents",
        "activist", "activists", "resident", "residents", "witness", "witnesses", "source", "sources", "aide", "aides", "adviser",
        "advisers", "advisor", "advisors", "campaign", "party", "leader", "leaders", "chief", "head", "director", "chairman",
        "chairwoman", "chair", "executive", "executives", "founder", "organizers", "group", "groups", "organization", "union",
        "company", "firm", "bank", "newspaper", "paper", "media", "outlets", "outlet", "documents", "document", "letter", "memo",
        "filing", "lawsuit", "complaint", "indictment", "ruling", "draft", "dossier", "cable", "website", "video", "ad", "advertisement", "article", "editorial",
        "minutes", "transcript", "testimony", "affidavit", "email", "e-mail", "message", "assessment", "numbers", "record",
        "column", "book", "tweet", "post", "release", "announcement", "declaration", "communique", "army", "military", "forces", "embassy", "diplomat",
        "diplomats", "ambassador", "envoy", "observers", "monitors", "doctor", "doctors", "teachers", "students", "parents", "voters",
        "respondents", "people", "neighbors", "friends", "family", "relatives", "colleagues", "members", "member", "staff",
        "employees", "workers", "protesters", "demonstrators", "candidate", "nominee", "challenger", "incumbent", "rival",
        "conservatives", "liberals", "pundits", "commentators", "historians", "scholars", "professor", "insiders", "person", "man",
        "woman", "victim", "suspect", "defendant", "plaintiff", "owner", "manager", "coach", "host", "anchor", "reporter",
        "journalist", "correspondent", "editor", "writer", "author", "narrator", "speaker", "readers", "majority", "percent",
        "others", "officials", "networks", "network", "channel", "station", "broadcaster", "agencies", "sheriff", "deputies",
        "commander", "commanders", "general", "soldiers", "troops", "regime", "state", "states", "country", "countries", "nation",
        "nations", "cabinet", "parliament", "congress", "senate", "house", "legislature", "prime", "counsel", "panel", "jury",
        "inspector", "watchdog", "regulator", "regulators", "industry", "manufacturers", "developers", "biographer", "scientist",
        "candidates", "nominees", "democrats", "republicans", "pollster", "pollsters", "strategist", "strategists", "consultant",
        "consultants", "operative", "operatives", "donors", "ally", "allies", "backers", "detractors", "skeptics", "proponents",
        "advocates", "defenders", "representative", "representatives", "delegate", "delegates", "negotiators", "mediators",
        "chancellor", "premier", "king", "queen", "pope", "prince", "princess", "emperor", "monarch", "cleric", "bishop", "imam",
        "rabbi", "priest", "pastor", "dean", "principal", "superintendent", "commissioner", "inspector", "detective", "constable",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman",
        "marshal", "ombudsman", "auditor", "comptroller", "treasurer", "registrar", "coroner", "medic", "paramedic", "firefighter",
        "firefighters", "rescuers", "survivor", "survivors", "victims", "families", "relatives", "neighbour", "neighbours",
        "shareholders", "investors", "traders", "farmers", "fishermen", "miners", "nurse", "teacher", "student", "fans", "players",
        "coach", "manager", "chairperson", "vice-president", "deputy", "envoys", "ambassadors", "negotiator", "mediator", "monitor",
        "someone", "somebody", "everyone", "everybody", "anyone", "nobody", "opposition", "rebels", "militants", "insurgents",
        "separatists", "junta", "coalition", "alliance", "bloc", "federation", "judiciary", "prosecution", "defense", "defence",
        "consulate", "presidency", "palace", "hospital", "hospitals", "university", "charity", "organisation", "organisations",
        "rector", "curator", "surgeon", "pilot", "farmer", "engineer", "lecturer", "cardinal", "trustee", "villagers", "passengers",
        "crew", "captain", "coastguard", "ranger", "researcher", "physician", "academic", "volunteer", "organiser", "campaigner",
        "locals", "tenant", "landlord", "shopkeeper", "historian", "astronomer", "chef", "ceo", "justice", "justices", "magistrate", "sides",
        "tribunal",
        "organizations", "groups", "unions", "ministries", "governments", "mission", "missions", "delegation", "delegations",
        "wife", "husband", "ex-wife", "ex-husband", "widow", "widower", "mother", "father", "parent", "son", "daughter", "brother",
        "sister", "sibling", "siblings", "child", "children", "partner", "girlfriend", "boyfriend", "fiancee", "fiance", "cousin",
        "uncle", "aunt", "grandmother", "grandfather", "grandson", "granddaughter", "niece", "nephew", "friend", "commentary",
        "essay", "op-ed", "memoir", "blog", "magistrate", "magistrates", "tribunal", "jurors", "inquiry", "inquest", "investigation",
        "review", "audit", "findings", "results", "figures", "statistics", "records", "census", "estimates", "forecasts",
        "projections", "footage", "service", "institute", "laboratory", "observatory", "team",
        // Institutions named by a common noun after modifiers ("the national cyber security centre"): bodies that speak.
        "centre", "center", "foundation", "association", "bureau", "society", "trust", "clinic", "corporation", "directorate",
        "secretariat", "inspectorate", "academy", "museum", "college", "school", "league", "chamber",
        // People named by their sport, trade, dealings or situation: as a group ("athletes", "tenants") they speak in news.
        "athlete", "sportsman", "sportswoman", "swimmer", "runner", "sprinter", "cyclist", "jockey", "golfer",
        "skater", "climber", "merchant", "vendor", "consumer", "customer", "patient", "homeowner", "motorist",
        "commuter", "traveller", "traveler", "tourist", "visitor", "pilgrim", "migrant", "immigrant", "refugee", "detainee",
        "prisoner", "inmate", "hostage", "veteran", "pensioner", "retiree", "citizen", "civilian", "parishioner",
        "worshipper", "mourner", "onlooker", "bystander", "spectator", "viewer", "listener", "user", "subscriber", "buyer",
        "seller", "landowner", "grower", "exporter", "importer", "supplier", "contractor", "lender",
        "borrower", "creditor", "bondholder", "employer", "midwife", "carer", "caregiver", "dentist", "clinician", "barrister",
        "solicitor", "men", "women", "girls", "boys", "teenager", "participant", "applicant", "claimant", "occupant",
        "inhabitant", "evacuee", "attendee", "referee", "trainee", "informant", "fisherman", "artist", "musician",
        "actor", "actress", "filmmaker", "novelist", "poet", "designer", "architect", "mechanic", "electrician",
        "labourer", "laborer", "waiter", "headteacher", "headmaster", "headmistress", "pupil", "vet", "veterinarian",
        "sailor", "baker", "butcher", "plumber", "builder", "forecaster", "librarian", "vicar", "nun", "monk", "umpire",
        "goalkeeper", "midfielder", "winger", "striker", "batsman", "skier", "mountaineer", "warden", "accountant",
        "banker", "entrepreneur", "programmer", "sergeant", "whistleblower", "driver", "trainer",
        // People whose trade is to judge or comment in print.
        "reviewer", "columnist", "commentator", "pundit", "blogger", "essayist", "producer");

    // Simple past forms that are never participles ("drew", not "drawn").
    private static readonly string[] PastOnlyForms =
    [
        "took", "gave", "went", "knew", "ran", "began", "broke", "chose", "drew", "drove", "fell", "flew", "grew",
        "rose", "threw", "wore", "woke", "spoke", "sang", "swore", "rode", "ate", "froze", "stole", "swam", "tore",
        "shook", "sank", "rang", "arose", "awoke", "forgave", "forbade", "foresaw", "oversaw", "mistook", "overtook",
        "undertook", "withdrew", "became", "forgot", "did", "hid", "blew", "strove", "sprang", "shrank",
    ];

    /// <summary>Simple past forms that are never participles: always a finite verb, whichever way a phrase is read.</summary>
    public static readonly WordSet PastOnly = new(PastOnlyForms);

    /// <summary>Irregular past tenses, participles too, that end a source phrase read forwards ("The family paid tribute").</summary>
    public static readonly WordSet IrregularPast = new(
        [
            .. PastOnlyForms,
            "paid", "made", "got", "came", "saw", "met", "left", "held", "kept", "put",
            "set", "sent", "spent", "brought", "bought", "built", "felt", "found", "heard", "led", "lost", "meant",
            "sat", "stood", "thought", "won", "hit", "hurt", "laid", "shot", "shut", "sold", "struck", "fought",
            "caught", "taught", "sought", "dealt", "fled", "had", "understood", "beat", "clung", "crept", "dug",
            "hung", "knelt", "shone", "slept", "slid", "spun", "stuck", "stung", "swept", "swung", "wept", "overcame",
            "withheld", "upheld", "sped", "bled", "wrote", "told",
        ]);

    /// <summary>A past form: an irregular one or a regular -ed form ("banned", "warned").</summary>
    public static bool LooksPast(ReadOnlySpan<char> w) => IrregularPast.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>Irregular past participles, which a passive aside with "by" opens: "led by", "run by", "taken by".</summary>
    public static readonly WordSet IrregularParticiples = new(
        "led", "run", "held", "made", "built", "paid", "sent", "brought", "bought", "found", "kept", "won", "sold", "struck",
        "fought", "caught", "taught", "sought", "hit", "hurt", "set", "shot", "taken", "given", "known", "chosen", "written",
        "driven", "shown", "grown", "drawn", "thrown", "beaten", "broken", "stolen", "spoken", "done", "seen", "hidden", "begun",
        "overseen", "undertaken", "forgotten", "bitten", "shaken", "sworn", "torn", "worn", "frozen", "upheld", "withheld");

    /// <summary>
    /// Pasts spelt as their base ("The airline cut 400 jobs"): right after a subject they are a finite verb in either
    /// tense. Kept apart from <see cref="IrregularPast"/> because after "and" or a modal they are mostly the base form
    /// ("would raise taxes and cut spending"), which must not end a reported clause.
    /// </summary>
    public static readonly WordSet SameFormPasts = new("cut", "put", "set", "hit", "shut", "quit", "cost", "let", "spread", "cast", "split", "bet", "upset");

    /// <summary>Titles and role words that precede a name and are not part of it.</summary>
    public static readonly WordSet Titles = new(
        "President", "Vice", "Prime", "Minister", "Foreign", "Secretary", "Senator", "Sen", "Rep", "Representative", "Gov",
        "Governor", "Mayor", "Gen", "General", "Judge", "Justice", "Chief", "Director", "Chairman", "Chairwoman", "Speaker", "Mr",
        "Mrs", "Ms", "Dr", "King", "Queen", "Prince", "Princess", "Pope", "Ambassador", "Spokesman", "Spokeswoman", "Deputy",
        "Defense", "Defence", "Interior", "Finance", "Economy", "State", "Attorney", "Lt", "Col", "Colonel", "Capt", "Captain",
        "Sgt", "Sergeant", "Officer", "Detective", "Professor", "Prof", "Rev", "Reverend", "Former", "Acting", "Senior", "Leader",
        "Commander", "Admiral", "Adm", "Major", "Maj", "Sheriff", "Chancellor", "Premier", "Sheikh", "Emir", "Ayatollah", "Imam",
        "Father", "Sister", "Brother", "Bishop", "Cardinal", "Rabbi", "Lord", "Lady", "Sir", "Dame", "Councilman", "Councilwoman",
        "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Commissioner", "Superintendent", "Inspector", "Agent",
        "Coach", "Candidate", "Nominee", "Democratic", "Republican", "Presidential", "Minority", "Majority", "Whip", "House",
        "Senate", "Labor", "Labour", "Health", "Education", "Justice", "Trade", "Energy", "Treasury", "Homeland", "Security",
        "Intelligence", "National", "Advisor", "Adviser", "Executive", "CEO", "Founder", "Chair", "Mx", "Messrs", "Gens", "Sens",
        "Reps", "Supreme", "Leader", "Opposition", "Party", "Mrs", "Dame", "Attorney", "Surgeon", "Solicitor", "Undersecretary",
        "Under", "Assistant", "Associate", "Special", "Envoy", "Counsel", "Lieutenant", "Corporal", "Private", "Brigadier", "Field",
        "Marshal", "Air", "Vice-President", "Mme",
        "Councillor", "Councilor", "Alderman", "Alderwoman", "Magistrate", "Pastor", "Constable", "Administrator", "Prosecutor",
        "Auditor", "Ombudsman", "Comptroller", "Registrar");

    /// <summary>Title words that name a domain and stand before the title proper: "Air Marshal", "Health Minister".</summary>
    public static readonly WordSet TitleDomains = new(
        "Air", "Field", "Under", "Health", "Education", "Trade", "Energy", "Treasury", "Homeland", "Security",
        "Intelligence", "National", "Supreme", "Labor", "Labour");

    /// <summary>Nouns for a firm by its trade, which news sets before the firm's name: "carmaker Holmberg Motors".</summary>
    public static readonly WordSet TradeDescriptors = new(
        "carmaker", "automaker", "drugmaker", "chipmaker", "planemaker", "steelmaker", "retailer", "airline", "insurer", "lender",
        "broadcaster", "manufacturer", "miner", "refiner", "brewer", "grocer", "supermarket", "shipbuilder", "publisher",
        "conglomerate", "startup", "start-up", "distributor", "telecoms", "developer", "utility", "operator");

    /// <summary>
    /// Trades that end a company's name ("Nordvik Rail", "Ostby Timber"). Some are surnames too ("Steel", "Power"), so they
    /// mark a company only when the name does not open with a known first name.
    /// </summary>
    public static readonly WordSet TradeWords = new(
        "Rail", "Railway", "Railways", "Air", "Steel", "Timber", "Mining", "Minerals", "Metals", "Foods", "Pharma", "Pharmaceuticals",
        "Logistics", "Gold", "Copper", "Coal", "Shipping", "Lines", "Electric", "Power", "Telecom", "Mobile", "Insurance",
        "Construction", "Chemicals",
        "Textiles", "Brewery", "Breweries", "Farms", "Software", "Labs", "Robotics", "Aerospace", "Automotive", "Cement",
        "Petroleum", "Resources", "Solar", "Utilities", "Healthcare", "Finance", "Securities", "Investments", "Ventures", "Retail",
        "Stores", "Markets", "Airport", "Ports", "Hotels", "Resorts", "Cinemas", "Publishing", "Bus", "Buses", "Ferries", "Transport",
        "Water", "Dairy", "Seafood", "Fisheries", "Shipyard", "Motors", "Engineering", "Electronics", "Semiconductor", "Tobacco",
        "Semiconductors", "Biologics", "Therapeutics", "Biotech", "Biosciences", "Diagnostics", "Genomics", "Vaccines", "Brands",
        "Beverages", "Apparel", "Cosmetics", "Packaging", "Plastics", "Fertilisers", "Fertilizers", "Aviation", "Works", "Builders",
        "Contractors", "Properties", "Toys", "Games", "Furniture", "Appliances", "Tools", "Supplies", "Mills", "Bakeries", "Drinks",
        "Footwear", "Fashion", "Homes", "Oil", "Gas", "Telecoms", "Networks", "Solutions", "Media", "Capital");

    /// <summary>Words that mark a capitalized phrase as an organization rather than a person.</summary>
    public static readonly WordSet OrganizationWords = new(
        "Agency", "Ministry", "Department", "Office", "Council", "Committee", "Commission", "Court", "Party", "University",
        "Institute", "Center", "Centre", "Centers", "Centres", "Foundation", "Association", "Union", "Bank", "Company", "Corporation", "Corp", "Inc",
        "Ltd", "Group", "Organization", "Organisation", "Network", "News", "Times", "Post", "Journal", "Press", "Television", "TV",
        "Radio", "Service", "Services", "Administration", "Authority", "Board", "Bureau", "Army", "Navy", "Force", "Forces",
        "Police", "Guard", "Government", "Parliament", "Congress", "Senate", "House", "Assembly", "Campaign", "Fund", "Trust",
        "Society", "Club", "League", "Federation", "Coalition", "Alliance", "Front", "Movement", "Church", "School", "College",
        "Hospital", "Museum", "Library", "Embassy", "Consulate", "Mission", "Nations", "Watch", "International", "Project",
        "Initiative", "Programme", "Program", "Confederation", "Academy", "Conference", "Guild", "Syndicate", "Consortium",
        "Cooperative", "Co-operative", "Collective", "Council", "Tribunal", "Cabinet", "Secretariat", "Directorate", "Command",
        "Corps", "Brigade", "Division",
        "Unit", "Branch", "Staff", "Chamber", "Review", "Magazine", "Herald", "Tribune", "Gazette", "Daily", "Weekly", "Monthly",
        "Wire",
        "Reuters", "Bloomberg", "Poll", "Survey", "Study", "Report", "Research", "Institution", "Laboratory", "Lab", "Team",
        "Caucus", "Forum", "Industries", "Holdings", "Partners", "Capital", "Systems", "Technologies", "Airlines", "Airways",
        "Motors", "Energy", "Oil", "Gas", "Media", "Communications", "Entertainment", "Studios", "Pictures", "Records", "Mint",
        "Exchange", "Reserve", "Treasury", "Pentagon", "Kremlin", "Elysee", "Vatican", "Politburo", "Knesset", "Duma", "Bundestag",
        "Sejm", "Majlis");

    /// <summary>"Diário do Povo", "Le Courrier du Lac": words for a newspaper that title papers in other languages.</summary>
    public static readonly WordSet ForeignPressWords = new(
        "Diário", "Diario", "Jornal", "Gazeta", "Gazzetta", "Correio", "Corriere", "Folha", "Zeitung", "Dagblad", "Courrier",
        "Presse", "Prensa", "Krant", "Tidning", "Dziennik", "Gazete");

    public static readonly WordSet MediaWords = new(
        "report", "reports", "media", "outlets", "outlet", "newspaper", "newspapers", "television", "tv", "radio",
        "broadcaster", "channel", "station", "network", "networks", "news", "daily", "paper", "magazine", "website", "wire",
        "times", "post", "journal", "press", "tribune", "herald", "gazette", "reuters", "bloomberg", "cnn", "bbc", "ap", "afp",
        "abc", "nbc", "cbs", "fox", "msnbc", "npr", "politico", "axios");

    /// <summary>Nouns whose "on" or "over" phrase is their complement, not the time or place of the act: "a ban on fishing", "talks over the border".</summary>
    public static readonly WordSet NounsTakingOn = new(
        "ban", "bans", "limit", "limits", "cap", "caps", "moratorium", "curbs", "restrictions", "crackdown", "tax", "taxes",
        "levy", "tariff", "tariffs", "duty", "duties", "sanctions", "controls", "vote", "votes", "talks", "debate", "referendum",
        "inquiry", "report", "review", "agreement", "deal", "decision", "ruling", "action", "pressure", "focus", "emphasis",
        "dispute", "row", "clash", "concerns", "questions", "position", "stance", "views", "compromise", "consultation");

    /// <summary>Nouns of change and share whose "in" phrase says what changes or is shared: "cuts in emissions", "a stake in the firm".</summary>
    public static readonly WordSet NounsTakingIn = new(
        "cut", "cuts", "rise", "rises", "increase", "increases", "reduction", "reductions", "fall", "falls", "drop", "decline",
        "change", "changes", "investment", "investments", "stake", "role", "growth", "surge", "jump", "slowdown", "improvements",
        "reforms", "participation");

    /// <summary>Prepositions and subordinators that end a speech act's object ("attacked X in a tweet"); "as" stays ("attacked her rival as a fraud").</summary>
    public static readonly WordSet ObjectAdjuncts = new(
        "in", "on", "at", "since", "during", "after", "before", "because", "while", "when", "amid", "despite", "following",
        "through", "via", "over", "until", "last", "this", "yesterday", "today", "earlier", "later");

    public static readonly WordSet NameParticles = new("de", "del", "della", "di", "da", "dos", "das", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu",
        "du", "des", "do", "het", "y", "bint", "dei", "degli", "delle");

    /// <summary>Nouns completed by "to" and a noun inside a title: "the rapporteur on the right to water".</summary>
    public static readonly WordSet NounsTakingTo = new("right", "rights", "access");

    /// <summary>
    /// Verbs of belief and expectation, whose clause complement often comes without "that" ("feel" is left out: it
    /// links more often than it believes, "felt comfortable", "feel stung").
    /// </summary>
    public static readonly WordSet BeliefLemmas = new(
        "believe", "think", "fear", "worry", "hope", "expect", "anticipate", "suspect", "reckon", "guess", "doubt");

    /// <summary>Reporting verbs whose -s form is also a common plural noun: "their videos and comments", "the claims".</summary>
    public static readonly WordSet NounlikeReportingLemmas = new(
        "comment", "report", "claim", "call", "demand", "note", "answer", "reply", "remark", "question", "promise", "appeal",
        "charge", "estimate", "forecast", "pledge", "vow", "boast", "complaint", "plea", "statement", "post", "tweet", "review");

    /// <summary>Belief verbs whose -s form is also a plural noun: "Health worries have dogged ...", "fears grew".</summary>
    public static readonly WordSet NounlikeBeliefLemmas = new("fear", "worry", "hope", "doubt", "guess");

    /// <summary>Nouns that refer back to a named institution ("the company", "the ministry").</summary>
    public static readonly WordSet InstitutionNouns = new(
        "company", "firm", "group", "agency", "ministry", "government", "organization", "organisation", "bank", "party", "network",
        "newspaper", "department", "office", "council", "commission", "committee", "court", "administration", "army", "military",
        "union", "club", "league", "federation", "foundation", "institute", "university", "campaign", "regime", "alliance",
        "airline", "carrier", "retailer", "automaker", "manufacturer", "broadcaster", "channel", "station", "website", "outlet",
        "board", "authority", "police", "embassy", "coalition", "movement", "charity", "tribunal", "parliament", "legislature",
        "senate", "assembly", "cabinet", "panel", "regulator", "watchdog", "hospital", "school", "insurer", "lender", "utility",
        "bureau", "fund", "weekly", "tabloid", "institute", "laboratory", "observatory", "inspectorate", "secretariat", "maker",
        "drugmaker",
        "carmaker", "chipmaker", "operator", "association", "society", "confederation", "guild", "consortium", "chamber", "trust",
        "museum", "gallery", "library", "zoo", "theatre", "theater", "orchestra", "publisher", "studio", "startup", "supermarket",
        "mission", "delegation", "body");

    /// <summary>Role nouns that always denote a single person, named or not.</summary>
    public static readonly WordSet PersonRoles = new(
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "senator", "governor", "mayor",
        "lawmaker", "legislator", "officer", "prosecutor", "attorney", "lawyer", "judge", "adviser", "advisor", "aide", "chairman",
        "chairwoman", "director", "founder", "ambassador", "envoy", "diplomat", "professor", "economist", "analyst", "doctor",
        "author", "reporter", "correspondent", "candidate", "nominee", "coach", "commander", "general", "sheriff", "chief", "ceo",
        "cfo", "mp", "mep", "msp",
        "man", "woman", "witness", "resident", "official", "source", "expert", "scientist", "researcher", "editor", "writer",
        "chancellor", "premier", "king", "queen", "pope", "prince", "princess", "detective", "inspector", "commissioner", "manager", "rapporteur",
        "chairperson", "deputy", "negotiator", "mediator", "teacher", "nurse", "student", "survivor", "victim", "suspect", "mother",
        "father", "wife", "husband", "son", "daughter", "brother", "sister", "friend", "neighbour", "neighbor", "colleague",
        "relative", "engineer", "surgeon", "physician", "paramedic", "firefighter", "pilot", "driver", "motorist", "farmer",
        "soldier", "passenger", "patient", "customer", "voter", "pensioner", "villager", "employee", "worker", "volunteer",
        "campaigner", "organiser", "organizer", "lecturer", "landlord", "tenant", "shopkeeper", "trader", "banker", "guide",
        "climber", "bystander", "eyewitness", "parent", "fan", "player", "owner", "leader",
        // Hyphenated titles of one office holder.
        "secretary-general", "director-general", "attorney-general", "solicitor-general", "surgeon-general", "inspector-general",
        "auditor-general", "governor-general", "editor-in-chief", "commander-in-chief", "president-elect");

    public static readonly WordSet DocumentWords = new(
        "statement", "document", "documents", "letter", "memo", "filing", "lawsuit", "complaint", "indictment", "ruling", "poll",
        "polls", "survey", "surveys", "study", "studies", "analysis", "data", "research", "records", "record", "ad",
        "advertisement", "video", "tweet", "post", "release", "announcement", "book", "article", "editorial", "column", "transcript",
        "affidavit", "order", "decree", "resolution", "bill", "law", "legislation", "proposal", "plan", "budget", "audit",
        "assessment", "estimate", "estimates", "forecast", "forecasts", "projection", "projections", "footage", "statistics",
        "census", "figures", "numbers", "review", "investigation", "inquiry", "probe", "paper",
        "guidelines", "guidance", "rule", "regulation", "regulations", "policy", "treaty", "agreement", "deal", "contract",
        "website", "page", "email", "emails", "e-mail", "e-mails", "message", "messages", "note", "notice", "speech", "remarks", "interview", "papers",
        "filings", "minutes", "testimony", "findings", "results", "draft", "drafts", "dossier", "cable", "cables",
        // Observations and measurements, which show what they recorded as a record does: "Tests showed the water was safe".
        "test", "tests", "scan", "scans", "sample", "samples", "image", "images", "photo", "photos", "photograph", "photographs",
        "pictures", "readings", "measurements", "recording", "recordings", "logs", "experiment", "experiments", "model", "models",
        "simulation", "simulations");

    public static readonly WordSet AnonymousWords = new(
        "officials", "sources", "source", "official", "people", "person", "aides", "aide", "insiders", "diplomats", "diplomat",
        "observers", "analysts", "experts", "critics", "witnesses", "residents", "someone", "anyone", "many", "some", "others", "most",
        "few", "several");

    public static readonly WordSet OfficialBodyWords = new(
        "government", "ministry", "department", "administration", "authorities", "authority", "police", "military", "army",
        "navy", "force", "court", "council", "committee", "commission", "agency", "office", "cabinet", "parliament", "congress", "senate",
        "house", "embassy", "consulate", "regime", "state", "states", "white", "pentagon", "kremlin", "prosecutors", "prosecutor",
        "legislature", "bureau", "board", "forces", "intelligence", "ministries", "governments", "panel", "tribunal", "mit", "fbi",
        "cia", "nsa", "dhs", "doj", "un", "nato", "eu", "who", "imf");

    /// <summary>Words that open an apposition after a name ("Yair Geller, an Istanbul-based tycoon, said").</summary>
    public static readonly WordSet AppositionStarters = new(
        "a", "an", "the", "who", "whose", "which", "one", "himself", "herself", "itself", "themselves", "both", "each", "also",
        "now", "then", "then-", "former", "currently", "formerly", "once", "until", "like", "his", "her", "their", "its",
        // A group's make-up: "The protesters, mostly students, said"; the adverb cannot be the subject itself.
        "mostly", "mainly", "largely", "chiefly", "predominantly");

    /// <summary>Cue lemmas whose claims invite a denial (accusations and allegations).</summary>
    public static readonly WordSet AccusationLemmas = new(
        "accuse", "allege", "claim", "charge", "blame", "criticize", "criticise", "report", "suggest", "assert", "fault", "condemn",
        "denounce", "attack", "slam", "blast");

    /// <summary>
    /// Nouns naming an act, decision or statement: the objects through which verbs of reception and decision report
    /// ("welcomed the ruling", "upheld the ban", "greeted the announcement").
    /// </summary>
    public static readonly WordSet ActNouns = new(
        "decision", "decisions", "ruling", "rulings", "verdict", "verdicts", "judgment", "judgement", "sentence", "sentences",
        "conviction", "convictions", "acquittal", "order", "orders", "injunction", "ban", "bans", "law", "laws", "bill", "bills",
        "legislation", "measure", "measures", "move", "moves", "step", "steps", "plan", "plans", "proposal", "proposals", "deal",
        "deals", "agreement", "agreements", "accord", "pact", "treaty", "ceasefire", "truce", "announcement", "news", "report",
        "reports", "findings", "result", "results", "outcome", "vote", "referendum", "reform", "reforms", "policy", "policies",
        "budget", "initiative", "offer", "appointment", "nomination", "resignation", "release", "subsidy", "subsidies",
        "sanctions", "tariffs", "resolution", "statement", "remarks", "comments", "apology", "invitation", "appeal", "request",
        "settlement", "compromise", "approval", "rejection", "dismissal", "fine", "fines", "penalty", "award",
        "regulation", "regulations", "rules", "guidelines", "cuts", "increase", "changes", "investment", "aid", "funding",
        "package", "scheme", "programme", "program", "strategy", "framework", "roadmap", "deadline", "extension", "exemption",
        "suspension", "closure", "closures", "merger", "takeover", "bid", "election", "elections", "declaration", "pledge",
        "commitment", "commitments", "promise", "promises", "efforts", "effort", "talks", "dialogue", "negotiations", "opinion", "case",
        "cases", "lawsuit", "suit", "charges", "complaint", "petition", "challenge", "claim", "claims", "motion", "objection", "objections",
        // Outcomes of a process, which are received as decisions are: "welcomed the stalemate", "greeted the arrests".
        "stalemate", "deadlock", "impasse", "breakthrough", "delay", "delays", "postponement", "cancellation", "withdrawal",
        "repeal", "veto", "reversal", "arrest", "arrests", "indictment", "indictments", "expulsion", "recommendation",
        "recommendations", "review", "inquiry", "investigation", "probe", "victory", "ratification", "adoption", "passage",
        // Findings put forward, received as statements are: "welcomed the study", "dismissed the audit".
        "study", "studies", "research", "analysis", "audit", "assessment", "data", "figures", "statistics", "estimate", "estimates",
        "forecast", "forecasts", "projections", "survey", "poll", "polls",
        // Messages that ask or caution, received as statements are: "welcomed the early warning", "dismissed the criticism".
        "warning", "warnings", "call", "calls", "criticism", "advice");

    /// <summary>Predicates of a verdict: "found him guilty", "ruled the ban unlawful", "deemed the vote invalid".</summary>
    public static readonly WordSet VerdictAdjectives = new(
        "guilty", "innocent", "liable", "responsible", "negligent", "culpable", "unlawful", "lawful", "illegal", "legal",
        "unconstitutional", "constitutional", "invalid", "valid", "void", "inadmissible", "admissible", "unfit", "incompetent");

    /// <summary>
    /// Subordinators that may open a reported clause right after its verb ("said although ..., nobody had ...",
    /// "warned if the talks failed, ..."); temporal ones ("said as he left") usually give the occasion of speaking.
    /// </summary>
    public static readonly WordSet ReportedClauseSubordinators = new("although", "though", "if", "unless", "because", "once", "whereas");

    /// <summary>Objects of "according to" that are norms or measures, not sources: "according to plan", "according to age".</summary>
    public static readonly WordSet NormNouns = new(
        "plan", "plans", "schedule", "script", "tradition", "traditions", "custom", "customs", "rule", "rules", "design", "instructions",
        "protocol", "procedure", "procedures", "guidelines", "size", "age", "weight", "weights", "height", "need", "needs", "criteria",
        "merit", "rank", "seniority", "season", "taste", "priority", "preference", "preferences", "category", "type", "formula");

    /// <summary>Verbs that take "according to" as a measure or norm: "weighted according to", "went according to".</summary>
    public static readonly WordSet ArrangingVerbs = new(
        "weighted", "sorted", "ranked", "classified", "arranged", "organized", "organised", "grouped", "divided", "ordered",
        "adjusted", "vary", "varies", "varied", "differ", "differs", "differed", "priced", "graded", "scaled", "distributed",
        "allocated", "calculated", "categorized", "categorised", "structured", "went", "go", "goes", "going", "proceeded",
        "proceed", "acted", "act", "behave", "behaved", "paid", "taxed", "coded", "assigned", "stratified");

    /// <summary>Participles of handling a document before its agent: "a memo seen by the newspaper", "a draft obtained by Reuters".</summary>
    public static readonly WordSet HandlingParticiples = new(
        "seen", "obtained", "reviewed", "viewed", "leaked", "released", "published", "circulated", "shared", "filed", "sent",
        "commissioned", "conducted", "compiled", "prepared", "issued", "signed", "written", "drafted", "acquired", "examined", "collected",
        "gathered", "recorded", "measured", "analysed", "analyzed", "presented", "submitted", "produced", "unveiled", "posted",
        "broadcast", "aired", "delivered", "distributed", "forwarded");

    /// <summary>Things claimed or conceded as a taking or a score, not an assertion: "claimed 40 lives", "conceded a penalty".</summary>
    public static readonly WordSet TakenThings = new(
        "life", "lives", "asylum", "benefit", "benefits", "compensation", "damages", "refund", "expenses", "allowance", "pension",
        "title", "titles", "crown", "trophy", "medal", "medals", "prize", "penalty", "penalties", "goal", "goals", "corner",
        "try", "tries", "runs", "wickets", "seat", "seats", "territory", "land", "ownership", "inheritance", "custody");

    /// <summary>People one questions as an interrogation, beyond the role nouns: "questioned the driver", "questioned two men".</summary>
    public static readonly WordSet QuestionedPeople = new(
        "men", "women", "people", "suspects", "detainees", "driver", "drivers", "pilot", "passenger", "passengers", "crew",
        "boy", "boys", "girl", "girls", "teenager", "teenagers", "youth", "youths", "worker", "workers", "employee", "employees",
        "patient", "patients", "owner", "owners", "staff", "guard", "guards", "migrants", "refugees", "protesters", "students");

    /// <summary>Nouns that report what someone asserted when followed by "that".</summary>
    public static readonly WordSet NominalCues = new(
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions", "statement",
        "warning", "warnings", "suggestion", "argument", "insistence", "contention", "charge", "charges", "promise", "pledge",
        "assurance", "assurances", "belief", "view", "report", "reports", "announcement", "admission", "acknowledgment",
        "acknowledgement", "denial", "prediction", "threat", "complaint", "argument", "theory", "insinuation");

    /// <summary>Cue lemmas whose content answers an earlier claim (denials and rejections).</summary>
    public static readonly WordSet DenialLemmas = new(
        "deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest", "contradict", "debunk", "repudiate", "disavow",
        "rebuff", "counter", "retort", "respond", "reply", "deride", "ridicule", "brush off", "shrug off", "wave off", "brush aside",
        "downplay", "play down", "discount", "challenge", "hit back", "fire back", "shoot back", "push back");

    /// <summary>Prefixes that look like "Source: content" but are labels, not sources.</summary>
    public static readonly WordSet ColonLabelWords = new(
        "update", "updated", "updates", "watch", "video", "photos", "photo", "breaking", "exclusive", "live", "analysis", "opinion",
        "editorial", "note", "related", "read", "see", "also", "more", "editor", "editors", "correction", "clarification", "source",
        "sources", "credit", "via", "by", "tags", "topics", "share", "comments", "listen", "subscribe", "advertisement", "caption",
        "image", "images", "file", "warning", "notice", "disclaimer", "update", "q", "a", "question", "answer", "example",
        "examples", "step", "part", "chapter", "section", "day", "week", "time", "date", "location", "where", "when", "what",
        "why", "how", "who", "bottom", "line", "fact", "facts", "the", "this", "that", "here", "there", "contact", "email", "phone",
        "tel", "fax", "website", "url", "http", "https", "www", "summary", "background", "context", "timeline", "result", "results",
        "score", "final", "vs", "total", "price", "cost", "rating", "verdict", "status", "reason", "reasons", "goal", "goals",
        "problem", "solution", "lesson", "lessons", "takeaway", "takeaways", "bonus", "tip", "tips", "warning");
}
