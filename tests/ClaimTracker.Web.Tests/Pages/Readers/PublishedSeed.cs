using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using ClaimTracker.Web.Tests.Pages.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Readers;

/// <summary>
/// The report seed published by an Editor: claim 1 rated and quoting a closing script tag, claim 2 reviewed but
/// unrated, claim 3 unreviewed; its reviewer has no display name, so the internal report names them by e-mail.
/// </summary>
internal static class PublishedSeed
{
    public const string Newsroom = "Harbour Fact Check";
    public const string LogoUrl = "https://cdn.harbour.example/logo.png";
    public const string EmbedOrigin = "https://partner.example";
    public const string HostileText = "the ferry fares will rise</script><script>alert(1)</script>";

    public sealed record Published(int ArticleId, string Title, string Slug, string ReviewerEmail, string EditorEmail);

    public static void Configure(ClaimTrackerWebFactory factory)
    {
        factory.Settings["Reports:Organization:Name"] = Newsroom;
        factory.Settings["Reports:Organization:LogoUrl"] = LogoUrl;
        factory.Settings["Reports:EmbedOrigins:0"] = EmbedOrigin;
    }

    public static async Task<Published> CreateAsync(ClaimTrackerWebFactory factory, bool publish = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var seeded = await ReportSeed.CreateAsync(factory);
        var reviewerEmail = $"reviewer-{Guid.NewGuid():N}@newsroom.test";
        var editorEmail = $"editor-{Guid.NewGuid():N}@newsroom.test";
        var reviewerId = await factory.CreateUserAsync(reviewerEmail, AppRoles.Reviewer);
        var editorId = await factory.CreateUserAsync(editorEmail, AppRoles.Editor);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var first = await db.Claims.SingleAsync(c => c.Id == seeded.FirstClaimId, ct);
        first.Text = HostileText;
        first.ReviewedById = reviewerId;
        await db.SaveChangesAsync(ct);
        var title = await db.Articles.Where(a => a.Id == seeded.ArticleId).Select(a => a.Title).SingleAsync(ct);
        if (publish)
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<ReportPublisher>().PublishAsync(seeded.ArticleId, editorId, null, ct);
            Assert.True(outcome.Succeeded, outcome.Error);
        }

        return new Published(seeded.ArticleId, title, ReportSlug.From(title)!, reviewerEmail, editorEmail);
    }

    public static async Task PublishAgainAsync(ClaimTrackerWebFactory factory, int articleId, string note)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ReportPublisher>().PublishAsync(articleId, null, note, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Error);
    }
}
