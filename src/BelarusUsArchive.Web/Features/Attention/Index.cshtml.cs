using System.Globalization;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Search;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Attention;

/// <summary>
/// /attention?person=a&amp;outlet=b&amp;q=c: how much the archive's authors wrote about up to four people, outlets or search
/// queries year by year, as articles or as a share of all the archive's articles of the year, with people's events on the
/// same axis: small multiples on one year axis and one scale, a table and CSV of the same numbers.
/// </summary>
public class IndexModel(ArchiveDb db, ISearchIndex index, SearchLimits limits) : PageModel
{
    [BindProperty(SupportsGet = true)] public string[] Person { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Outlet { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Q { get; set; } = [];
    /// <summary>What the bars draw: "articles" (the default) or "share" of the year's articles.</summary>
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }

    public IReadOnlyList<AttentionSeries> Series { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> People { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Outlets { get; private set; } = [];
    public IReadOnlyList<YearChartView> Charts { get; private set; } = [];

    public bool ByShare => Measure == "share";

    public IReadOnlyList<AttentionSubject> Subjects =>
    [
        .. Clean(Person).Select(p => new AttentionSubject(SubjectKind.Person, p)),
        .. Clean(Outlet).Select(o => new AttentionSubject(SubjectKind.Outlet, o)),
        .. Clean(Q).Select(q => new AttentionSubject(SubjectKind.Query, q)),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        People = await PeopleAsync(cancellationToken);
        Outlets = [.. (await db.Outlets.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Slug, o.Name))];
        if (!await LoadAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var scale = ByShare
            ? Math.Max(1, Series.SelectMany(s => s.Years).Select(y => (int)Math.Round(y.Share * 100)).DefaultIfEmpty(1).Max())
            : Math.Max(1, Series.SelectMany(s => s.Years).Select(y => y.Articles).DefaultIfEmpty(1).Max());
        Charts = [.. Series.Select(s => Chart(s, scale))];
    }

    /// <summary>The same numbers as CSV, one row per series and year.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
            ? File(AttentionReads.Csv(Series), "text/csv; charset=utf-8", "attention.csv")
            : BadRequest(string.Join("\n", Problems));

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (Measure is not (null or "" or "articles" or "share"))
        {
            problems.Add($"measure '{Measure}' is not one of: articles, share");
        }
        if (ModelState.Any(e => e.Value?.Errors.Count > 0))
        {
            problems.Add("the query string could not be read");
        }
        (Series, var found) = problems.Count > 0 ? ([], []) : await AttentionReads.LoadAsync(db, index, limits, Subjects, cancellationToken);
        Problems = [.. problems, .. found];
        return Problems.Count == 0;
    }

    private YearChartView Chart(AttentionSeries s, int scale)
    {
        var values = s.Years.Select(y => ByShare
            ? new YearValue(y.Year, (int)Math.Round(y.Share * 100), s.ArticlesHref(y.Year), y.Share.ToString("0.#", CultureInfo.InvariantCulture) + "%")
            : new YearValue(y.Year, y.Articles, s.ArticlesHref(y.Year)));
        var marks = s.Years.Where(y => y.Events > 0).Select(y => new YearMarkInput(y.Year, s.EventsHref(y.Year),
            $"{y.Events} event{(y.Events == 1 ? "" : "s")} with {s.Name} in {y.Year}", false));
        var span = (s.Years[0].Year, s.Years[^1].Year);
        var what = s.Subject.Kind switch
        {
            SubjectKind.Person => "naming " + s.Name,
            SubjectKind.Outlet => "published by " + s.Name,
            _ => "matching the search " + s.Name,
        };
        var caption = (ByShare ? $"Share of each year's articles {what}" : $"Articles {what} per year")
            + ", on the same scale as the others shown" + (s.Subject.Kind == SubjectKind.Person ? "; dots below are years of their events." : ".");
        return new YearChartView(s.Id, YearChart.Build("article", values, marks: marks, span: span, scale: scale), caption, WithTable: false);
    }

    /// <summary>The people most written about (from the kept counts) and those already chosen, for the pickers.</summary>
    private async Task<IReadOnlyList<(string Slug, string Name)>> PeopleAsync(CancellationToken cancellationToken)
    {
        var chosen = Clean(Person);
        var people = await db.PersonStats.OrderByDescending(s => s.Articles).Take(100)
            .Join(db.People.Where(p => p.Status != PersonStatus.Rejected), s => s.PersonId, p => p.Id, (s, p) => new { p.Slug, p.Name })
            .Union(db.People.Where(p => chosen.Contains(p.Slug) && p.Status != PersonStatus.Rejected).Select(p => new { p.Slug, p.Name }))
            .ToListAsync(cancellationToken);
        return [.. people.DistinctBy(p => p.Slug).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Slug, p.Name))];
    }

    private static List<string> Clean(string[] values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>This comparison with one thing changed: the measure, or the CSV handler.</summary>
    public string Link(string? measure = null, bool csv = false)
    {
        var parts = Subjects.Select(s => s.Parameter + "=" + Uri.EscapeDataString(s.Key)).ToList();
        if ((measure ?? Measure) is "share")
        {
            parts.Add("measure=share");
        }
        return "/attention?" + (csv ? "handler=csv&" : "") + string.Join("&", parts);
    }
}
