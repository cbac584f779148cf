using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Events;
using BelarusUsArchive.Text.Names;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Model;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// An article's people and events found ahead, on the preparing threads, with the finder the writer held then: its
/// mentions, the candidate names in its prose and the happenings it tells (dated against <see cref="Published"/>).
/// The writer uses them when it still holds that finder and the article keeps that date; otherwise it finds them
/// again, so the store is the same either way.
/// </summary>
public sealed record PreparedLinks(MentionFinder Finder, IReadOnlyList<FoundMention> Found, IReadOnlyList<CandidateName> Candidates,
    ArchiveDate? Published, IReadOnlyList<ExtractedEvent>? Events)
{
    /// <summary>The links of a parsed file, or null when there is no finder yet or finding fails (the writer then finds them itself).</summary>
    public static PreparedLinks? Find(ParsedArticle parsed, Sidecar? sidecar, PeopleSnapshot? people)
    {
        if (people is null)
        {
            return null;
        }
        using var timing = ImportProfile.Time("links ahead (parallel)");
        try
        {
            var paragraphs = parsed.Blocks.Select(b => ((ParagraphKind)b.Kind, b.Text)).ToList();
            var found = people.Finder.Find([.. paragraphs.Select(p => p.Text)]);
            var candidates = MentionLinker.CandidatesIn(paragraphs);
            // The date a new article gets (a stored one may keep an editor's date: the writer then extracts again).
            var published = parsed.Published;
            if (sidecar?.Published is { } edtf)
            {
                published = ArchiveDate.TryParseEdtf(edtf, DateSource.Sidecar, out var date) ? date : null;
            }
            var events = sidecar?.Published is not null && published is null ? null : EventLinker.Extract(
                [.. paragraphs.Select((p, i) => (p.Item1, p.Text, (IReadOnlyList<(int, int, int)>)[.. found.Where(m => m.Paragraph == i).Select(m => (m.Offset, m.Length, m.PersonId))]))],
                published, people.Names);
            return new PreparedLinks(people.Finder, found, candidates, published, events);
        }
        // Whatever fails here fails again in the writer, which reports it as before.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}
