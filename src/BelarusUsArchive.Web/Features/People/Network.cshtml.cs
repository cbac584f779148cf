using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>/people/network?person=&amp;min=: who is mentioned with whom, as a picture and as a table of pairs.</summary>
public class NetworkModel(ArchiveDb db) : PageModel
{
    public string? Person { get; private set; }
    public int Min { get; private set; } = 1;
    public CoMentionNetwork? Network { get; private set; }
    public NetworkLayout? Layout { get; private set; }
    public IReadOnlyList<(string Slug, string Name)> Choices { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Person = Request.Query["person"].ToString().Trim() is { Length: > 0 } slug ? slug : null;
        var minText = Request.Query["min"].ToString().Trim();
        if (minText.Length > 0 && !(int.TryParse(minText, out var min) && min is >= 1 and <= 1000))
        {
            Problem = $"“{minText}” is not a number of shared articles from 1 to 1000.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Min = minText.Length > 0 ? int.Parse(minText, System.Globalization.CultureInfo.InvariantCulture) : 1;
        Choices = await NetworkReads.ChoicesAsync(db, cancellationToken);
        Network = await NetworkReads.ReadAsync(db, Person, Min, cancellationToken);
        if (Network is null)
        {
            Problem = $"No one in the archive has the address “{Person}”.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Layout = NetworkLayout.Circle(Network.Nodes, Network.Edges, Network.Focus?.Id);
    }

    public string NameOf(int id) => Network!.Nodes.First(n => n.Id == id).Name;
}
