using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ClaimTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.EndToEnd;

/// <summary>
/// The app on a real Kestrel port over HTTPS (a throwaway self-signed certificate) with a fresh SQLite
/// database, in the Production environment: Secure cookies, HSTS and antiforgery as deployed.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimtracker-e2e-").FullName;

    public AppServer()
    {
        var certificate = SelfSignedCertificate();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)).ToString().TrimEnd('/');
    }

    public string BaseUrl { get; }

    public string? SetupToken => Services.GetRequiredService<FirstRunSetup>().Token;

    public const string Password = "Harbour-Lights-42!";

    public async Task CreateUserAsync(string email, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ClaimTracker.Core.Users.UserAdministration>()
            .CreateAsync(email, role, Password, null, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");

        // Outside Development the host does not map the build's static assets itself; a published app has them in wwwroot.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:ClaimTracker", $"Data Source={Path.Combine(_folder, "e2e.db")}");
        builder.UseSetting("RateLimiting:Login:PermitLimit", "10000");
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        // Kestrel needs the private key in a form it can load on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
