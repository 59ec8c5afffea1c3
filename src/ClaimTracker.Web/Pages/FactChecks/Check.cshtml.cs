using ClaimTracker.Core.Domain;
using ClaimTracker.Core.FactChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClaimTracker.Web.Pages.FactChecks;

/// <summary>"Has this been checked?": the library's checks closest in meaning to a typed sentence, own and imported.</summary>
public sealed class CheckModel(FactCheckMatcher matcher) : PageModel
{
    public const int MaxQueryLength = 1000;
    public const int Shown = 10;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Sentence { get; set; }

    [BindProperty(SupportsGet = true)]
    public FactCheckOrigin? Origin { get; set; }

    public FactCheckAnswer? Answer { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Sentence))
        {
            return;
        }

        if (Sentence.Length > MaxQueryLength)
        {
            Error = $"Type one claim, up to {MaxQueryLength:N0} characters; this text has {Sentence.Length:N0}.";
            return;
        }

        Answer = await matcher.FindAsync(Sentence, Shown, cancellationToken, Origin);
    }
}
