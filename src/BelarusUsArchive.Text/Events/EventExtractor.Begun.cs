using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Events;

/// <summary>A state of detention or of power told with the date it began: the happening that began it, of that date.</summary>
public static partial class EventExtractor
{
    // "has been held in Moscow since December 28, 2018", "had been held since August 2021", "has been in power since 1994",
    // "who has ruled Belarus since 1994":
    // a detention or a tenure that began on the date after "since" (a state of any other kind — "has lived there since" —
    // tells no happening).
    [GeneratedRegex(@"(?:^|[,;]\s+|\b(?:whose|who|which)\s+)(?<phrase>[^,;]*?\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+(?:held|detained|jailed|imprisoned|in\s+(?:power|office|prison|custody|detention|jail)|behind\s+bars)|ruled|governed)\b[^,;]{0,40}?\bsince\s+(?:the\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BegunState();

    [GeneratedRegex(@"^\s*,\s+when\s+(?<clause>[^,;.]+)")]
    private static partial Regex SinceWhen();

    private static IEnumerable<ExtractedEvent> BegunStates(EventParagraph paragraph, int p, Sentence sentence, IReadOnlyList<ResolvedDate> dates,
        ArchiveDate? published, Func<int, string> personName)
    {
        // A starting point is past whatever plan the sentence tells ("agreed to exchange ambassadors … since 2008, when …").
        foreach (var date in dates.Where(d => d.Since && (published is null ? !d.Future : d.Date.End < published.Start)))
        {
            var before = sentence.Text[..date.Index];
            // "… for the first time since 2008, when Belarus expelled Ambassador Karen Stewart": the starting point is told
            // as a happening of its own.
            if (SinceWhen().Match(sentence.Text[(date.Index + date.Length)..]) is { Success: true } when && ReportsHappening(when.Groups["clause"].Value)
                && !Hedge().IsMatch(when.Groups["clause"].Value) && !InsideQuotation(paragraph.Text, sentence.Start + date.Index))
            {
                var at = date.Index + date.Length + when.Groups["clause"].Index;
                var told = new Sentence(sentence.Start + at, when.Groups["clause"].Value);
                var whenKind = EventKinds.Classify(told.Text);
                var people = Participants(paragraph, told);
                var where = Places.Of(told.Text);
                yield return new ExtractedEvent(date.Date, EventTitles.Make(told.Text, "", whenKind, [.. people.Select(personName)], where).Trim(), whenKind, where,
                    people, p, sentence.Text.Trim());
                continue;
            }
            if (BegunState().Match(before) is not { Success: true } m || Hedge().IsMatch(before) || InsideQuotation(paragraph.Text, sentence.Start + date.Index))
            {
                continue;
            }
            var start = m.Groups["phrase"].Index;
            var phrase = new Sentence(sentence.Start + start, sentence.Text[start..(date.Index + date.Length)]);
            var kind = EventKinds.Classify(phrase.Text);
            var participants = Participants(paragraph, phrase);
            var place = Places.Of(phrase.Text);
            var title = EventTitles.Make(phrase.Text, date.Text, kind, [.. participants.Select(personName)], place);
            yield return new ExtractedEvent(date.Date, title.Trim(), kind, place, participants, p, sentence.Text.Trim());
        }
    }
}
