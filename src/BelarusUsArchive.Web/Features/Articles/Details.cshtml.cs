using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>What the commentary partial shows at one place of the article: the notes there and what they link to.</summary>
public sealed record NotesView(IReadOnlyList<Commentary> Notes, DetailsModel Page);

public class DetailsModel(ArchiveDb db) : PageModel
{
    private IReadOnlyDictionary<int, IReadOnlyList<Passage>> _passages = new Dictionary<int, IReadOnlyList<Passage>>();
    private ILookup<int?, Commentary> _replies = Array.Empty<Commentary>().ToLookup(c => c.ParentId);

    public ArticleDetails Article { get; private set; } = null!;
    public IReadOnlyList<BelarusUsArchive.Web.Features.Events.EventView> Events { get; private set; } = [];
    public IReadOnlyList<Commentary> Commentary { get; private set; } = [];
    public bool IsEditor { get; private set; }
    /// <summary>The page id of the highlight each note on a passage links to.</summary>
    public IReadOnlyDictionary<int, string> PassageAnchors { get; private set; } = new Dictionary<int, string>();

    /// <summary>Notes (not replies) on one paragraph or, for null, on the whole article: published for readers, drafts too for editors.</summary>
    public NotesView CommentaryOn(int? paragraph) => new([.. Commentary.Where(c => c.ParentId is null && c.ParagraphNumber == paragraph)], this);

    public IReadOnlyList<Commentary> RepliesTo(int noteId) => [.. _replies[noteId]];

    public IReadOnlyList<Passage> PassagesIn(int paragraph) => _passages.GetValueOrDefault(paragraph, []);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await ArticleReads.DetailsAsync(db, slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        Events = await BelarusUsArchive.Web.Features.Events.EventReads.OfArticleAsync(db, article.Summary.Id, cancellationToken);
        IsEditor = User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Editor);
        Commentary = await CommentaryReads.ForArticleAsync(db, article.Summary.Id, IsEditor, cancellationToken);
        _replies = Commentary.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId);
        PlanPassages();
        return Page();
    }

    /// <summary>Only the paragraphs that notes quote are planned: the work grows with the article's notes, not the archive.</summary>
    private void PlanPassages()
    {
        var quoted = Commentary.Where(c => c.ParentId is null && c.ParagraphNumber is not null && c.QuoteStart is not null && c.QuoteEnd is not null)
            .GroupBy(c => c.ParagraphNumber!.Value).ToList();
        var passages = new Dictionary<int, IReadOnlyList<Passage>>();
        foreach (var group in quoted)
        {
            if (Article.Paragraphs.FirstOrDefault(p => p.Number == group.Key) is { } paragraph)
            {
                passages[group.Key] = Passages.Plan(paragraph, group.Select(c => (c.Id, c.QuoteStart!.Value, c.QuoteEnd!.Value)));
            }
        }
        _passages = passages;
        PassageAnchors = passages.Values.SelectMany(ps => ps).SelectMany(p => p.NoteIds.Select(id => (id, p.Anchor))).ToDictionary(x => x.id, x => x.Anchor);
    }
}
