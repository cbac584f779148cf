using System.ComponentModel.DataAnnotations;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
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
        /// <summary>Where in the paragraph the quoted words start, when the editor selected them (the same words may stand twice).</summary>
        public int? At { get; init; }
        /// <summary>The note this one replies to; a reply takes no paragraph or passage of its own.</summary>
        public int? ReplyTo { get; init; }
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
    /// <summary>For a reply: the note replied to, by whom, and its words.</summary>
    public Model.Commentary? Parent { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    /// <summary>Set when someone else saved first: both versions, by whom and when.</summary>
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? id, int? paragraph, string? quote, int? at, int? replyTo, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, id, cancellationToken) || (id is null && replyTo is not null && Parent is null))
        {
            return NotFound();
        }
        if (id is not null)
        {
            var c = await db.Commentary.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            Input = new InputModel
            {
                Paragraph = c.ParagraphNumber, Quote = c.Quote, At = c.QuoteStart, ReplyTo = c.ParentId, Markdown = c.Markdown,
                Publish = c.Status == CommentaryStatus.Published, Version = c.Version,
            };
        }
        else
        {
            Input = new InputModel { Paragraph = replyTo is null ? paragraph : null, Quote = replyTo is null ? quote : null, At = at, ReplyTo = replyTo };
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
        var (paragraph, quoteStart) = Anchor(article, problems);
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
            ArticleId = article.Id, Markdown = "", Html = "", AuthorName = user.Shown, AuthorUserId = user.Id, CreatedAt = DateTime.UtcNow, ParentId = Parent?.Id,
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
        RevisionLog.Record(db, "commentary", comment.Id, $"{(comment.ParentId is null ? "Commentary" : "Reply")} on “{article.Title}”" + (comment.ParagraphNumber is { } pn ? $" ¶{pn}" : ""),
            user.Shown, new RevisionData(before, RevisionLog.State(comment)));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/articles/{slug}" + (comment.ParentId is not null ? $"#c{comment.Id}" : comment.ParagraphNumber is { } p ? $"#p{p}" : ""));
    }

    /// <summary>The quoted words in the paragraph shown above the form, to highlight them there.</summary>
    public (int Start, int End)? QuoteIn(string text) =>
        Input.Quote?.Trim() is { Length: > 0 } quote && Locate(text, quote, Input.At) is var at and >= 0 ? (at, at + quote.Length) : null;

    /// <summary>Where the words stand: at the offset the selection gave, if they are there, else their first occurrence (-1 if none).</summary>
    private static int Locate(string text, string quote, int? at) =>
        at is { } a && a >= 0 && a + quote.Length <= text.Length && string.CompareOrdinal(text, a, quote, 0, quote.Length) == 0
            ? a : text.IndexOf(quote, StringComparison.Ordinal);

    /// <summary>
    /// The paragraph and where in it the quoted words start (-1 for none), or the problems that make them wrong.
    /// A reply is anchored by its note, so it takes neither.
    /// </summary>
    private (Paragraph? Paragraph, int QuoteStart) Anchor(Article article, List<string> problems)
    {
        if (Input.ReplyTo is not null && Parent is null)
        {
            problems.Add("The note to reply to is not on this article.");
        }
        if (Parent is not null)
        {
            return (null, -1);
        }
        var paragraph = Input.Paragraph is { } n ? article.Paragraphs.FirstOrDefault(p => p.Number == n) : null;
        if (Input.Paragraph is not null && paragraph is null)
        {
            problems.Add($"The article has no paragraph {Input.Paragraph}.");
        }
        var quote = Input.Quote?.Trim();
        if (string.IsNullOrEmpty(quote))
        {
            return (paragraph, -1);
        }
        var start = paragraph is null ? -1 : Locate(paragraph.Text, quote, Input.At);
        if (start < 0)
        {
            problems.Add("The quoted passage must be words of the chosen paragraph, exactly as they stand.");
        }
        return (paragraph, start);
    }

    private async Task<bool> LoadAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Slug, a.Title, a.Id }).SingleOrDefaultAsync(cancellationToken);
        if (article is null || (id is not null && !await db.Commentary.AnyAsync(c => c.Id == id && c.ArticleId == article.Id, cancellationToken)))
        {
            return false;
        }
        (ArticleSlug, ArticleTitle, Id) = (article.Slug, article.Title, id);
        await LoadParentAsync(article.Id, cancellationToken);
        return true;
    }

    /// <summary>The note replied to, with its author's display name; a reply to a reply answers the same note.</summary>
    private async Task LoadParentAsync(int articleId, CancellationToken cancellationToken)
    {
        var replyTo = Id is { } id
            ? await db.Commentary.Where(c => c.Id == id).Select(c => c.ParentId).SingleAsync(cancellationToken)
            : Input.ReplyTo ?? (int.TryParse(Request.Query["replyTo"], out var asked) ? asked : null);
        if (replyTo is null)
        {
            return;
        }
        var notes = await CommentaryReads.ForArticleAsync(db, articleId, withDrafts: true, cancellationToken);
        var parent = notes.FirstOrDefault(c => c.Id == replyTo);
        Parent = parent?.ParentId is { } top ? notes.FirstOrDefault(c => c.Id == top) : parent;
    }

    private async Task LoadParagraphAsync(CancellationToken cancellationToken) =>
        ParagraphText = Input.Paragraph is { } n
            ? await db.Paragraphs.Where(p => p.Article!.Slug == ArticleSlug && p.Number == n).Select(p => p.Text).FirstOrDefaultAsync(cancellationToken)
            : null;
}
