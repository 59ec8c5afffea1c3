using System.Text;

namespace ClaimTracker.Core.Generation;

/// <summary>
/// Deterministic synthetic news articles for load tests and benchmarks: reporting sentences with direct
/// and indirect quotes, named and anonymous sources, hedges and reporter's-voice sentences, so the
/// extractor and every page see text shaped like real news.
/// </summary>
public sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] FirstNames = ["Maria", "James", "Aisha", "Tomas", "Elena", "Kwame", "Priya", "Lucas", "Sofia", "Daniel", "Mei", "Omar", "Hannah", "Rafael", "Ingrid", "Yusuf"];
    private static readonly string[] LastNames = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Castillo", "Brennan", "Novak", "Haddad", "Fischer", "Mensah", "Kowalski", "Duarte", "Sato", "Whitfield", "Petrov", "Aziz"];
    private static readonly string[] Roles = ["Finance Minister", "city council member", "spokesperson for the health ministry", "opposition leader", "central bank governor", "police chief", "union leader", "economist at the state university"];
    private static readonly string[] Bodies = ["the Ministry of Health", "the Central Bank", "the Electoral Commission", "the Port Authority", "the National Statistics Office", "the Federation of Farmers"];
    private static readonly string[] Outlets = ["Coast Herald", "The Daily Ledger", "Metro Courier", "Northern Star", "The Evening Post", "Capital Wire"];
    private static readonly string[] Topics = ["the new budget", "the bridge repairs", "the vaccination campaign", "fuel prices", "the port expansion", "the election timetable", "rural broadband", "the teachers' strike"];
    private static readonly string[] Claims =
    [
        "spending on {0} would rise by {1} percent next year",
        "{0} had been delayed by at least {1} months",
        "the government had misled voters about {0}",
        "{0} would create {1},000 jobs within two years",
        "the figures on {0} were accurate and had been independently audited",
        "there was no evidence that {0} had increased costs",
        "{0} was allegedly approved without a tender",
    ];
    private static readonly string[] SaidVerbs = ["said", "told reporters", "added", "warned", "insisted", "argued", "claimed", "noted"];

    private readonly Random _random = new(seed);

    public sealed record Article(string Title, string Outlet, string Byline, DateTime PublishedAt, string Body);

    public Article Next(int index)
    {
        var topic = Pick(Topics);
        var people = Enumerable.Range(0, 3).Select(_ => (Name: $"{Pick(FirstNames)} {Pick(LastNames)}", Role: Pick(Roles))).ToArray();
        var body = new StringBuilder();
        // Every hundredth article is a long one (about a hundred claims), the review page's heavy case.
        var paragraphs = index % 100 == 0 ? 42 : _random.Next(8, 14);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                body.Append('\n');
            }

            // Two or three sentences a paragraph gives about thirty claims an article, as in long news pieces.
            for (var s = _random.Next(2, 4); s > 0; s--)
            {
                AppendSentence(body, topic, people);
                if (s > 1)
                {
                    body.Append(' ');
                }
            }
        }

        var published = new DateTime(2020, 1, 1, 6, 0, 0, DateTimeKind.Utc).AddMinutes(_random.Next(0, 60 * 24 * 365 * 5));
        var title = $"{Capitalize(topic)}: {people[0].Name.Split(' ')[1]} and {people[1].Name.Split(' ')[1]} clash ({index})";
        return new Article(title, Pick(Outlets), $"By {Pick(FirstNames)} {Pick(LastNames)}", published, body.ToString());
    }

    private void AppendSentence(StringBuilder body, string topic, (string Name, string Role)[] people)
    {
        var (name, role) = people[_random.Next(people.Length)];
        var surname = name.Split(' ')[1];
        var claim = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(Claims), topic, _random.Next(2, 40));
        var sentence = _random.Next(9) switch
        {
            0 => $"\"{Capitalize(claim)},\" {name}, the {role}, {Pick(SaidVerbs)}.",
            1 => $"{surname} {Pick(SaidVerbs)} that {claim}.",
            2 => $"According to {Pick(Bodies)}, {claim}.",
            3 => $"\"We will not accept this,\" {surname} said. \"{Capitalize(claim)}.\"",
            4 => $"Officials, who asked not to be named, said {claim}.",
            5 => $"{Capitalize(Pick(Bodies))} denied that {claim}.",
            6 => $"A report by the {Pick(Outlets)} said {claim}.",
            7 => $"The {role} {name} said in a statement that {claim}.",
            _ => $"{Capitalize(topic)} was discussed for {_random.Next(2, 9)} hours on {DateTime.UnixEpoch.AddDays(_random.Next(20_000)).DayOfWeek}.",
        };
        body.Append(sentence);
        if (_random.Next(4) == 0)
        {
            body.Append(" The proposal reportedly faces opposition in parliament.");
        }
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
