namespace ClaimTracker.Core.Reports;

/// <summary>
/// Whatever keeps copies of the public pages (the web app's output cache): told when an article's public report
/// changes, so a correction shows and a withdrawn report disappears at once instead of when the copy expires.
/// </summary>
public interface IPublishedReportCache
{
    Task ForgetAsync(int articleId, CancellationToken cancellationToken);
}
