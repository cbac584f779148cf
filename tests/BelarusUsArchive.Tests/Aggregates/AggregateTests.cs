using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BelarusUsArchive.Tests.Aggregates;

/// <summary>
/// The counts the store's triggers keep (a person's articles, mentions and years, co-mentioned pairs,
/// articles per year, a person's articles per author and per outlet, and per year with each co-mentioned person, author and
/// outlet) must always equal the same counts taken the slow way over mentions and articles:
/// after an import, a re-import that changes a text, an edited date, a removed article, a merge and a rejection.
/// </summary>
public class AggregateTests
{
    private static string Article(string title, string date, params string[] sentences) =>
        $"{title}\n\nBy Jane Doe\n\nPublished: {date}\n\n{string.Join("\n\n", sentences)}\n";

    [Fact]
    public async Task The_kept_counts_equal_counts_over_the_mentions_after_imports_edits_merges_and_rejections()
    {
        using var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        var potash = folder.Write("potash.txt", Article("Minsk talks on potash transit", "12 March 2021",
            "Deputy Minister Anna Kovalenko said on 10 March 2021 that the talks would go on.",
            "Anna Kovalenko met Oleg Kravchenko in Minsk on 11 March 2021. Alexander Lukashenko was not there."));
        folder.Write("visit.txt", Article("A visit to Washington", "3 June 2019",
            "Oleg Kravchenko visited Washington. Alexander Lukashenko praised the visit, and Kravchenko thanked him.",
            "Svetlana Tikhanovskaya criticised Alexander Lukashenko."));
        folder.Write("undated.txt", "Notes without a date\n\nAlexander Lukashenko and Svetlana Tikhanovskaya were named.\n");
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        AssertCountsMatch(app, "after the import");
        Assert.True(app.InScope(db => db.CoMentionCounts.Count(c => c.Articles == 2)) > 0, "people shared two articles");

        File.AppendAllText(potash, "\nAnna Kovalenko repeated it; Svetlana Tikhanovskaya answered.\n");
        await app.ImportAsync(folder.Seeds);
        AssertCountsMatch(app, "after a re-import of a changed text");

        app.InScope(db =>
        {
            var visit = db.Articles.Single(a => a.Title.StartsWith("A visit"));
            ArchiveDate.TryParseEdtf("2016-05-01", DateSource.Editor, out var corrected);
            visit.Published = corrected;
            return db.SaveChanges();
        });
        AssertCountsMatch(app, "after a date was corrected to another year");

        app.InScope(db =>
        {
            var visit = db.Articles.Include(a => a.Authors).Single(a => a.Title.StartsWith("A visit"));
            visit.Outlet = new Outlet { Name = "Wire One", Slug = "wire-one" };
            visit.Authors.Add(new ArticleAuthor { Author = new Author { Name = "Max Roe", Slug = "max-roe" }, Order = 1 });
            return db.SaveChanges();
        });
        AssertCountsMatch(app, "after an outlet and a second author were given");
        app.InScope(db =>
        {
            var visit = db.Articles.Include(a => a.Authors).ThenInclude(x => x.Author).Single(a => a.Title.StartsWith("A visit"));
            visit.Outlet = new Outlet { Name = "Wire Two", Slug = "wire-two" };
            visit.Authors.RemoveAll(x => x.Author!.Slug != "max-roe");
            db.Articles.Single(a => a.Title.StartsWith("Minsk talks")).OutletId = visit.OutletId;
            return db.SaveChanges();
        });
        AssertCountsMatch(app, "after the outlets changed and an author was taken off");
        foreach (var (edtf, when) in new[] { ("2016-09-14", "another month of the same year"), ("2016-01", "January of that year"),
            ("2016", "that year only (the same start, only the precision changed)") })
        {
            app.InScope(db =>
            {
                ArchiveDate.TryParseEdtf(edtf, DateSource.Editor, out var corrected);
                db.Articles.Single(a => a.Title.StartsWith("A visit")).Published = corrected;
                return db.SaveChanges();
            });
            AssertCountsMatch(app, "after a date was corrected to " + when);
        }

        app.InScope(db =>
        {
            ArchiveDate.TryParseEdtf("2017-06-01", DateSource.Editor, out var corrected);
            db.Articles.Single(a => a.Title.StartsWith("A visit")).Published = corrected;
            return db.SaveChanges();
        });
        AssertCountsMatch(app, "after the year of an article with an outlet and bylines changed");
        app.InScope(db =>
        {
            var visit = db.Articles.Single(a => a.Title.StartsWith("A visit"));
            ArchiveDate.TryParseEdtf("2018-02-03", DateSource.Editor, out var corrected);
            visit.Published = corrected;
            visit.Outlet = new Outlet { Name = "Wire Three", Slug = "wire-three" };
            return db.SaveChanges();
        });
        AssertCountsMatch(app, "after an article's outlet and year changed in one update");

        var client = await EditorClient.SignInAsync(app);
        await EditorClient.PostFormAsync(client, "/editor/people/anna-kovalenko", new() { ["into"] = "oleg-kravchenko", ["confirmed"] = "true" }, "Merge");
        AssertCountsMatch(app, "after a merge");

        var rejected = app.InScope(db => db.People.Where(p => p.Mentions.Any()).OrderByDescending(p => p.Id).Select(p => new { p.Slug, p.Name }).First());
        await EditorClient.PostFormAsync(client, $"/editor/people/{rejected.Slug}", new() { ["Input.Name"] = rejected.Name, ["decision"] = "reject", ["confirmed"] = "true" });
        AssertCountsMatch(app, "after a rejection");

        app.InScope(db => db.Articles.Where(a => a.Title.StartsWith("Notes")).ExecuteDelete());
        AssertCountsMatch(app, "after an article was removed");

        app.InScope(db => db.Articles.Where(a => a.Title.StartsWith("A visit")).ExecuteDelete());
        AssertCountsMatch(app, "after an article with an outlet and bylines was removed");
        Assert.True(app.InScope(db => db.PersonOutletCounts.Count() + db.PersonAuthorCounts.Count()) > 0, "the remaining article keeps its pairs");
    }

    [Fact]
    public async Task A_store_taken_back_before_the_month_counts_and_migrated_again_counts_its_months_right()
    {
        using var folder = new TestFolder(withSeeds: false);
        File.Copy(Path.Combine(Repo.Seeds, "people.json"), Path.Combine(folder.Seeds, "people.json"));
        folder.Write("potash.txt", Article("Minsk talks on potash transit", "12 March 2021", "Anna Kovalenko met Oleg Kravchenko in Minsk on 11 March 2021."));
        folder.Write("visit.txt", Article("A visit to Washington", "2019", "Oleg Kravchenko visited Washington. Alexander Lukashenko praised the visit."));
        folder.Write("talks.txt", Article("Talks resume", "3 June 2019", "Alexander Lukashenko and Anna Kovalenko spoke."));
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var months = app.InScope(db => db.PersonMonthCounts.Count());
        Assert.True(months >= 4, $"the import kept month counts ({months})");

        app.InScope(db =>
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            var before = all[all.FindIndex(m => m.EndsWith("_AttentionMonths", StringComparison.Ordinal)) - 1];
            migrator.Migrate(before);
            Assert.Empty(db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\" FROM \"PersonArticles\" WHERE 1 = 0").ToList());
            migrator.Migrate();
            return 0;
        });
        Assert.Equal(months, app.InScope(db => db.PersonMonthCounts.Count()));
        AssertCountsMatch(app, "after the store went back before the month counts and forward again");
        app.InScope(db => db.Articles.Where(a => a.Title.StartsWith("Talks")).ExecuteDelete());
        AssertCountsMatch(app, "and its triggers keep them after an article was removed");
    }

    private static void AssertCountsMatch(ArchiveApp app, string when) => app.InScope(db =>
    {
        Assert.True(Kept(db).Order(StringComparer.Ordinal).SequenceEqual(Counted(db).Order(StringComparer.Ordinal)), $"{when}: kept {string.Join("; ", Kept(db))} but counted {string.Join("; ", Counted(db))}");
        return 0;
    });

    private static List<string> Kept(ArchiveDb db) =>
    [
        .. db.PersonArticles.AsNoTracking().AsEnumerable().Select(x => $"pa {x.PersonId} {x.ArticleId} {x.Year} {x.Month} {x.Mentions}"),
        .. db.PersonStats.AsNoTracking().AsEnumerable().Select(x => $"ps {x.PersonId} {x.Articles} {x.Mentions}"),
        .. db.CoMentionCounts.AsNoTracking().AsEnumerable().Select(x => $"co {x.PersonId} {x.OtherId} {x.Articles}"),
        .. db.PersonYearCounts.AsNoTracking().AsEnumerable().Select(x => $"py {x.PersonId} {x.Year} {x.Articles} {x.Mentions}"),
        .. db.ArticleYearCounts.AsNoTracking().AsEnumerable().Select(x => $"ay {x.Year} {x.Articles}"),
        .. db.PersonAuthorCounts.AsNoTracking().AsEnumerable().Select(x => $"pw {x.PersonId} {x.AuthorId} {x.Articles}"),
        .. db.PersonOutletCounts.AsNoTracking().AsEnumerable().Select(x => $"po {x.PersonId} {x.OutletId} {x.Articles}"),
        .. db.PersonMonthCounts.AsNoTracking().AsEnumerable().Select(x => $"pm {x.PersonId} {x.Month} {x.Articles} {x.Mentions}"),
        .. db.ArticleMonthCounts.AsNoTracking().AsEnumerable().Select(x => $"am {x.Month} {x.Articles}"),
        .. db.PersonYearFacets.AsNoTracking().AsEnumerable().Select(x => $"yf {x.PersonId} {x.Year} {(int)x.Facet} {x.ValueId} {x.Articles}"),
    ];

    /// <summary>The same counts the slow way, in memory, from the base tables.</summary>
    private static List<string> Counted(ArchiveDb db)
    {
        var dates = db.Articles.AsNoTracking().Select(a => new { a.Id, a.Published }).AsEnumerable().ToDictionary(a => a.Id, a => a.Published);
        var years = dates.ToDictionary(d => d.Key, d => d.Value?.Start.Year);
        var months = dates.ToDictionary(d => d.Key, d => d.Value is { } date
            ? date.Start.Year * 100 + (date.Precision is DatePrecision.Day or DatePrecision.Month ? date.Start.Month : 0) : (int?)null);
        var mentions = db.Mentions.AsNoTracking().Select(m => new { m.PersonId, m.ArticleId }).ToList();
        var outlets = db.Articles.AsNoTracking().Where(a => a.OutletId != null).ToDictionary(a => a.Id, a => a.OutletId!.Value);
        var bylines = db.ArticleAuthors.AsNoTracking().Select(x => new { x.ArticleId, x.AuthorId }).ToList();
        var pairs = mentions.GroupBy(m => (m.PersonId, m.ArticleId))
            .Select(g => (g.Key.PersonId, g.Key.ArticleId, Year: years[g.Key.ArticleId], Month: months[g.Key.ArticleId], Mentions: g.Count())).ToList();
        var co = from a in pairs from b in pairs where a.ArticleId == b.ArticleId && a.PersonId != b.PersonId
                 group a by (a.PersonId, Other: b.PersonId) into g select $"co {g.Key.PersonId} {g.Key.Other} {g.Count()}";
        return
        [
            .. pairs.Select(x => $"pa {x.PersonId} {x.ArticleId} {x.Year} {x.Month} {x.Mentions}"),
            .. pairs.GroupBy(x => x.PersonId).Select(g => $"ps {g.Key} {g.Count()} {g.Sum(x => x.Mentions)}"),
            .. co,
            .. pairs.Where(x => x.Year is not null).GroupBy(x => (x.PersonId, x.Year)).Select(g => $"py {g.Key.PersonId} {g.Key.Year} {g.Count()} {g.Sum(x => x.Mentions)}"),
            .. years.Values.GroupBy(y => y ?? 0).Select(g => $"ay {g.Key} {g.Count()}"),
            .. from x in pairs from b in bylines where b.ArticleId == x.ArticleId
               group x by (x.PersonId, b.AuthorId) into g select $"pw {g.Key.PersonId} {g.Key.AuthorId} {g.Count()}",
            .. pairs.Where(x => outlets.ContainsKey(x.ArticleId)).GroupBy(x => (x.PersonId, Outlet: outlets[x.ArticleId]))
               .Select(g => $"po {g.Key.PersonId} {g.Key.Outlet} {g.Count()}"),
            .. pairs.Where(x => x.Month is not null).GroupBy(x => (x.PersonId, x.Month)).Select(g => $"pm {g.Key.PersonId} {g.Key.Month} {g.Count()} {g.Sum(x => x.Mentions)}"),
            .. months.Values.GroupBy(m => m ?? 0).Select(g => $"am {g.Key} {g.Count()}"),
            .. YearFacets(pairs.Where(x => x.Year is not null).Select(x => (x.PersonId, x.ArticleId, Year: x.Year!.Value)).ToList(),
                bylines.Select(b => (b.ArticleId, b.AuthorId)).ToList(), outlets),
        ];
    }

    /// <summary>A person's articles of a year per co-mentioned person (1), author (2) and outlet (3).</summary>
    private static IEnumerable<string> YearFacets(List<(int PersonId, int ArticleId, int Year)> dated, List<(int ArticleId, int AuthorId)> bylines, Dictionary<int, int> outlets)
    {
        var values = dated.SelectMany(x =>
            dated.Where(o => o.ArticleId == x.ArticleId && o.PersonId != x.PersonId).Select(o => (Facet: 1, Value: o.PersonId))
                .Concat(bylines.Where(b => b.ArticleId == x.ArticleId).Select(b => (Facet: 2, Value: b.AuthorId)))
                .Concat(outlets.TryGetValue(x.ArticleId, out var outlet) ? [(Facet: 3, Value: outlet)] : [])
                .Select(v => (x.PersonId, x.Year, v.Facet, v.Value)));
        return values.GroupBy(v => v).Select(g => $"yf {g.Key.PersonId} {g.Key.Year} {g.Key.Facet} {g.Key.Value} {g.Count()}");
    }
}
