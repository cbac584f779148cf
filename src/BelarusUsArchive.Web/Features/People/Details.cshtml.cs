using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Rendering;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.People;

public class DetailsModel(ArchiveDb db) : PageModel
{
    public PersonDetails Person { get; private set; } = null!;
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public YearChartView Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        // "page" is Razor Pages' own route value, so the page number is read from the query string itself.
        var page = int.TryParse(Request.Query["page"], out var n) && n is >= 1 and <= 100_000 ? n : 1;
        var person = await PeopleReads.DetailsAsync(db, slug, page, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        Events = await EventReads.OfPersonAsync(db, person.Slug, cancellationToken);
        Chart = ChartOf(person, Events);
        return Page();
    }

    /// <summary>
    /// Mentions per year of publication as bars, and the person's events by the year they happened
    /// as marks on the same axis, so a reader sees whether the writing followed the happenings.
    /// </summary>
    private static YearChartView ChartOf(PersonDetails person, IReadOnlyList<EventView> events)
    {
        var marks = events.Where(e => e.Date is not null).Select(e => new YearMarkInput(e.Date!.Start.Year, "/events/" + e.Slug,
            $"{e.Title}, {DateText.Event(e.Date)}", e.Date.Edtf.Contains('?', StringComparison.Ordinal) || e.Date.Edtf.Contains('~', StringComparison.Ordinal)));
        var chart = YearChart.Build("mention", person.MentionsByYear.Select(y => new YearValue(y.Year, y.Count, $"/articles?year={y.Year}&person={person.Slug}")),
            marks: marks, moreHref: year => $"/events?year={year}&person={person.Slug}");
        var span = chart.FirstYear == chart.LastYear ? $"{chart.FirstYear}" : $"{chart.FirstYear}–{chart.LastYear}";
        var caption = chart.HasMarks
            ? $"Mentions of {person.Name} per year of publication (bars, each opening that year's articles), {span}, and {person.Name}'s events by the year they happened (dots below, each opening the event; hollow where the date is inferred). The table and the list of events below hold the same."
            : $"Mentions of {person.Name} per year of publication, {span}; each bar opens that year's articles. The table below holds the same numbers.";
        return new YearChartView("person-years", chart, caption, WithTable: false);
    }
}
