using ClaimTracker.Core.Data;
using ClaimTracker.Core.Domain;
using ClaimTracker.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Core.Tests;

/// <summary>A real SQLite file in a temporary folder, migrated, with the Core services over it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-test-").FullName;

    private TestDatabase(IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? replace)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ClaimTracker"] = $"Data Source={Path.Combine(_folder, "test.db")};Pooling=False",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddClaimTrackerCore(configuration);
        services.AddIdentityCore<ApplicationUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaimTrackerDbContext>();
        replace?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public string Folder => _folder;

    /// <param name="replace">Registers test doubles over the app's services.</param>
    public static async Task<TestDatabase> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null)
    {
        var database = new TestDatabase(settings, replace);
        await using var scope = database.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>(), TestContext.Current.CancellationToken);
        return database;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it would hide the real result.
        }
    }
}
