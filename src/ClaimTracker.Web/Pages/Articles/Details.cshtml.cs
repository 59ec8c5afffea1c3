using System.Globalization;
using System.Text.Encodings.Web;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Core.Search;
using ClaimTracker.Web.Infrastructure;
using Humanizer;
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
public sealed class DetailsModel(
    ClaimTrackerDbContext db,
    ClaimReview review,
    ClaimSpans spans,
    ArticleWorkflow workflow,
    SourceDirectory directory,
    IAuthorizationService authorization,
    UserManager<ApplicationUser> users,
    IMemoryCache cache,
    ReviewSnapshots snapshots,
    HtmlEncoder encoder) : PageModel
{
    private const int SourcePickerSize = 200;

    // Ranking every source by its claims scans all claims; the ranking barely moves, so it is shared for a minute.
    private static readonly TimeSpan MostCitedLifetime = TimeSpan.FromMinutes(1);

    private static readonly SemaphoreSlim MostCitedRefresh = new(1, 1);

    /// <summary>The shared ranking of the most cited sources for the pickers.</summary>
    public const string MostCitedCacheKey = "review:most-cited-sources";

    /// <summary>The assignable reviewers, shared between requests; user administration here evicts it at once, other processes within the lifetime.</summary>
    public const string ReviewersCacheKey = "review:reviewers";

    private static readonly TimeSpan ReviewersLifetime = TimeSpan.FromSeconds(30);

    // The audited claim properties whose values are ids; links record who added them only in their description.
    private static readonly HashSet<string> UserIdFields = [nameof(Claim.ReviewedById)];

    private static readonly HashSet<string> SourceIdFields = [nameof(Claim.SourceId), nameof(Claim.ContestedBySourceId)];

    // The reads every showing of the page makes, compiled once: EF then skips building, parameterising and hashing
    // each expression per call, which was about a tenth of the page's CPU under load.
    private static readonly Func<ClaimTrackerDbContext, int, CancellationToken, Task<ArticleView?>> ArticleQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int id, CancellationToken _) => db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Title, a.Outlet, a.Byline, a.OriginalUrl, a.PublishedAt, a.Status, a.ClaimsVersion,
                a.AssignedReviewerId, a.AssignedReviewer == null ? null : (a.AssignedReviewer.DisplayName == "" ? a.AssignedReviewer.Email : a.AssignedReviewer.DisplayName),
                a.SignedOffBy == null ? null : a.SignedOffBy.Email, a.SignedOffAt))
            .FirstOrDefault());

    private static readonly Func<ClaimTrackerDbContext, int, CancellationToken, Task<Claim?>> ClaimQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId, CancellationToken _) => db.Claims.AsNoTracking().FirstOrDefault(c => c.Id == claimId));

    private static readonly Func<ClaimTrackerDbContext, int, IAsyncEnumerable<LinkRow>> LinksQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, int claimId) => db.CorroboratingLinks.AsNoTracking()
            .Where(l => l.ClaimId == claimId)
            .OrderBy(l => l.Id)
            .Select(l => new LinkRow(l.Id, l.Url, l.Title, l.Publisher, l.Stance, l.AccessedAt, l.Note)));

    private static readonly Func<ClaimTrackerDbContext, string, IAsyncEnumerable<HistoryRow>> HistoryQuery = EF.CompileAsyncQuery(
        (ClaimTrackerDbContext db, string claimKey) => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditFields.ClaimEntity && a.EntityId == claimKey)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(200)
            .Select(a => new HistoryRow(a.UserName, a.At, a.Field, a.OldValue, a.NewValue)));

    [BindProperty(SupportsGet = true, Name = "claim")]
    public int? SelectedOrdinal { get; set; }

    public ClaimInput Input { get; private set; } = new();

    public LinkInput NewLink { get; private set; } = new();

    /// <summary>The link whose edit form failed validation, to re-show with what was typed.</summary>
    public LinkInput? EditedLink { get; private set; }

    public SpanInput Span { get; private set; } = new();

    public SpanInput NewClaim { get; private set; } = new();

    public ArticleView Article { get; private set; } = default!;

    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public SelectedClaim? Selected { get; private set; }

    /// <summary>The selected claim's appearances in other articles.</summary>
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
    public ClaimFields? Theirs { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, null, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(int id, [Bind(Prefix = "Input")] ClaimInput input, CancellationToken cancellationToken)
    {
        Input = input;
        if (!await ClaimInArticleAsync(id, input.ClaimId, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(input.SourceLookup))
        {
            // A source outside the picker's short list, typed by name: resolve it to the one it names.
            if (await directory.FindAsync(input.SourceLookup, cancellationToken) is { } found)
            {
                input.SourceId = found;
            }
            else
            {
                ModelState.AddModelError("Input.SourceLookup", $"No single source is called “{input.SourceLookup.Trim()}”: check the Sources list, use #id, or create it.");
            }
        }

        if (ModelState.IsValid)
        {
            var result = await review.UpdateAsync(input.ClaimId, input.Version, input.ToFields(), input.ToNewSource(), Actor, cancellationToken);
            if (result.Succeeded)
            {
                StatusMessage = "Claim saved.";
                return await BackToClaimAsync(id, input.ClaimId, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return NotFound();
            }

            if (result.Status == ReviewStatus.Conflict && result.Theirs is not null)
            {
                // Keep what they typed; the form now carries the current version so "Keep mine" overwrites deliberately.
                Theirs = result.Theirs;
                input.Version = result.CurrentVersion ?? input.Version;
                ModelState.Remove("Input.Version");

                // The panel's conflict box says so beside both sets of values; the page summary would only repeat it.
                return await RedisplayAsync(id, input.ClaimId, cancellationToken);
            }

            AddErrors(result, "Input");
        }

        return await RedisplayAsync(id, input.ClaimId, cancellationToken);
    }

    public async Task<IActionResult> OnPostCopyReviewAsync(int id, int claimId, int fromClaimId, Guid version, CancellationToken cancellationToken)
    {
        if (!await ClaimInArticleAsync(id, claimId, cancellationToken))
        {
            return NotFound();
        }

        var result = await review.CopyReviewAsync(claimId, version, fromClaimId, Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            StatusMessage = "Copied the earlier review. Check it, then mark the claim reviewed.";
            return await BackToClaimAsync(id, claimId, cancellationToken);
        }

        AddErrors(result, string.Empty);
        if (result.Status == ReviewStatus.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Nothing was copied: the claim changed meanwhile. Its current state is shown.");
        }

        return await RedisplayAsync(id, claimId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAddLinkAsync(int id, [Bind(Prefix = "NewLink")] LinkInput newLink, CancellationToken cancellationToken)
    {
        NewLink = newLink;
        if (!await ClaimInArticleAsync(id, newLink.ClaimId, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await review.AddLinkAsync(newLink.ClaimId, newLink.ToFields(), Actor, cancellationToken);
            if (result.Succeeded)
            {
                StatusMessage = "Link added.";
                return await BackToClaimAsync(id, newLink.ClaimId, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return NotFound();
            }

            AddErrors(result, "NewLink");
        }

        return await RedisplayAsync(id, newLink.ClaimId, cancellationToken);
    }

    public async Task<IActionResult> OnPostEditLinkAsync(int id, [Bind(Prefix = "Link")] LinkInput link, CancellationToken cancellationToken)
    {
        if (!await LinkInArticleAsync(id, link.LinkId, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await review.UpdateLinkAsync(link.LinkId, link.ClaimVersion, link.ToFields(), Actor, cancellationToken);
            if (result.Succeeded)
            {
                StatusMessage = "Link saved.";
                return await BackToClaimAsync(id, link.ClaimId, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return NotFound();
            }

            AddErrors(result, result.Status == ReviewStatus.Conflict ? string.Empty : "Link");
            if (result.Status == ReviewStatus.Conflict)
            {
                ModelState.AddModelError(string.Empty, "The claim's links as saved now are shown below; your edit is kept in the form. Save it again to apply it.");
            }
        }

        EditedLink = link;
        return await RedisplayAsync(id, link.ClaimId, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveLinkAsync(int id, int linkId, int claimId, Guid? claimVersion, CancellationToken cancellationToken)
    {
        if (!await LinkInArticleAsync(id, linkId, cancellationToken))
        {
            return NotFound();
        }

        var result = await review.RemoveLinkAsync(linkId, claimVersion, Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Status == ReviewStatus.Conflict)
        {
            AddErrors(result, string.Empty);
            ModelState.AddModelError(string.Empty, "Nothing was removed: check the links as saved now and remove it again if it should go.");
            return await RedisplayAsync(id, claimId, cancellationToken);
        }

        StatusMessage = "Link removed.";
        return await BackToClaimAsync(id, claimId, cancellationToken);
    }

    public async Task<IActionResult> OnPostEditSpanAsync(int id, [Bind(Prefix = "Span")] SpanInput span, CancellationToken cancellationToken) =>
        await SpanCommandAsync(id, span, "Span", () => spans.EditSpanAsync(span.ClaimId, span.Version, span.Start, span.End, Actor, cancellationToken),
            "Span corrected.", cancellationToken);

    public async Task<IActionResult> OnPostSplitAsync(int id, [Bind(Prefix = "Span")] SpanInput span, CancellationToken cancellationToken) =>
        await SpanCommandAsync(id, span, "Span", () => spans.SplitAsync(span.ClaimId, span.Version, span.At, Actor, cancellationToken),
            "Claim split in two.", cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(int id, [Bind(Prefix = "Span")] SpanInput span, CancellationToken cancellationToken) =>
        await SpanCommandAsync(id, span, "Span", () => spans.MergeWithNextAsync(span.ClaimId, span.Version, Actor, cancellationToken),
            "Claim merged with the next one.", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, [Bind(Prefix = "Span")] SpanInput span, CancellationToken cancellationToken) =>
        await SpanCommandAsync(id, span, "Span", () => spans.DeleteAsync(span.ClaimId, span.Version, Actor, cancellationToken),
            "Claim deleted.", cancellationToken);

    public async Task<IActionResult> OnPostAddClaimAsync(int id, [Bind(Prefix = "NewClaim")] SpanInput newClaim, CancellationToken cancellationToken)
    {
        NewClaim = newClaim;
        if (ModelState.IsValid)
        {
            var result = await spans.AddAsync(id, newClaim.Start, newClaim.End, Actor, cancellationToken);
            if (result.Succeeded)
            {
                StatusMessage = "Claim added: attribute it in the panel.";
                return await BackToClaimAsync(id, result.Id, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return NotFound();
            }

            AddErrors(result, "NewClaim");
        }

        return await RedisplayAsync(id, null, cancellationToken);
    }

    [AuthorizeHandler(Policies.Edit)]
    public async Task<IActionResult> OnPostAssignAsync(int id, string? reviewerId, CancellationToken cancellationToken)
    {
        var result = await workflow.AssignAsync(id, reviewerId, Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            AddErrors(result, string.Empty);
            return await RedisplayAsync(id, null, cancellationToken);
        }

        StatusMessage = reviewerId is null ? "Article unassigned." : "Article assigned.";
        return RedirectToPage(new { id });
    }

    [AuthorizeHandler(Policies.Edit)]
    public async Task<IActionResult> OnPostSignOffAsync(int id, CancellationToken cancellationToken)
    {
        var result = await workflow.SignOffAsync(id, Actor, cancellationToken);
        if (result.Status == ReviewStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            AddErrors(result, string.Empty);
            return await RedisplayAsync(id, null, cancellationToken);
        }

        StatusMessage = "Article signed off as reviewed.";
        return RedirectToPage(new { id });
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private ReviewActor Actor => new(users.GetUserId(User), User.Identity?.Name);

    private async Task<bool> IsEditorAsync() => (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;

    private async Task<IActionResult> SpanCommandAsync(int id, SpanInput span, string prefix, Func<Task<ReviewResult>> command, string done, CancellationToken cancellationToken)
    {
        Span = span;
        if (!await ClaimInArticleAsync(id, span.ClaimId, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await command();
            if (result.Succeeded)
            {
                StatusMessage = done;
                return await BackToClaimAsync(id, result.Id, cancellationToken);
            }

            if (result.Status == ReviewStatus.NotFound)
            {
                return NotFound();
            }

            if (result.Status == ReviewStatus.Conflict)
            {
                // Their version is the one to act on now: show it fresh, with the reason.
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, "Someone else changed this claim meanwhile; its current state is shown below. Try again.");
                Span = new SpanInput();
                return await RedisplayAsync(id, span.ClaimId, cancellationToken);
            }

            AddErrors(result, prefix);
        }

        return await RedisplayAsync(id, span.ClaimId, cancellationToken);
    }

    // Forms post ids; a claim or link of another article is treated as missing rather than edited from here.
    private Task<bool> ClaimInArticleAsync(int articleId, int claimId, CancellationToken cancellationToken) =>
        db.Claims.AnyAsync(c => c.Id == claimId && c.ArticleId == articleId, cancellationToken);

    private Task<bool> LinkInArticleAsync(int articleId, int linkId, CancellationToken cancellationToken) =>
        db.CorroboratingLinks.AnyAsync(l => l.Id == linkId && l.Claim!.ArticleId == articleId, cancellationToken);

    private void AddErrors(ReviewResult result, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) || string.IsNullOrEmpty(prefix) ? string.Empty : $"{prefix}.{error.Field}";
            ModelState.AddModelError(key, error.Message);
        }
    }

    private async Task<IActionResult> BackToClaimAsync(int id, int? claimId, CancellationToken cancellationToken)
    {
        var ordinal = claimId is null ? null : await db.Claims.Where(c => c.Id == claimId && c.ArticleId == id)
            .Select(c => (int?)c.Ordinal).FirstOrDefaultAsync(cancellationToken);
        return ordinal is null
            ? RedirectToPage(new { id })
            : RedirectToPage(null, null, new { id, claim = ordinal }, $"claim-{ordinal}");
    }

    private async Task<IActionResult> RedisplayAsync(int id, int? claimId, CancellationToken cancellationToken) =>
        await LoadAsync(id, claimId, cancellationToken, keepInput: true) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id, int? claimId, CancellationToken cancellationToken, bool keepInput = false)
    {
        var article = await ArticleQuery(db, id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        Article = article;
        var snapshot = snapshots.Find(id, article.ClaimsVersion) ?? await SnapshotAsync(id, article.ClaimsVersion, cancellationToken);
        Claims = snapshot.Claims;

        if (claimId is not null)
        {
            SelectedOrdinal = Claims.FirstOrDefault(c => c.Id == claimId)?.Ordinal ?? SelectedOrdinal;
        }

        var selected = Claims.FirstOrDefault(c => c.Ordinal == SelectedOrdinal) ?? (Claims.Count > 0 ? Claims[0] : null);
        SelectedOrdinal = selected?.Ordinal;
        Body = snapshot.Text.Selecting(SelectedOrdinal);
        ClaimList = snapshot.List;

        CanEdit = await IsEditorAsync();
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
            Selected = await LoadSelectedAsync(selected.Id, cancellationToken);
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
            (_articleSources, _mostCited) = (snapshot.Sources, (await MostCitedAsync(cancellationToken)).Choices);
            DeniedByChoices = snapshot.DeniedBy;
            Repeats = await ClaimRepeats.OfAsync(db, selected.Id, cancellationToken);
        }

        return true;
    }

    private async Task<ReviewSnapshots.Snapshot> SnapshotAsync(int id, Guid claimsVersion, CancellationToken cancellationToken)
    {
        var body = await db.Articles.Where(a => a.Id == id).Select(a => a.Body).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Ordinal)
            .Select(c => new ClaimRow(c.Id, c.Ordinal, c.Start, c.End, c.Segments, c.Text, c.Kind, c.Cue, c.SourceMention,
                c.SourceMentionStart, c.SourceMentionEnd, c.Source == null ? null : new SourceOption(c.Source.Id, c.Source.CanonicalName, c.Source.Kind),
                c.ContestedBySource == null ? null : new SourceOption(c.ContestedBySource.Id, c.ContestedBySource.CanonicalName, c.ContestedBySource.Kind),
                c.SpeakerRole, c.SourcingType, c.ContestedStatus, c.Rating, c.ReviewedAt != null))
            .ToListAsync(cancellationToken);
        var text = ArticleHighlighter.Render(body, claims.Select(c => new ArticleHighlighter.Mark(
            c.Ordinal, c.Segments.Count > 0 ? c.Segments : [new TextRange(c.Start, c.End)], c.SourceMentionStart, c.SourceMentionEnd,
            c.Kind != ClaimKind.Unattributed, ArticleHighlighter.StatusClass(c.ContestedStatus, c.Reviewed))).ToList(), encoder);
        var deniedBy = new OptionList([.. claims.Select(c => new OptionList.Choice(Id(c.Id), $"#{c.Ordinal} {c.Text.Truncate(60)}"))], encoder);
        var sources = SourceChoicesOf(claims.SelectMany(c => new[] { c.Source, c.ContestedBySource }).OfType<SourceOption>().DistinctBy(o => o.Id), encoder);
        var snapshot = new ReviewSnapshots.Snapshot(claimsVersion, claims, text, ClaimListHtml.Render(claims, encoder), deniedBy, sources);
        snapshots.Keep(id, snapshot);
        return snapshot;
    }

    /// <summary>
    /// The directory's most cited sources (sorted by name, rendered as options), computed by one request at a
    /// time: when the shared copy expires, the others wait for it instead of all ranking every claim at once.
    /// </summary>
    private async Task<RankedSources> MostCitedAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(MostCitedCacheKey, out RankedSources? cached) && cached is not null)
        {
            return cached;
        }

        await MostCitedRefresh.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(MostCitedCacheKey, out cached) && cached is not null)
            {
                return cached;
            }

            var ranked = await db.Sources.AsNoTracking()
                .OrderByDescending(s => s.Claims.Count)
                .ThenBy(s => s.CanonicalName)
                .Take(SourcePickerSize)
                .Select(s => new SourceOption(s.Id, s.CanonicalName, s.Kind))
                .ToListAsync(cancellationToken);
            return cache.Set(MostCitedCacheKey, new RankedSources(SourceChoicesOf(ranked, encoder)), MostCitedLifetime);
        }
        finally
        {
            MostCitedRefresh.Release();
        }
    }

    /// <summary>Sources as picker options, by name, each with its kind.</summary>
    public static SourceChoices SourceChoicesOf(IEnumerable<SourceOption> sources, HtmlEncoder encoder)
    {
        List<SourceOption> sorted = [.. sources.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
        return new SourceChoices(sorted, new OptionList([.. sorted.Select(o => new OptionList.Choice(Id(o.Id), $"{o.Name} ({o.Kind.Humanize()})"))], encoder));
    }

    private async Task<SelectedClaim?> LoadSelectedAsync(int claimId, CancellationToken cancellationToken)
    {
        var claim = await ClaimQuery(db, claimId, cancellationToken);
        if (claim is null)
        {
            return null;
        }

        var deniedBy = await review.DeniedByAsync(claimId, cancellationToken);
        var links = await LinksQuery(db, claimId).ToListAsync(cancellationToken);
        var history = await HistoryQuery(db, Id(claimId)).ToListAsync(cancellationToken);
        history = await NameReferencesAsync(history, cancellationToken);
        var independent = LinkRules.IndependentSupport(links.Select(l => (l.Url, l.Publisher, l.Stance)));
        return new SelectedClaim(claim.Id, claim.Ordinal, claim.Start, claim.End, claim.Text, claim.Origin, claim.SourceMention,
            claim.Version, ClaimFields.From(claim, deniedBy), links, independent, history);
    }

    /// <summary>
    /// Audit rows hold the ids a change wrote (reviewer, source, contesting source), which mean nothing to a
    /// reviewer: the ones shown are named, one query per kind. An id whose row is gone stays as it was recorded.
    /// </summary>
    private async Task<List<HistoryRow>> NameReferencesAsync(List<HistoryRow> history, CancellationToken cancellationToken)
    {
        IEnumerable<string> Values(HashSet<string> fields) => history.Where(h => fields.Contains(h.Field))
            .SelectMany(h => new[] { h.OldValue, h.NewValue })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

        var userIds = Values(UserIdFields).ToList();
        var sourceIds = Values(SourceIdFields).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0).ToList();
        if (userIds.Count == 0 && sourceIds.Count == 0)
        {
            return history;
        }

        var users = userIds.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => (string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : u.DisplayName) ?? u.Id, cancellationToken);
        var sources = sourceIds.Count == 0 ? [] : await db.Sources.AsNoTracking()
            .Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => Id(s.Id), s => s.CanonicalName, cancellationToken);
        static string? Name(Dictionary<string, string> names, string? id) => id is not null && names.TryGetValue(id, out var name) ? name : id;
        return [.. history.Select(h =>
            UserIdFields.Contains(h.Field) ? h with { OldValue = Name(users, h.OldValue), NewValue = Name(users, h.NewValue) }
            : SourceIdFields.Contains(h.Field) ? h with { OldValue = Name(sources, h.OldValue), NewValue = Name(sources, h.NewValue) }
            : h)];
    }

    /// <summary>A history row's field as a reviewer reads it: "Reviewed by", not "Reviewed by id".</summary>
    public static string FieldLabel(string field) =>
        (field.Length > 2 && field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field).Humanize(LetterCasing.Sentence);

    /// <summary>A history value as a reviewer reads it: "Mostly true", not the stored "MostlyTrue".</summary>
    public static string? ValueLabel(string field, string? value) => field switch
    {
        nameof(Claim.SourcingType) => EnumChoices.Label<SourcingType>(value),
        nameof(Claim.ContestedStatus) => EnumChoices.Label<ContestedStatus>(value),
        nameof(Claim.Rating) => EnumChoices.Label<Rating>(value),
        nameof(Claim.Kind) => EnumChoices.Label<ClaimKind>(value),
        nameof(Claim.Origin) => EnumChoices.Label<ClaimOrigin>(value),
        _ => value,
    };

    public sealed record ArticleView(int Id, string Title, string? Outlet, string? Byline, string? OriginalUrl, DateTime? PublishedAt,
        ArticleStatus Status, Guid ClaimsVersion, string? AssignedReviewerId, string? AssignedReviewerName, string? SignedOffBy, DateTime? SignedOffAt);

    public sealed record ClaimRow(int Id, int Ordinal, int Start, int End, List<TextRange> Segments, string Text, ClaimKind Kind, string? Cue,
        string? SourceMention, int? SourceMentionStart, int? SourceMentionEnd, SourceOption? Source, SourceOption? ContestedBySource,
        string? SpeakerRole, SourcingType SourcingType, ContestedStatus ContestedStatus, Rating Rating, bool Reviewed)
    {
        public string? SourceName => Source?.Name;
    }

    public sealed record SourceOption(int Id, string Name, SourceKind Kind);

    /// <summary>Options for the source and contested-by pickers, <paramref name="selected"/> selected.</summary>
    public IHtmlContent SourcePicker(int? selected)
    {
        var value = selected?.ToString(CultureInfo.InvariantCulture);
        return new HtmlContentBuilder(2)
            .AppendHtml(_articleSources.Options.Selecting(value))
            .AppendHtml(_mostCited.Options.Selecting(value, except: _articleSources.Values));
    }

    /// <summary>Sources by name and the options that offer them.</summary>
    public sealed record SourceChoices(IReadOnlyList<SourceOption> Sources, OptionList Options)
    {
        public static SourceChoices None { get; } = new([], OptionList.Empty);

        public IEnumerable<string> Values => Sources.Select(s => Id(s.Id));
    }

    private sealed record RankedSources(SourceChoices Choices);

    public sealed record LinkRow(int Id, string Url, string? Title, string? Publisher, LinkStance Stance, DateTime? AccessedAt, string? Note);

    public sealed record HistoryRow(string? UserName, DateTime At, string Field, string? OldValue, string? NewValue);

    public sealed record SelectedClaim(int Id, int Ordinal, int Start, int End, string Text, ClaimOrigin Origin, string? SourceMention,
        Guid Version, ClaimFields Fields, IReadOnlyList<LinkRow> Links, int IndependentSupport, IReadOnlyList<HistoryRow> History);
}
