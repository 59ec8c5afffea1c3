using System.CommandLine;
using System.Diagnostics;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Generation;
using ClaimTracker.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Commands;

/// <summary><c>claimtracker generate --articles N</c>: synthetic articles, claims, sources and annotations for load tests.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to add", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (the same seed gives the same data)", DefaultValueFactory = _ => 42 };
        var command = new Command("generate", "Fill the configured database with realistic synthetic data.") { articles, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(articles);
            if (count is < 1 or > 1_000_000)
            {
                await Console.Error.WriteLineAsync("claimtracker generate: --articles must be between 1 and 1,000,000.");
                return 2;
            }

            await using var services = CliServices.Build();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            await DatabaseSetup.MigrateAsync(db, cancellationToken);
            var generator = new SyntheticDataGenerator(db, scope.ServiceProvider.GetRequiredService<IClaimExtractor>(), TimeProvider.System);
            var clock = Stopwatch.StartNew();
            var progress = new Progress<int>(n => Console.Error.Write($"\r{n:N0} / {count:N0} articles"));
            var result = await generator.GenerateAsync(count, parse.GetValue(seed), progress, cancellationToken);
            await Console.Error.WriteLineAsync();
            await Console.Out.WriteLineAsync(
                $"Generated {result.Articles:N0} articles, {result.Claims:N0} claims, {result.Sources:N0} sources, {result.Links:N0} links in {clock.Elapsed.TotalSeconds:N1} s.");
            return 0;
        });
        return command;
    }
}
