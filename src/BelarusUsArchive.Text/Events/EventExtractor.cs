using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Events;

/// <summary>A paragraph as the extractor sees it: its text, whether it is prose that reports, and its people.</summary>
public sealed record EventParagraph(string Text, bool Reports, IReadOnlyList<(int Offset, int Length, int PersonId)> Mentions, bool IsCaption = false);

public sealed record ExtractedEvent(
    ArchiveDate Date, string Title, ExtractedKind Kind, string? Place, IReadOnlyList<int> Participants, int Paragraph, string Quote)
{
    /// <summary>Which clause of a sentence cut in several told it (1, 2, …); 0 when the sentence told one happening.</summary>
    public int Clause { get; init; }
}

/// <summary>
/// Dated happenings in an article: a sentence that reports something of a known kind with a resolved,
/// non-future date becomes an event. Opinions, forecasts and conditionals do not, and neither does a date
/// after the article was published.
/// </summary>
public static partial class EventExtractor
{
    [GeneratedRegex(@"\b(?:will|would|could|might|should|must|if|unless|expect\w*|likely|unlikely|perhaps|possibly|probably|hope\w*|believe\w*|think\w*|forecast\w*|predict\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    // A verb in the simple past, the tense of reported happenings (not "have raised", "was reduced by"), irregular ones
    // included ("tore up her passport", "fled", "lost the election"), and the passive of an irregular verb ("was taken to
    // the border", "were driven across"); a verb after "not" or "never" is denied, not told ("has not distanced himself").
    [GeneratedRegex(@"(?<!\b(?:have|has|had|been|being|be|is|are|a|an|the|to|as|not|never)\s+)\b(?:\w{2,}ed|met|told|said|took|held|began|won|became|freed|sent|made|gave|left|paid|sought|led|fell|rose|spoke|wrote|broke|came|went|saw|brought|chose|" + IrregularPast + @")\b|(?<=\b(?:was|were)\s+)(?:" + IrregularParticiple + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SimplePast();

    // Figures, not happenings: "exports totaled USD 176 million (down 19%)".
    [GeneratedRegex(@"%|\bpercent\b|\btotal+ed\b|\bamounted to\b|\bgrew by\b|\bfell by\b", RegexOptions.IgnoreCase)]
    private static partial Regex Statistic();

    // Two happenings in one sentence: "Lukashenka released … and the United States suspended …".
    // The second subject is a name ("the United States eased …") or a possessed noun ("his government expelled …").
    [GeneratedRegex(@",?\s+and\s+(?=(?:(?:the\s+)?\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*)*|(?:his|her|its|their)\s+\p{Ll}+)\s+(?:\w+\s+)?(?:\w+ed|met|told|took|held|began|won|became|sent|made|gave|left|paid|led|spoke|wrote|came|went|fled|flew)\b)")]
    private static partial Regex ClauseJoin();

    public static IReadOnlyList<ExtractedEvent> Extract(IReadOnlyList<EventParagraph> paragraphs, ArchiveDate? published, Func<int, string> personName)
    {
        // In a review of a year, a happening told without a date, or with a day or month but no year, is of that year.
        var year = Parsing.PublicationDates.ReviewedYear(paragraphs.Select(p => p.Text));
        var anchor = new DateAnchor(published) { ReviewedYear = year };
        var reviewed = year is { } y ? new ResolvedDate(0, 0, "", ArchiveDate.Year(y, DateCertainty.Inferred, DateSource.Inference), true, false) : null;
        var events = new List<ExtractedEvent>();
        // The date of the happening the sentence before reported: an undated sentence that plainly goes on with the
        // report ("Police arrested the journalist … on the tarmac.") is of the same date.
        ResolvedDate? reported = null;
        var reportedKind = ExtractedKind.Other;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            anchor.BeginParagraph();
            reported = null;
            ResolvedDate? entry = null;
            foreach (var sentence in Sentences.Split(paragraph.Text))
            {
                var dates = DateExpressions.Resolve(sentence.Text, anchor, p);
                entry = sentence.Start == 0 ? Chronicle.EntryDate(sentence.Text, dates) : entry;
                var continued = reported;
                reported = null;
                if (!paragraph.Reports)
                {
                    continue;
                }
                if (Statistic().IsMatch(sentence.Text))
                {
                    continue;
                }
                // A happening told with a noun keeps its own date; the sentence's verb takes a date not attached to one,
                // or the date of a noun phrase that only frames it in time ("after the election of August 2020").
                var nominal = NominalHappenings.Find(sentence.Text, dates).Where(n => Dated(n.Date, sentence, paragraph, published)).ToList();
                events.AddRange(nominal.Select(n => NominalEvent(paragraph, p, sentence, n, personName)));
                events.AddRange(BegunStates(paragraph, p, sentence, dates, published, personName));
                var claimed = nominal.Where(n => !n.Frame).Select(n => n.Date).ToHashSet();
                // "since 2014" starts a state of affairs rather than dating a happening.
                var date = dates.FirstOrDefault(d => !claimed.Contains(d) && !d.Future && !InsideQuotation(paragraph.Text, sentence.Start + d.Index)
                    && !sentence.Text[..d.Index].TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase))
                    ?? (dates.Count == 0 ? entry ?? (TellsPlainly(sentence.Text) ? Continuing(continued, reportedKind, sentence.Text) ?? reviewed : null) : null);
                // In a review of a period, "The White House has extended the moratorium" reports a happening of that period.
                var perfect = date is null && dates.Count == 0 && reviewed is not null && TellsPerfect(sentence.Text);
                date ??= perfect ? reviewed : null;
                // A caption and an entry of a chronology tell a happening whatever their tense.
                var told = paragraph.IsCaption || entry is not null || perfect;
                if (date is null || dates.Any(d => d.Future && d.Index < date.Index) || Hedge().IsMatch(sentence.Text[..date.Index])
                    || (published is not null && date.Date.Start > published.End)
                    || (!told && !ReportsHappening(sentence.Text)))
                {
                    continue;
                }
                var usable = dates.Where(d => !claimed.Contains(d) && Dated(d, sentence, paragraph, published)).ToList();
                var clauses = DatedClauses.Split(Clauses(sentence), sentence, usable).ToList();
                Sentence? previous = null;
                foreach (var (clause, number) in clauses.Select((c, i) => (c, clauses.Count > 1 ? i + 1 : 0)))
                {
                    // "met Ryzhenkov on Tuesday and Lukashenko on Wednesday": a complement with its own date and no verb is
                    // told by the subject and verb of the clause before it (the whole of that clause with "again").
                    var head = previous is not null && !ReportsHappening(clause.Text) ? Head(previous) : null;
                    var again = head is not null && sentence.Text[(previous!.End - sentence.Start)..(clause.Start - sentence.Start)].Contains("again", StringComparison.OrdinalIgnoreCase);
                    // A clause that states its own date is dated by it ("…, and its first agreement was signed here on 5 September 2014").
                    var own = usable.FirstOrDefault(d => sentence.Start + d.Index >= clause.Start && sentence.Start + d.Index < clause.End) ?? date;
                    // Kinds classify what happened; they do not decide whether it happened.
                    var kind = EventKinds.Classify(clause.Text);
                    if (!told && head is null && !ReportsHappening(clause.Text))
                    {
                        continue;
                    }
                    var participants = head is null ? Participants(paragraph, clause)
                        : [.. Participants(paragraph, again ? previous! : head).Concat(Participants(paragraph, clause)).Distinct()];
                    var place = Places.Of(clause.Text);
                    var subject = SubjectOf(clause, paragraph);
                    if (subject is { } who && !participants.Contains(who))
                    {
                        participants.Insert(0, who);
                    }
                    var telling = head is null ? clause.Text : head.Text + " " + clause.Text;
                    var title = EventTitles.Make(telling, own.Text, kind, [.. participants.Select(personName)], place, subject is { } s ? personName(s) : null);
                    events.Add(new ExtractedEvent(own.Date, title.Trim(), kind, place, participants, p, sentence.Text.Trim()) { Clause = number });
                    previous = head is null ? clause : previous;
                    reported = own with { Index = 0, Length = 0, Text = "" };
                    reportedKind = kind;
                }
            }
        }
        return events;
    }

    // What makes an undated sentence of a review an argument rather than a report: a connective or a pronoun as its
    // opening, a present or perfect verb before its past one, a quotation.
    [GeneratedRegex(@"^\s*(?:Although|Though|Besides|However|Moreover|Thus|Therefore|Yet|Still|Indeed|It|There|This|That|These|Those|Both|As|Such)\b")]
    private static partial Regex ArguingOpener();

    [GeneratedRegex(@"\b(?:is|are|am|has|have|does|do|remains?|goes|seems?|can|cannot)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentVerb();

    /// <summary>An undated sentence that plainly reports something: no hedge, no quotation, its first verb in the simple past.</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("“”\"«");

    private static bool TellsPlainly(string sentence)
    {
        sentence = Unframed(sentence);
        var verb = SimplePast().Match(sentence);
        return verb.Success && !Hedge().IsMatch(sentence) && !ArguingOpener().IsMatch(sentence)
            && sentence.AsSpan().IndexOfAny(QuoteMarks) < 0 && !PresentVerb().IsMatch(sentence[..verb.Index]);
    }

    // Verbs that tell a reaction or a statement, not a happening: "Washington condemned the move", "she said".
    [GeneratedRegex(@"^(?:said|told|added|noted|stressed|called|described|condemned|welcomed|praised|critici[sz]ed|denied|urged|warned|accused|argued|claimed|insisted|replied|responded|commented|explained|expected|hoped|asked|reiterated|reacted|focused|focussed|spoke|discussed|emphasi[sz]ed|underlined|pointed|suggested|proposed|promised|refused)$", RegexOptions.IgnoreCase)]
    private static partial Regex SayingVerb();

    // Words that point back at the happening just told, so that the sentence elaborates it rather than telling another:
    // "in the same trial", "Thirteen other prisoners", "were tried alongside her", "greeted each of them".
    [GeneratedRegex(@"\b(?:the\s+same|other|others|alongside|together\s+with|them|her|him)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Elaboration();

    /// <summary>
    /// The date an undated sentence takes from the report it goes on with: only right after a sentence that reported a
    /// dated happening, and only when its own first verb tells something done rather than said.
    /// </summary>
    private static ResolvedDate? Continuing(ResolvedDate? previous, ExtractedKind previousKind, string sentence)
    {
        // Only a day or a month carries over (a year-dated sentence is background, and what follows it comment), and only
        // to a happening of another kind: one of the same kind goes on telling the same happening ("Thirteen other
        // prisoners … were freed" after "Belarus freed …").
        // A month counted from the publication ("last month") dates an aside, not the thread of the report.
        if (previous is not { Date.Precision: DatePrecision.Day or DatePrecision.Month } || (previous.Relative && previous.Date.Precision == DatePrecision.Month)
            || SimplePast().Match(sentence) is not { Success: true } verb || SayingVerb().IsMatch(verb.Value) || StateVerbs.Contains(verb.Value)
            || Elaboration().IsMatch(sentence))
        {
            return null;
        }
        var kind = EventKinds.Classify(sentence);
        return kind == previousKind && kind != ExtractedKind.Other ? null : previous;
    }

    // A present perfect of doing as a sentence's first verb: "The White House has extended …", "Minsk has also signed …".
    [GeneratedRegex(@"^[^,;:“”""]*?\b(?:has|have)\s+(?:(?:also|already|recently|finally|twice|again)\s+)?(?<verb>\w{2,}ed|met|signed|held|sent|made|given|paid|led|spoken|written|taken|won|begun|become|brought|sought|chosen|left)\b")]
    private static partial Regex PerfectReport();

    /// <summary>An undated sentence of a review that reports in the present perfect: no hedge, no arguing opener, no quotation.</summary>
    private static bool TellsPerfect(string sentence) =>
        PerfectReport().Match(sentence) is { Success: true } m && !StateVerbs.Contains(m.Groups["verb"].Value) && !Hedge().IsMatch(sentence)
            && !ArguingOpener().IsMatch(sentence) && sentence.IndexOfAny(['“', '”', '"', '«']) < 0 && !PresentVerb().IsMatch(sentence[..m.Index]);

    private static bool Dated(ResolvedDate date, Sentence sentence, EventParagraph paragraph, ArchiveDate? published) =>
        !date.Future && !date.Since && !InsideQuotation(paragraph.Text, sentence.Start + date.Index) && !Hedge().IsMatch(sentence.Text[..date.Index])
        && (published is null || date.Date.Start <= published.End);

    private static ExtractedEvent NominalEvent(EventParagraph paragraph, int p, Sentence sentence, NominalHappening n, Func<int, string> personName)
    {
        var phrase = new Sentence(sentence.Start + n.Start, sentence.Text[n.Start..n.End]);
        var kind = EventKinds.Classify(phrase.Text);
        var participants = Participants(paragraph, phrase);
        var place = Places.Of(phrase.Text);
        var title = EventTitles.Make(phrase.Text, n.Date.Text, kind, [.. participants.Select(personName)], place);
        return new ExtractedEvent(n.Date.Date, title.Trim(), kind, place, participants, p, sentence.Text.Trim());
    }

    // Verbs of a state or a trend, not of a happening: "relations remained frozen", "Minsk showed commitment",
    // "the tension lessened", "he served as ambassador from 2014 to 2017".
    private static readonly HashSet<string> StateVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "showed", "remained", "continued", "seemed", "appeared", "lessened", "increased", "decreased", "declined", "grew", "improved",
        "worsened", "stayed", "lasted", "served", "lived", "worked", "needed", "wanted", "hoped", "feared", "tended", "looked", "sounded",
        "used", "belonged", "owned", "lacked", "ranked", "expected",
    };

    // "The year 2019 began supremely well": a period as the subject is a summary, not a happening.
    [GeneratedRegex(@"^\s*(?:The\s+year\b|(?:The\s+)?(?:1[89]|20)\d\d\b(?!\s*[-–]))")]
    private static partial Regex PeriodSubject();

    // "Here is what happened this week", "This is how it ended": a sentence that presents what follows, not a happening.
    [GeneratedRegex(@"^\s*(?:Here|This|That)(?:\s+is|\s+are|['’]s)\s+(?:what|how|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Presenting();

    /// <summary>A clause that tells something that happened: a verb in the simple past other than one of state, and not a summary of a period nor a sentence presenting what follows.</summary>
    private static bool ReportsHappening(string clause) =>
        !PeriodSubject().IsMatch(clause) && !Presenting().IsMatch(clause)
        && (SimplePast().Matches(clause).Any(m => !StateVerbs.Contains(m.Value) && !HeldAsLasted(clause, m.Index)) || TellsEarlier(clause));

    private static bool HeldAsLasted(string clause, int at) => HeldAsLasted().IsMatch(clause[at..]) && !Passive().IsMatch(clause[..at]);

    [GeneratedRegex(@"\b(?:was|were)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    // "The ceasefire held, more or less, for a day", "the truce held until March": "held" with no object and not passive is
    // a state (it lasted), not the "held talks" or "was held for two days" of a happening.
    [GeneratedRegex(@"^held\s*(?:[,.;]|for\b|until\b|firm\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HeldAsLasted();

    // People named only as the source of a report ("as cited by Michael Birnbaum"), or inside a clause about
    // another happening (", which was followed by John Kerry's visit to Russia"), did not take part.
    [GeneratedRegex(@"(?:\b(?:cited|quoted|reported|written|interviewed)\s+by|\baccording\s+to|\binterview\s+with)\s+(?:\p{L}+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReporterBefore();

    [GeneratedRegex(@",\s+which\b[^;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex InWhichClause();

    private static List<int> Participants(EventParagraph paragraph, Sentence clause) =>
        [.. paragraph.Mentions
            .Where(m => m.Offset >= clause.Start && m.Offset < clause.End && (!IsSpeakerLabel(paragraph.Text, m) || FirstPerson().IsMatch(clause.Text)))
            .Where(m => !ReporterBefore().IsMatch(paragraph.Text[Math.Max(clause.Start, m.Offset - 60)..m.Offset])
                && !InWhichClause().IsMatch(paragraph.Text[clause.Start..m.Offset]))
            .OrderBy(m => m.Offset).Select(m => m.PersonId).Distinct()];

    /// <summary>
    /// Whether two reports say the same: at least four shared word stems — and, when they are dated only to a year, more
    /// than half of the shorter report's, so that two reports of one year sharing only the words of their subject
    /// ("extended … sanctions against … Belarusian …") stay apart.
    /// </summary>
    private static bool SayTheSame(string a, string b, bool coarse)
    {
        static HashSet<string> Stems(string s) => [.. Regex.Matches(s.ToLowerInvariant(), @"\p{L}{5,}").Select(m => m.Value[..Math.Min(6, m.Value.Length)])];
        var (x, y) = (Stems(a), Stems(b));
        var shared = x.Intersect(y).Count();
        return shared >= 4 && (!coarse || shared * 2 > Math.Min(x.Count, y.Count));
    }

    private static IEnumerable<Sentence> Clauses(Sentence sentence)
    {
        var join = ClauseJoin().Match(sentence.Text);
        // Two clauses only when the part before "and" has its own subject and verb after its last comma
        // ("Lukashenka released … and the United States suspended …", not "Minsk and Washington decided").
        var left = join.Success ? sentence.Text[..join.Index] : "";
        var tail = OwnTail(left);
        if (!join.Success || join.Index < 20 || tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4 || !SimplePast().IsMatch(tail))
        {
            yield return sentence;
            yield break;
        }
        yield return new Sentence(sentence.Start, sentence.Text[..join.Index]);
        yield return new Sentence(sentence.Start + join.Index + join.Length, sentence.Text[(join.Index + join.Length)..]);
    }

    // "The commission refused to register me": the speaker of the turn took part.
    [GeneratedRegex(@"\b(?:I|me|we|us|We|Us|Me)\b")]
    private static partial Regex FirstPerson();

    /// <summary>The speaker a transcript's turn opens with ("SECRETARY BLINKEN:", "Latushko:"): who speaks, a participant only of what "I" or "we" did.</summary>
    private static bool IsSpeakerLabel(string paragraph, (int Offset, int Length, int PersonId) mention) =>
        mention.Offset + mention.Length < paragraph.Length && paragraph[mention.Offset + mention.Length] == ':'
        && (mention.Offset == 0 || !paragraph[..mention.Offset].Any(char.IsLower));

    /// <summary>A clause up to its verb of doing ("Christopher Smith, a deputy assistant secretary of state, met"); null without one.</summary>
    private static Sentence? Head(Sentence clause) =>
        SimplePast().Matches(clause.Text).FirstOrDefault(m => !StateVerbs.Contains(m.Value) && !SayingVerb().IsMatch(m.Value)) is { } verb
            ? new Sentence(clause.Start, clause.Text[..(verb.Index + verb.Length)]) : null;

    /// <summary>The person a clause is about when it opens with a pronoun ("He visited…"): the last person named before it.</summary>
    private static int? SubjectOf(Sentence clause, EventParagraph paragraph)
    {
        var pronoun = SubjectPronoun().Match(clause.Text);
        var verb = SimplePast().Match(clause.Text);
        if (!pronoun.Success || !verb.Success || pronoun.Groups["p"].Index > verb.Index)
        {
            return null;
        }
        // "Scanlan: … I called the foreign ministry": in an interview, "I" (and the "we" the speaker is one of) is the speaker
        // the paragraph opens with.
        if (pronoun.Groups["p"].Value is "I" or "We" or "we")
        {
            return paragraph.Mentions.Where(m => IsSpeakerLabel(paragraph.Text, m))
                .Select(m => (int?)m.PersonId).FirstOrDefault();
        }
        return paragraph.Mentions.Where(m => m.Offset < clause.Start).OrderBy(m => m.Offset).Select(m => (int?)m.PersonId).LastOrDefault();
    }

    // The subject pronoun of a clause, at its start or after a transcript's speaker label, a leading date or an adverb
    // ("In October 2021 he ordered …", "The next day he flew …", "VIACHORKA: In February we met …").
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}.'’ -]{0,40}?:\s+)?(?:(?:In|On|By|Later|Then|Afterwards|Soon|Earlier|This|Last|The\s+(?:next|following|same)|A\s+(?:day|week)\s+later)\b[^,.;]{0,30}?,?\s+)?(?<p>He|She|he|she|I|We|we)\b")]
    private static partial Regex SubjectPronoun();

    /// <summary>Whether a position of a paragraph lies inside a quotation (what is quoted is said, not reported).</summary>
    private static bool InsideQuotation(string paragraph, int index)
    {
        var inside = false;
        for (var i = 0; i < index && i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is '“' or '«' or '„')
            {
                inside = true;
            }
            else if (c is '”' or '»')
            {
                inside = false;
            }
            else if (c == '"')
            {
                inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>
    /// Whether two reports can be one happening: the same kind, dates that overlap, and the same people —
    /// at least one shared participant, or two when one date is only a month or a year, so that different
    /// happenings of the same month are not glued together.
    /// </summary>
    public static bool SameHappening(ExtractedKind kindA, ArchiveDate dateA, IReadOnlyCollection<int> peopleA, string? placeA,
        ExtractedKind kindB, ArchiveDate dateB, IReadOnlyCollection<int> peopleB, string? placeB, string quoteA = "", string quoteB = "")
    {
        if (dateA.Start > dateB.End || dateB.Start > dateA.End)
        {
            return false;
        }
        var shared = peopleA.Intersect(peopleB).Count();
        // The same day and the same two people is one happening however the reports name it
        // (a meeting in one, the statement made at it in another).
        if (kindA != kindB)
        {
            return dateA.Precision == DatePrecision.Day && dateB.Precision == DatePrecision.Day && shared >= 2;
        }
        // Reports naming nobody are matched by what they say: enough of the same words.
        if (peopleA.Count == 0 && peopleB.Count == 0
            && SayTheSame(quoteA, quoteB, dateA.Precision is DatePrecision.Year or DatePrecision.Decade || dateB.Precision is DatePrecision.Year or DatePrecision.Decade))
        {
            return true;
        }
        var samePlace = placeA is not null && placeA == placeB;
        var bothDays = dateA.Precision == DatePrecision.Day && dateB.Precision == DatePrecision.Day;
        if (bothDays)
        {
            return shared >= 1 || (samePlace && peopleA.Count == 0 && peopleB.Count == 0);
        }
        // A day and a month of it: one report's people must all be in the other's, so that two meetings of
        // one person in a month ("Bolton met Lukashenka this month", "Hale met Lukashenka on September 17") stay two.
        if (dateA.Precision == DatePrecision.Day || dateB.Precision == DatePrecision.Day)
        {
            var nested = peopleA.All(peopleB.Contains) || peopleB.All(peopleA.Contains);
            if (!nested)
            {
                return false;
            }
        }
        var coarse = dateA.Precision is DatePrecision.Year or DatePrecision.Decade || dateB.Precision is DatePrecision.Year or DatePrecision.Decade;
        return coarse ? shared >= 2 || (shared >= 1 && samePlace) : shared >= 2 || (shared >= 1 && (samePlace || placeA is null || placeB is null));
    }
}
