using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace BelarusUsArchive.Web.Features.Harvesting;

/// <summary>An OAI-PMH protocol error: one of the eight codes of the protocol (section 3.6) and a message for people.</summary>
public sealed record OaiError(string Code, string Message);

/// <summary>A time bound of a selective harvest, with the granularity it was given in (day or second).</summary>
public sealed record OaiBound(DateTime Utc, bool DayOnly)
{
    public static OaiBound? Parse(string text)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
        {
            return new OaiBound(DateTime.SpecifyKind(day, DateTimeKind.Utc), true);
        }
        return DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var second)
            ? new OaiBound(DateTime.SpecifyKind(second, DateTimeKind.Utc), false)
            : null;
    }

    /// <summary>The first instant after the bound: an "until" includes its whole day or second.</summary>
    public DateTime End => DayOnly ? Utc.AddDays(1) : Utc.AddSeconds(1);
}

/// <summary>
/// The arguments of one OAI-PMH request, checked as the protocol says: each verb's required, optional and exclusive
/// arguments, no argument twice, dates in one of the two granularities. A list request resumed by a token carries the
/// original arguments inside the token, with the id after which the next page starts.
/// </summary>
public sealed record OaiRequest(string Verb, string? Identifier, string? MetadataPrefix, OaiBound? From, OaiBound? Until, string? Set, int AfterId, int Cursor, string? Token)
{
    public const string DublinCore = "oai_dc";

    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Verbs = new(StringComparer.Ordinal)
    {
        ["Identify"] = ([], []),
        ["ListMetadataFormats"] = ([], ["identifier"]),
        ["ListSets"] = ([], ["resumptionToken"]),
        ["GetRecord"] = (["identifier", "metadataPrefix"], []),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set", "resumptionToken"]),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set", "resumptionToken"]),
    };

    /// <summary>The request, or the errors that stop it (badVerb, badArgument, badResumptionToken, cannotDisseminateFormat).</summary>
    public static (OaiRequest? Request, IReadOnlyList<OaiError> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> arguments)
    {
        var args = arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        if (!args.TryGetValue("verb", out var verbs) || verbs.Count != 1 || !Verbs.TryGetValue(verbs[0] ?? "", out var rule))
        {
            return (null, [new("badVerb", verbs.Count > 1 ? "The verb argument is repeated." : "The verb argument is missing or not an OAI-PMH verb.")]);
        }
        var verb = verbs[0]!;
        var errors = new List<OaiError>();
        foreach (var (name, values) in args.Where(a => a.Key != "verb"))
        {
            if (!rule.Required.Contains(name) && !rule.Optional.Contains(name))
            {
                errors.Add(new("badArgument", $"{verb} does not take the argument '{name}'."));
            }
            else if (values.Count != 1)
            {
                errors.Add(new("badArgument", $"The argument '{name}' is repeated."));
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        string? Get(string name) => args.TryGetValue(name, out var v) ? v[0] : null;
        if (Get("resumptionToken") is { } token)
        {
            return args.Count != 2
                ? (null, [new("badArgument", "resumptionToken is an exclusive argument: give it with the verb alone.")])
                : FromToken(verb, token);
        }
        var missing = rule.Required.Where(r => Get(r) is null).ToList();
        if (missing.Count > 0)
        {
            return (null, [.. missing.Select(m => new OaiError("badArgument", $"{verb} requires the argument '{m}'."))]);
        }
        return Checked(new OaiRequest(verb, Get("identifier"), Get("metadataPrefix"), null, null, Get("set"), 0, 0, null), Get("from"), Get("until"));
    }

    private static (OaiRequest?, IReadOnlyList<OaiError>) Checked(OaiRequest request, string? fromText, string? untilText)
    {
        var from = fromText is null ? null : OaiBound.Parse(fromText);
        var until = untilText is null ? null : OaiBound.Parse(untilText);
        var errors = new List<OaiError>();
        if (fromText is not null && from is null)
        {
            errors.Add(new("badArgument", $"from '{fromText}' is not a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ)."));
        }
        if (untilText is not null && until is null)
        {
            errors.Add(new("badArgument", $"until '{untilText}' is not a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ)."));
        }
        if (from is not null && until is not null && from.DayOnly != until.DayOnly)
        {
            errors.Add(new("badArgument", "from and until must have the same granularity."));
        }
        else if (from is not null && until is not null && from.Utc > until.Utc)
        {
            errors.Add(new("badArgument", "from is later than until."));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        if (request.MetadataPrefix is { } prefix && prefix != DublinCore)
        {
            return (null, [new("cannotDisseminateFormat", $"The metadata format '{prefix}' is not offered; use {DublinCore}.")]);
        }
        return (request with { From = from, Until = until }, []);
    }

    /// <summary>The token of the page after <paramref name="lastId"/>: the original arguments and where to go on.</summary>
    public string NextToken(int lastId, int cursor)
    {
        var text = string.Join('\n', "1", Verb, MetadataPrefix, Format(From), Format(Until), Set ?? "", lastId.ToString(CultureInfo.InvariantCulture), cursor.ToString(CultureInfo.InvariantCulture));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string Format(OaiBound? bound) => bound is null ? ""
        : bound.Utc.ToString(bound.DayOnly ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static (OaiRequest?, IReadOnlyList<OaiError>) FromToken(string verb, string token)
    {
        var bad = (default(OaiRequest), (IReadOnlyList<OaiError>)[new OaiError("badResumptionToken", "The resumption token is not one this repository issued, or not for this verb.")]);
        string[] parts;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='))).Split('\n');
        }
        catch (FormatException)
        {
            return bad;
        }
        if (parts.Length != 8 || parts[0] != "1" || parts[1] != verb
            || !int.TryParse(parts[6], NumberStyles.None, CultureInfo.InvariantCulture, out var after)
            || !int.TryParse(parts[7], NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
        {
            return bad;
        }
        var (request, errors) = Checked(new OaiRequest(verb, null, parts[2].Length == 0 ? null : parts[2], null, null, parts[5].Length == 0 ? null : parts[5], after, cursor, token),
            parts[3].Length == 0 ? null : parts[3], parts[4].Length == 0 ? null : parts[4]);
        return errors.Count > 0 ? bad : (request, errors);
    }
}
