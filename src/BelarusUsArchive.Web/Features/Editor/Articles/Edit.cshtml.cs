using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Import;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static BelarusUsArchive.Web.Features.Editor.Articles.ArticleFields;

namespace BelarusUsArchive.Web.Features.Editor.Articles;

/// <summary>
/// Corrects an article's metadata. Each changed field is marked corrected, so a re-import of the source
/// never overwrites it; each save keeps a revision with the state before it; a save over a newer one is refused and shown.
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

        public RecordState State() => new(("title", Title.Trim()), ("subtitle", Empty(Subtitle)), ("authors", Empty(Authors)), ("outlet", Empty(Outlet)), ("published", Empty(Published)), ("source", Empty(SourceUrl)));
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Slug { get; private set; } = "";
    public int Id { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Slug = slug;
        if (await LoadAsync(db, slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        Id = article.Id;
        var state = RevisionLog.State(article);
        Input = new InputModel
        {
            Title = article.Title, Subtitle = article.Subtitle, Authors = Empty(state["authors"]), Outlet = article.Outlet?.Name,
            Published = article.Published?.Edtf, SourceUrl = article.SourceUrl, Version = article.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        Slug = slug;
        if (await LoadAsync(db, slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        Id = article.Id;
        var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        ArchiveDate? published = null;
        if (!string.IsNullOrWhiteSpace(Input.Published) && !DateExpressions.TryRead(Input.Published, DateSource.Editor, out published))
        {
            problems.Add($"“{Input.Published}” is not an EDTF date: write 2019, 2019-11, 2019-11-21, or add ? for an uncertain one (2015-06?), or a date such as 21 November 2019.");
        }
        // A written date ("21 November 2019") is kept as the EDTF it means.
        Input = Input with { Published = published?.Edtf ?? Input.Published };
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
        var (stored, before) = (article.Version, RevisionLog.State(article));
        await ApplyAsync(db, article, Input.State(), cancellationToken);
        var user = await users.GetUserAsync(User);
        RevisionLog.Record(db, "article", article.Id, $"Corrected “{article.Title}”", user?.Shown ?? "?", new RevisionData(before, RevisionLog.State(article)));
        if (!await Conflicts.TrySaveAsync(db, stored, Input.Version, cancellationToken))
        {
            var theirs = (await LoadAsync(db, slug, cancellationToken))!;
            Conflict = await Conflicts.ShowAsync(this, db, "article", theirs.Id, theirs.Version, RevisionLog.State(theirs), Input.State(), cancellationToken);
            return Page();
        }
        return Redirect($"/articles/{slug}");
    }
}
