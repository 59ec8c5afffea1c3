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
    UserManager<ApplicationUser> users,
    PublicReportSettings publicPages) : PageModel
{
    public SourcingReport Report { get; private set; } = default!;

    public SourcingChart Chart { get; private set; } = default!;

    /// <summary>The number of the published version shown, or null for the live report.</summary>
    public int? Version { get; private set; }

    public bool IsPublic => Report.View == ReportView.Public;

    public bool CanPublish { get; private set; }

    /// <summary>Every published version, also those after the one shown.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    /// <summary>What readers see of this report: the public version, or that it was withdrawn, or nothing yet.</summary>
    public PublicationState Publication { get; private set; } = new(null, null, null, null, null);

    /// <summary>The public page's address while a version is public.</summary>
    public string? PublicUrl { get; private set; }

    public bool CanWithdraw { get; private set; }

    [BindProperty]
    public PublishInput Input { get; set; } = new();

    [BindProperty]
    public WithdrawInput Withdrawal { get; set; } = new();

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

    [AuthorizeHandler(Policies.Edit)]
    public async Task<IActionResult> OnPostWithdrawAsync(int articleId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await publisher.WithdrawAsync(articleId, users.GetUserId(User), Withdrawal.Notice, cancellationToken);
            if (outcome.Succeeded)
            {
                return RedirectToPage(new { articleId });
            }

            ModelState.AddModelError($"{nameof(Withdrawal)}.{nameof(WithdrawInput.Notice)}", outcome.Error!);
        }

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
        var canEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        CanPublish = version is null && canEdit;
        Publication = await publisher.StateAsync(report.Article.Id, cancellationToken);
        PublicUrl = Publication.IsPublic ? publicPages.Links(Request).Public(report.Article.Id, Publication.Slug) : null;
        CanWithdraw = canEdit && Publication.IsPublic;
    }

    internal static ReportView ParseView(string? view) =>
        string.Equals(view, "public", StringComparison.OrdinalIgnoreCase) ? ReportView.Public : ReportView.Internal;

    public sealed class WithdrawInput
    {
        [StringLength(ReportPublisher.MaxWithdrawalNoteLength)]
        [Display(Name = "Notice for readers")]
        public string? Notice { get; set; }
    }

    public sealed class PublishInput
    {
        [StringLength(ReportPublisher.MaxCorrectionsNoteLength)]
        [Display(Name = "Corrections note")]
        public string? CorrectionsNote { get; set; }
    }
}
