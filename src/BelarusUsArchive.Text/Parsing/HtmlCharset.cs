using System.Text;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// The charset an HTML page declares in its first kilobytes (<c>&lt;meta charset&gt;</c> or the
/// <c>http-equiv="Content-Type"</c> form), as the HTML standard's prescan reads it. Only a file that starts with markup
/// is read, so a text file mentioning "charset=" is never taken for a declaration.
/// </summary>
public static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    [GeneratedRegex(@"<meta\b[^>]{0,400}?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9._:-]{2,40})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex MetaCharset();

    public static Encoding? Declared(byte[] bytes)
    {
        // The prescan reads bytes as ASCII: every charset a page may declare keeps ASCII where markup is.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        if (!head.TrimStart().StartsWith('<'))
        {
            return null;
        }
        try
        {
            var m = MetaCharset().Match(head);
            if (!m.Success)
            {
                return null;
            }
            var name = m.Groups["name"].Value.ToLowerInvariant();
            // The HTML standard decodes a declared Latin-1 as windows-1252, and a declared UTF-16 as UTF-8 (the page was read as ASCII).
            name = name switch
            {
                "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" => "windows-1252",
                "utf-16" or "utf-16le" or "utf-16be" => "utf-8",
                _ => name,
            };
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
