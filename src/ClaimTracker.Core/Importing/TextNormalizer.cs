using System.Security.Cryptography;
using System.Text;

namespace ClaimTracker.Core.Importing;

/// <summary>The one normalization every stored body goes through, so spans and hashes agree everywhere.</summary>
public static class TextNormalizer
{
    /// <summary>NFC, <c>\n</c> line endings, no BOM, no trailing whitespace on lines, no blank lines at either end.</summary>
    public static string NormalizeBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        var lines = unified.Split('\n').Select(line => line.TrimEnd());
        var joined = string.Join('\n', lines).Trim('\n');
        return joined.IsNormalized(NormalizationForm.FormC) ? joined : joined.Normalize(NormalizationForm.FormC);
    }

    public static string ContentHash(string normalizedBody) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedBody)));
}
