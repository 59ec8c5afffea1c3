using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Search;

public sealed class IndexModel(ISearchIndex search, OutletNames outlets) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Rating? Rating { get; set; }

    [BindProperty(SupportsGet = true)]
    public SourcingType? Sourcing { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    public IReadOnlyList<string> Outlets { get; private set; } = [];

    /// <summary>Pages that have results: a ranked window (very common words) ends before the count does.</summary>
    public int PageCount => Math.Max(1, (Math.Min(Results.ClaimCount, Results.RankedWithin ?? int.MaxValue) + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Outlets = await outlets.ListAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        Results = await search.SearchAsync(
            new SearchQuery(
                Query,
                Status,
                Rating,
                Source,
                Sourcing,
                Outlet,
                From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                PageNumber,
                PageSize),
            cancellationToken);
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["q"] = Query,
        ["status"] = Status?.ToString(),
        ["rating"] = Rating?.ToString(),
        ["sourcing"] = Sourcing?.ToString(),
        ["source"] = Source?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["outlet"] = Outlet,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
