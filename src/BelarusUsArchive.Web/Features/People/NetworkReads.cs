using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>Who is mentioned with whom: the people, and the pairs with the number of articles they share.</summary>
/// <param name="AllNeighbours">Everyone mentioned with the focused person (more than are drawn when they are many).</param>
public sealed record CoMentionNetwork(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int AllPairs, NetworkNode? Focus, int AllNeighbours);

/// <summary>
/// The co-mention network read with a fixed number of queries whatever its size: the node set
/// (the people in most articles, or one person's strongest neighbours), then every pair among
/// them counted in one grouped self-join of the distinct (article, person) mentions.
/// </summary>
public static class NetworkReads
{
    public const int MaxPeople = 30;
    public const int MaxEdges = 200;

    public static async Task<CoMentionNetwork?> ReadAsync(ArchiveDb db, string? focusSlug, int minShared, CancellationToken cancellationToken)
    {
        int? focusId = null;
        if (focusSlug is not null)
        {
            focusId = await db.People.Where(p => p.Slug == focusSlug && p.Status != PersonStatus.Rejected)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (focusId is null)
            {
                return null;
            }
        }
        var (ids, allNeighbours) = focusId is { } id ? await NeighboursAsync(db, id, minShared, cancellationToken) : (await BusiestAsync(db, MaxPeople, cancellationToken), 0);
        var edges = await db.CoMentionCounts.AsNoTracking()
            .Where(c => c.PersonId < c.OtherId && ids.Contains(c.PersonId) && ids.Contains(c.OtherId) && c.Articles >= minShared)
            .Select(c => new NetworkEdge(c.PersonId, c.OtherId, c.Articles))
            .ToListAsync(cancellationToken);
        var linked = edges.SelectMany(e => new[] { e.A, e.B }).Append(focusId ?? 0).ToHashSet();
        var nodes = await (from p in db.People.AsNoTracking()
                           join s in db.PersonStats on p.Id equals s.PersonId into stats
                           from s in stats.DefaultIfEmpty()
                           where ids.Contains(p.Id)
                           select new NetworkNode(p.Id, p.Slug, p.Name, s == null ? 0 : s.Articles))
            .ToListAsync(cancellationToken);
        var drawn = edges.OrderByDescending(e => e.Shared).ThenBy(e => e.A).ThenBy(e => e.B).Take(MaxEdges).ToList();
        return new CoMentionNetwork([.. nodes.Where(n => linked.Contains(n.Id)).OrderBy(n => n.Name, StringComparer.Ordinal)], drawn, edges.Count,
            nodes.FirstOrDefault(n => n.Id == focusId), allNeighbours);
    }

    /// <summary>The people in most articles (the trigger-kept PersonStats), for the filter's choices and the whole network's nodes.</summary>
    public static async Task<List<int>> BusiestAsync(ArchiveDb db, int count, CancellationToken cancellationToken) =>
        await (from s in db.PersonStats
               join p in db.People on s.PersonId equals p.Id
               where p.Status != PersonStatus.Rejected
               orderby s.Articles descending, s.PersonId
               select s.PersonId).Take(count).ToListAsync(cancellationToken);

    public static async Task<List<(string Slug, string Name)>> ChoicesAsync(ArchiveDb db, CancellationToken cancellationToken)
    {
        var ids = await BusiestAsync(db, 100, cancellationToken);
        var people = await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Slug, p.Name }).ToListAsync(cancellationToken);
        return [.. people.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Slug, p.Name))];
    }

    /// <summary>The focused person and those who share most articles with them (CoMentionCounts); and how many share any.</summary>
    private static async Task<(List<int> Ids, int All)> NeighboursAsync(ArchiveDb db, int focus, int minShared, CancellationToken cancellationToken)
    {
        var neighbours = await (from c in db.CoMentionCounts
                                join p in db.People on c.OtherId equals p.Id
                                where c.PersonId == focus && c.Articles >= minShared && p.Status != PersonStatus.Rejected
                                select new { Id = c.OtherId, Shared = c.Articles })
            .ToListAsync(cancellationToken);
        return ([focus, .. neighbours.OrderByDescending(n => n.Shared).ThenBy(n => n.Id).Take(MaxPeople - 1).Select(n => n.Id)], neighbours.Count);
    }
}
