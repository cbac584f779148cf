using System.Text.RegularExpressions;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Text.Events;

/// <summary>A state of detention or of power told with the date it began: the happening that began it, of that date.</summary>
public static partial class EventExtractor
{
    // "has been held in Moscow since December 28, 2018", "had been held since August 2021", "has been in power since 1994":
    // a detention or a tenure that began on the date after "since" (a state of any other kind — "has lived there since" —
    // tells no happening).
    [GeneratedRegex(@"(?:^|[,;]\s+|\b(?:whose|who|which)\s+)(?<phrase>[^,;]*?\b(?:has|have|had)\s+(?:\w+ly\s+)?been\s+(?:held|detained|jailed|imprisoned|in\s+(?:power|office|prison|custody|detention|jail)|behind\s+bars)\b[^,;]{0,40}?\bsince\s+(?:the\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BegunState();

    private static IEnumerable<ExtractedEvent> BegunStates(EventParagraph paragraph, int p, Sentence sentence, IReadOnlyList<ResolvedDate> dates,
        ArchiveDate? published, Func<int, string> personName)
    {
        foreach (var date in dates.Where(d => d.Since && !d.Future && (published is null || d.Date.Start <= published.End)))
        {
            var before = sentence.Text[..date.Index];
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
