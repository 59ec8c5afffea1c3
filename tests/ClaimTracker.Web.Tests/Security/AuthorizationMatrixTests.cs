using System.Net;
using System.Reflection;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Security;

/// <summary>
/// Every Razor page and handler, found from the app's own endpoints, checked against the access rules.
/// A new page lands in a rule by its folder or this test fails, so nothing ships unguarded by accident.
/// </summary>
public sealed class AuthorizationMatrixTests(ClaimTrackerWebFactory factory) : IClassFixture<ClaimTrackerWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Pages anyone may open: signing in, the setup link, and Identity's own sign-in helpers.</summary>
    private static readonly HashSet<string> AnonymousPages = new(StringComparer.Ordinal)
    {
        "/Error",
        "/Setup/Index",
        "/Account/Login",
        "/Account/LoginWith2fa",
        "/Account/LoginWithRecoveryCode",
        "/Account/Logout",
        "/Account/Lockout",
        "/Account/AccessDenied",
        "/Account/ForgotPassword",
        "/Account/ForgotPasswordConfirmation",
        "/Account/ResetPassword",
        "/Account/ResetPasswordConfirmation",
        "/Account/ConfirmEmail",
        "/Account/ConfirmEmailChange",
        "/Account/Register",
        "/Account/RegisterConfirmation",
        "/Account/ResendEmailConfirmation",
        "/Account/ExternalLogin",
        "/Readers/Report",
        "/Readers/Card",
        "/Readers/Feed",
        "/Readers/Sitemap",
    };

    /// <summary>
    /// The published-report routes readers open without signing in, each rate-limited per client. They show
    /// published data only (PublicRoutesLeakTests walks them); a new public route must be added here.
    /// </summary>
    private static readonly HashSet<(string Page, string Route)> PublicRoutes =
    [
        ("/Readers/Report", "r/{articleId:int}/{slug?}"),
        ("/Readers/Report", "r/{articleId:int}/v/{number:int}"),
        ("/Readers/Card", "r/{articleId:int}/card"),
        ("/Readers/Feed", "r/feed.json"),
        ("/Readers/Sitemap", "sitemap.xml"),
    ];

    /// <summary>The least role that may open pages under each folder; the first matching prefix wins.</summary>
    private static readonly (string Prefix, string? Policy)[] FolderRules =
    [
        ("/Admin/", Policies.Administer),
        ("/Articles/", Policies.Review),
        ("/Claims/", Policies.Review),
        ("/Sources/", Policies.Review),
        ("/Reports/", Policies.Review),
        ("/Search/", Policies.Review),
        ("/FactChecks/", Policies.Review),
        ("/Account/Manage/", null),
        ("/Index", null),
    ];

    /// <summary>Handlers that need more than their folder's policy (page and handler name); a new one must be added here.</summary>
    private static readonly HashSet<(string Page, string Handler, string Policy)> HandlerRules =
    [
        ("/Articles/Details", "Assign", Policies.Edit),
        ("/Articles/Details", "SignOff", Policies.Edit),
        ("/Reports/Index", "Publish", Policies.Edit),
        ("/Reports/Index", "Withdraw", Policies.Edit),
        ("/Sources/Details", "Merge", Policies.Edit),
    ];

    private List<(PageActionDescriptor Page, string Url)> Pages()
    {
        _ = factory.CreateBrowser();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>(), e.RoutePattern))
            .Where(e => e.Page is not null)
            .GroupBy(e => (e.Page!.AreaName, e.Page.ViewEnginePath))
            .Select(g => (g.First().Page!, Url(g.OrderBy(e => e.RoutePattern.RawText!.Length).First().RoutePattern.RawText!)))
            .ToList();
    }

    private static string Url(string pattern) =>
        "/" + string.Join('/', pattern.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.StartsWith('{') ? "1" : segment));

    [Fact]
    public void Finds_the_pages_it_guards()
    {
        var pages = Pages().Select(p => p.Page.ViewEnginePath).ToList();

        Assert.Contains("/Articles/Index", pages);
        Assert.Contains("/Admin/Users/Index", pages);
        Assert.Contains("/Account/Login", pages);
    }

    [Fact]
    public void Only_the_allow_listed_pages_are_anonymous()
    {
        var anonymous = Pages()
            .Where(p => p.Page.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            .Select(p => p.Page.ViewEnginePath)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(anonymous.Except(AnonymousPages));
    }

    [Fact]
    public void Public_report_routes_are_exactly_the_listed_ones_anonymous_and_rate_limited()
    {
        _ = factory.CreateBrowser();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath.StartsWith("/Readers/", StringComparison.Ordinal) == true)
            .ToList();

        var routes = endpoints.Select(e => (e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath, e.RoutePattern.RawText!)).ToHashSet();

        Assert.Equal(PublicRoutes.Order(), routes.Order());
        Assert.All(endpoints, e =>
        {
            Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>());
            Assert.Equal(PublicRateLimit.Policy, e.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName);
        });
    }

    [Fact]
    public void Every_other_page_falls_under_a_folder_rule_with_its_policy()
    {
        var problems = new List<string>();
        foreach (var (page, _) in Pages().Where(p => !AnonymousPages.Contains(p.Page.ViewEnginePath)))
        {
            var path = page.ViewEnginePath;
            var rule = FolderRules.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.Ordinal) || path == r.Prefix);
            if (rule.Prefix is null)
            {
                problems.Add($"{path}: no access rule; add its folder to the matrix and to WebSetup's conventions");
                continue;
            }

            var policies = page.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (rule.Policy is not null && !policies.Contains(rule.Policy))
            {
                problems.Add($"{path}: expected policy {rule.Policy}, has [{string.Join(", ", policies)}]");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Anonymous_requests_to_every_guarded_page_and_handler_redirect_to_login()
    {
        var failures = new List<string>();
        var sent = new List<string>();
        foreach (var (compiled, url) in (await HandlersAsync()).Where(p => !AnonymousPages.Contains(p.Page.ViewEnginePath)))
        {
            var requests = compiled.HandlerMethods
                .Select(h => (Method: h.HttpMethod.ToUpperInvariant(), Url: h.Name is null ? url : $"{url}?handler={h.Name}"))
                .Append((Method: "GET", Url: url))
                .Distinct();
            foreach (var (method, target) in requests)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), target);
                if (HttpMethods.IsPost(method))
                {
                    request.Content = new FormUrlEncodedContent([]);
                }

                sent.Add($"{method} {target}");
                var response = await factory.CreateBrowser().SendAsync(request, Ct);
                var location = response.Headers.Location?.ToString() ?? "";
                if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/Identity/Account/Login", StringComparison.Ordinal))
                {
                    failures.Add($"{method} {target}: {(int)response.StatusCode} {location}");
                }
            }
        }

        Assert.Contains("POST /Admin/Users?handler=Create", sent);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Handlers_that_need_more_than_their_folder_are_exactly_the_listed_ones()
    {
        var found = new HashSet<(string, string, string)>();
        foreach (var (page, _) in await HandlersAsync())
        {
            foreach (var handler in page.HandlerMethods)
            {
                if (handler.MethodInfo.GetCustomAttribute<AuthorizeHandlerAttribute>() is { } rule)
                {
                    found.Add((page.ViewEnginePath, handler.Name ?? "", rule.Policy));
                }
            }
        }

        Assert.Equal(HandlerRules.Order(), found.Order());
    }

    [Theory]
    [InlineData(AppRoles.Reviewer, false)]
    [InlineData(AppRoles.Editor, true)]
    [InlineData(AppRoles.Admin, true)]
    public async Task Editor_handlers_refuse_reviewers_on_the_server(string role, bool allowed)
    {
        var browser = await factory.SignedInAsync(role);
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetStringAsync("/Articles/New", Ct));
        var urls = (await HandlersAsync()).Where(p => p.Page.AreaName is null).ToDictionary(p => p.Page.ViewEnginePath, p => p.Url);

        foreach (var (page, handler, _) in HandlerRules)
        {
            // An id that does not exist: the policy is checked before the handler looks anything up, and an allowed
            // role reaches the handler, which answers 404 instead of changing data other tests use.
            var url = urls[page].Replace("/1", "/987654", StringComparison.Ordinal);
            var response = await browser.PostFormAsync($"{url}?handler={handler}", new Dictionary<string, string>(), token);

            var outcome = $"{role} POST {page}?handler={handler}: {(int)response.StatusCode} {response.Headers.Location}";
            if (allowed)
            {
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, outcome);
            }
            else
            {
                Assert.True(IsDenied(response), outcome);
            }
        }
    }

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("AccessDenied", StringComparison.Ordinal));

    private async Task<List<(CompiledPageActionDescriptor Page, string Url)>> HandlersAsync()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<(CompiledPageActionDescriptor, string)>();
        foreach (var (page, url) in Pages())
        {
            pages.Add((await loader.LoadAsync(page, new EndpointMetadataCollection(page.EndpointMetadata)), url));
        }

        return pages;
    }

    [Theory]
    [InlineData(AppRoles.Reviewer, "/Admin/", false)]
    [InlineData(AppRoles.Editor, "/Admin/", false)]
    [InlineData(AppRoles.Admin, "/Admin/", true)]
    [InlineData(AppRoles.Reviewer, "/Articles/", true)]
    public async Task Roles_open_only_the_folders_their_rules_allow(string role, string folder, bool allowed)
    {
        var browser = await factory.SignedInAsync(role);
        var pages = Pages().Where(p => p.Page.ViewEnginePath.StartsWith(folder, StringComparison.Ordinal)
            && !p.Url.Contains("/1", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);

        foreach (var (page, url) in pages)
        {
            var response = await browser.GetAsync(url, Ct);
            Assert.True(allowed != IsDenied(response), $"{role} GET {url} ({page.ViewEnginePath}): {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}
