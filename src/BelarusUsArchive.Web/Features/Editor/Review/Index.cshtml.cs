using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Review;

/// <summary>A candidate person as the queue shows it, with the fields its curation form posts back unchanged.</summary>
public sealed record CandidateRow(int Id, string Slug, string Name, string? Country, string? Description, Guid Version,
    IReadOnlyList<string> OtherSpellings, int Mentions, int Articles, string? ArticleSlug, string? ArticleTitle, int? Paragraph, string? Context);

/// <summary>An unreviewed event as the queue shows it, with the fields its curation form posts back unchanged.</summary>
public sealed record EventRow(string Slug, string Title, string? Date, string? Place, EventKind Kind, Guid Version,
    string? Quote, string? ArticleSlug, string? ArticleTitle, int? Paragraph);

/// <summary>
/// What awaits review, newest first (the import numbers records as it finds them): candidate people and events no
/// editor has confirmed or rejected. Each row's buttons post to the record's own curation page, which does the work,
/// and come back here.
/// </summary>
public class IndexModel(ArchiveDb db) : PageModel
{
    public const int Shown = 50;

    public IReadOnlyList<CandidateRow> People { get; private set; } = [];
    public IReadOnlyList<EventRow> Events { get; private set; } = [];
    public int PeopleTotal { get; private set; }
    public int EventsTotal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var candidates = db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Candidate);
        PeopleTotal = await candidates.CountAsync(cancellationToken);
        People = [.. (await candidates.OrderByDescending(p => p.Id).Take(Shown).Select(p => new
        {
            p.Id, p.Slug, p.Name, p.Country, p.Description, p.Version,
            Spellings = p.Aliases.Select(a => a.Text).ToList(),
            Stat = db.PersonStats.Where(s => s.PersonId == p.Id).Select(s => new { s.Mentions, s.Articles }).FirstOrDefault(),
            First = p.Mentions.OrderBy(m => m.ArticleId).ThenBy(m => m.Paragraph!.Number).ThenBy(m => m.Offset)
                .Select(m => new { m.Article!.Slug, m.Article.Title, m.Paragraph!.Number, m.Paragraph.Text, m.Offset }).FirstOrDefault(),
        }).ToListAsync(cancellationToken)).Select(p => new CandidateRow(p.Id, p.Slug, p.Name, p.Country, p.Description, p.Version,
            [.. p.Spellings.Where(s => s != p.Name)], p.Stat?.Mentions ?? 0, p.Stat?.Articles ?? 0,
            p.First?.Slug, p.First?.Title, p.First?.Number, p.First is null ? null : Around(p.First.Text, p.First.Offset)))];

        var unreviewed = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Extracted);
        EventsTotal = await unreviewed.CountAsync(cancellationToken);
        Events = [.. (await unreviewed.OrderByDescending(e => e.Id).Take(Shown).Select(e => new
        {
            e.Slug, e.Title, e.Date, e.Place, e.Kind, e.Version,
            Source = e.Sources.OrderBy(s => s.Id).Select(s => new { s.Quote, s.Article!.Slug, s.Article.Title, s.ParagraphNumber }).FirstOrDefault(),
        }).ToListAsync(cancellationToken)).Select(e => new EventRow(e.Slug, e.Title, e.Date?.Edtf, e.Place, e.Kind, e.Version,
            e.Source?.Quote, e.Source?.Slug, e.Source?.Title, e.Source?.ParagraphNumber))];
    }

    /// <summary>About twenty words around a mention, so the editor sees how the name is used without opening the article.</summary>
    private static string Around(string text, int offset)
    {
        var start = Math.Max(0, text.LastIndexOf(' ', Math.Clamp(offset - 80, 0, text.Length - 1)) + 1);
        var end = Math.Min(text.Length, offset + 80) is var e && e < text.Length && text.IndexOf(' ', e) is var space and >= 0 ? space : text.Length;
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
