using System.Globalization;
using System.Text;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>One person's attention in one year: articles naming them, of all the archive's articles that year, mentions and events.</summary>
public sealed record AttentionYear(int Year, int Articles, int ArchiveArticles, int Mentions, int Events)
{
    /// <summary>The share of the year's articles that name the person, in per cent.</summary>
    public double Share => ArchiveArticles == 0 ? 0 : 100.0 * Articles / ArchiveArticles;
}

public sealed record AttentionSeries(string Slug, string Name, IReadOnlyList<AttentionYear> Years, YearChartView Chart);

/// <summary>
/// /people/attention?person=a&amp;person=b: how much the archive's authors wrote about up to four people year by year,
/// as articles and as a share of all articles of the year, with the people's events on the same axis; small multiples
/// on one year axis and one scale, a table and CSV of the same numbers. Every figure is read from the counts kept at
/// import time (PersonYearCounts, ArticleYearCounts); only the people's events are counted per request.
/// </summary>
public class AttentionModel(ArchiveDb db) : PageModel
{
    public const int MostPeople = 4;

    [BindProperty(SupportsGet = true)] public string[] Person { get; set; } = [];

    public IReadOnlyList<AttentionSeries> Series { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Choices { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await ChoicesAsync(cancellationToken);
        if (await LoadAsync(cancellationToken) is false)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>The same numbers as CSV, one row per person and year.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is false)
        {
            return BadRequest(string.Join("\n", Problems));
        }
        var csv = new StringBuilder("person,name,year,articles,archive_articles,share_percent,mentions,events\n");
        foreach (var s in Series)
        {
            foreach (var y in s.Years)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{s.Slug},\"{s.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{y.Year},{y.Articles},{y.ArchiveArticles},{y.Share:0.###},{y.Mentions},{y.Events}\n");
            }
        }
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "attention.csv");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var slugs = Person.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct().ToList();
        if (slugs.Count > MostPeople)
        {
            Problems = [$"person may be given at most {MostPeople} times (got {slugs.Count})"];
            return false;
        }
        var people = await db.People.Where(p => slugs.Contains(p.Slug) && p.Status != PersonStatus.Rejected)
            .Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken);
        Problems = [.. slugs.Where(s => people.All(p => p.Slug != s)).Select(s => $"person '{s}' is not a person of the archive")];
        if (Problems.Count > 0 || people.Count == 0)
        {
            return Problems.Count == 0;
        }
        var ids = people.Select(p => p.Id).ToList();
        var archive = await db.ArticleYearCounts.Where(y => y.Year != 0).ToDictionaryAsync(y => y.Year, y => y.Articles, cancellationToken);
        var counts = await db.PersonYearCounts.Where(y => ids.Contains(y.PersonId)).ToListAsync(cancellationToken);
        var events = await db.EventParticipants.Where(p => ids.Contains(p.PersonId) && p.Event!.Status != EventStatus.Rejected && p.Event.Date != null)
            .GroupBy(p => new { p.PersonId, p.Event!.Date!.Start.Year }).Select(g => new { g.Key.PersonId, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var years = counts.Select(c => c.Year).Concat(events.Select(e => e.Year)).ToList();
        var span = (years.Min(), years.Max());
        Years = [.. Enumerable.Range(span.Item1, span.Item2 - span.Item1 + 1)];
        var scale = Math.Max(1, counts.Select(c => c.Articles).DefaultIfEmpty(1).Max());
        Series = [.. slugs.Select(slug => people.Single(p => p.Slug == slug)).Select(p =>
        {
            var mine = counts.Where(c => c.PersonId == p.Id).ToDictionary(c => c.Year);
            var theirEvents = events.Where(e => e.PersonId == p.Id).ToDictionary(e => e.Year, e => e.Count);
            var rows = Years.Select(y => new AttentionYear(y, mine.GetValueOrDefault(y)?.Articles ?? 0, archive.GetValueOrDefault(y),
                mine.GetValueOrDefault(y)?.Mentions ?? 0, theirEvents.GetValueOrDefault(y))).ToList();
            var chart = YearChart.Build("article", rows.Select(r => new YearValue(r.Year, r.Articles, $"/articles?year={r.Year}&person={p.Slug}")),
                marks: rows.Where(r => r.Events > 0).Select(r => new YearMarkInput(r.Year, $"/timeline?person={p.Slug}&from={r.Year}&to={r.Year}",
                    $"{r.Events} event{(r.Events == 1 ? "" : "s")} with {p.Name} in {r.Year}", false)),
                span: span, scale: scale);
            return new AttentionSeries(p.Slug, p.Name, rows, new YearChartView("attention-" + p.Slug, chart,
                $"Articles naming {p.Name} per year, on the same scale as the others shown; dots below are years of their events.", WithTable: false));
        })];
        return true;
    }

    /// <summary>The people most written about (from the kept counts) and those already chosen, for the pickers.</summary>
    private async Task<IReadOnlyList<(string Slug, string Name)>> ChoicesAsync(CancellationToken cancellationToken)
    {
        var chosen = Person.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        var people = await db.PersonStats.OrderByDescending(s => s.Articles).Take(100)
            .Join(db.People.Where(p => p.Status != PersonStatus.Rejected), s => s.PersonId, p => p.Id, (s, p) => new { p.Slug, p.Name })
            .Union(db.People.Where(p => chosen.Contains(p.Slug) && p.Status != PersonStatus.Rejected).Select(p => new { p.Slug, p.Name }))
            .ToListAsync(cancellationToken);
        return [.. people.DistinctBy(p => p.Slug).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Slug, p.Name))];
    }

    public string CsvLink => "/people/attention?handler=csv&" + string.Join("&", Series.Select(s => "person=" + Uri.EscapeDataString(s.Slug)));
}
