using ClaimTracker.Core.Data;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Infrastructure;

public sealed class ClaimVectorBackgroundTests
{
    [Fact]
    public async Task The_running_app_computes_and_indexes_the_vectors_of_an_imported_article_in_the_background()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new ClaimTrackerWebFactory();
        factory.Settings["ClaimVectors:ComputeInBackground"] = "true";
        _ = factory.Services;

        int articleId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var draft = new ArticleDraft("The harbour master said on Friday that the cranes were safe and ships could come back.");
            articleId = (await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(draft, null, ct)).ArticleId;
        }

        // The import returned before any vector existed; the signal wakes the background embedder, which stores a
        // batch and then adds it to the index, so both are awaited.
        var index = factory.Services.GetRequiredService<IClaimVectorIndex>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int vectors;
        do
        {
            await Task.Delay(100, ct);
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            vectors = await db.ClaimVectors.CountAsync(v => db.Claims.Any(c => c.Id == v.ClaimId && c.ArticleId == articleId), ct);
        }
        while ((vectors == 0 || index.Count < vectors) && DateTime.UtcNow < deadline);

        Assert.True(vectors > 0);
        Assert.True(index.Count >= vectors);
    }
}
