using System.Diagnostics;
using System.Text;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Benchmarks.Extraction;

/// <summary>The two forms the archive accepts: the text a reader copies from the page, and the page's HTML.</summary>
public enum PageForm { Txt, Html }

public sealed record Share(int Right, int Scored)
{
    public double Value => Scored == 0 ? 0 : (double)Right / Scored;
}

public sealed record LanguageFigures(string Lang, int Pages, double Precision, double Recall, double F1);

/// <summary>The figures of one form of the development set, beside the keep-everything baseline.</summary>
public sealed record FormFigures(
    string Form,
    int Pages,
    double Precision,
    double Recall,
    double F1,
    double BaselineF1,
    Share Title,
    Share Authors,
    Share Year,
    int NotImported,
    double MedianMs,
    double P99Ms,
    double MaxMs,
    string SlowestPage,
    IReadOnlyList<LanguageFigures> Languages);

/// <summary>
/// Runs the archive's extractor (the importer's own decode-and-parse path) over every page of the development set in
/// one form, and scores it.
/// </summary>
public static class ExtractionRun
{
    /// <summary>
    /// What the importer would store for these bytes: the decoded text parsed into an article. The budget is the
    /// importer's unless given: a quality gate on a loaded machine passes a long one, so it measures what is extracted and
    /// not how much CPU the machine had to spare (the budget itself is tested on hostile inputs).
    /// </summary>
    public static ExtractedPage Extract(string name, byte[] bytes, TimeSpan? budget = null)
    {
        var clock = Stopwatch.StartNew();
        var decoded = SourceDecoder.Decode(bytes);
        if (!decoded.Ok)
        {
            return new ExtractedPage(name, "", null, [], null, clock.Elapsed.TotalMilliseconds, decoded.Failure);
        }
        ParsedArticle parsed;
        try
        {
            parsed = ArticleExtractor.Extract(decoded.Text!, budget);
        }
        // A refused or failing page scores as not imported, with its reason; the run goes on, as the import does.
        catch (Exception e)
        {
            return new ExtractedPage(name, "", null, [], null, clock.Elapsed.TotalMilliseconds, e.GetType().Name + ": " + e.Message);
        }
        var text = string.Join("\n", parsed.Blocks.Select(b => b.Text));
        var failure = parsed.Blocks.Count == 0 ? "no article text found" : null;
        return new ExtractedPage(name, text, parsed.Title, [.. parsed.Authors.Select(a => a.Name)], parsed.Published?.Edtf,
            clock.Elapsed.TotalMilliseconds, failure) { Sources = parsed.FieldSources };
    }

    public static IReadOnlyList<ExtractedPage> ExtractAll(DevSet set, PageForm form, TimeSpan? budget = null) =>
        [.. set.Pages.Select(p => Extract(p.Name, form == PageForm.Txt ? set.CopiedText(p) : set.Html(p), budget))];

    public static FormFigures Score(DevSet set, PageForm form, IReadOnlyList<ExtractedPage> results)
    {
        var byName = results.ToDictionary(r => r.Name);
        var all = Snippets.Zero;
        var baseline = Snippets.Zero;
        var perLang = new Dictionary<string, (int Pages, Snippets Counts)>();
        int title = 0, titles = 0, author = 0, authors = 0, year = 0, years = 0;
        foreach (var page in set.Pages)
        {
            var r = byName.GetValueOrDefault(page.Name);
            var counts = ExtractionScore.Count(page, r?.Failure is null ? r?.Text : "");
            all = all.Add(counts);
            baseline = baseline.Add(ExtractionScore.Count(page, Encoding.UTF8.GetString(set.CopiedText(page))));
            var lang = page.Lang ?? "?";
            var (pages, sum) = perLang.GetValueOrDefault(lang, (0, Snippets.Zero));
            perLang[lang] = (pages + 1, sum.Add(counts));
            if (page.Title is { } t)
            {
                titles++;
                title += ExtractionScore.TitleMatches(t, r?.Title) ? 1 : 0;
            }
            if (page.Authors.Count > 0)
            {
                authors++;
                author += ExtractionScore.AuthorsMatch(page.Authors, r?.Authors ?? []) ? 1 : 0;
            }
            if (page.Date is { } d)
            {
                years++;
                year += ExtractionScore.YearMatches(d, r?.Published) ? 1 : 0;
            }
        }
        var times = results.Select(r => r.Milliseconds).Order().ToList();
        var slowest = results.MaxBy(r => r.Milliseconds);
        return new FormFigures(
            form == PageForm.Txt ? ".txt" : ".html", set.Pages.Count, all.Precision, all.Recall, all.F1, baseline.F1,
            new Share(title, titles), new Share(author, authors), new Share(year, years),
            results.Count(r => r.Failure is not null),
            times.Count == 0 ? 0 : times[times.Count / 2],
            times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))],
            times.Count == 0 ? 0 : times[^1],
            slowest?.Name ?? "",
            [.. perLang.OrderByDescending(kv => kv.Value.Pages).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new LanguageFigures(kv.Key, kv.Value.Pages, kv.Value.Counts.Precision, kv.Value.Counts.Recall, kv.Value.Counts.F1))]);
    }
}
