using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Importing;
using ClaimTracker.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Search;

public sealed class RepeatLinkerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> ImportAsync(TestDatabase database, string body) =>
        (await database.InScopeAsync(sp => sp.GetRequiredService<ArticleImporter>().ImportAsync(new ArticleDraft(body, body[..20]), null, Ct))).ArticleId;

    [Fact]
    public async Task Import_links_a_claim_to_the_same_claim_in_an_earlier_article_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var earlier = await ImportAsync(database, "Floods destroyed more than 300 homes and displaced 2,000 people in the valley. The river crested on Sunday.");
        var later = await ImportAsync(database, "More than 300 homes were destroyed and 2,000 people displaced by floods in the valley. Schools reopened on Monday.");

        var addedAgain = await database.InScopeAsync(sp => sp.GetRequiredService<RepeatLinker>().LinkAsync(later, Ct));

        var relation = await database.InScopeAsync(sp => sp.GetRequiredService<ClaimTrackerDbContext>().ClaimRelations
            .Where(r => r.Type == ClaimRelationType.Repeats)
            .Select(r => new { From = r.FromClaim!.ArticleId, To = r.ToClaim!.ArticleId, ToText = r.ToClaim.Text })
            .SingleAsync(Ct));
        Assert.Equal(0, addedAgain);
        Assert.Equal(later, relation.From);
        Assert.Equal(earlier, relation.To);
        Assert.StartsWith("Floods destroyed", relation.ToText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linking_again_adds_nothing_and_unrelated_claims_stay_apart()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, "The central bank kept its main interest rate unchanged at 4.5 percent on Thursday.");
        var later = await ImportAsync(database, "The central bank raised its main interest rate to 5 percent to fight inflation.");

        var first = await database.InScopeAsync(sp => sp.GetRequiredService<RepeatLinker>().LinkAsync(later, Ct));
        var second = await database.InScopeAsync(sp => sp.GetRequiredService<RepeatLinker>().LinkAsync(later, Ct));

        Assert.Equal(0, first);
        Assert.Equal(0, second);
    }
}
