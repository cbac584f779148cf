namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// How much of a line's vocabulary the article's prose repeats: a headline names what the article is about, so most
/// of its content words (not the language's function words) recur in the text below it, while a menu item, a share
/// row, a consent button or another article's teaser shares few. Words are compared case-folded by their first six
/// letters, a crude stem that holds across inflecting languages (telescope/telescopes, Bioenergie/Bioenergien).
/// </summary>
public sealed class HeadlineOverlap
{
    /// <summary>How many words of the prose are read (bounded, so the cost stays linear and the start weighs most).</summary>
    private const int ProseWords = 1500;

    private const int Stem = 6;

    private readonly HashSet<string> _prose = new(StringComparer.Ordinal);
    private readonly StopWordList _language;

    public HeadlineOverlap(IReadOnlyList<string> lines, int from, int to, StopWordList language)
    {
        _language = language;
        var read = 0;
        for (var i = Math.Max(0, from); i <= to && i < lines.Count && read < ProseWords; i++)
        {
            foreach (var word in ContentWords(lines[i]))
            {
                _prose.Add(word);
                read++;
            }
        }
    }

    /// <summary>The share of the line's content words found in the prose; 0 for a line without content words.</summary>
    public double Of(string line)
    {
        int total = 0, found = 0;
        foreach (var word in ContentWords(line))
        {
            total++;
            found += _prose.Contains(word) ? 1 : 0;
        }
        return total == 0 ? 0 : (double)found / total;
    }

    private IEnumerable<string> ContentWords(string line)
    {
        foreach (var token in line.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim(Trimmed).ToLowerInvariant();
            if (word.Length >= 4 && word.Any(char.IsLetter) && !_language.Contains(word))
            {
                yield return word.Length > Stem ? word[..Stem] : word;
            }
        }
    }

    private static readonly char[] Separators = [' ', '\t', '/', '-', '–', '—', '|', ':'];

    private static readonly char[] Trimmed = ['.', ',', ';', '!', '?', '"', '\'', '“', '”', '„', '«', '»', '(', ')', '[', ']', '’', '‘', '…'];
}
