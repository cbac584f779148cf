using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Data;

public static class ArchiveSlugs
{
    /// <summary>The slug itself, or the slug with the first free numeric suffix (-2, -3, …).</summary>
    public static async Task<string> UniqueAsync(IQueryable<string> taken, string slug, CancellationToken cancellationToken)
    {
        var clashes = await taken.Where(s => s == slug || s.StartsWith(slug + "-")).ToListAsync(cancellationToken);
        if (!clashes.Contains(slug))
        {
            return slug;
        }
        var n = 2;
        while (clashes.Contains($"{slug}-{n}"))
        {
            n++;
        }
        return $"{slug}-{n}";
    }

    /// <summary>The same choice over slugs held in memory (an import run keeps those it hands out).</summary>
    public static string Unique(IReadOnlySet<string> taken, string slug)
    {
        if (!taken.Contains(slug))
        {
            return slug;
        }
        var n = 2;
        while (taken.Contains($"{slug}-{n}"))
        {
            n++;
        }
        return $"{slug}-{n}";
    }
}
