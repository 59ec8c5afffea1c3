using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Articles;

public sealed class IndexModel(ClaimTrackerDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        TotalCount = await db.Articles.CountAsync(cancellationToken);
        Articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedAt ?? a.CreatedAt)
            .ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Outlet, a.PublishedAt, a.CreatedAt, a.Claims.Count, a.Status))
            .ToListAsync(cancellationToken);
    }

    public sealed record ArticleRow(int Id, string Title, string? Outlet, DateTime? PublishedAt, DateTime CreatedAt, int ClaimCount, ArticleStatus Status);
}
