using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Reports;

/// <summary>A fresh article per test: two reviewed claims carrying notes and an anonymity reason, one unreviewed.</summary>
internal static class ReportSeed
{
    public const string Note = "NOTE-only-for-the-desk";
    public const string AnonymityReason = "REASON-would-lose-their-job";
    public const string LinkNote = "LINKNOTE-paywalled";
    public const string UnreviewedText = "the harbour will close next year";

    public sealed record Seeded(int ArticleId, int FirstClaimId);

    public static async Task<Seeded> CreateAsync(ClaimTrackerWebFactory factory, string? url = "https://news.example/harbour")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var marker = Guid.NewGuid().ToString("N");
        var body = $"The mayor said the ferry fares will rise. An official, who asked not to be named, said the budget is short. " +
            $"Residents said {UnreviewedText}. ({marker})";
        var source = new Source { CanonicalName = "Mayor Ann Lee " + marker[..6], Kind = SourceKind.Person };
        var article = new Article
        {
            Title = "Harbour fares " + marker[..6],
            Outlet = "Coast Post",
            OriginalUrl = url,
            PublishedAt = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            Body = body,
            ContentHash = marker,
            Status = ArticleStatus.InReview,
        };
        var reviewed = new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);
        var first = Claim(body, 1, "the ferry fares will rise", SourcingType.NamedOnRecord);
        first.Source = source;
        first.SpeakerRole = "mayor";
        first.Rating = Rating.MostlyTrue;
        first.ReviewerNotes = Note;
        first.ReviewedAt = reviewed;
        first.Links.Add(new CorroboratingLink { Url = "https://council.example/fares", Title = "Council minutes", Stance = LinkStance.Supports, Note = LinkNote, AddedAt = reviewed });
        var second = Claim(body, 2, "the budget is short", SourcingType.Anonymous);
        second.SourceMention = "An official";
        second.AnonymityReason = AnonymityReason;
        second.ReviewedAt = reviewed;
        var third = Claim(body, 3, UnreviewedText, SourcingType.NamedOnRecord);
        third.SourceMention = "Residents";
        article.Claims.AddRange([first, second, third]);
        db.Articles.Add(article);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Seeded(article.Id, first.Id);
    }

    private static Claim Claim(string body, int ordinal, string text, SourcingType sourcing)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        return new Claim
        {
            Ordinal = ordinal,
            Start = start,
            End = start + text.Length,
            Segments = [new TextRange(start, start + text.Length)],
            Text = text,
            Kind = ClaimKind.Indirect,
            Cue = "said",
            SourcingType = sourcing,
        };
    }
}
