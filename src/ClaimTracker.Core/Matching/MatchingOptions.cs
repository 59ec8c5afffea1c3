namespace ClaimTracker.Core.Matching;

public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>
    /// The sentence model: MiniLm (all-MiniLM-L6-v2) or ArcticXs (snowflake-arctic-embed-xs). Changing it makes every
    /// stored vector stale, so they are computed again.
    /// </summary>
    public string Model { get; set; } = "MiniLm";

    /// <summary>
    /// Float (the package's weights) or Int8 (weights quantised to 8 bits when the model loads: about 65 MB less
    /// memory, vectors close to but not the same as the float model's; docs/matching.md, Memory). Part of the model
    /// identity, so changing it recomputes every stored vector.
    /// </summary>
    public string ModelPrecision { get; set; } = "Int8";

    /// <summary>
    /// Threads one model call may use. One keeps a busy web app's requests from fighting over the cores;
    /// the CLI raises it for bulk work.
    /// </summary>
    public int ModelThreads { get; set; } = 1;

    /// <summary>
    /// Model calls that may run at once; more wait their turn. Each running call holds its own working memory in
    /// the runtime's arena, which keeps it, so one lane keeps the web app's memory flat under concurrent searches.
    /// </summary>
    public int ModelLanes { get; set; } = 1;

    /// <summary>
    /// Texts per model call in bulk embedding, sorted by length first so little padding is wasted. The model's
    /// working memory grows with the batch; past 8 short texts a batch is no faster per text.
    /// </summary>
    public int BatchSize { get; set; } = 8;

    /// <summary>
    /// The learned map applied to the vector of a text that is looked up (<see cref="QueryAdapter"/>): BuiltIn (the
    /// map fitted for the model that ships with ClaimTracker, if there is one), None, or the path of an adapter file
    /// made by <c>claimtracker adapter train</c>. It changes query vectors only, never stored ones.
    /// </summary>
    public string QueryAdapter { get; set; } = BuiltInAdapter;

    public const string BuiltInAdapter = "BuiltIn";

    public const string NoAdapter = "None";

    /// <summary>Minutes unused after which the model leaves memory (loaded again on next use); 0 keeps it.</summary>
    public int ModelIdleMinutes { get; set; } = 10;

    public static SentencePrecision ParsePrecision(string? value) =>
        value?.Trim().ToUpperInvariant() switch
        {
            null or "" or "FLOAT" or "FLOAT32" or "FP32" => SentencePrecision.Full,
            "INT8" or "UINT8" or "QUANTISED" or "QUANTIZED" => SentencePrecision.EightBit,
            _ => throw new ArgumentException($"Unknown model precision '{value}': use Float or Int8.", nameof(value)),
        };
}
