using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Import;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Articles;

/// <summary>
/// Writes an editor's values into an article's metadata, shared by the correction form and a restore: each field
/// that changes is marked corrected, so a re-import of the source never overwrites it.
/// </summary>
public static class ArticleFields
{
    /// <summary>The article with what its metadata needs (outlet, authors in order), tracked.</summary>
    public static Task<Article?> LoadAsync(ArchiveDb db, string slug, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Outlet).Include(a => a.Authors).ThenInclude(x => x.Author).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);

    /// <summary>Sets title, subtitle, authors, outlet and date (EDTF, already checked) where they differ from the stored ones.</summary>
    public static async Task ApplyAsync(ArchiveDb db, Article article, History.RecordState wanted, CancellationToken cancellationToken)
    {
        var before = History.RevisionLog.State(article);
        var corrected = article.CorrectedFields.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        foreach (var (name, _, to) in before.Changes(wanted))
        {
            switch (name)
            {
                case "title": article.Title = to!.Trim(); break;
                case "subtitle": article.Subtitle = Empty(to); break;
                case "source": article.SourceUrl = Empty(to); break;
                case "published" or "~date source": article.Published = Date(wanted); break;
                case "outlet": article.Outlet = await OutletAsync(db, Empty(to), cancellationToken); break;
                case "authors": await SetAuthorsAsync(db, article, to, cancellationToken); break;
                default: continue;
            }
            corrected.Add(name switch { "~date source" => "published", "source" => "sourceUrl", _ => name });
        }
        // A restore puts back which fields were corrected too: restoring the import's state hands them back to the import.
        article.CorrectedFields = wanted.Fields.Any(f => f.Name == "~corrected") ? wanted["~corrected"] ?? "" : string.Join(',', corrected.Order());
        article.Version = Guid.NewGuid();
    }

    /// <summary>The wanted date, from the source it had (a restore) or from the editor.</summary>
    private static ArchiveDate? Date(History.RecordState wanted) =>
        Empty(wanted["published"]) is { } edtf && ArchiveDate.TryParseEdtf(edtf, Enum.TryParse<DateSource>(wanted["~date source"], out var source) ? source : DateSource.Editor, out var date)
            ? date : null;

    public static string[] SplitNames(string? names) => (names ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static async Task<Outlet?> OutletAsync(ArchiveDb db, string? name, CancellationToken cancellationToken)
    {
        if (name is null)
        {
            return null;
        }
        var slug = Slugs.From(name);
        return await db.Outlets.FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken) ?? new Outlet { Name = name, Slug = slug };
    }

    private static async Task SetAuthorsAsync(ArchiveDb db, Article article, string? names, CancellationToken cancellationToken)
    {
        article.Authors.Clear();
        var order = 1;
        foreach (var name in AuthorNames.Fold(SplitNames(names)))
        {
            var slug = Slugs.From(name);
            var author = await db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) ?? new Author { Name = name, Slug = slug };
            article.Authors.Add(new ArticleAuthor { Author = author, Order = order++ });
        }
    }
}
