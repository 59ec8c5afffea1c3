using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Articles;

/// <summary>Articles made for one test, so tests sharing a factory never see each other's edits.</summary>
internal static class ReviewData
{
    public const string Body = "The minister said the bridge will open in May. Critics denied it. \"It is a fantasy,\" said Ana Ruiz. Officials are confident.";

    public static async Task<(int ArticleId, int[] ClaimIds)> CreateArticleAsync(ClaimTrackerWebFactory factory, string? title = null, string? outlet = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var body = Body + " " + Guid.NewGuid().ToString("N");
        var source = new Source { CanonicalName = "Ana Ruiz " + Guid.NewGuid().ToString("N")[..6], Kind = SourceKind.Person, CreatedAt = DateTime.UtcNow };
        var article = new Article
        {
            Title = title ?? "Bridge " + Guid.NewGuid().ToString("N")[..8],
            Outlet = outlet ?? "Daily Test",
            Body = body,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            CreatedAt = DateTime.UtcNow,
            PublishedAt = DateTime.UtcNow.AddDays(-3),
        };
        article.Claims.Add(Claim(body, 1, "the bridge will open in May", ClaimKind.Indirect, null));
        article.Claims.Add(Claim(body, 2, "It is a fantasy", ClaimKind.Direct, source));
        article.Claims.Add(Claim(body, 3, "Officials are confident", ClaimKind.Unattributed, null));
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return (article.Id, article.Claims.OrderBy(c => c.Ordinal).Select(c => c.Id).ToArray());
    }

    private static Claim Claim(string body, int ordinal, string text, ClaimKind kind, Source? source)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        return new Claim
        {
            Ordinal = ordinal,
            Start = start,
            End = start + text.Length,
            Segments = [new TextRange(start, start + text.Length)],
            Text = text,
            Kind = kind,
            Source = source,
            SourcingType = kind == ClaimKind.Unattributed ? SourcingType.Unattributed : SourcingType.NamedOnRecord,
        };
    }

    public static async Task<T> QueryAsync<T>(ClaimTrackerWebFactory factory, Func<ClaimTrackerDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>());
    }

    public static Task<Claim> ClaimAsync(ClaimTrackerWebFactory factory, int claimId) =>
        QueryAsync(factory, db => db.Claims.AsNoTracking().Include(c => c.Links).SingleAsync(c => c.Id == claimId));

    /// <summary>How many times a message is shown on a page: a conflict must be reported once, not by two boxes.</summary>
    public static int Occurrences(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.Ordinal); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The claim panel's fields as the page would post them, unchanged.</summary>
    public static Dictionary<string, string> PanelFields(Claim claim) => new()
    {
        ["Input.ClaimId"] = claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Version"] = claim.Version.ToString(),
        ["Input.Kind"] = claim.Kind.ToString(),
        ["Input.Cue"] = claim.Cue ?? "",
        ["Input.SourceId"] = claim.SourceId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.SourcingType"] = claim.SourcingType.ToString(),
        ["Input.AnonymityReason"] = claim.AnonymityReason ?? "",
        ["Input.ContestedStatus"] = claim.ContestedStatus.ToString(),
        ["Input.Rating"] = claim.Rating.ToString(),
        ["Input.Hedges"] = string.Join(", ", claim.Hedges),
        ["Input.ReviewerNotes"] = claim.ReviewerNotes ?? "",
    };
}
