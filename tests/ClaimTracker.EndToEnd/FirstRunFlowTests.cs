using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ClaimTracker.EndToEnd;

public sealed class FirstRunFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Password = "Harbour-Lights-42!";

    [Fact]
    public async Task Admin_sets_up_creates_a_reviewer_and_the_reviewer_signs_in()
    {
        var app = fixture.App;
        await using var adminContext = await fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await BrowserFixture.RunFlowAsync("1-first-run", adminContext, async () =>
        {
        // 1. The one-time setup link creates the first administrator.
        await admin.GotoAsync($"{app.BaseUrl}/Setup?token={app.SetupToken}");
        await admin.GetByLabel("Email").FillAsync("admin@newsroom.test");
        await admin.GetByLabel("Display name").FillAsync("Ada Admin");
        await admin.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await admin.GetByLabel("Confirm password").FillAsync(Password);
        await BrowserFixture.ScreenshotAsync(admin, "1-1-setup");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/Admin/Users$"));

        // 2. The administrator adds a reviewer.
        var form = admin.Locator("form").Filter(new() { Has = admin.GetByRole(AriaRole.Button, new() { Name = "Add" }) });
        await form.GetByLabel("Email").FillAsync("rita@newsroom.test");
        await form.GetByLabel("Display name").FillAsync("Rita Reviewer");
        await form.GetByLabel("Role").SelectOptionAsync("Reviewer");
        await form.GetByLabel("Password").FillAsync(Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Created rita@newsroom.test as Reviewer");
        await BrowserFixture.ScreenshotAsync(admin, "1-2-reviewer-created");

        // 3. The reviewer signs in, in a browser of their own, and lands on the seeded articles.
        await using var reviewerContext = await fixture.NewContextAsync();
        var reviewer = await reviewerContext.NewPageAsync();
        await reviewer.GotoAsync($"{app.BaseUrl}/Articles");
        await Assertions.Expect(reviewer).ToHaveURLAsync(new Regex("/Identity/Account/Login"));
        await reviewer.GetByLabel("E-mail").FillAsync("rita@newsroom.test");
        await reviewer.GetByLabel("Password").FillAsync(Password);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(reviewer).ToHaveURLAsync(new Regex("/Articles$"));
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = "rita@newsroom.test" })).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.Locator("table")).ToContainTextAsync("Iran");
        await BrowserFixture.ScreenshotAsync(reviewer, "1-3-reviewer-articles");

        // The setup link is spent.
        var again = await reviewer.GotoAsync($"{app.BaseUrl}/Setup?token=anything");
        Assert.Equal(404, again!.Status);
        });
    }
}
