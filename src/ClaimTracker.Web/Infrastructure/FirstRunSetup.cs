using System.Security.Cryptography;
using System.Text;

namespace ClaimTracker.Web.Infrastructure;

/// <summary>
/// The one-time link that creates the first Admin. It exists only while the database has no user,
/// is random, lives in memory only (a restart prints a new one) and works once.
/// </summary>
public sealed class FirstRunSetup
{
    private readonly Lock _lock = new();
    private string? _token;

    public string? Token
    {
        get
        {
            lock (_lock)
            {
                return _token;
            }
        }
    }

    public string Issue()
    {
        lock (_lock)
        {
            _token ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            return _token;
        }
    }

    public bool Matches(string? candidate)
    {
        var token = Token;
        return token is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(candidate));
    }

    /// <summary>Spends the token; only the first caller with the right token gets true.</summary>
    public bool TryConsume(string? candidate)
    {
        lock (_lock)
        {
            if (!Matches(candidate))
            {
                return false;
            }

            _token = null;
            return true;
        }
    }
}
