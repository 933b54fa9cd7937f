using System.Net.Http;
using System.Text;

namespace Kitty.Functions.Fetch;

/// <summary>Reads a response body as text, never holding more than the cap in memory.</summary>
internal static class FetchBodyReader
{
    public static async Task<string> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes) throw TooLarge(maxBytes);

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }

        return EncodingOf(content).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        if (string.IsNullOrEmpty(charset)) return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private static FetchRefusedException TooLarge(int maxBytes) =>
        new($"The response body is larger than the {maxBytes} bytes a chat function may read.");
}
