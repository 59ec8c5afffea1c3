using System.Text;
using ClaimTracker.Core.Importing;

namespace ClaimTracker.Cli.Commands;

/// <summary>Reads a text file strictly: missing, empty, binary or non-UTF-8 input is an error with a one-line reason.</summary>
internal static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryRead(string path, out string text, out string error)
    {
        text = string.Empty;
        if (!File.Exists(path))
        {
            error = $"file not found: {path}";
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {path}: {ex.Message}";
            return false;
        }

        ReadOnlySpan<byte> body = bytes;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        if (TextDecoder.LooksBinary(body))
        {
            error = $"{path} looks binary; expected UTF-8 text";
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            error = $"{path} is not valid UTF-8 text";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"{path} is empty";
            return false;
        }

        error = string.Empty;
        return true;
    }
}
