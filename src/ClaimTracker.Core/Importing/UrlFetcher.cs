using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Core.Importing;

/// <summary>What a URL import brought back: the final URL after redirects, the bytes and what the server said they are.</summary>
public sealed record FetchedDocument(Uri Url, byte[] Content, string? MediaType, string? Charset);

/// <summary>
/// Fetches one page for import without becoming a proxy into the internal network (SSRF): http and https only,
/// redirects followed by hand so every hop is checked, a time limit for the whole fetch, a size cap on the body,
/// and a connect step that resolves the host itself and connects only to an allowed address, so a DNS answer that
/// changes between check and use (DNS rebinding) cannot reach an internal address either.
/// </summary>
public sealed class UrlFetcher(IHttpClientFactory clients, IOptions<ImportOptions> options)
{
    public const string HttpClientName = "ClaimTracker.Import";

    public async Task<FetchedDocument> FetchAsync(string url, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var uri = ParseHttpUrl(url, "The address");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.FetchTimeoutSeconds));
        var client = clients.CreateClient(HttpClientName);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects >= settings.MaxRedirects)
                    {
                        throw new ImportRejectedException($"{uri.Host} redirected more than {settings.MaxRedirects} times; open the page in a browser and paste its final address.");
                    }

                    var location = response.Headers.Location
                        ?? throw new ImportRejectedException($"{uri.Host} answered with a redirect but no address to go to.");
                    uri = ParseHttpUrl(new Uri(uri, location).ToString(), "The page redirected to an address that");
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new ImportRejectedException($"{uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}; the page could not be fetched.");
                }

                var content = await ReadCappedAsync(response.Content, settings.MaxFileBytes, timeout.Token);
                return new FetchedDocument(uri, content, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImportRejectedException($"{uri.Host} took longer than {settings.FetchTimeoutSeconds} seconds to answer; try again later or paste the text.");
        }
        catch (HttpRequestException ex) when (Find<BlockedAddressException>(ex) is { } blocked)
        {
            throw new ImportRejectedException($"Refused to fetch {blocked.Host}: it is an internal or private network address. Only public web pages can be imported.");
        }
        catch (HttpRequestException ex)
        {
            throw new ImportRejectedException($"Could not fetch {uri.Host}: {ex.Message}");
        }
    }

    /// <summary>The handler behind the named client: no automatic redirects, no proxy, every connection checked.</summary>
    public static SocketsHttpHandler CreateHandler(ImportOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return CreateHandler(settings.AllowPrivateAddresses ? _ => true : AddressGuard.IsPublic);
    }

    internal static SocketsHttpHandler CreateHandler(Func<IPAddress, bool> isAllowed) => new()
    {
        AllowAutoRedirect = false,

        // A proxy would make the connection for us, to an address we never checked.
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, isAllowed, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, Func<IPAddress, bool> isAllowed, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var allowed = addresses.Where(isAllowed).ToArray();
        if (allowed.Length == 0)
        {
            throw new BlockedAddressException(endPoint.Host, addresses);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);

            // Judge the address actually connected to, not the one we meant to reach.
            if (socket.RemoteEndPoint is not IPEndPoint remote
                || !isAllowed(remote.Address.IsIPv4MappedToIPv6 ? remote.Address.MapToIPv4() : remote.Address))
            {
                throw new BlockedAddressException(endPoint.Host, addresses);
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static Uri ParseHttpUrl(string url, string what)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ImportRejectedException($"{what} is not a web address: use a full http:// or https:// URL.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ImportRejectedException($"{what} contains a user name or password; remove it and try again.");
        }

        return uri;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit)
        {
            throw TooLarge(content.Headers.ContentLength.Value, limit);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Counted after decompression, so a small compressed bomb is caught as well.
            if (buffer.Length + read > limit)
            {
                throw TooLarge(null, limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ImportRejectedException TooLarge(long? size, int limit) =>
        new(size is { } known
            ? $"The page is too large: {DocumentReader.FormatBytes(known)}, the limit is {DocumentReader.FormatBytes(limit)}."
            : $"The page is too large: more than {DocumentReader.FormatBytes(limit)}.");

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}

/// <summary>Registers the import client.</summary>
public static class UrlFetcherRegistration
{
    public static IServiceCollection AddImportHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(UrlFetcher.HttpClientName, client =>
            {
                // The fetcher's own token enforces the configured limit; this is only a backstop.
                client.Timeout = TimeSpan.FromMinutes(2);
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ClaimTracker", "1.0"));
            })
            .ConfigurePrimaryHttpMessageHandler(sp => UrlFetcher.CreateHandler(sp.GetRequiredService<IOptions<ImportOptions>>().Value))
            .SetHandlerLifetime(TimeSpan.FromMinutes(5));
        return services;
    }
}
