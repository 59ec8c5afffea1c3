using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Web.Infrastructure;
using Humanizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Sources;

/// <summary>A source's track record: every claim attributed to it, across articles, with how each held up.</summary>
public sealed class DetailsModel(
    ClaimTrackerDbContext db,
    SourceDirectory directory,
    IAuthorizationService authorization,
    UserManager<ApplicationUser> users) : PageModel
{
    public SourceView Source { get; private set; } = default!;

    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> MergeCandidates { get; private set; } = [];

    public bool CanMerge { get; private set; }

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public int Contested => Claims.Count(c => c.ContestedStatus != ContestedStatus.Uncontested);

    public int Refuted => Claims.Count(c => c.Rating is Rating.False or Rating.MostlyFalse);

    public int Corroborated => Claims.Count(c => c.SupportingLinks > 0);

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Editors fold a duplicate (another spelling of the same person) into this source.</summary>
    [AuthorizeHandler(Policies.Edit)]
    public async Task<IActionResult> OnPostMergeAsync(int id, int? duplicateId, CancellationToken cancellationToken)
    {
        if (duplicateId is null)
        {
            ModelState.AddModelError("duplicateId", "Pick the duplicate to merge into this source.");
        }
        else
        {
            var result = await directory.MergeAsync(id, duplicateId.Value, new ReviewActor(users.GetUserId(User), User.Identity?.Name), cancellationToken);
            if (result.Succeeded)
            {
                StatusMessage = "Sources merged: the duplicate's claims and names now belong here.";
                return RedirectToPage(new { id });
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return NotFound();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("duplicateId", error.Message);
            }
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new SourceView(s.Id, s.CanonicalName, s.Kind, s.Affiliation, s.Aliases, s.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return false;
        }

        Source = source;
        Claims = await db.Claims.AsNoTracking()
            .Where(c => c.SourceId == id)
            .OrderByDescending(c => c.Article!.PublishedAt ?? c.Article.CreatedAt)
            .ThenBy(c => c.ArticleId)
            .ThenBy(c => c.Ordinal)
            .Select(c => new ClaimRow(c.ArticleId, c.Article!.Title, c.Article.Outlet, c.Article.PublishedAt, c.Ordinal, c.Text,
                c.SourcingType, c.ContestedStatus, c.Rating, c.ReviewedAt != null,
                c.Links.Count(l => l.Stance == LinkStance.Supports)))
            .ToListAsync(cancellationToken);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        History = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditFields.SourceEntity && a.EntityId == key)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(100)
            .Select(a => new HistoryRow(a.UserName, a.At, a.Field, a.OldValue, a.NewValue))
            .ToListAsync(cancellationToken);
        CanMerge = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        if (CanMerge)
        {
            var rows = await db.Sources.AsNoTracking()
                .Where(s => s.Id != id)
                .OrderBy(s => s.CanonicalName)
                .Take(2000)
                .Select(s => new { s.Id, s.CanonicalName, s.Kind })
                .ToListAsync(cancellationToken);
            MergeCandidates = rows.Select(s => (s.Id, $"{s.CanonicalName} ({s.Kind.Humanize()}, #{s.Id})")).ToList();
        }

        return true;
    }

    public sealed record HistoryRow(string? UserName, DateTime At, string Field, string? OldValue, string? NewValue);

    public sealed record SourceView(int Id, string Name, SourceKind Kind, string? Affiliation, List<string> Aliases, DateTime CreatedAt);

    public sealed record ClaimRow(int ArticleId, string ArticleTitle, string? Outlet, DateTime? PublishedAt, int Ordinal, string Text,
        SourcingType SourcingType, ContestedStatus ContestedStatus, Rating Rating, bool Reviewed, int SupportingLinks);
}
