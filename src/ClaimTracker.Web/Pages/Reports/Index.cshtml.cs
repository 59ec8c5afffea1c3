using System.ComponentModel.DataAnnotations;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reports;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.Reports;

public sealed class IndexModel(
    ReportBuilder builder,
    ReportPublisher publisher,
    IAuthorizationService authorization,
    UserManager<ApplicationUser> users) : PageModel
{
    public SourcingReport Report { get; private set; } = default!;

    public SourcingChart Chart { get; private set; } = default!;

    /// <summary>The number of the published version shown, or null for the live report.</summary>
    public int? Version { get; private set; }

    public bool IsPublic => Report.View == ReportView.Public;

    public bool CanPublish { get; private set; }

    /// <summary>Every published version, also those after the one shown.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    [BindProperty]
    public PublishInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int articleId, string? view, int? version, CancellationToken cancellationToken)
    {
        var report = version is { } number
            ? await publisher.LoadAsync(articleId, number, ParseView(view), cancellationToken)
            : await builder.BuildAsync(articleId, ParseView(view), cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        await ShowAsync(report, version, cancellationToken);
        return Page();
    }

    [AuthorizeHandler(Policies.Edit)]
    public async Task<IActionResult> OnPostPublishAsync(int articleId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await publisher.PublishAsync(articleId, users.GetUserId(User), Input.CorrectionsNote, cancellationToken);
            if (outcome.Succeeded)
            {
                return RedirectToPage(new { articleId, version = outcome.Number });
            }

            ModelState.AddModelError($"{nameof(Input)}.{nameof(PublishInput.CorrectionsNote)}", outcome.Error!);
        }

        // Shown again with the error and the note as typed, so nothing is lost.
        var report = await builder.BuildAsync(articleId, ReportView.Internal, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        await ShowAsync(report, null, cancellationToken);
        return Page();
    }

    public string ViewUrl(ReportView view) =>
        Url.Page("/Reports/Index", new { articleId = Report.Article.Id, view = view == ReportView.Public ? "public" : null, version = Version })!;

    public string ExportUrl(string format) =>
        Url.Page("/Reports/Export", new { articleId = Report.Article.Id, format, view = IsPublic ? "public" : null, version = Version })!;

    private async Task ShowAsync(SourcingReport report, int? version, CancellationToken cancellationToken)
    {
        Report = report;
        Version = version;
        Versions = version is null ? report.Versions : await publisher.VersionsAsync(report.Article.Id, cancellationToken);
        Chart = SourcingChart.From(report.Summary);
        CanPublish = version is null && (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
    }

    internal static ReportView ParseView(string? view) =>
        string.Equals(view, "public", StringComparison.OrdinalIgnoreCase) ? ReportView.Public : ReportView.Internal;

    public sealed class PublishInput
    {
        [StringLength(ReportPublisher.MaxCorrectionsNoteLength)]
        [Display(Name = "Corrections note")]
        public string? CorrectionsNote { get; set; }
    }
}
