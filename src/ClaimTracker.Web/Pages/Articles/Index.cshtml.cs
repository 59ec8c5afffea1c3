using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>The article list: filters, search, sorting and paging in one projected query per page.</summary>
public sealed class IndexModel(ClaimTrackerDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, OutletNames outlets) : PageModel
{
    public const int PageSize = 25;

    public static readonly string[] Sorts = ["published", "title", "claims", "progress"];

    // From the query only: the route value "page" is the Razor page path.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Contested { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Asc { get; set; }

    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public IReadOnlyList<string> Outlets { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Sort = Sorts.Contains(Sort) ? Sort : "published";
        var query = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = "%" + Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.Like(a.Title, pattern, "\\"));
        }

        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Outlet))
        {
            query = query.Where(a => a.Outlet == Outlet);
        }

        if (Mine)
        {
            var me = users.GetUserId(User);
            query = query.Where(a => a.AssignedReviewerId == me);
        }

        if (Contested)
        {
            query = query.Where(a => a.Claims.Any(c => c.ContestedStatus != ContestedStatus.Uncontested));
        }

        TotalCount = await query.CountAsync(cancellationToken);
        query = (Sort, Asc) switch
        {
            ("title", false) => query.OrderByDescending(a => a.Title),
            ("title", true) => query.OrderBy(a => a.Title),
            ("claims", false) => query.OrderByDescending(a => a.Claims.Count),
            ("claims", true) => query.OrderBy(a => a.Claims.Count),
            ("progress", false) => query.OrderByDescending(a => a.Claims.Count == 0 ? 0.0 : (double)a.Claims.Count(c => c.ReviewedAt != null) / a.Claims.Count),
            ("progress", true) => query.OrderBy(a => a.Claims.Count == 0 ? 0.0 : (double)a.Claims.Count(c => c.ReviewedAt != null) / a.Claims.Count),
            (_, true) => query.OrderBy(a => a.PublishedAt ?? a.CreatedAt),
            _ => query.OrderByDescending(a => a.PublishedAt ?? a.CreatedAt),
        };
        Articles = await ((IOrderedQueryable<Article>)query).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new ArticleRow(
                a.Id, a.Title, a.Outlet, a.PublishedAt, a.CreatedAt, a.Status,
                a.AssignedReviewer == null ? null : (a.AssignedReviewer.DisplayName == "" ? a.AssignedReviewer.Email : a.AssignedReviewer.DisplayName),
                a.Claims.Count,
                a.Claims.Count(c => c.ReviewedAt != null),
                a.Claims.Count(c => c.ContestedStatus == ContestedStatus.Contested),
                a.Claims.Count(c => c.ContestedStatus == ContestedStatus.Denied)))
            .ToListAsync(cancellationToken);
        Outlets = await outlets.ListAsync(cancellationToken);
    }

    /// <summary>Route values of the current filters, with some replaced (for sort headers and paging).</summary>
    public Dictionary<string, string> Route(string? sort = null, bool? asc = null, int? page = null)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        Add("q", Search);
        Add("status", Status?.ToString());
        Add("outlet", Outlet);
        Add("mine", Mine ? "true" : null);
        Add("contested", Contested ? "true" : null);
        Add("sort", sort ?? Sort);
        Add("asc", (asc ?? Asc) ? "true" : null);
        Add("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return values;
    }

    public sealed record ArticleRow(int Id, string Title, string? Outlet, DateTime? PublishedAt, DateTime CreatedAt, ArticleStatus Status,
        string? AssignedTo, int ClaimCount, int ReviewedCount, int ContestedCount, int DeniedCount);
}
