using System.Globalization;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.FactChecks;

/// <summary>The fact-check library: own and imported checks, filtered by words, checker, origin and date.</summary>
public sealed class IndexModel(ClaimTrackerDbContext db, FactCheckVectors vectors) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true)]
    public FactCheckOrigin? Origin { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Checker { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Import { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<FactCheckRow> Checks { get; private set; } = [];

    public IReadOnlyList<string> Checkers { get; private set; } = [];

    public IReadOnlyList<ImportRow> Imports { get; private set; } = [];

    public int TotalCount { get; private set; }

    /// <summary>Checks whose vectors are still being computed: listed here, not yet found by meaning.</summary>
    public int Pending { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.FactChecks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Words))
        {
            var pattern = "%" + Words.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(f => EF.Functions.Like(f.ClaimReviewed, pattern, "\\") || (f.Claimant != null && EF.Functions.Like(f.Claimant, pattern, "\\")));
        }

        if (Origin is { } origin)
        {
            query = query.Where(f => f.Origin == origin);
        }

        if (!string.IsNullOrWhiteSpace(Checker))
        {
            query = query.Where(f => f.CheckedBy == Checker);
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(f => f.CheckedOn >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(f => f.CheckedOn < end);
        }

        if (Import is { } import)
        {
            query = query.Where(f => f.ImportId == import);
        }

        TotalCount = await query.CountAsync(cancellationToken);
        Checks = await query
            .OrderByDescending(f => f.CheckedOn).ThenByDescending(f => f.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(f => new FactCheckRow(f.Id, f.ClaimReviewed, f.CheckedBy, f.Claimant, f.RatingText, f.CheckedOn, f.Url, f.Origin, f.ArticleId))
            .ToListAsync(cancellationToken);
        Checkers = await db.FactChecks.AsNoTracking().Select(f => f.CheckedBy).Distinct().OrderBy(n => n).Take(500).ToListAsync(cancellationToken);
        Imports = await db.FactCheckImports.AsNoTracking()
            .OrderByDescending(i => i.Id).Take(10)
            .Select(i => new ImportRow(i.Id, i.SourceName, i.ImportedAt, i.ImportedBy == null ? null : i.ImportedBy.DisplayName, i.Added, i.Duplicates, i.Skipped))
            .ToListAsync(cancellationToken);
        Pending = await vectors.PendingAsync(cancellationToken);
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["q"] = Words,
        ["origin"] = Origin?.ToString(),
        ["checker"] = Checker,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["import"] = Import?.ToString(CultureInfo.InvariantCulture),
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    };

    public sealed record FactCheckRow(int Id, string Claim, string CheckedBy, string? Claimant, string? Rating, DateTime? CheckedOn, string Url, FactCheckOrigin Origin, int? ArticleId);

    public sealed record ImportRow(int Id, string SourceName, DateTime ImportedAt, string? ImportedBy, int Added, int Duplicates, int Skipped);
}
