namespace BelarusUsArchive.Text.Parsing;

/// <summary>The language of a text by its script: enough to tell English from Russian and Belarusian.</summary>
public static class Languages
{
    public static string Detect(string text)
    {
        var cyrillic = text.Count(c => c is >= '\u0400' and <= '\u04FF');
        var latin = text.Count(char.IsAsciiLetter);
        if (cyrillic <= latin)
        {
            return "en";
        }
        // і and ў are Belarusian letters that Russian lacks; ы and э are shared, и and щ are Russian only.
        var belarusian = text.Count(c => c is 'і' or 'ў' or 'І' or 'Ў');
        var russian = text.Count(c => c is 'и' or 'щ' or 'ъ' or 'И' or 'Щ');
        return belarusian > russian ? "be" : "ru";
    }
}
