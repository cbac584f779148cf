using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Benchmarks;

/// <summary>
/// `entities`: imports the seeds, the unseen texts and the four held-out sets of tests/…/Truth through the real import command, each set
/// into a fresh store, and prints recall and precision of people and events against the hand-made truth.
/// </summary>
internal static class EntityBench
{
    public static async Task<int> RunAsync(string root, bool verbose, string? only = null)
    {
        var dll = Path.Combine(root, "src", "BelarusUsArchive.Web", "bin", "Release", "net10.0", "BelarusUsArchive.Web.dll");
        var truth = Path.Combine(root, "tests", "BelarusUsArchive.Tests", "Truth");
        var sets = new (string Name, string Texts, string Truth, bool PeopleFile)[]
        {
            ("seeds, with the people file", Path.Combine(root, "seeds"), Path.Combine(truth, "seeds", "truth.json"), true),
            ("seeds, no people file", Path.Combine(root, "seeds"), Path.Combine(truth, "seeds", "truth.json"), false),
            ("unseen texts, no people file", Path.Combine(truth, "unseen"), Path.Combine(truth, "unseen", "truth.json"), false),
            ("held-out texts, no people file", Path.Combine(truth, "heldout"), Path.Combine(truth, "heldout", "truth.json"), false),
            ("second held-out texts, no people file", Path.Combine(truth, "heldout2"), Path.Combine(truth, "heldout2", "truth.json"), false),
            ("third held-out texts, no people file", Path.Combine(truth, "heldout3"), Path.Combine(truth, "heldout3", "truth.json"), false),
            ("fourth held-out texts, no people file", Path.Combine(truth, "heldout4"), Path.Combine(truth, "heldout4", "truth.json"), false),
        };
        foreach (var set in sets.Where(s => only is null || s.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            var work = Path.Combine(Path.GetTempPath(), "archive-entities-" + Guid.NewGuid().ToString("N")[..8]);
            var texts = Path.Combine(work, "texts");
            Directory.CreateDirectory(texts);
            try
            {
                foreach (var file in Directory.GetFiles(set.Texts).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".meta.json", StringComparison.Ordinal)
                    || (set.PeopleFile && Path.GetFileName(f) == "people.json")))
                {
                    File.Copy(file, Path.Combine(texts, Path.GetFileName(file)));
                }
                var database = Path.Combine(work, "archive.db");
                await using (var web = new WebProcess(dll, database))
                {
                    await web.ImportAsync(texts);
                }
                using var db = new ArchiveDb(new DbContextOptionsBuilder<ArchiveDb>().UseSqlite($"Data Source={database}").Options);
                var score = EntityTruth.Score(TruthFile.Load(set.Truth), EntityObservation.Read(db));
                Console.WriteLine(score.Summary(set.Name));
                if (verbose)
                {
                    score.Notes.ForEach(n => Console.WriteLine("    " + n));
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(work, recursive: true);
            }
        }
        return 0;
    }
}
