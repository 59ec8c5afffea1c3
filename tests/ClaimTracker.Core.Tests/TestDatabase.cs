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

    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private readonly Action<IServiceCollection>? _configure;

    private TestDatabase(IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        _settings = settings;
        _configure = configure;
        Services = OpenServices();
    }

    public ServiceProvider Services { get; }

    public string Folder => _folder;

    public string DatabaseFile => Path.Combine(_folder, "test.db");

    /// <summary>Another set of services over the same files, as a restarted app or a second process would have.</summary>
    /// <param name="configure">Further changes after the database's own, such as another model.</param>
    public ServiceProvider OpenServices(Action<IServiceCollection>? configure = null)
    {
        var settings = _settings;
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ClaimTracker"] = $"Data Source={DatabaseFile};Pooling=False",
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
        _configure?.Invoke(services);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <param name="configure">Changes to the services after the Core ones are added, such as a stand-in embedder.</param>
    public static async Task<TestDatabase> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = new TestDatabase(settings, configure);
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
