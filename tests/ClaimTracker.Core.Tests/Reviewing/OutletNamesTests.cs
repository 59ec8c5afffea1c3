using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Core.Tests.Reviewing;

public sealed class OutletNamesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lists_each_outlet_once_in_order_without_empty_names()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimTrackerDbContext>();
            foreach (var (outlet, i) in new[] { "Harbour Post", "", null, "Coast Herald", "Harbour Post" }.Select((o, i) => (o, i)))
            {
                db.Articles.Add(new Article { Title = $"t{i}", Body = $"b{i}", ContentHash = new string((char)('a' + i), 64), Outlet = outlet, CreatedAt = DateTime.UtcNow });
            }

            return await db.SaveChangesAsync(Ct);
        });

        var outlets = await database.InScopeAsync(sp => sp.GetRequiredService<OutletNames>().ListAsync(Ct));

        Assert.Equal(["Coast Herald", "Harbour Post"], outlets);
    }
}
