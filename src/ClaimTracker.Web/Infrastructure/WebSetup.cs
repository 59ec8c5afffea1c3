using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Web.Infrastructure;

internal static class WebSetup
{
    /// <summary>
    /// Identity's validator is resolved on every request (with a sign-in manager, user and role managers and their
    /// stores) only to find, nearly always, that the interval has not passed. The same test comes first here, so the
    /// validator is built only when it will check the stamp.
    /// </summary>
    private static Task ValidateStampWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var due = context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
        return due ? SecurityStampValidator.ValidatePrincipalAsync(context) : Task.CompletedTask;
    }

    public static IServiceCollection AddClaimTrackerWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        // Registered before Razor so every page, tag helper and attribute is written through it.
        services.AddSingleton<System.Text.Encodings.Web.HtmlEncoder>(new VisibleControlsHtmlEncoder(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All)));

        // First among hosted services: the schema must exist before Data Protection reads its key ring.
        services.AddHostedService<DatabaseInitializer>();
        services.AddHostedService<Core.FactChecks.FactCheckEmbeddingService>();
        services.AddHostedService<Core.Matching.ClaimVectorService>();
        services.AddHostedService<NativeHeapTrimmer>();
        services.AddSingleton<FirstRunSetup>();

        services.AddDefaultIdentity<ApplicationUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaimTrackerDbContext>()
            .AddSignInManager<ApplicationSignInManager>();

        // A disabled user's stamp changes; checking it every minute ends their sessions promptly.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Identity/Account/Login";
            o.LogoutPath = "/Identity/Account/Logout";
            o.AccessDeniedPath = "/Identity/Account/AccessDenied";
            o.Cookie.Name = "ClaimTracker.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ClaimTracker.Antiforgery";
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        // Keys in the database: cookies survive restarts and every instance of the app can read them.
        services.AddDataProtection()
            .SetApplicationName("ClaimTracker")
            .PersistKeysToDbContext<ClaimTrackerDbContext>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Review, p => p.RequireRole(Policies.ReviewRoles))
            .AddPolicy(Policies.Edit, p => p.RequireRole(Policies.EditRoles))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Policies.AdministerRoles));

        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new HandlerAuthorization());
            o.Conventions.ConfigureFilter(new OneConnectionPerHandler());
            o.Conventions.AuthorizeFolder("/Articles", Policies.Review);
            o.Conventions.AuthorizeFolder("/Claims", Policies.Review);
            o.Conventions.AuthorizeFolder("/Sources", Policies.Review);
            o.Conventions.AuthorizeFolder("/Reports", Policies.Review);
            o.Conventions.AuthorizeFolder("/Search", Policies.Review);
            o.Conventions.AuthorizeFolder("/FactChecks", Policies.Review);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administer);
            o.Conventions.AllowAnonymousToFolder("/Setup");

            // Published reports for readers: anonymous, rate-limited per client, and only ever reading published data.
            o.Conventions.AllowAnonymousToFolder("/Readers");
            o.Conventions.AddFolderApplicationModelConvention("/Readers", page =>
            {
                page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(PublicRateLimit.Policy));
                page.EndpointMetadata.Add(new Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute { PolicyName = PublicPageCache.Policy });
            });
            o.Conventions.AddPageRoute("/Readers/Report", "r/{articleId:int}/v/{number:int}");
            o.Conventions.AllowAnonymousToPage("/Error");
        });

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;

            // HSTS is off in Development anyway; elsewhere a host named localhost is still a deployment.
            o.ExcludedHosts.Clear();
        });
        services.AddMemoryCache();
        // Built by the container (not passed in), so the container disposes its cache.
        services.AddSingleton(_ => new Pages.Articles.ReviewSnapshots(configuration.GetValue("ReviewPage:CacheMegabytes", 32L) * 1024 * 1024));
        // The review page's form handlers, resolved only by the handler that posts to them.
        services.AddScoped<Pages.Articles.AnnotateHandlers>();
        services.AddScoped<Pages.Articles.LinkHandlers>();
        services.AddScoped<Pages.Articles.SpanHandlers>();
        services.AddScoped<Pages.Articles.WorkflowHandlers>();
        services.AddScoped<Pages.Articles.RepeatHandlers>();
        services.AddLoginRateLimit(configuration);
        services.AddPublicRateLimit(configuration);
        services.AddPublicPageCache(configuration);
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ClaimTracker.Core.Reports.ReportOptions>, ReportOptionsValidation>();
        services.AddOptions<ClaimTracker.Core.Reports.ReportOptions>().ValidateOnStart();
        services.AddSingleton<ContentSecurityPolicies>();
        services.AddSingleton<PublicReportSettings>();
        services.AddRequestConcurrencyLimit(configuration);
        services.AddHealthChecks().AddDbContextCheck<ClaimTrackerDbContext>("database");
        return services;
    }

    public static WebApplication UseClaimTrackerPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapHealthChecks("/healthz").AllowAnonymous().DisableRateLimiting();
        app.MapStaticAssets().AllowAnonymous().DisableRateLimiting();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
