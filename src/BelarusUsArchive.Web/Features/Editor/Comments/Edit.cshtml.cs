using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.History;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Comments;

/// <summary>
/// Writes or edits a commentary on an article, a paragraph or a passage of one, with a preview and a
/// revision at every save. A save made over someone else's newer save is refused with both versions shown.
/// </summary>
public class EditModel(ArchiveDb db, UserManager<EditorUser> users) : PageModel
{
    public sealed record InputModel
    {
        public int? Paragraph { get; init; }
        [StringLength(2000)] public string? Quote { get; init; }
        [Required(ErrorMessage = "Write the commentary."), StringLength(50_000)] public string Markdown { get; init; } = "";
        public bool Publish { get; init; }
        public Guid? Version { get; init; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string ArticleSlug { get; private set; } = "";
    public string ArticleTitle { get; private set; } = "";
    public int? Id { get; private set; }
    public string? PreviewHtml { get; private set; }
    public string? ParagraphText { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    /// <summary>Set when someone else saved first: both versions, by whom and when.</summary>
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? id, int? paragraph, string? quote, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, id, cancellationToken))
        {
            return NotFound();
        }
        if (id is not null)
        {
            var c = await db.Commentary.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            Input = new InputModel { Paragraph = c.ParagraphNumber, Quote = c.Quote, Markdown = c.Markdown, Publish = c.Status == CommentaryStatus.Published, Version = c.Version };
        }
        else
        {
            Input = new InputModel { Paragraph = paragraph, Quote = quote };
        }
        await LoadParagraphAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, id, cancellationToken))
        {
            return NotFound();
        }
        PreviewHtml = BelarusUsArchive.Web.Rendering.Markdown.TryToSafeHtml(Input.Markdown);
        if (PreviewHtml is null)
        {
            Problems = [BelarusUsArchive.Web.Rendering.Markdown.TooDeep];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadParagraphAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, id, cancellationToken))
        {
            return NotFound();
        }
        var article = await db.Articles.Include(a => a.Paragraphs).SingleAsync(a => a.Slug == slug, cancellationToken);
        var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        var paragraph = Input.Paragraph is { } n ? article.Paragraphs.FirstOrDefault(p => p.Number == n) : null;
        if (Input.Paragraph is not null && paragraph is null)
        {
            problems.Add($"The article has no paragraph {Input.Paragraph}.");
        }
        var quoteStart = paragraph is not null && !string.IsNullOrWhiteSpace(Input.Quote) ? paragraph.Text.IndexOf(Input.Quote.Trim(), StringComparison.Ordinal) : -1;
        if (!string.IsNullOrWhiteSpace(Input.Quote) && quoteStart < 0)
        {
            problems.Add("The quoted passage must be words of the chosen paragraph, exactly as they stand.");
        }
        var html = BelarusUsArchive.Web.Rendering.Markdown.TryToSafeHtml(Input.Markdown);
        if (html is null)
        {
            problems.Add(BelarusUsArchive.Web.Rendering.Markdown.TooDeep);
        }
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadParagraphAsync(cancellationToken);
            return Page();
        }
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("no user");
        var comment = id is null ? null : await db.Commentary.SingleAsync(c => c.Id == id, cancellationToken);
        var (stored, before) = (comment?.Version, comment is null ? null : RevisionLog.State(comment));
        comment ??= db.Commentary.Add(new Model.Commentary
        {
            ArticleId = article.Id, Markdown = "", Html = "", AuthorName = user.Shown, AuthorUserId = user.Id, CreatedAt = DateTime.UtcNow,
        }).Entity;
        comment.ParagraphNumber = paragraph?.Number;
        comment.Quote = quoteStart >= 0 ? Input.Quote!.Trim() : null;
        comment.QuoteStart = quoteStart >= 0 ? quoteStart : null;
        comment.QuoteEnd = quoteStart >= 0 ? quoteStart + Input.Quote!.Trim().Length : null;
        comment.Markdown = Input.Markdown;
        comment.Html = html!;
        comment.Status = Input.Publish ? CommentaryStatus.Published : CommentaryStatus.Draft;
        comment.UpdatedAt = DateTime.UtcNow;
        comment.Version = Guid.NewGuid();
        // A new commentary has no version to race for.
        if (!await Conflicts.TrySaveAsync(db, stored ?? Guid.Empty, stored is null ? Guid.Empty : Input.Version, cancellationToken))
        {
            var theirs = await db.Commentary.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            Conflict = await Conflicts.ShowAsync(this, db, "commentary", theirs.Id, theirs.Version, RevisionLog.State(theirs), RevisionLog.State(comment), cancellationToken);
            await LoadParagraphAsync(cancellationToken);
            return Page();
        }
        RevisionLog.Record(db, "commentary", comment.Id, $"Commentary on “{article.Title}”" + (comment.ParagraphNumber is { } pn ? $" ¶{pn}" : ""),
            user.Shown, new RevisionData(before, RevisionLog.State(comment)));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/articles/{slug}" + (comment.ParagraphNumber is { } p ? $"#p{p}" : ""));
    }

    private async Task<bool> LoadAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Slug, a.Title, a.Id }).SingleOrDefaultAsync(cancellationToken);
        if (article is null || (id is not null && !await db.Commentary.AnyAsync(c => c.Id == id && c.ArticleId == article.Id, cancellationToken)))
        {
            return false;
        }
        (ArticleSlug, ArticleTitle, Id) = (article.Slug, article.Title, id);
        return true;
    }

    private async Task LoadParagraphAsync(CancellationToken cancellationToken) =>
        ParagraphText = Input.Paragraph is { } n
            ? await db.Paragraphs.Where(p => p.Article!.Slug == ArticleSlug && p.Number == n).Select(p => p.Text).FirstOrDefaultAsync(cancellationToken)
            : null;
}
