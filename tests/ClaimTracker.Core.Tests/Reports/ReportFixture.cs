using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reports;

/// <summary>
/// One article with six claims whose every reported number is known, plus another article that gives
/// its sources a track record elsewhere. The expected figures are spelled out in the tests.
/// </summary>
internal static class ReportFixture
{
    public const string Note = "SECRET-NOTE-checked-with-the-desk";
    public const string AnonymityReason = "SECRET-REASON-fear-of-reprisal";
    public const string LinkNote = "SECRET-LINK-NOTE";

    public const string Body =
        "Minister Jane Doe said \"the bridge will open in May, \"Smith\" agreed\". " +
        "Officials, speaking on condition of anonymity, said the cost had doubled. " +
        "The ministry denied that the cost had doubled. " +
        "=SUM(A1) was the code, a hacker reportedly said. " +
        "The bridge is 2 km long. " +
        "Another anonymous official allegedly said funds were missing \U0001F642 today.";

    public static readonly DateTime Reviewed = new(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);

    public sealed record Seeded(int ArticleId, int OtherArticleId, string ReviewerId, string EditorId, int[] ClaimIds);

    public static async Task<Seeded> SeedAsync(TestDatabase database) => await database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ClaimTrackerDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var reviewer = User("rita@newsroom.test", "Rita Reviewer");
        var editor = User("ed@newsroom.test", "Ed Editor");
        db.Users.AddRange(reviewer, editor);

        var jane = new Source { CanonicalName = "Jane Doe", Kind = SourceKind.Person, Affiliation = "Ministry of Works" };
        var officials = new Source { CanonicalName = "Officials", Kind = SourceKind.Anonymous };
        var ministry = new Source { CanonicalName = "Ministry of Works", Kind = SourceKind.OfficialBody };
        db.Sources.AddRange(jane, officials, ministry);

        var article = new Article
        {
            Title = "Bridge <b>costs</b> double",
            Outlet = "Harbour Times",
            OriginalUrl = "https://news.example/bridge",
            PublishedAt = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc),
            Body = Body,
            ContentHash = "fixture-1",
            Status = ArticleStatus.InReview,
        };
        var c1 = Claim(1, "the bridge will open in May, \"Smith\" agreed", ClaimKind.Direct, SourcingType.NamedOnRecord, jane);
        c1.SpeakerRole = "Minister";
        c1.Cue = "said";
        c1.Rating = Rating.True;
        c1.ReviewerNotes = Note;
        Review(c1, reviewer);
        c1.Links.Add(Link("https://records.example/bridge-schedule", LinkStance.Supports));
        c1.Links.Add(Link("javascript:alert(1)", LinkStance.Supports));

        var c2 = Claim(2, "the cost had doubled", ClaimKind.Indirect, SourcingType.Anonymous, officials);
        c2.AnonymityReason = AnonymityReason;
        c2.ContestedStatus = ContestedStatus.Denied;
        c2.ContestedBySource = ministry;
        c2.Rating = Rating.MostlyFalse;
        Review(c2, reviewer);
        var contradicting = Link("https://audit.example/report", LinkStance.Contradicts);
        contradicting.Note = LinkNote;
        c2.Links.Add(contradicting);

        var c3 = Claim(3, "The ministry denied that the cost had doubled", ClaimKind.Indirect, SourcingType.OfficialStatement, ministry);
        Review(c3, reviewer);

        var c4 = Claim(4, "=SUM(A1) was the code", ClaimKind.Direct, SourcingType.Anonymous, null);
        c4.SourceMention = "a hacker";
        c4.Hedges = ["reportedly"];
        c4.Origin = ClaimOrigin.Extracted;

        var c5 = Claim(5, "The bridge is 2 km long.", ClaimKind.Unattributed, SourcingType.Unattributed, null);
        c5.ContestedStatus = ContestedStatus.Contested;
        c5.Rating = Rating.Unverifiable;
        Review(c5, reviewer);

        var c6 = Claim(6, "funds were missing \U0001F642 today", ClaimKind.Mixed, SourcingType.Anonymous, null);
        c6.SourceMention = "Another anonymous official";
        c6.Hedges = ["allegedly"];
        c6.Origin = ClaimOrigin.AddedByPerson;
        c6.Rating = Rating.False;

        article.Claims.AddRange([c1, c2, c3, c4, c5, c6]);
        c3.OutgoingRelations.Add(new ClaimRelation { ToClaim = c2, Type = ClaimRelationType.Denies });
        c6.OutgoingRelations.Add(new ClaimRelation { ToClaim = c2, Type = ClaimRelationType.Repeats });
        db.Articles.Add(article);

        // Elsewhere: Jane Doe twice (one refuted, one corroborated), the ministry once.
        var other = new Article { Title = "Older story", Body = "Jane Doe said a. Jane Doe said b. The ministry said c.", ContentHash = "fixture-2" };
        var o1 = new Claim { Ordinal = 1, Start = 0, End = 1, Text = "a", Source = jane, Rating = Rating.False, Kind = ClaimKind.Indirect };
        var o2 = new Claim { Ordinal = 2, Start = 0, End = 1, Text = "b", Source = jane, Kind = ClaimKind.Indirect };
        o2.Links.Add(Link("https://records.example/b", LinkStance.Supports));
        var o3 = new Claim { Ordinal = 3, Start = 0, End = 1, Text = "c", Source = ministry, Kind = ClaimKind.Indirect };
        other.Claims.AddRange([o1, o2, o3]);
        db.Articles.Add(other);
        await db.SaveChangesAsync(ct);

        db.AuditEntries.AddRange(
            new AuditEntry { UserId = editor.Id, UserName = editor.UserName, At = Reviewed, EntityType = "Article", EntityId = "x", ArticleId = article.Id, Field = "Status" },
            new AuditEntry { UserId = "deleted-user", UserName = "old@newsroom.test", At = Reviewed, EntityType = "Claim", EntityId = "y", ArticleId = article.Id, Field = "Text" },
            new AuditEntry { UserId = "someone-else", UserName = "other@newsroom.test", At = Reviewed, EntityType = "Claim", EntityId = "z", ArticleId = other.Id, Field = "Text" });
        await db.SaveChangesAsync(ct);
        return new Seeded(article.Id, other.Id, reviewer.Id, editor.Id, [c1.Id, c2.Id, c3.Id, c4.Id, c5.Id, c6.Id]);
    });

    private static ApplicationUser User(string email, string name) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        DisplayName = name,
        SecurityStamp = Guid.NewGuid().ToString(),
    };

    private static Claim Claim(int ordinal, string text, ClaimKind kind, SourcingType sourcing, Source? source)
    {
        var start = Body.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, text);
        return new Claim
        {
            Ordinal = ordinal,
            Start = start,
            End = start + text.Length,
            Segments = [new TextRange(start, start + text.Length)],
            Text = text,
            Kind = kind,
            SourcingType = sourcing,
            Source = source,
            Origin = ClaimOrigin.EditedByPerson,
        };
    }

    private static void Review(Claim claim, ApplicationUser reviewer)
    {
        claim.ReviewedBy = reviewer;
        claim.ReviewedAt = Reviewed;
    }

    private static CorroboratingLink Link(string url, LinkStance stance) => new()
    {
        Url = url,
        Title = "Record of " + url,
        Publisher = "Records office",
        Stance = stance,
        AddedAt = Reviewed,
    };
}
