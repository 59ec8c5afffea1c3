using System.Net;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests;

/// <summary>
/// The real app over a real SQLite file in a temporary folder, in the Production environment
/// (Secure cookies, HSTS), reached over https://localhost like a browser would.
/// </summary>
public sealed partial class ClaimTrackerWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Harbour-Lights-42!";

    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-web-").FullName;

    /// <summary>Configuration for this app instance; change it before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        // Every test client comes from the same address; tests of the limiter set their own.
        ["RateLimiting:Login:PermitLimit"] = "100000",
        ["RateLimiting:Public:PermitLimit"] = "100000",
        // Most tests import articles; loading the model for each app instance would only slow them. Tests of
        // matching by meaning switch it on.
        ["ClaimVectors:ComputeInBackground"] = "false",
    };

    /// <summary>Test doubles registered over the app's services; set before the first request.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (TestServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }

        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:ClaimTracker", $"Data Source={Path.Combine(_folder, "web.db")}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    });

    public async Task<string> CreateUserAsync(string email, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateAsync(email, role, Password, null, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.UserId!;
    }

    /// <summary>A browser already signed in as a new user with this role.</summary>
    public async Task<HttpClient> SignedInAsync(string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.test";
        await CreateUserAsync(email, role);
        var browser = CreateBrowser();
        var response = await browser.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public FirstRunSetup Setup => Services.GetRequiredService<FirstRunSetup>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

public static partial class BrowserExtensions
{
    /// <summary>GETs a page and posts one of its forms back with the antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient browser, string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        var page = await browser.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        return await browser.PostFormAsync(postUrl, fields, AntiforgeryToken(html));
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string postUrl, IDictionary<string, string> fields, string? antiforgeryToken)
    {
        var form = new Dictionary<string, string>(fields);
        if (antiforgeryToken is not null)
        {
            form["__RequestVerificationToken"] = antiforgeryToken;
        }

        return browser.PostAsync(postUrl, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string email, string password) =>
        browser.SubmitAsync("/Identity/Account/Login", "/Identity/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex TokenPattern();
}
