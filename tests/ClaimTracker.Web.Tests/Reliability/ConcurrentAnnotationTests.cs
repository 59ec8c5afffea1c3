using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Web.Tests.Pages.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Reliability;

/// <summary>
/// Twenty reviewers save the same three claims a thousand times between them. Every save the server accepts
/// must be in the audit log, none may overwrite another unseen (the audit chain of each claim is unbroken),
/// every refused save must have been told so, and the database must stay intact.
/// </summary>
public sealed class ConcurrentAnnotationTests(ITestOutputHelper output)
{
    private const int Clients = 20;
    private const int EditsPerClient = 50;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parallel_edits_on_overlapping_claims_lose_nothing_and_report_every_conflict()
    {
        await using var factory = new ClaimTrackerWebFactory();
        var (articleId, claimIds) = await ReviewData.CreateArticleAsync(factory);
        var page = $"/Articles/{articleId}";
        var browsers = new List<(HttpClient Browser, string Token)>();
        for (var c = 0; c < Clients; c++)
        {
            var browser = await factory.SignedInAsync(AppRoles.Reviewer);
            browsers.Add((browser, BrowserExtensions.AntiforgeryToken(await browser.GetStringAsync(page, Ct))));
        }

        var accepted = new ConcurrentBag<(int ClaimId, string Note)>();
        var refused = new ConcurrentBag<string>();
        var unexpected = new ConcurrentBag<string>();

        await Task.WhenAll(browsers.Select((client, c) => Task.Run(async () =>
        {
            var random = new Random(c);
            for (var i = 0; i < EditsPerClient; i++)
            {
                // Read the claim as the page would show it, then post the panel with one change: a note unique to this edit.
                var claim = await ReviewData.ClaimAsync(factory, claimIds[random.Next(claimIds.Length)]);
                var note = $"client {c} edit {i}";
                var fields = ReviewData.PanelFields(claim);
                fields["Input.ReviewerNotes"] = note;
                var response = await client.Browser.PostFormAsync($"{page}?handler=Save", fields, client.Token);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    accepted.Add((claim.Id, note));
                }
                else if (response.StatusCode == HttpStatusCode.OK
                    && (await response.Content.ReadAsStringAsync(Ct)).Contains("Someone else saved this claim", StringComparison.Ordinal))
                {
                    refused.Add(note);
                }
                else
                {
                    unexpected.Add($"{note}: {(int)response.StatusCode}");
                }
            }
        }, Ct)));

        output.WriteLine($"{accepted.Count} edits accepted, {refused.Count} refused as conflicts");
        Assert.Empty(unexpected);
        Assert.Equal(Clients * EditsPerClient, accepted.Count + refused.Count);
        Assert.NotEmpty(refused);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        foreach (var claimId in claimIds)
        {
            var key = claimId.ToString(CultureInfo.InvariantCulture);
            var chain = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == AuditFields.ClaimEntity && a.EntityId == key && a.Field == nameof(Claim.ReviewerNotes))
                .OrderBy(a => a.Id)
                .Select(a => new { a.OldValue, a.NewValue })
                .ToListAsync(Ct);
            var acceptedHere = accepted.Where(a => a.ClaimId == claimId).Select(a => a.Note).ToHashSet();

            // Every accepted edit is in the log, and the log holds nothing that was refused.
            Assert.Equal(acceptedHere.OrderBy(n => n), chain.Select(e => e.NewValue!).OrderBy(n => n));

            // Each accepted edit started from the value the previous one left: nobody overwrote a change unseen.
            for (var k = 1; k < chain.Count; k++)
            {
                Assert.Equal(chain[k - 1].NewValue, chain[k].OldValue);
            }

            var final = await db.Claims.AsNoTracking().Where(c => c.Id == claimId).Select(c => c.ReviewerNotes).SingleAsync(Ct);
            Assert.Equal(chain.Count == 0 ? null : chain[^1].NewValue, final);
        }

        var integrity = await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(Ct);
        Assert.Equal("ok", Assert.Single(integrity));
    }
}
