using System.CommandLine;
using ClaimTracker.Core.Data;
using ClaimTracker.Core.FactChecks;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations to the configured database.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliServices.Build();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
            await DatabaseSetup.MigrateAsync(db, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<OwnFactChecks>().BackfillAsync(cancellationToken);
            await Console.Error.WriteLineAsync("Database is up to date.");
            return 0;
        });
        return command;
    }
}
