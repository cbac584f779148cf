using System.Diagnostics;
using BelarusUsArchive.Text.Events;
using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Benchmarks;

/// <summary>
/// `entities --time`: the extraction side's cost per article on the truth texts (seeds, unseen, held-out), parsing
/// and event extraction timed apart, so that work added to the event rules shows against the parse it follows.
/// </summary>
internal static class EventExtractionBench
{
    public static void Run(string root, int rounds = 200)
    {
        var truth = Path.Combine(root, "tests", "BelarusUsArchive.Tests", "Truth");
        var texts = new[] { Path.Combine(root, "seeds"), Path.Combine(truth, "unseen"), Path.Combine(truth, "heldout"), Path.Combine(truth, "heldout2") }
            .SelectMany(d => Directory.GetFiles(d, "*.txt")).Select(File.ReadAllText).ToList();
        var parsed = texts.Select(t => ArticleParser.Parse(t)).ToList();
        var parse = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            texts.ForEach(t => ArticleParser.Parse(t));
        }
        parse.Stop();
        var extract = Stopwatch.StartNew();
        var events = 0;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var a in parsed)
            {
                events = EventExtractor.Extract([.. a.Blocks.Select(b => new EventParagraph(b.Text, b.Kind == BlockKind.Paragraph, []))], a.Published, _ => "").Count;
            }
        }
        extract.Stop();
        var n = (double)rounds * texts.Count;
        Console.WriteLine($"{texts.Count} texts x {rounds}: parse {parse.Elapsed.TotalMicroseconds / n:0} µs, events {extract.Elapsed.TotalMicroseconds / n:0} µs per article");
    }

    /// <summary>`entities --dump FILE`: how one text parses — its blocks, the names found beside evidence, and its events.</summary>
    public static void Dump(string file)
    {
        var a = ArticleParser.Parse(File.ReadAllText(file));
        Console.WriteLine($"title: {a.Title} | published: {a.Published?.Edtf}");
        foreach (var b in a.Blocks)
        {
            Console.WriteLine($"[{b.Kind}] {b.Text[..Math.Min(100, b.Text.Length)]}");
        }
        foreach (var r in a.Removed)
        {
            Console.WriteLine($"removed: {r.Text[..Math.Min(60, r.Text.Length)]} — {r.Reason}");
        }
        var prose = a.Blocks.Select(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem ? b.Text : "").ToList();
        Console.WriteLine("names: " + string.Join("; ", BelarusUsArchive.Text.Names.CandidateFinder.Find(prose).Select(c => c.Name)));
        foreach (var e in EventExtractor.Extract([.. a.Blocks.Select(b => new EventParagraph(b.Text, b.Kind == BlockKind.Paragraph, []))], a.Published, _ => ""))
        {
            Console.WriteLine($"event {e.Date.Edtf} {e.Kind} [{e.Place}] {e.Title} <= {e.Quote[..Math.Min(90, e.Quote.Length)]}");
        }
    }
}
