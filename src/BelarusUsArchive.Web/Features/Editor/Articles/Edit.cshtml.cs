using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Import;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Articles;

/// <summary>
/// Corrects an article's metadata. Each changed field is marked corrected, so a re-import of the source
/// never overwrites it; each save keeps a revision; a save over a newer one is refused and shown.
/// </summary>
public class EditModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public sealed record InputModel
    {
        [Required, StringLength(400)] public string Title { get; init; } = "";
        [StringLength(1000)] public string? Subtitle { get; init; }
        [StringLength(1000)] public string? Authors { get; init; }
        [StringLength(200)] public string? Outlet { get; init; }
        [StringLength(40)] public string? Published { get; init; }
        [StringLength(Sidecar.MaxUrl)] public string? SourceUrl { get; init; }
        public Guid Version { get; init; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Slug { get; private set; } = "";
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? ConflictBy { get; private set; }
    public InputModel? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await LoadAsync(slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Input = Current(article);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await LoadAsync(slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        ArchiveDate? published = null;
        if (!string.IsNullOrWhiteSpace(Input.Published) && !ArchiveDate.TryParseEdtf(Input.Published, DateSource.Editor, out published))
        {
            problems.Add($"“{Input.Published}” is not an EDTF date: write 2019, 2019-11, 2019-11-21, or add ? for an uncertain one (2015-06?).");
        }
        if (Empty(Input.SourceUrl) is { } url && url != article.SourceUrl && !Sidecar.IsWebUrl(url))
        {
            problems.Add($"“{url}” is not a web address: write it whole, starting with https:// or http://.");
        }
        if (AuthorNames.Problem(SplitNames(Input.Authors)) is { } authorProblem)
        {
            problems.Add(authorProblem);
        }
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (article.Version != Input.Version)
        {
            return await ConflictAsync(article, cancellationToken);
        }
        var before = Current(article);
        var corrected = article.CorrectedFields.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (before.Title != Input.Title.Trim()) { article.Title = Input.Title.Trim(); corrected.Add("title"); }
        if (before.Subtitle != Empty(Input.Subtitle)) { article.Subtitle = Empty(Input.Subtitle); corrected.Add("subtitle"); }
        if (before.SourceUrl != Empty(Input.SourceUrl)) { article.SourceUrl = Empty(Input.SourceUrl); corrected.Add("sourceUrl"); }
        if (before.Published != Empty(Input.Published)) { article.Published = published; corrected.Add("published"); }
        if (before.Outlet != Empty(Input.Outlet)) { article.Outlet = await OutletAsync(Empty(Input.Outlet), cancellationToken); corrected.Add("outlet"); }
        if (before.Authors != Empty(Input.Authors)) { await SetAuthorsAsync(article, Input.Authors, cancellationToken); corrected.Add("authors"); }
        article.CorrectedFields = string.Join(',', corrected.Order());
        article.Version = Guid.NewGuid();
        var user = await users.GetUserAsync(User);
        RevisionLog.Record(db, "article", article.Id, $"Corrected “{article.Title}”", user?.Shown ?? "?",
            ("title", article.Title), ("subtitle", article.Subtitle), ("authors", Input.Authors), ("outlet", Empty(Input.Outlet)),
            ("published", article.Published?.Edtf), ("source", article.SourceUrl), ("corrected", article.CorrectedFields));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Both saves passed the version check at once; show the one that won, as the check above would have.
            db.ChangeTracker.Clear();
            return await ConflictAsync((await LoadAsync(slug, cancellationToken))!, cancellationToken);
        }
        return Redirect($"/articles/{slug}");
    }

    /// <summary>Someone saved first: their values and who saved them, beside the editor's own still in the form.</summary>
    private async Task<PageResult> ConflictAsync(Article article, CancellationToken cancellationToken)
    {
        Theirs = Current(article);
        ConflictBy = await db.Revisions.Where(r => r.EntityType == "article" && r.EntityId == article.Id)
            .OrderByDescending(r => r.CreatedAt).Select(r => r.UserName + " at " + r.CreatedAt.ToString("yyyy-MM-dd HH:mm") + " UTC")
            .FirstOrDefaultAsync(cancellationToken) ?? "the import";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<Article?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        Slug = slug;
        return await db.Articles.Include(a => a.Outlet).Include(a => a.Authors).ThenInclude(x => x.Author).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
    }

    private static InputModel Current(Article a) => new()
    {
        Title = a.Title,
        Subtitle = a.Subtitle,
        Authors = Empty(string.Join(", ", a.Authors.OrderBy(x => x.Order).Select(x => x.Author!.Name))),
        Outlet = a.Outlet?.Name,
        Published = a.Published?.Edtf,
        SourceUrl = a.SourceUrl,
        Version = a.Version,
    };

    private static string[] SplitNames(string? names) => (names ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<Outlet?> OutletAsync(string? name, CancellationToken cancellationToken)
    {
        if (name is null)
        {
            return null;
        }
        var slug = Slugs.From(name);
        return await db.Outlets.FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken) ?? new Outlet { Name = name, Slug = slug };
    }

    private async Task SetAuthorsAsync(Article article, string? names, CancellationToken cancellationToken)
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
