using System.Globalization;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Events;

/// <summary>
/// A person's events are read one of two ways, whichever the kept counts say is cheaper: each event the dates or years
/// hand over is checked for the person, or the statement starts from the person's own events. Both must select exactly
/// the events the API lists with the person among their participants, alone and with a year, a range or a kind.
/// </summary>
public sealed class PersonEventPlansTests(EventSeedsFixture seeds) : StoreTest, IClassFixture<EventSeedsFixture>
{
    [Fact]
    public void Both_ways_of_reading_a_persons_events_select_the_events_they_take_part_in()
    {
        var people = seeds.Events.SelectMany(e => e.Participants()).Distinct().Order(StringComparer.Ordinal).ToList();
        var years = seeds.Events.Where(e => e.GetProperty("date").ValueKind != System.Text.Json.JsonValueKind.Null).Select(e => e.Start().Year).Distinct().ToList();
        var kinds = seeds.Events.Select(e => e.Str("kind")).Distinct().ToList();
        var checkedFilters = 0;
        foreach (var person in people)
        {
            var filters = new List<EventFilter> { new(null, person, null, null) };
            filters.AddRange(years.Select(y => new EventFilter(y, person, null, null)));
            filters.AddRange(years.Select(y => new EventFilter(null, person, null, null, $"{y}-03", $"{y + 1}-06")));
            filters.AddRange(kinds.Select(k => new EventFilter(null, person, k.ToLowerInvariant(), null)));
            foreach (var filter in filters)
            {
                var expected = seeds.Events.Where(e => e.Participants().Contains(person) && Matches(e, filter)).Select(e => e.Str("slug")).Order(StringComparer.Ordinal).ToList();
                foreach (var byPerson in new[] { false, true })
                {
                    var selected = seeds.App.InScope(db => filter.Apply(db.Events.AsNoTracking(), db, byPerson).Select(e => e.Slug).ToList());
                    Assert.True(expected.SequenceEqual(selected.Order(StringComparer.Ordinal)),
                        $"{filter} read {(byPerson ? "from the person's events" : "along the dates")}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", selected)}]");
                }
                checkedFilters += expected.Count > 0 ? 1 : 0;
            }
        }
        // The seeds give people events in several years and kinds, so most of these filters select something.
        Assert.True(checkedFilters > people.Count * 2, $"only {checkedFilters} filters selected any event");
    }

    private static bool Matches(System.Text.Json.JsonElement e, EventFilter filter)
    {
        var (first, last) = filter.Year is { } y ? (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))
            : filter.From is { } from ? (DateOnly.ParseExact(from + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(filter.To! + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1))
            : (DateOnly.MinValue, DateOnly.MaxValue);
        if (e.GetProperty("date").ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            return filter.Year is null && filter.From is null && (filter.Kind is null || string.Equals(e.Str("kind"), filter.Kind, StringComparison.OrdinalIgnoreCase));
        }
        return e.Start() <= last && e.End() >= first && (filter.Kind is null || string.Equals(e.Str("kind"), filter.Kind, StringComparison.OrdinalIgnoreCase));
    }
}
