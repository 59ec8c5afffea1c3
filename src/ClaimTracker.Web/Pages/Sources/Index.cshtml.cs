using System.ComponentModel.DataAnnotations;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Pages.Sources;

/// <summary>Everyone claims are attributed to, with how much they said and how it held up.</summary>
public sealed class IndexModel(ClaimTrackerDbContext db, SourceDirectory directory, UserManager<ApplicationUser> users) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    // From the query only: the route value "page" is the Razor page path.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public CreateInput Input { get; private set; } = new();

    public IReadOnlyList<SourceRow> Sources { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync([Bind(Prefix = "Input")] CreateInput input, CancellationToken cancellationToken)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            var result = await directory.CreateAsync(new NewSource(input.Name!, input.Kind, input.Affiliation),
                new ReviewActor(users.GetUserId(User), User.Identity?.Name), cancellationToken);
            if (result.Succeeded)
            {
                return RedirectToPage("/Sources/Details", new { id = result.Id });
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"Input.{error.Field}", error.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Sources.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = "%" + Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(s => EF.Functions.Like(s.CanonicalName, pattern, "\\")
                || s.Aliases.Any(a => EF.Functions.Like(a, pattern, "\\")));
        }

        TotalCount = await query.CountAsync(cancellationToken);
        Sources = await query
            .OrderByDescending(s => s.Claims.Count)
            .ThenBy(s => s.CanonicalName)
            .ThenBy(s => s.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new SourceRow(
                s.Id, s.CanonicalName, s.Kind, s.Affiliation, s.Aliases,
                s.Claims.Count,
                s.Claims.Select(c => c.ArticleId).Distinct().Count(),
                s.Claims.Count(c => c.ContestedStatus != ContestedStatus.Uncontested),
                s.Claims.Count(c => c.Rating == Rating.False || c.Rating == Rating.MostlyFalse),
                s.Claims.Count(c => c.Links.Any(l => l.Stance == LinkStance.Supports))))
            .ToListAsync(cancellationToken);
    }

    public sealed class CreateInput
    {
        [Required(ErrorMessage = "Give the source's name.")]
        [StringLength(300)]
        public string? Name { get; set; }

        public SourceKind Kind { get; set; }

        [StringLength(300)]
        public string? Affiliation { get; set; }
    }

    public sealed record SourceRow(int Id, string Name, SourceKind Kind, string? Affiliation, List<string> Aliases,
        int ClaimCount, int ArticleCount, int Contested, int Refuted, int Corroborated);
}
