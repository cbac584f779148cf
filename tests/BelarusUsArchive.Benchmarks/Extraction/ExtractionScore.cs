using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Benchmarks.Extraction;

/// <summary>What an extractor made of one page: its main text and the metadata it found.</summary>
public sealed record ExtractedPage(string Name, string Text, string? Title, IReadOnlyList<string> Authors, string? Published, double Milliseconds, string? Failure)
{
    /// <summary>Where each field came from (the extractor's field sources), for reading a family of failures.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}

/// <summary>Snippet counts of one page or a sum of pages: true and false positives, false and true negatives.</summary>
public sealed record Snippets(int Tp, int Fp, int Fn, int Tn)
{
    public static Snippets Zero { get; } = new(0, 0, 0, 0);

    public Snippets Add(Snippets o) => new(Tp + o.Tp, Fp + o.Fp, Fn + o.Fn, Tn + o.Tn);

    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => 2 * Tp + Fp + Fn == 0 ? 0 : 2.0 * Tp / (2 * Tp + Fp + Fn);
}

/// <summary>
/// The development set's scorer (<c>score.py</c>) in C#, counted the same way: whitespace-normalized, case-sensitive
/// snippet search; title by exact match after case and whitespace folding; authors when every true author's last
/// name is among the given ones; the year of the publication date.
/// </summary>
public static partial class ExtractionScore
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\s*(?:[;,&/|]|\bund\b|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSplit();

    [GeneratedRegex(@"^\s*(\d{4})")]
    private static partial Regex LeadingYear();

    private static readonly HashSet<string> NotAName = ["phd", "ph.d.", "md", "dr", "dr.", "prof", "prof.", "mba"];

    public static string Norm(string text) => Space().Replace(text, " ").Trim();

    public static Snippets Count(DevPage page, string? text)
    {
        var normalized = Norm(text ?? "");
        var tp = text is null ? 0 : page.With.Count(w => normalized.Contains(Norm(w), StringComparison.Ordinal));
        var fp = text is null ? 0 : page.Without.Count(w => normalized.Contains(Norm(w), StringComparison.Ordinal));
        return new Snippets(tp, fp, page.With.Count - tp, page.Without.Count - fp);
    }

    public static string Fold(string s) => Norm(s.Normalize(NormalizationForm.FormC)).ToLowerInvariant();

    public static bool TitleMatches(string truth, string? given) => given is not null && Fold(given) == Fold(truth);

    public static bool AuthorsMatch(IReadOnlyList<string> truth, IReadOnlyList<string> given)
    {
        if (given.Count == 0)
        {
            return false;
        }
        var joined = Fold(string.Join(" ; ", given));
        var names = LastNames(truth);
        return names.Count > 0 && names.All(n => Regex.IsMatch(joined, @"(?<!\w)" + Regex.Escape(n) + @"(?!\w)"));
    }

    public static bool YearMatches(string truth, string? given) =>
        given is not null && LeadingYear().Match(given) is { Success: true } g && LeadingYear().Match(truth) is { Success: true } t
        && g.Groups[1].Value == t.Groups[1].Value;

    private static List<string> LastNames(IReadOnlyList<string> truth)
    {
        var names = new List<string>();
        foreach (var part in truth.SelectMany(n => AuthorSplit().Split(n)))
        {
            var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim('(', ')', '[', ']', '"', '\'', '.', ',', ':'))
                .Where(w => w.Length > 0 && !NotAName.Contains(w.ToLowerInvariant()))
                .ToList();
            if (words.Count > 0)
            {
                names.Add(Fold(words[^1]));
            }
        }
        return names;
    }

    public static string Percent(double share) => share.ToString("0.000", CultureInfo.InvariantCulture);
}
