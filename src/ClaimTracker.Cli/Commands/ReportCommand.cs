using System.CommandLine;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker report ARTICLE_ID --format md|csv|json|claimreview|annotations [--output FILE]</c>: the same
/// exports as the web app's Export link. The file goes to stdout unless --output names one; messages go to stderr.
/// Links are absolute when <c>Reports:PublicBaseUrl</c> is set, else relative to the app's root.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var articleId = new Argument<int>("article-id") { Description = "The article's number, as in /Articles/{id}" };
        var format = new Option<string>("--format") { Description = string.Join("|", ReportFormats.Names), Required = true };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var output = new Option<string?>("--output") { Description = "Write to this file instead of stdout" };
        var isPublic = new Option<bool>("--public") { Description = "The public variant: reviewed claims only, no reviewer notes or anonymity reasons" };
        var version = new Option<int?>("--version") { Description = "A published version, read from its frozen snapshot" };

        var command = new Command("report", "Export an article's sourcing report.") { articleId, format, output, isPublic, version };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(articleId),
            parse.GetValue(format)!,
            parse.GetValue(output),
            parse.GetValue(isPublic) ? ReportView.Public : ReportView.Internal,
            parse.GetValue(version),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int articleId, string formatName, string? output, ReportView view, int? version, CancellationToken cancellationToken)
    {
        if (!ReportFormats.TryParse(formatName, out var format))
        {
            await Console.Error.WriteLineAsync($"claimtracker report: unknown format '{formatName}'. Use one of: {string.Join(", ", ReportFormats.Names)}.");
            return 2;
        }

        await using var services = CliServices.Build();
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await DatabaseSetup.MigrateAsync(sp.GetRequiredService<ClaimTrackerDbContext>(), cancellationToken);
        var report = version is { } number
            ? await sp.GetRequiredService<ReportPublisher>().LoadAsync(articleId, number, view, cancellationToken)
            : await sp.GetRequiredService<ReportBuilder>().BuildAsync(articleId, view, cancellationToken);
        if (report is null)
        {
            await Console.Error.WriteLineAsync(version is null
                ? $"claimtracker report: there is no article {articleId}."
                : $"claimtracker report: article {articleId} has no published version {version}.");
            return 1;
        }

        var export = sp.GetRequiredService<ReportExporter>().Export(report, format, baseUrl: null);
        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(export.Content, cancellationToken);
            return 0;
        }

        await File.WriteAllBytesAsync(output, export.Content, cancellationToken);
        await Console.Error.WriteLineAsync($"Wrote {Path.GetFullPath(output)} ({export.Content.Length:N0} bytes).");
        return 0;
    }
}
