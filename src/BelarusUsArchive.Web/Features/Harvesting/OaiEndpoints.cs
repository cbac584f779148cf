using System.Xml;
using BelarusUsArchive.Web.Data;
using Microsoft.Extensions.Primitives;

namespace BelarusUsArchive.Web.Features.Harvesting;

/// <summary>
/// /oai: an OAI-PMH 2.0 repository of the articles (oai_dc), for harvesters such as Omeka S, BASE or a library's
/// discovery system. Protocol errors are answered with status 200, as the protocol requires. GET only: every POST
/// of the site is an editor's form with an antiforgery token, and harvesters send GET in practice.
/// </summary>
public static class OaiEndpoints
{
    public static IEndpointRouteBuilder MapHarvesting(this IEndpointRouteBuilder app)
    {
        app.MapGet("/oai", (HttpContext http, ArchiveDb db, IConfiguration config, TimeProvider clock, CancellationToken ct) =>
            AnswerAsync(http, http.Request.Query, db, config, clock, ct)).ExcludeFromDescription();
        app.MapSitemap();
        return app;
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, IEnumerable<KeyValuePair<string, StringValues>> arguments, ArchiveDb db, IConfiguration config, TimeProvider clock, CancellationToken ct)
    {
        var request = http.Request;
        var oai = new OaiXml($"{request.Scheme}://{request.Host}{request.PathBase}", request.Host.Host);
        var now = clock.GetUtcNow().UtcDateTime;
        var pairs = arguments.ToList();
        var (parsed, errors) = OaiRequest.Parse(pairs);
        // The request element echoes the arguments only when they were well formed (protocol section 3.2).
        var echo = errors.Any(e => e.Code is "badVerb" or "badArgument") ? []
            : pairs.Where(p => p.Value.Count == 1).Select(p => new KeyValuePair<string, string>(p.Key, p.Value[0]!)).ToList();
        if (parsed is null)
        {
            return Xml(oai.Write(now, echo, xml => OaiXml.Errors(xml, errors)));
        }
        var pageSize = Math.Max(1, config.GetValue("Archive:OaiPageSize", 100));
        var verbs = new OaiVerbs(db, oai, pageSize, ct);
        Action<XmlWriter> body = parsed.Verb switch
        {
            "Identify" => await verbs.IdentifyAsync(),
            "ListMetadataFormats" => await verbs.ListMetadataFormatsAsync(parsed),
            "ListSets" => await verbs.ListSetsAsync(),
            "GetRecord" => await verbs.GetRecordAsync(parsed),
            _ => await verbs.ListAsync(parsed, withRecords: parsed.Verb == "ListRecords"),
        };
        return Xml(oai.Write(now, echo, body));
    }

    private static IResult Xml(string document) => Results.Text(document, "text/xml; charset=utf-8");
}
