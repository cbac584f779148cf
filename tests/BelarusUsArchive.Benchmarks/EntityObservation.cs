using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Benchmarks;

/// <summary>What the archive stored for each article: its date, its people with their mention counts, and its events.</summary>
public static class EntityObservation
{
    public static List<ObservedArticle> Read(ArchiveDb db)
    {
        var articles = db.Articles.AsNoTracking().Select(a => new { a.Id, a.SourceFile, a.Published }).ToList();
        var people = db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Rejected).ToDictionary(p => p.Id, p => p.Name);
        var mentions = db.Mentions.AsNoTracking().Select(m => new { m.ArticleId, m.PersonId }).ToList();
        var events = db.Events.AsNoTracking().Include(e => e.Participants).Include(e => e.Sources)
            .Where(e => e.Status != EventStatus.Rejected && e.Date != null).ToList();
        return [.. articles.Select(a => new ObservedArticle(
            Path.GetFileName(a.SourceFile),
            a.Published?.Edtf,
            mentions.Where(m => m.ArticleId == a.Id && people.ContainsKey(m.PersonId)).GroupBy(m => people[m.PersonId])
                .ToDictionary(g => g.Key, g => g.Count()),
            [.. events.Where(e => e.Sources.Any(s => s.ArticleId == a.Id)).Select(e => new ObservedEvent(
                e.Date!.Edtf, e.Date.Start, e.Date.End, e.Title,
                [.. e.Participants.Select(p => people.GetValueOrDefault(p.PersonId, "?"))],
                e.Place,
                [.. e.Sources.Where(s => s.ArticleId == a.Id).Select(s => s.Quote)]))]))];
    }
}
