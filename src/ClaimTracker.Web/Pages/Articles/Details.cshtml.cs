using System.Globalization;
using System.Text.Encodings.Web;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Matching;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Core.Repeats;
using ClaimTracker.Core.Search;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// The review workspace: the article with its claims highlighted, and the panel for the selected claim
/// (<c>?claim=N#claim-N</c>). Every form posts back here; errors re-render the page with what was typed.
/// </summary>
/// <remarks>
/// The page model shows the page; each form's work lives in a handler class beside it, grouped by what the
/// reviewer does: <see cref="AnnotateHandlers"/>, <see cref="LinkHandlers"/>, <see cref="SpanHandlers"/>,
/// <see cref="RepeatHandlers"/> and <see cref="WorkflowHandlers"/>. They arrive as handler parameters, so showing the page never builds them.
/// </remarks>
public sealed partial class DetailsModel(
    ClaimTrackerDbContext db,
    ClaimReview review,
    ArticleWorkflow workflow,
    IAuthorizationService authorization,
    UserManager<ApplicationUser> users,
    IMemoryCache cache,
    ReviewSnapshots snapshots,
    HtmlEncoder encoder,
    ITextEmbedder embedder) : PageModel
{
    /// <summary>The shared ranking of the most cited sources for the pickers.</summary>
    public const string MostCitedCacheKey = "review:most-cited-sources";

    /// <summary>The assignable reviewers, shared between requests; user administration here evicts it at once, other processes within the lifetime.</summary>
    public const string ReviewersCacheKey = "review:reviewers";

    private static readonly TimeSpan ReviewersLifetime = TimeSpan.FromSeconds(30);

    [BindProperty(SupportsGet = true, Name = "claim")]
    public int? SelectedOrdinal { get; set; }

    public ClaimInput Input { get; internal set; } = new();

    public LinkInput NewLink { get; internal set; } = new();

    /// <summary>The link whose edit form failed validation, to re-show with what was typed.</summary>
    public LinkInput? EditedLink { get; internal set; }

    public SpanInput Span { get; internal set; } = new();

    public SpanInput NewClaim { get; internal set; } = new();

    public ArticleView Article { get; private set; } = default!;

    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public SelectedClaim? Selected { get; private set; }

    /// <summary>Repeats the panel lists before folding the rest away.</summary>
    public const int RepeatsShown = 5;

    /// <summary>The selected claim's appearances in other articles, closest first.</summary>
    public IReadOnlyList<RepeatRow> Repeats { get; private set; } = [];

    private SourceChoices _articleSources = SourceChoices.None;

    private SourceChoices _mostCited = SourceChoices.None;

    /// <summary>The sources the pickers offer: the article's own, then the most cited others.</summary>
    public IEnumerable<SourceOption> Sources => _articleSources.Sources.Concat(_mostCited.Sources);

    /// <summary>The article's claims, for the denied-by picker (which leaves out the selected one).</summary>
    public OptionList DeniedByChoices { get; private set; } = OptionList.Empty;

    public IReadOnlyList<(string Id, string Name)> Reviewers { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public int UnreviewedCount { get; private set; }

    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    /// <summary>The claim list as rendered with the article's claims; <see cref="SelectableHtml.Before"/> and after the selected one's panel.</summary>
    public SelectableHtml ClaimList { get; private set; } = SelectableHtml.Empty;

    /// <summary>Set when a save collided with someone else's: their values, shown beside the form that holds yours.</summary>
    public ClaimFields? Theirs { get; internal set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, null, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(int id, [Bind(Prefix = "Input")] ClaimInput input, [FromServices] AnnotateHandlers annotate, CancellationToken cancellationToken) =>
        annotate.SaveAsync(this, id, input, cancellationToken);

    public Task<IActionResult> OnPostCopyReviewAsync(int id, int claimId, int fromClaimId, Guid version, [FromServices] AnnotateHandlers annotate, CancellationToken cancellationToken) =>
        annotate.CopyReviewAsync(this, id, claimId, fromClaimId, version, cancellationToken);

    public Task<IActionResult> OnPostAddLinkAsync(int id, [Bind(Prefix = "NewLink")] LinkInput newLink, [FromServices] LinkHandlers links, CancellationToken cancellationToken) =>
        links.AddAsync(this, id, newLink, cancellationToken);

    public Task<IActionResult> OnPostEditLinkAsync(int id, [Bind(Prefix = "Link")] LinkInput link, [FromServices] LinkHandlers links, CancellationToken cancellationToken) =>
        links.EditAsync(this, id, link, cancellationToken);

    public Task<IActionResult> OnPostRemoveLinkAsync(int id, int linkId, int claimId, Guid? claimVersion, [FromServices] LinkHandlers links, CancellationToken cancellationToken) =>
        links.RemoveAsync(this, id, linkId, claimId, claimVersion, cancellationToken);

    public Task<IActionResult> OnPostEditSpanAsync(int id, [Bind(Prefix = "Span")] SpanInput span, [FromServices] SpanHandlers spans, CancellationToken cancellationToken) =>
        spans.EditSpanAsync(this, id, span, cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(int id, [Bind(Prefix = "Span")] SpanInput span, [FromServices] SpanHandlers spans, CancellationToken cancellationToken) =>
        spans.SplitAsync(this, id, span, cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(int id, [Bind(Prefix = "Span")] SpanInput span, [FromServices] SpanHandlers spans, CancellationToken cancellationToken) =>
        spans.MergeAsync(this, id, span, cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(int id, [Bind(Prefix = "Span")] SpanInput span, [FromServices] SpanHandlers spans, CancellationToken cancellationToken) =>
        spans.DeleteAsync(this, id, span, cancellationToken);

    public Task<IActionResult> OnPostAddClaimAsync(int id, [Bind(Prefix = "NewClaim")] SpanInput newClaim, [FromServices] SpanHandlers spans, CancellationToken cancellationToken) =>
        spans.AddClaimAsync(this, id, newClaim, cancellationToken);

    public Task<IActionResult> OnPostFindRepeatsAsync(int id, int? claimId, [FromServices] RepeatHandlers repeats, CancellationToken cancellationToken) =>
        repeats.FindAsync(this, id, claimId, cancellationToken);

    [AuthorizeHandler(Policies.Edit)]
    public Task<IActionResult> OnPostAssignAsync(int id, string? reviewerId, [FromServices] WorkflowHandlers workflows, CancellationToken cancellationToken) =>
        workflows.AssignAsync(this, id, reviewerId, cancellationToken);

    [AuthorizeHandler(Policies.Edit)]
    public Task<IActionResult> OnPostSignOffAsync(int id, [FromServices] WorkflowHandlers workflows, CancellationToken cancellationToken) =>
        workflows.SignOffAsync(this, id, cancellationToken);

    /// <summary>Options for the source and contested-by pickers, <paramref name="selected"/> selected.</summary>
    public IHtmlContent SourcePicker(int? selected)
    {
        var value = selected?.ToString(CultureInfo.InvariantCulture);
        return new HtmlContentBuilder(2)
            .AppendHtml(_articleSources.Options.Selecting(value))
            .AppendHtml(_mostCited.Options.Selecting(value, except: _articleSources.Values));
    }

    /// <summary>Who is acting, as the audit trail records them.</summary>
    internal ReviewActor Actor => new(users.GetUserId(User), User.Identity?.Name);

    // Forms post ids; a claim or link of another article is treated as missing rather than edited from here.
    internal Task<bool> ClaimInArticleAsync(int articleId, int claimId, CancellationToken cancellationToken) =>
        db.Claims.AnyAsync(c => c.Id == claimId && c.ArticleId == articleId, cancellationToken);

    internal Task<bool> LinkInArticleAsync(int articleId, int linkId, CancellationToken cancellationToken) =>
        db.CorroboratingLinks.AnyAsync(l => l.Id == linkId && l.Claim!.ArticleId == articleId, cancellationToken);

    /// <summary>A result's errors on the form they belong to; <paramref name="prefix"/> empty puts them in the page summary.</summary>
    internal void AddErrors(ReviewResult result, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) || string.IsNullOrEmpty(prefix) ? string.Empty : $"{prefix}.{error.Field}";
            ModelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>After a change: back to the page with the claim selected (post, redirect, get).</summary>
    internal async Task<IActionResult> BackToClaimAsync(int id, int? claimId, CancellationToken cancellationToken)
    {
        var ordinal = claimId is null ? null : await db.Claims.Where(c => c.Id == claimId && c.ArticleId == id)
            .Select(c => (int?)c.Ordinal).FirstOrDefaultAsync(cancellationToken);
        return ordinal is null
            ? RedirectToPage(new { id })
            : RedirectToPage(null, null, new { id, claim = ordinal }, $"claim-{ordinal}");
    }

    /// <summary>After a refused change: the page again, with what was typed kept in its form.</summary>
    internal async Task<IActionResult> RedisplayAsync(int id, int? claimId, CancellationToken cancellationToken) =>
        await LoadAsync(id, claimId, cancellationToken, keepInput: true) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id, int? claimId, CancellationToken cancellationToken, bool keepInput = false)
    {
        var article = await ReviewReads.ArticleQuery(db, id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        Article = article;
        var snapshot = snapshots.Find(id, article.ClaimsVersion)
            ?? await ReviewReads.SnapshotAsync(db, snapshots, encoder, id, article.ClaimsVersion, cancellationToken);
        Claims = snapshot.Claims;

        if (claimId is not null)
        {
            SelectedOrdinal = Claims.FirstOrDefault(c => c.Id == claimId)?.Ordinal ?? SelectedOrdinal;
        }

        var selected = Claims.FirstOrDefault(c => c.Ordinal == SelectedOrdinal) ?? (Claims.Count > 0 ? Claims[0] : null);
        SelectedOrdinal = selected?.Ordinal;
        Body = snapshot.Text.Selecting(SelectedOrdinal);
        ClaimList = snapshot.List;

        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        UnreviewedCount = Claims.Count(c => !c.Reviewed);
        if (CanEdit)
        {
            Reviewers = await cache.GetOrCreateAsync(ReviewersCacheKey, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = ReviewersLifetime;
                return workflow.ReviewersAsync(cancellationToken);
            }) ?? [];
        }

        if (selected is not null)
        {
            Selected = await ReviewReads.SelectedAsync(db, review, selected.Id, cancellationToken);
            if (Selected is not null && !(keepInput && Input.ClaimId == selected.Id))
            {
                Input = ClaimInput.From(selected.Id, Selected.Version, Selected.Fields);
            }

            if (Selected is not null && Span.ClaimId != selected.Id)
            {
                Span = new SpanInput { ClaimId = selected.Id, Version = Selected.Version, Start = Selected.Start, End = Selected.End, At = (Selected.Start + Selected.End) / 2 };
            }

            // The picker: the sources this article uses, then the most cited others. Bounded so a large newsroom's
            // directory does not bloat every page; the rest are reachable by name in the lookup box.
            (_articleSources, _mostCited) = (snapshot.Sources, (await ReviewReads.MostCitedAsync(db, cache, encoder, cancellationToken)).Choices);
            DeniedByChoices = snapshot.DeniedBy;
            Repeats = await ClaimRepeats.OfAsync(db, selected.Id, embedder.ModelId, cancellationToken);
        }

        return true;
    }
}
