namespace ClaimTracker.Core.Reports;

/// <summary>Settings under <c>Reports</c>: who signs the fact-checks, and where the reports are read.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The publisher named as author of every ClaimReview.</summary>
    public ReportOrganization Organization { get; set; } = new();

    /// <summary>
    /// The app's public address (https://factcheck.example/); exports use it for absolute links.
    /// When empty, the web app uses the address of the request and the CLI writes relative links.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

public sealed class ReportOrganization
{
    public string Name { get; set; } = "ClaimTracker";

    public string? Url { get; set; }
}
