namespace ClaimTracker.Core.Importing;

public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest body accepted, in characters of normalized text.</summary>
    public int MaxBodyChars { get; set; } = 1_000_000;

    /// <summary>Largest uploaded or fetched file, in bytes; HTML and .docx carry markup, so this is above the text limit.</summary>
    public int MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How long fetching one URL may take, redirects and body included.</summary>
    public int FetchTimeoutSeconds { get; set; } = 15;

    /// <summary>Redirects followed when fetching a URL; each hop is checked again.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets URL imports reach loopback, private, link-local and other internal addresses.
    /// Off by default (server-side request forgery); tests turn it on to talk to a local server.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Articles per transaction in bulk imports.</summary>
    public int BatchSize { get; set; } = 100;
}
