using ClaimTracker.Core.Auditing;
using ClaimTracker.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Admin.Audit;

/// <summary>The security log: sign-ins, failures, lockouts, user and role changes, newest first.</summary>
public sealed class IndexModel(ClaimTrackerDbContext db) : PageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == SecurityEvents.EntityType)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(a => new EventRow(
                a.At,
                a.Field,
                a.UserName,
                db.Users.Where(u => u.Id == a.EntityId).Select(u => u.Email).FirstOrDefault() ?? a.EntityId,
                a.NewValue))
            .ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Events = rows.Take(PageSize).ToList();
    }

    public sealed record EventRow(DateTime At, string Event, string? Actor, string Subject, string? Detail);
}
