using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Names;

namespace BelarusUsArchive.Benchmarks;

public sealed record TruthEvent(string Date, string What, List<string> Participants, string? Place, List<string> Quotes);

public sealed record TruthArticle(string File, JsonElement Published, Dictionary<string, int> People, List<TruthEvent> Events)
{
    public IReadOnlyList<string> PublishedEdtfs => Published.ValueKind == JsonValueKind.Array
        ? [.. Published.EnumerateArray().Select(e => e.GetString()!)]
        : [Published.GetString()!];
}

public sealed record TruthFile(string About, List<TruthArticle> Articles)
{
    public static TruthFile Load(string path) =>
        JsonSerializer.Deserialize<TruthFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}

public sealed record ObservedEvent(string Edtf, DateOnly Start, DateOnly End, string Title, IReadOnlyList<string> Participants, string? Place, IReadOnlyList<string> Quotes);

public sealed record ObservedArticle(string File, string? Published, IReadOnlyDictionary<string, int> People, IReadOnlyList<ObservedEvent> Events);

/// <summary>What one text set scored against its truth: counts, so that sets and articles add up.</summary>
public sealed class EntityScore
{
    public int TruthPeople { get; set; }
    public int PeopleRight { get; set; }
    public int PeopleFound { get; set; }
    public int ObservedPeople { get; set; }
    public int FalsePeople { get; set; }
    public int TruthEvents { get; set; }
    public int EventsFound { get; set; }
    public int ObservedEvents { get; set; }
    public int EventsReal { get; set; }
    public int DatesExact { get; set; }
    public int ParticipantsRight { get; set; }
    public int PlacesRight { get; set; }
    public int Articles { get; set; }
    public int ArticleDatesRight { get; set; }
    public List<string> Notes { get; } = [];

    public double PeopleScore => Ratio(PeopleRight, TruthPeople + FalsePeople);
    public double PeopleRecall => Ratio(PeopleFound, TruthPeople);
    public double PeoplePrecision => Ratio(ObservedPeople - FalsePeople, ObservedPeople);
    public double EventRecall => Ratio(EventsFound, TruthEvents);
    public double EventPrecision => Ratio(EventsReal, ObservedEvents);

    public static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    public string Summary(string name) => string.Create(CultureInfo.InvariantCulture,
        $"""
        {name}: {Articles} articles
          people  score {PeopleScore:P0} (right {PeopleRight}/{TruthPeople}, false {FalsePeople}); found {PeopleRecall:P0}, precision {PeoplePrecision:P0}
          events  recall {EventRecall:P0} ({EventsFound}/{TruthEvents}), precision {EventPrecision:P0} ({EventsReal}/{ObservedEvents}); of those found: dates exact {Ratio(DatesExact, EventsFound):P0}, participants right {Ratio(ParticipantsRight, EventsFound):P0}, places right {Ratio(PlacesRight, EventsFound):P0}
          article dates right {ArticleDatesRight}/{Articles}
        """);
}

/// <summary>
/// Scores what the archive stored for a set of texts against hand-made truth. An event is found when a stored
/// event quotes the sentence that reports it and its date overlaps the true one; a second stored event for the
/// same happening, one whose date misses, or one that matches nothing is not a real happening. A person is right
/// when exactly one stored person is them and the mention count is within 20 %.
/// </summary>
public static partial class EntityTruth
{
    public static EntityScore Score(TruthFile truth, IReadOnlyList<ObservedArticle> observed)
    {
        var score = new EntityScore();
        foreach (var article in truth.Articles)
        {
            var seen = observed.FirstOrDefault(o => o.File == article.File);
            if (seen is null)
            {
                score.Notes.Add($"{article.File}: not imported");
                continue;
            }
            ScorePeople(article, seen, score);
            ScoreEvents(article, seen, score);
            score.Articles++;
            if (article.PublishedEdtfs.Contains(seen.Published))
            {
                score.ArticleDatesRight++;
            }
            else
            {
                score.Notes.Add($"{article.File}: published {seen.Published ?? "none"}, truth {string.Join(" or ", article.PublishedEdtfs)}");
            }
        }
        return score;
    }

    private static void ScorePeople(TruthArticle article, ObservedArticle seen, EntityScore score)
    {
        var matched = new HashSet<string>();
        foreach (var (name, count) in article.People)
        {
            score.TruthPeople++;
            var same = seen.People.Where(p => SamePerson(name, p.Key)).ToList();
            matched.UnionWith(same.Select(p => p.Key));
            if (same.Count > 0)
            {
                score.PeopleFound++;
            }
            if (same.Count == 1 && Math.Abs(same[0].Value - count) <= 0.2 * count)
            {
                score.PeopleRight++;
            }
            else
            {
                score.Notes.Add($"{article.File}: person {name} x{count}: " + (same.Count == 0 ? "missed" : string.Join(", ", same.Select(p => $"{p.Key} x{p.Value}"))));
            }
            // Two stored people for one human: the second is a false person.
            score.FalsePeople += Math.Max(0, same.Count - 1);
        }
        score.ObservedPeople += seen.People.Count;
        foreach (var extra in seen.People.Where(p => !matched.Contains(p.Key)))
        {
            score.FalsePeople++;
            score.Notes.Add($"{article.File}: not a person of the text: {extra.Key} x{extra.Value}");
        }
    }

    private static void ScoreEvents(TruthArticle article, ObservedArticle seen, EntityScore score)
    {
        var taken = new HashSet<TruthEvent>();
        score.TruthEvents += article.Events.Count;
        score.ObservedEvents += seen.Events.Count;
        foreach (var found in seen.Events)
        {
            var quoted = article.Events.Where(t => t.Quotes.Any(q => found.Quotes.Any(s => Normal(s).Contains(Normal(q), StringComparison.Ordinal)))).ToList();
            var match = quoted.FirstOrDefault(t => !taken.Contains(t) && Overlaps(t.Date, found));
            if (match is null)
            {
                var why = quoted.Count == 0 ? "no such happening" : quoted.Any(t => Overlaps(t.Date, found)) ? "told again" : $"wrong date (truth {quoted[0].Date})";
                score.Notes.Add($"{article.File}: event {found.Edtf} \"{found.Title}\": {why}");
                continue;
            }
            taken.Add(match);
            score.EventsFound++;
            score.EventsReal++;
            var (start, end) = Range(match.Date);
            score.DatesExact += found.Start >= start && found.End <= end ? 1 : 0;
            var participantsRight = match.Participants.Count == found.Participants.Count
                && match.Participants.All(t => found.Participants.Any(f => SamePerson(t, f)));
            score.ParticipantsRight += participantsRight ? 1 : 0;
            score.PlacesRight += SamePlace(match.Place, found.Place) ? 1 : 0;
            if (!participantsRight || !SamePlace(match.Place, found.Place))
            {
                score.Notes.Add($"{article.File}: event \"{match.What}\": participants [{string.Join(", ", found.Participants)}] (truth [{string.Join(", ", match.Participants)}]), place {found.Place ?? "none"} (truth {match.Place ?? "none"})");
            }
        }
        foreach (var missed in article.Events.Where(t => !taken.Contains(t)))
        {
            score.Notes.Add($"{article.File}: missed event {missed.Date} \"{missed.What}\"");
        }
    }

    private static bool SamePlace(string? truth, string? found) =>
        truth is null ? found is null : found is not null && (truth.Contains(found, StringComparison.OrdinalIgnoreCase) || found.Contains(truth, StringComparison.OrdinalIgnoreCase));

    private static bool Overlaps(string truthDate, ObservedEvent found)
    {
        var (start, end) = Range(truthDate);
        return found.Start <= end && start <= found.End;
    }

    /// <summary>The days an EDTF date of the truth covers ("2019", "2019-11", "2015-05-21/2015-05-22").</summary>
    public static (DateOnly Start, DateOnly End) Range(string edtf)
    {
        var parts = edtf.Split('/');
        ArchiveDate.TryParseEdtf(parts[0], DateSource.Text, out var first);
        ArchiveDate.TryParseEdtf(parts[^1], DateSource.Text, out var last);
        return (first!.Start, last!.End);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Normal(string text) =>
        Spaces().Replace(text.Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('–', '-'), " ").ToLowerInvariant();

    /// <summary>One human: the same surname key and the same given name (or its initial); alternatives after '|'.</summary>
    public static bool SamePerson(string truthName, string observed) =>
        truthName.Split('|').Any(t => SameName(t, observed));

    private static bool SameName(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Length < 2 || y.Length < 2)
        {
            return x.Length == y.Length && NameKey.Fold(x[0]) == NameKey.Fold(y[0]);
        }
        return NameKey.Fold(x[^1]) == NameKey.Fold(y[^1])
            && (NameKey.Fold(x[0]) == NameKey.Fold(y[0]) || NameTokens.Plain(x[0])[0] == NameTokens.Plain(y[0])[0]);
    }

    private static string[] Words(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !(w.Length == 2 && w[1] == '.'))];
}
