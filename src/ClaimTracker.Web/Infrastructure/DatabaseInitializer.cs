using ClaimTracker.Core.Data;
using ClaimTracker.Core.FactChecks;
using ClaimTracker.Core.Seeding;
using ClaimTracker.Core.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// On start: applies migrations, imports the seeds into a new database, and when no user exists
/// prints the one-time setup link once the server knows its addresses.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    FirstRunSetup setup,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<OwnFactChecks>().BackfillAsync(cancellationToken);

        // "New" means no article yet, so a database first made by `claimtracker migrate` or `users add` is still seeded.
        if (!await db.Articles.AnyAsync(cancellationToken))
        {
            var seeds = configuration["Seeds:Path"];
            if (string.IsNullOrWhiteSpace(seeds))
            {
                seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
            }

            var created = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(seeds, cancellationToken);
            logger.LogInformation("New database: imported {Count} seed articles", created);
        }

        if (!await scope.ServiceProvider.GetRequiredService<UserAdministration>().AnyUserAsync(cancellationToken))
        {
            var token = setup.Issue();
            lifetime.ApplicationStarted.Register(() => PrintSetupLink(token));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintSetupLink(string token)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        var link = $"{address.TrimEnd('/')}/Setup?token={token}";
        logger.LogWarning("No user exists yet. Create the first administrator with this one-time link: {Link}", link);
    }
}
