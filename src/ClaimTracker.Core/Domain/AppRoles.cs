namespace ClaimTracker.Core.Domain;

public static class AppRoles
{
    public const string Reviewer = nameof(Reviewer);
    public const string Editor = nameof(Editor);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Reviewer, Editor, Admin];

    // Fixed so HasData seeding produces stable migrations.
    internal const string ReviewerId = "7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a01";
    internal const string EditorId = "7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a02";
    internal const string AdminId = "7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a03";

    public static string? Normalize(string role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Authorization policies: each role includes the ones below it.</summary>
public static class Policies
{
    public const string Review = "Review";
    public const string Edit = "Edit";
    public const string Administer = "Administer";

    public static readonly string[] ReviewRoles = [AppRoles.Reviewer, AppRoles.Editor, AppRoles.Admin];
    public static readonly string[] EditRoles = [AppRoles.Editor, AppRoles.Admin];
    public static readonly string[] AdministerRoles = [AppRoles.Admin];
}
