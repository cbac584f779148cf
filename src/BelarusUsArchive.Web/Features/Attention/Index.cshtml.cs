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
/// /attention?person=a&amp;outlet=b&amp;q=c[&amp;by=month][&amp;from=2019&amp;to=2020-06]: how much the archive's authors wrote
/// about up to four people, outlets or search queries year by year or month by month, as articles or as a share of all the
/// archive's articles of the period, with people's events on the same axis: small multiples on one axis and one scale, a
/// table and CSV of the same numbers.
/// </summary>
public class IndexModel(ArchiveDb db, ISearchIndex index, SearchLimits limits) : PageModel
{
    [BindProperty(SupportsGet = true)] public string[] Person { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Outlet { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] Q { get; set; } = [];
    /// <summary>What the bars draw: "articles" (the default) or "share" of the year's articles.</summary>
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }
    /// <summary>"year" (the default) or "month".</summary>
    [BindProperty(SupportsGet = true)] public string? By { get; set; }
    /// <summary>The first and last year ("2019") or month ("2019-03") to show; by default the series' own span.</summary>
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public IReadOnlyList<AttentionSeries> Series { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> People { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Outlets { get; private set; } = [];
    public IReadOnlyList<YearChartView> Charts { get; private set; } = [];
    /// <summary>Whether a month-by-month span was longer than the page draws, so only its last months are shown.</summary>
    public bool Clipped { get; private set; }

    public bool ByShare => Measure == "share";
    public AttentionStep Step => By == "month" ? AttentionStep.Month : AttentionStep.Year;
    public string StepNoun => Step == AttentionStep.Month ? "month" : "year";

    public IReadOnlyList<AttentionSubject> Subjects =>
    [
        .. Clean(Person).Select(p => new AttentionSubject(SubjectKind.Person, p)),
        .. Clean(Outlet).Select(o => new AttentionSubject(SubjectKind.Outlet, o)),
        .. Clean(Q).Select(q => new AttentionSubject(SubjectKind.Query, q)),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        People = await BelarusUsArchive.Web.Features.People.PeopleReads.PickerAsync(db, Clean(Person), 100, cancellationToken);
        Outlets = [.. (await db.Outlets.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Slug, o.Name))];
        if (!await LoadAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var scale = ByShare
            ? Math.Max(1, Series.SelectMany(s => s.Points).Select(y => (int)Math.Round(y.Share * 100)).DefaultIfEmpty(1).Max())
            : Math.Max(1, Series.SelectMany(s => s.Points).Select(y => y.Articles).DefaultIfEmpty(1).Max());
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
        if (By is not (null or "" or "year" or "month"))
        {
            problems.Add($"by '{By}' is not one of: year, month");
        }
        var first = Bound("from", From, start: true, problems);
        var last = Bound("to", To, start: false, problems);
        if (first > last)
        {
            problems.Add($"from '{From}' comes after to '{To}'");
        }
        if (ModelState.Any(e => e.Value?.Errors.Count > 0))
        {
            problems.Add("the query string could not be read");
        }
        var found = (IReadOnlyList<string>)[];
        if (problems.Count == 0)
        {
            (Series, found, var clipped) = await AttentionReads.LoadAsync(db, index, limits, Subjects, new AttentionRange(Step, first, last), cancellationToken);
            Clipped = clipped;
        }
        Problems = [.. problems, .. found];
        return Problems.Count == 0;
    }

    /// <summary>A from or to bound as a period key of the page's step: "2019" is the year, or its first or last month; "2019-03" the month, or its year.</summary>
    private int? Bound(string name, string? value, bool start, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var parts = value.Trim().Split('-');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 2999
            || (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)))
        {
            problems.Add($"{name} '{value}' is not a year (2019) or a month (2019-03)");
            return null;
        }
        var month = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : start ? 1 : 12;
        return Period.Of(Step, year, month).Key;
    }

    private YearChartView Chart(AttentionSeries s, int scale)
    {
        var values = s.Points.Select(p => ByShare
            ? new YearValue(p.Period.Key, (int)Math.Round(p.Share * 100), s.ArticlesHref(p.Period), p.Share.ToString("0.#", CultureInfo.InvariantCulture) + "%")
            : new YearValue(p.Period.Key, p.Articles, s.ArticlesHref(p.Period)));
        var whose = s.Subject.Kind == SubjectKind.Query ? "told in passages matching " + s.Name : "with " + s.Name;
        var marks = s.Points.Where(p => p.Events > 0).Select(p => new YearMarkInput(p.Period.Key, s.EventsHref(p.Period),
            $"{p.Events} event{(p.Events == 1 ? "" : "s")} {whose} in {p.Period.Name}", false));
        var span = (s.Points[0].Period.Key, s.Points[^1].Period.Key);
        var what = s.Subject.Kind switch
        {
            SubjectKind.Person => "naming " + s.Name,
            SubjectKind.Outlet => "published by " + s.Name,
            _ => "matching the search " + s.Name,
        };
        var caption = (ByShare ? $"Share of each {StepNoun}'s articles {what}" : $"Articles {what} per {StepNoun}")
            + ", on the same scale as the others shown" + s.Subject.Kind switch
            {
                SubjectKind.Person => $"; dots below are {StepNoun}s of their events.",
                SubjectKind.Query => $"; dots below are {StepNoun}s of events told in matching passages.",
                _ => ".",
            };
        var axis = Step == AttentionStep.Month ? ChartAxis.Months : ChartAxis.Years;
        return new YearChartView(s.Id, YearChart.Build("article", values, marks: marks, span: span, scale: scale, axis: axis), caption, WithTable: false);
    }

    private static List<string> Clean(string[] values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>This comparison with one thing changed: the measure, the step, or the CSV handler.</summary>
    public string Link(string? measure = null, bool csv = false, string? by = null)
    {
        var parts = Subjects.Select(s => s.Parameter + "=" + Uri.EscapeDataString(s.Key)).ToList();
        if ((measure ?? Measure) is "share")
        {
            parts.Add("measure=share");
        }
        if ((by ?? By) is "month")
        {
            parts.Add("by=month");
        }
        parts.AddRange(new[] { ("from", From), ("to", To) }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!.Trim())));
        return "/attention?" + (csv ? "handler=csv&" : "") + string.Join("&", parts);
    }
}
