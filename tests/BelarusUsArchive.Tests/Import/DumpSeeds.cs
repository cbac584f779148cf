using BelarusUsArchive.Text.Parsing;

namespace BelarusUsArchive.Tests.Import;

public class DumpSeeds
{
    [Fact]
    public void Dump()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "../../../../../seeds");
        using var w = new StreamWriter("/tmp/dump.txt");
        foreach (var f in Directory.GetFiles(dir, "*.txt").Order())
        {
            var a = ArticleParser.Parse(File.ReadAllText(f));
            w.WriteLine($"===== {Path.GetFileName(f)}\nTITLE: {a.Title}\nSUB: {a.Subtitle}\nAUTHORS: {string.Join(" | ", a.Authors)}\nOUTLET: {a.Outlet}\nPUB: {a.Published}\nUPD: {a.PageUpdated}\nLANG: {a.Language}\nSRC: {string.Join(", ", a.FieldSources)}");
            foreach (var b in a.Blocks) w.WriteLine($"  [{b.Kind}] {(b.Text.Length > 90 ? b.Text[..90] : b.Text)} {string.Join(",", b.Notes)}");
            foreach (var r in a.Removed) w.WriteLine($"  -- {r.LineNumber}: {(r.Text.Length > 60 ? r.Text[..60] : r.Text)} => {r.Reason}");
        }
    }
}
