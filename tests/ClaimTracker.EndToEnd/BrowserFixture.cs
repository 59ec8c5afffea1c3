using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ClaimTracker.EndToEnd;

/// <summary>One headless Debian chromium for the test class; each test opens its own contexts.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public AppServer App { get; } = new();

    /// <summary>Screenshots of each step, kept as test artifacts (TestResults/screenshots under the repository).</summary>
    public static string ScreenshotFolder { get; } = CreateScreenshotFolder();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: test.sh installs Debian's chromium (apt-get install chromium).");
        }

        // The test run shares two cores with the other test projects and with the app's background embedding of
        // imported claims, so a page reload can take longer than Playwright's 5-second default; this bounds the wait
        // for an expected state and asserts nothing about speed.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser profile that accepts the test server's self-signed certificate.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, AcceptDownloads = true });

    /// <summary>A new browser profile signed in through the sign-in page as a new user with this role.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.test";
        await App.CreateUserAsync(email, role);
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{App.BaseUrl}/Identity/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The address is polled rather than awaited as a navigation: a redirect that lands before a navigation wait
        // begins is still seen, where WaitForURLAsync can miss it and time out.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Articles$"));
        return (context, page);
    }

    /// <summary>Runs a flow; on failure keeps a screenshot of every open page and says where it stopped.</summary>
    public static async Task RunFlowAsync(string name, IBrowserContext context, Func<Task> flow)
    {
        try
        {
            await flow();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            var shots = new List<string>();
            for (var i = 0; i < context.Pages.Count; i++)
            {
                await ScreenshotAsync(context.Pages[i], $"{name}-failure-{i}");
                shots.Add($"{context.Pages[i].Url}: {name}-failure-{i}.png");
            }

            throw new Xunit.Sdk.XunitException($"{ex.Message}\nPages at failure (screenshots in {ScreenshotFolder}): {string.Join("; ", shots)}");
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>
    /// Where the documentation's screenshots go: the folder CLAIMTRACKER_SCREENSHOTS names (docs/images/refresh.sh
    /// sets it), else none and no such shot is taken.
    /// </summary>
    public static string? DocumentationFolder { get; } =
        Environment.GetEnvironmentVariable("CLAIMTRACKER_SCREENSHOTS") is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;

    /// <summary>
    /// A screenshot for the documentation: the top of the page in a fixed 1280 × 800 window, so a refreshed image
    /// keeps its size and layout.
    /// </summary>
    public static async Task DocumentationShotAsync(IPage page, string name)
    {
        if (DocumentationFolder is null)
        {
            return;
        }

        Directory.CreateDirectory(DocumentationFolder);
        await page.SetViewportSizeAsync(1280, 800);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DocumentationFolder, name + ".png") });
    }

    private static string CreateScreenshotFolder()
    {
        var root = typeof(BrowserFixture).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var folder = Path.Combine(root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
