using System.CommandLine;
using ClaimTracker.Core.Matching;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Cli.Commands;

/// <summary>The sentence-model options the database-free matching verbs share, their bulk embedder, and the check that its adapter loads.</summary>
internal static class ModelOptions
{
    public static Option<string> Model()
    {
        var model = new Option<string>("--model") { Description = "Sentence model: ArcticXs or MiniLm (default: the web app's, Matching:Model)", DefaultValueFactory = _ => new MatchingOptions().Model };
        model.AcceptOnlyFromAmong("ArcticXs", "MiniLm");
        return model;
    }

    public static Option<string> Precision()
    {
        var precision = new Option<string>("--precision") { Description = "Model weights: Float or Int8 (default: the web app's, Matching:ModelPrecision)", DefaultValueFactory = _ => new MatchingOptions().ModelPrecision };
        precision.AcceptOnlyFromAmong("Float", "Int8");
        return precision;
    }

    /// <summary>Bulk work: every core, larger batches, and the model kept until the end.</summary>
    public static SentenceEmbedder BulkEmbedder(string model, string precision, string adapter) =>
        new(Options.Create(new MatchingOptions
        {
            Model = model,
            ModelPrecision = precision,
            ModelThreads = Environment.ProcessorCount,
            BatchSize = 32,
            ModelIdleMinutes = 0,
            QueryAdapter = adapter,
        }));

    /// <summary>Loads the configured query adapter now, so a bad file is one clear line before any work starts.</summary>
    public static bool TryLoadAdapter(SentenceEmbedder embedder, string verb, out string error)
    {
        try
        {
            _ = embedder.Adapter;
            error = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            error = $"claimtracker {verb}: query adapter: {e.Message}";
            return false;
        }
    }
}
