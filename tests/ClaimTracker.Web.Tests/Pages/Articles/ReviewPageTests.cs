using System.Net;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Reviewing;
using ClaimTracker.Web.Pages.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Pages.Articles;

public sealed class ReviewPageTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Page(int articleId, int ordinal = 1) => $"/Articles/{articleId}?claim={ordinal}";

    [Fact]
    public async Task Review_page_highlights_claims_and_shows_the_selected_claims_panel()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync(Page(articleId, 2), Ct);

        Assert.Contains("href=\"?claim=1#claim-1\" class=\"claim-span attributed st-open\" data-claim=\"1\" draggable=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"claim-span unattributed st-open\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"claim-panel\" data-selected=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/review.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_panel_updates_the_claim_writes_audit_rows_and_starts_the_review()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var claim = await ReviewData.ClaimAsync(factory, claims[0]);
        var fields = ReviewData.PanelFields(claim);
        fields["Input.Rating"] = nameof(Rating.MostlyFalse);
        fields["Input.ReviewerNotes"] = "Ministry timetable says 2027.";
        fields["Input.Reviewed"] = "true";

        var response = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Articles/{articleId}?claim=1#claim-1", response.Headers.Location!.ToString());
        var saved = await ReviewData.ClaimAsync(factory, claims[0]);
        Assert.Equal(Rating.MostlyFalse, saved.Rating);
        Assert.NotNull(saved.ReviewedAt);
        Assert.NotEqual(claim.Version, saved.Version);
        var audit = await ReviewData.QueryAsync(factory, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.ArticleId == articleId).ToListAsync(Ct));
        Assert.Contains(audit, a => a is { EntityType: "Claim", Field: "Rating", OldValue: "Unrated", NewValue: "MostlyFalse" } && a.EntityId == claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(audit, a => a is { Field: "ReviewerNotes", NewValue: "Ministry timetable says 2027." } && a.UserName!.StartsWith("reviewer-", StringComparison.Ordinal));
        Assert.Contains(audit, a => a is { EntityType: "Article", Field: "Status", OldValue: "New", NewValue: "InReview" });
        Assert.DoesNotContain(audit, a => a.Field == "Version");
        var status = await ReviewData.QueryAsync(factory, db => db.Articles.Where(a => a.Id == articleId).Select(a => a.Status).SingleAsync(Ct));
        Assert.Equal(ArticleStatus.InReview, status);

        var page = await browser.GetStringAsync(Page(articleId), Ct);
        Assert.Contains("Ministry timetable says 2027.", page, StringComparison.Ordinal);
        Assert.Contains("<td>Rating</td>", page, StringComparison.Ordinal);
        Assert.Matches("<td class=\"text-pre\">Unrated</td>\\s*<td class=\"text-pre\">Mostly false</td>", page);
    }

    [Fact]
    public async Task Panel_choices_read_as_words_and_post_back_by_name()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync(Page(articleId), Ct);

        Assert.Contains("<option value=\"NamedOnRecord\" selected=\"selected\">Named on record</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"MostlyTrue\">Mostly true</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"OfficialBody\">Official body</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">MostlyTrue<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">NamedOnRecord<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pickers_offer_each_source_once_and_deny_only_by_the_other_claims()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var claim = await ReviewData.ClaimAsync(factory, claims[1]);
        // A fresh ranking, which now counts this article's source among the most cited too.
        factory.Services.GetRequiredService<IMemoryCache>().Remove(DetailsModel.MostCitedCacheKey);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var html = await browser.GetStringAsync(Page(articleId, ordinal: 2), Ct);

        string Options(string name) => Regex.Match(html, $"<select [^>]*name=\"{Regex.Escape(name)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        var sources = Options("Input.SourceId");
        var offered = Regex.Matches(sources, "<option value=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains($"<option value=\"{claim.SourceId}\" selected=\"selected\">", sources, StringComparison.Ordinal);
        Assert.Equal(offered.Distinct().Count(), offered.Count);
        Assert.Equal(claim.SourceId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), offered[0]);
        Assert.DoesNotContain("selected", Options("Input.ContestedBySourceId"), StringComparison.Ordinal);
        var deniedBy = Options("Input.DeniedByClaimId");
        Assert.DoesNotContain($"value=\"{claims[1]}\"", deniedBy, StringComparison.Ordinal);
        Assert.Contains($"value=\"{claims[0]}\"", deniedBy, StringComparison.Ordinal);
        Assert.Contains($"value=\"{claims[2]}\"", deniedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_sourcing_without_a_reason_is_refused_and_keeps_what_was_typed()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var claim = await ReviewData.ClaimAsync(factory, claims[0]);
        var fields = ReviewData.PanelFields(claim);
        fields["Input.SourcingType"] = nameof(SourcingType.Anonymous);
        fields["Input.ReviewerNotes"] = "Typed notes that must survive";

        var response = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("required for anonymous sourcing", html, StringComparison.Ordinal);
        Assert.Contains("Typed notes that must survive", html, StringComparison.Ordinal);
        Assert.Equal(SourcingType.NamedOnRecord, (await ReviewData.ClaimAsync(factory, claims[0])).SourcingType);
    }

    [Fact]
    public async Task Second_save_of_a_stale_claim_shows_both_values_and_keep_mine_overwrites()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var first = await factory.SignedInAsync(AppRoles.Reviewer);
        var second = await factory.SignedInAsync(AppRoles.Reviewer);
        var stale = await ReviewData.ClaimAsync(factory, claims[1]);
        var theirs = ReviewData.PanelFields(stale);
        theirs["Input.Rating"] = nameof(Rating.True);
        var mine = ReviewData.PanelFields(stale);
        mine["Input.Rating"] = nameof(Rating.False);
        mine["Input.ReviewerNotes"] = "my careful note";

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(Page(articleId, 2), $"/Articles/{articleId}?handler=Save", theirs)).StatusCode);
        var conflict = await second.SubmitAsync(Page(articleId, 2), $"/Articles/{articleId}?handler=Save", mine);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Someone else saved this claim", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Rating</th><td>True</td><td>False</td>", html, StringComparison.Ordinal);
        Assert.Contains("my careful note", html, StringComparison.Ordinal);
        Assert.Equal(Rating.True, (await ReviewData.ClaimAsync(factory, claims[1])).Rating);

        var current = await ReviewData.ClaimAsync(factory, claims[1]);
        Assert.Contains($"value=\"{current.Version}\"", html, StringComparison.Ordinal);
        mine["Input.Version"] = current.Version.ToString();
        var keepMine = await second.PostFormAsync($"/Articles/{articleId}?handler=Save", mine, BrowserExtensions.AntiforgeryToken(html));
        Assert.Equal(HttpStatusCode.Redirect, keepMine.StatusCode);
        Assert.Equal(Rating.False, (await ReviewData.ClaimAsync(factory, claims[1])).Rating);
    }

    [Fact]
    public async Task Conflict_message_appears_once()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var first = await factory.SignedInAsync(AppRoles.Reviewer);
        var second = await factory.SignedInAsync(AppRoles.Reviewer);
        var stale = await ReviewData.ClaimAsync(factory, claims[0]);
        var theirs = ReviewData.PanelFields(stale);
        theirs["Input.Rating"] = nameof(Rating.True);
        var mine = ReviewData.PanelFields(stale);
        mine["Input.Rating"] = nameof(Rating.False);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", theirs)).StatusCode);

        var conflict = await second.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", mine);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync(Ct);
        Assert.Equal(1, ReviewData.Occurrences(html, "Someone else saved this claim while you were editing it."));
        Assert.Contains("<strong>Someone else saved this claim while you were editing it.</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Rating</th><td>True</td><td>False</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_names_the_reviewer_instead_of_their_id()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var email = $"named-{Guid.NewGuid():N}@newsroom.test";
        var browser = await factory.SignedInAsync(AppRoles.Reviewer, email);
        var reviewerId = await ReviewData.QueryAsync(factory, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        await ReviewData.QueryAsync(factory, db => db.Users.Where(u => u.Id == reviewerId).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Rosa Marin"), Ct));
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claims[0]));
        fields["Input.Reviewed"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields)).StatusCode);

        var html = await browser.GetStringAsync(Page(articleId), Ct);

        Assert.Matches("""<td>Reviewed by</td>\s*<td class="text-pre"></td>\s*<td class="text-pre">Rosa Marin</td>""", html);
        Assert.DoesNotContain(reviewerId, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_names_the_sources_a_change_moved_between()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var before = await ReviewData.QueryAsync(factory, db => db.Claims.Where(c => c.Id == claims[1]).Select(c => c.Source!.CanonicalName).SingleAsync(Ct));
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claims[1]));
        fields["Input.SourceId"] = "";
        fields["Input.NewSourceName"] = "Harbour Authority " + Guid.NewGuid().ToString("N")[..6];
        fields["Input.NewSourceKind"] = nameof(SourceKind.Organization);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(Page(articleId, 2), $"/Articles/{articleId}?handler=Save", fields)).StatusCode);

        var html = await browser.GetStringAsync(Page(articleId, 2), Ct);

        Assert.Matches($"""<td>Source</td>\s*<td class="text-pre">{before}</td>\s*<td class="text-pre">{fields["Input.NewSourceName"]}</td>""", html);
    }

    [Fact]
    public async Task History_shows_the_email_of_a_reviewer_without_a_display_name()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var email = $"unnamed-{Guid.NewGuid():N}@newsroom.test";
        var browser = await factory.SignedInAsync(AppRoles.Reviewer, email);
        await ReviewData.QueryAsync(factory, db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, ""), Ct));
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claims[0]));
        fields["Input.Reviewed"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields)).StatusCode);

        var html = await browser.GetStringAsync(Page(articleId), Ct);

        Assert.Contains($"<td class=\"text-pre\">{email}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_of_another_article_cannot_be_edited_through_this_one()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var (_, otherClaims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, otherClaims[0]));
        fields["Input.Rating"] = nameof(Rating.False);

        var response = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Rating.Unrated, (await ReviewData.ClaimAsync(factory, otherClaims[0])).Rating);
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claims[0]));
        fields["Input.Rating"] = nameof(Rating.False);

        var response = await browser.PostFormAsync($"/Articles/{articleId}?handler=Save", fields, antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Rating.Unrated, (await ReviewData.ClaimAsync(factory, claims[0])).Rating);
    }

    [Theory]
    [InlineData("Save")]
    [InlineData("AddLink")]
    [InlineData("EditLink")]
    [InlineData("RemoveLink")]
    [InlineData("EditSpan")]
    [InlineData("Split")]
    [InlineData("Merge")]
    [InlineData("Delete")]
    [InlineData("AddClaim")]
    [InlineData("Assign")]
    [InlineData("SignOff")]
    public async Task Every_review_handler_refuses_a_post_without_the_antiforgery_token(string handler)
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var editor = await factory.SignedInAsync(AppRoles.Editor);
        var claim = await ReviewData.ClaimAsync(factory, claims[0]);
        var fields = new Dictionary<string, string>
        {
            ["Span.ClaimId"] = claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Span.Version"] = claim.Version.ToString(),
        };

        var response = await editor.PostFormAsync($"/Articles/{articleId}?handler={handler}", fields, antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, await ReviewData.QueryAsync(factory, db => db.Claims.CountAsync(c => c.ArticleId == articleId, Ct)));
    }

    [Fact]
    public async Task Contested_claim_names_who_contests_it_and_records_the_denying_claim()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var claim = await ReviewData.ClaimAsync(factory, claims[0]);
        var fields = ReviewData.PanelFields(claim);
        fields["Input.ContestedStatus"] = nameof(ContestedStatus.Denied);

        var missing = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Say who denies it", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        fields["Input.DeniedByClaimId"] = claims[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var relation = await ReviewData.QueryAsync(factory, db => db.ClaimRelations.AsNoTracking().SingleAsync(r => r.ToClaimId == claims[0], Ct));
        Assert.Equal((claims[1], ClaimRelationType.Denies), (relation.FromClaimId, relation.Type));
    }

    [Fact]
    public async Task Creating_a_source_from_the_panel_attributes_the_claim_to_it()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claims[0]));
        fields["Input.NewSourceName"] = "Transport Minister Lee";
        fields["Input.NewSourceKind"] = nameof(SourceKind.Person);

        var response = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var source = await ReviewData.QueryAsync(factory, db => db.Claims.Where(c => c.Id == claims[0]).Select(c => c.Source!.CanonicalName).SingleAsync(Ct));
        Assert.Equal("Transport Minister Lee", source);
        var claim = await ReviewData.ClaimAsync(factory, claims[0]);
        Assert.Equal(ClaimOrigin.EditedByPerson, claim.Origin);
        var audit = await ReviewData.QueryAsync(factory, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.ArticleId == articleId || a.EntityType == "Source").ToListAsync(Ct));
        Assert.Contains(audit, a => a is { EntityType: "Claim", Field: "SourceId" } && a.NewValue == claim.SourceId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(audit, a => a is { EntityType: "Source", Field: "Created" } && a.EntityId == claim.SourceId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_source_outside_the_picker_is_found_by_alias_and_an_unknown_name_is_refused()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var sourceId = await ReviewData.QueryAsync(factory, async db =>
        {
            var source = new Source { CanonicalName = "Port Authority of Testville", Kind = SourceKind.OfficialBody, Aliases = ["PATV"], CreatedAt = DateTime.UtcNow };
            db.Sources.Add(source);
            await db.SaveChangesAsync(Ct);
            return source.Id;
        });
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claims[0]));

        fields["Input.SourceLookup"] = "No Such Body " + Guid.NewGuid().ToString("N");
        var unknown = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);
        fields["Input.SourceLookup"] = "patv";
        var known = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("No single source is called", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(sourceId, (await ReviewData.ClaimAsync(factory, claims[0])).SourceId);
    }

    [Fact]
    public async Task Reviewer_cannot_sign_off_or_assign()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var browser = await factory.SignedInAsync(AppRoles.Reviewer);

        var signOff = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=SignOff", new Dictionary<string, string>());
        var assign = await browser.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Assign", new Dictionary<string, string> { ["reviewerId"] = "" });

        foreach (var response in new[] { signOff, assign })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Editor_signs_off_only_once_every_claim_is_reviewed()
    {
        var (articleId, claims) = await ReviewData.CreateArticleAsync(factory);
        var editor = await factory.SignedInAsync(AppRoles.Editor);
        var fields = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claims[0]));
        fields["Input.Reviewed"] = "true";
        await editor.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Save", fields);

        var early = await editor.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=SignOff", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("2 claims are not reviewed yet.", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        foreach (var (claimId, ordinal) in new[] { (claims[1], 2), (claims[2], 3) })
        {
            var more = ReviewData.PanelFields(await ReviewData.ClaimAsync(factory, claimId));
            more["Input.Reviewed"] = "true";
            Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(Page(articleId, ordinal), $"/Articles/{articleId}?handler=Save", more)).StatusCode);
        }

        var signOff = await editor.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=SignOff", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOff.StatusCode);
        var article = await ReviewData.QueryAsync(factory, db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId, Ct));
        Assert.Equal(ArticleStatus.Reviewed, article.Status);
        Assert.NotNull(article.SignedOffAt);
        Assert.True(await ReviewData.QueryAsync(factory, db => db.AuditEntries.AnyAsync(a => a.ArticleId == articleId && a.Field == "Status" && a.NewValue == "Reviewed", Ct)));
    }

    [Fact]
    public async Task Editor_assigns_an_article_to_a_reviewer_who_then_finds_it_under_assigned_to_me()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory, title: "Assigned bridge story");
        var email = $"assignee-{Guid.NewGuid():N}@newsroom.test";
        var reviewer = await factory.SignedInAsync(AppRoles.Reviewer, email);
        var reviewerId = await ReviewData.QueryAsync(factory, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        var editor = await factory.SignedInAsync(AppRoles.Editor);

        var response = await editor.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Assign", new Dictionary<string, string> { ["reviewerId"] = reviewerId });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mine = await reviewer.GetStringAsync("/Articles?mine=true", Ct);
        Assert.Contains("Assigned bridge story", mine, StringComparison.Ordinal);
        Assert.True(await ReviewData.QueryAsync(factory, db => db.AuditEntries.AnyAsync(a => a.ArticleId == articleId && a.Field == "AssignedReviewerId" && a.NewValue == reviewerId, Ct)));
    }

    [Fact]
    public async Task A_reviewer_created_by_an_admin_is_offered_for_assignment_at_once()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var editor = await factory.SignedInAsync(AppRoles.Editor);
        var admin = await factory.SignedInAsync(AppRoles.Admin);
        var name = $"Freshly Added {Guid.NewGuid():N}";
        var before = await editor.GetStringAsync(Page(articleId), Ct);

        await admin.SubmitAsync("/Admin/Users", "/Admin/Users?handler=Create", new Dictionary<string, string>
        {
            ["Input.Email"] = $"fresh-{Guid.NewGuid():N}@newsroom.test",
            ["Input.DisplayName"] = name,
            ["Input.Role"] = AppRoles.Reviewer,
            ["Input.Password"] = ClaimTrackerWebFactory.Password,
        });
        var after = await editor.GetStringAsync(Page(articleId), Ct);

        Assert.DoesNotContain(name, before, StringComparison.Ordinal);
        Assert.Contains(name, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigning_to_an_unknown_user_is_refused()
    {
        var (articleId, _) = await ReviewData.CreateArticleAsync(factory);
        var editor = await factory.SignedInAsync(AppRoles.Editor);

        var response = await editor.SubmitAsync(Page(articleId), $"/Articles/{articleId}?handler=Assign", new Dictionary<string, string> { ["reviewerId"] = "nobody" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose an active reviewer.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
