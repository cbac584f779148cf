using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Aggregates;

/// <summary>
/// The event rows the store's triggers keep (each year an event reaches into; events per start month, kind and precision,
/// for everyone and per participant) must always equal the same taken the slow way over events and participants: after an
/// import, edited dates (across years, a decade), kinds, a rejection, participants added, moved and removed, a merge of
/// people, and removed events.
/// </summary>
public class EventCountTests
{
    private static string Article(string title, string date, params string[] sentences) =>
        $"{title}\n\nBy Jane Doe\n\nPublished: {date}\n\n{string.Join("\n\n", sentences)}\n";

    [Fact]
    public async Task The_kept_event_counts_equal_counts_over_the_events_after_imports_and_edits()
    {
        using var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", Article("Minsk talks on potash transit", "12 March 2021",
            "Anna Kovalenko met Oleg Kravchenko in Minsk on 11 March 2021.",
            "The United States imposed sanctions on Belaruskali in August 2021."));
        folder.Write("visit.txt", Article("A visit to Washington", "3 June 2019",
            "Oleg Kravchenko visited Washington on 2 June 2019. Alexander Lukashenko praised the visit.",
            "Svetlana Tikhanovskaya met Alexander Lukashenko in 2019."));
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        Assert.True(app.InScope(db => db.Events.Count()) >= 2, "the texts report events");
        AssertRowsMatch(app, "after the import");

        app.InScope(db =>
        {
            var events = db.Events.OrderBy(e => e.Id).ToList();
            events[0].Date = ArchiveDate.Range(new DateOnly(2017, 11, 1), new DateOnly(2020, 2, 1), DatePrecision.Month, DateCertainty.Stated, DateSource.Editor);
            events[1].Date = ArchiveDate.Decade(2010, DateCertainty.Stated, DateSource.Editor);
            events[1].Kind = events[1].Kind == EventKind.Other ? EventKind.Visit : EventKind.Other;
            return db.SaveChanges();
        });
        AssertRowsMatch(app, "after dates were made to span years and a decade, and a kind changed");

        app.InScope(db =>
        {
            var events = db.Events.OrderBy(e => e.Id).ToList();
            events[0].Date = null;
            events[^1].Status = EventStatus.Rejected;
            return db.SaveChanges();
        });
        AssertRowsMatch(app, "after a date was taken off and an event rejected");

        app.InScope(db =>
        {
            var people = db.People.OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToList();
            var events = db.Events.Include(e => e.Participants).OrderBy(e => e.Id).ToList();
            events[1].Participants.Clear();
            events[^1].Status = EventStatus.Extracted;
            foreach (var e in events)
            {
                foreach (var person in people.Where(p => e.Participants.All(x => x.PersonId != p)))
                {
                    e.Participants.Add(new EventParticipant { PersonId = person });
                }
            }
            return db.SaveChanges();
        });
        AssertRowsMatch(app, "after participants were removed and added and an event taken back");

        var client = await EditorClient.SignInAsync(app);
        var (from, into) = app.InScope(db =>
        {
            var ids = db.EventParticipants.Select(x => x.PersonId).Distinct().OrderBy(id => id).Take(2).ToList();
            return (db.People.Single(p => p.Id == ids[0]).Slug, db.People.Single(p => p.Id == ids[1]).Slug);
        });
        await EditorClient.PostFormAsync(client, $"/editor/people/{from}", new() { ["into"] = into, ["confirmed"] = "true" }, "Merge");
        AssertRowsMatch(app, "after a merge of two participants");

        app.InScope(db => db.Events.Where(e => e.Id == db.Events.Max(x => x.Id)).ExecuteDelete());
        AssertRowsMatch(app, "after an event was removed");
        app.InScope(db => db.Articles.ExecuteDelete());
        app.InScope(db => db.Events.ExecuteDelete());
        AssertRowsMatch(app, "after everything was removed");
        Assert.Equal(0, app.InScope(db => db.EventYears.Count() + db.EventMonthCounts.Count()));
    }

    private static void AssertRowsMatch(ArchiveApp app, string when) => app.InScope(db =>
    {
        var kept = Kept(db).Order(StringComparer.Ordinal).ToList();
        var counted = Counted(db).Order(StringComparer.Ordinal).ToList();
        Assert.True(kept.SequenceEqual(counted), $"{when}: kept {string.Join("; ", kept)} but counted {string.Join("; ", counted)}");
        return 0;
    });

    private static List<string> Kept(ArchiveDb db) =>
    [
        .. db.EventYears.AsNoTracking().AsEnumerable().Select(x => $"ey {x.Year} {x.EventId}"),
        .. db.EventMonthCounts.AsNoTracking().AsEnumerable().Select(x => $"em {x.PersonId} {x.Month} {x.Kind} {x.Precision} {x.Events}"),
    ];

    /// <summary>The same rows the slow way, in memory, from the base tables.</summary>
    private static List<string> Counted(ArchiveDb db)
    {
        var events = db.Events.AsNoTracking().Where(e => e.Date != null).Select(e => new { e.Id, e.Date, e.Kind, e.Status }).ToList();
        var participants = db.EventParticipants.AsNoTracking().Select(x => new { x.EventId, x.PersonId }).ToList();
        var counted = events.Where(e => e.Status != EventStatus.Rejected)
            .SelectMany(e => participants.Where(x => x.EventId == e.Id).Select(x => x.PersonId).Prepend(EventMonthCount.Everyone)
                .Select(person => (Person: person, Month: e.Date!.Start.Year * 100 + e.Date.Start.Month, e.Kind, e.Date.Precision)));
        return
        [
            .. events.SelectMany(e => Enumerable.Range(e.Date!.Start.Year, e.Date.End.Year - e.Date.Start.Year + 1).Select(y => $"ey {y} {e.Id}")),
            .. counted.GroupBy(c => c).Select(g => $"em {g.Key.Person} {g.Key.Month} {g.Key.Kind} {g.Key.Precision} {g.Count()}"),
        ];
    }
}
