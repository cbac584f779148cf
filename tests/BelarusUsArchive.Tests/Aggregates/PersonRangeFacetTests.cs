using System.Net.Http.Json;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Aggregates;

/// <summary>
/// A listing filtered by a person and a year or a range of whole years reads its total and facets from the kept per-year
/// rows. What it shows must be what counting the person's articles whose dates overlap the range gives, for every
/// range, also once an article's date reaches across the start of a year (then the kept rows cannot answer, and it counts).
/// </summary>
public class PersonRangeFacetTests
{
    [Fact]
    public async Task A_persons_listing_over_years_shows_the_totals_and_facets_counted_over_the_articles_it_lists()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();
        var person = app.InScope(db => db.PersonArticles.GroupBy(x => x.PersonId).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .Join(db.People, id => id, p => p.Id, (_, p) => p.Slug).First());
        await AssertListingsCountedAsync(app, client, person, "after the import");

        // One of the person's articles now runs from the autumn of one year into the next: a range starting in January of
        // the later year overlaps it, though its year of publication is the earlier one.
        var year = app.InScope(db =>
        {
            var id = db.People.Where(p => p.Slug == person).Select(p => p.Id).First();
            var article = db.Articles.Where(a => a.Published != null && db.PersonArticles.Any(x => x.ArticleId == a.Id && x.PersonId == id)).OrderBy(a => a.Id).First();
            var y = article.Published!.Start.Year;
            article.Published = ArchiveDate.Range(new DateOnly(y, 10, 1), new DateOnly(y + 1, 2, 28), DatePrecision.Month, DateCertainty.Stated, DateSource.Editor);
            db.SaveChanges();
            return y;
        });
        await AssertListingsCountedAsync(app, client, person, $"after an article of {year} was made to reach into {year + 1}");
    }

    private static async Task AssertListingsCountedAsync(ArchiveApp app, HttpClient client, string person, string when)
    {
        var rows = app.InScope(db =>
        {
            var id = db.People.Where(p => p.Slug == person).Select(p => p.Id).First();
            return db.Articles.AsNoTracking().Where(a => db.PersonArticles.Any(x => x.ArticleId == a.Id && x.PersonId == id))
                .Select(a => new
                {
                    a.Published,
                    People = db.PersonArticles.Where(x => x.ArticleId == a.Id).Join(db.People, x => x.PersonId, p => p.Id, (_, p) => p.Slug).ToList(),
                    Authors = a.Authors.Select(x => x.Author!.Slug).ToList(),
                    Outlet = a.Outlet == null ? null : a.Outlet.Slug,
                }).AsEnumerable().Where(a => a.Published is not null).ToList();
        });
        var years = rows.Select(r => r.Published!.Start.Year).Distinct().Order().ToList();
        Assert.True(years.Count >= 1, $"{when}: the person's articles are dated");
        var filters = years.SelectMany(y => new (int? Year, string? From, string? To)[]
        {
            (y, null, null), (null, $"{y}", $"{y}"), (null, $"{y}", $"{y + 1}"), (null, $"{y + 1}", null), (null, null, $"{y}"), (null, $"{y}-06", $"{y + 1}-03"),
        });
        foreach (var (year, from, to) in filters)
        {
            var range = year is { } only ? DateRange.Parse($"{only}", $"{only}", [])! : DateRange.Parse(from, to, [])!;
            var listed = rows.Where(r => year is { } y ? r.Published!.Start.Year == y : r.Published!.Start <= range.End && r.Published.End >= range.Start).ToList();
            var query = $"/api/articles?person={person}" + (year is null ? "" : $"&year={year}") + (from is null ? "" : $"&from={from}") + (to is null ? "" : $"&to={to}");
            var answer = (await client.GetFromJsonAsync<ArticleList>(query, TestContext.Current.CancellationToken))!;
            Assert.True(listed.Count == answer.Total, $"{when}, {query}: {listed.Count} articles overlap, the listing says {answer.Total}");
            Expect(answer.Facets.Years, listed.Select(r => r.Published!.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{when}, {query}, years");
            Expect(answer.Facets.People, listed.SelectMany(r => r.People), $"{when}, {query}, people");
            Expect(answer.Facets.Authors, listed.SelectMany(r => r.Authors), $"{when}, {query}, authors");
            Expect(answer.Facets.Outlets, listed.Select(r => r.Outlet).OfType<string>(), $"{when}, {query}, outlets");
        }
    }

    private static void Expect(IReadOnlyList<FacetValue> shown, IEnumerable<string> values, string what)
    {
        var counted = values.GroupBy(v => v).Select(g => $"{g.Key} {g.Count()}").Order(StringComparer.Ordinal).ToList();
        var facet = shown.Select(v => $"{v.Value} {v.Count}").Order(StringComparer.Ordinal).ToList();
        Assert.True(counted.SequenceEqual(facet), $"{what}: counted [{string.Join(", ", counted)}], shown [{string.Join(", ", facet)}]");
    }
}
