using BelarusUsArchive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Exports;

/// <summary>The data dictionary: every exported table with its row count, downloads and columns.</summary>
public class DataModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<(ExportTable Table, int Count)> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tables = new List<(ExportTable, int)>();
        foreach (var table in ExportTables.All)
        {
            tables.Add((table, await CountAsync(table.Name, cancellationToken)));
        }
        Tables = tables;
    }

    private Task<int> CountAsync(string table, CancellationToken cancellationToken) => table switch
    {
        "articles" => db.Articles.CountAsync(cancellationToken),
        "paragraphs" => db.Paragraphs.CountAsync(cancellationToken),
        "authors" => db.Authors.CountAsync(cancellationToken),
        "article_authors" => db.ArticleAuthors.CountAsync(cancellationToken),
        "people" => db.People.CountAsync(cancellationToken),
        "aliases" => db.PersonAliases.CountAsync(cancellationToken),
        "mentions" => db.Mentions.CountAsync(cancellationToken),
        "events" => db.Events.CountAsync(cancellationToken),
        "event_participants" => db.EventParticipants.CountAsync(cancellationToken),
        "event_sources" => db.EventSources.CountAsync(cancellationToken),
        _ => Task.FromResult(0),
    };
}
