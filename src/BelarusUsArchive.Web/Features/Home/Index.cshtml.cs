using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Home;

public class IndexModel(ArchiveDb db) : PageModel
{
    public int Articles { get; private set; }
    public int Authors { get; private set; }
    public int Outlets { get; private set; }
    public int People { get; private set; }
    public int Events { get; private set; }
    public IReadOnlyList<ArticleSummary> Latest { get; private set; } = [];
    public YearChartView YearChart { get; private set; } = null!;
    public IReadOnlyList<BelarusUsArchive.Web.Features.People.PersonSummary> TopPeople { get; private set; } = [];
    public IReadOnlyList<BelarusUsArchive.Web.Features.Events.EventView> RecentEvents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Articles.CountAsync(cancellationToken);
        Authors = await db.Authors.CountAsync(cancellationToken);
        Outlets = await db.Outlets.CountAsync(cancellationToken);
        People = await db.People.CountAsync(cancellationToken);
        Events = await db.Events.CountAsync(cancellationToken);
        var filter = new ArticleFilter(null, null, null, null, null, 1, 5);
        Latest = (await ArticleReads.ListAsync(db, filter, cancellationToken)).Items;
        YearChart = ArticleYears.Chart("home-years", await ArticleYears.CountsAsync(db, filter, cancellationToken), null, year => "/articles?year=" + year);
        TopPeople = (await BelarusUsArchive.Web.Features.People.PeopleReads.ListAsync(db, null, null, "mentions", 1, 8, cancellationToken)).Items;
        RecentEvents = await BelarusUsArchive.Web.Features.Events.EventReads.LatestAsync(db, 5, cancellationToken);
    }
}
