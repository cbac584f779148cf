using BelarusUsArchive.Benchmarks;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Truth;

/// <summary>
/// People and events of the real import scored against hand-made truth (Truth/seeds/truth.json for the seeds,
/// Truth/unseen/truth.json for 21 texts in other sites' shapes, written before any rule was tuned to them; Truth/heldout/
/// for ten more, written before the second round of rules and kept as a check that those rules are general; Truth/heldout2/
/// for ten more in new shapes, written before the third round; Truth/heldout3/ for ten more, written before the fourth; Truth/heldout4/
/// for ten more, written before the seventh). The
/// floors are the figures reached when they were set, so a change that makes the archive find fewer people or
/// events, or more false ones, fails here; the figures are printed (and by the `entities` benchmark command).
/// </summary>
public sealed class EntityTruthTests(ITestOutputHelper output)
{
    private static string TruthFolder => Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Truth");

    [Fact]
    public async Task Unseen_texts_without_a_people_file()
    {
        var score = await ScoreAsync(Path.Combine(TruthFolder, "unseen"), Path.Combine(TruthFolder, "unseen", "truth.json"), peopleFile: false);
        // 0.91 before the new copied-text extractor joined; it frames some unseen pages differently (0.89 since); 0.945 since
        // a shared surname goes to its far better-known bearer (86/91).
        Assert.True(score.PeopleScore >= 0.98, $"people score {score.PeopleScore:P0}");
        Assert.True(score.EventRecall >= 0.87, $"event recall {score.EventRecall:P0}");
        Assert.True(score.EventPrecision >= 0.96, $"event precision {score.EventPrecision:P0}");
        Assert.Equal(score.Articles, score.ArticleDatesRight);
    }

    [Fact]
    public async Task Held_out_texts_without_a_people_file()
    {
        var score = await ScoreAsync(Path.Combine(TruthFolder, "heldout"), Path.Combine(TruthFolder, "heldout", "truth.json"), peopleFile: false);
        Assert.True(score.PeopleScore >= 0.86, $"people score {score.PeopleScore:P0}");
        Assert.True(score.EventRecall >= 0.75, $"event recall {score.EventRecall:P0}");
        Assert.True(score.EventPrecision >= 0.96, $"event precision {score.EventPrecision:P0}");
        Assert.True(score.ArticleDatesRight >= 9, $"article dates right {score.ArticleDatesRight}");
    }

    [Fact]
    public async Task Second_held_out_texts_without_a_people_file()
    {
        // Written before the third round of rules (people 75 %, events 48 % recall at 91 % precision then).
        var score = await ScoreAsync(Path.Combine(TruthFolder, "heldout2"), Path.Combine(TruthFolder, "heldout2", "truth.json"), peopleFile: false);
        Assert.True(score.PeopleScore >= 0.94, $"people score {score.PeopleScore:P0}");
        Assert.True(score.EventRecall >= 0.84, $"event recall {score.EventRecall:P0}");
        Assert.True(score.EventPrecision >= 0.97, $"event precision {score.EventPrecision:P0}");
        Assert.Equal(score.Articles, score.ArticleDatesRight);
    }

    [Fact]
    public async Task Third_held_out_texts_without_a_people_file()
    {
        // Written before the fourth round of rules and scored untouched first: people 85 %, events 64 % recall at 86 % precision.
        var score = await ScoreAsync(Path.Combine(TruthFolder, "heldout3"), Path.Combine(TruthFolder, "heldout3", "truth.json"), peopleFile: false);
        // 0.96 since transcripts' speaker labels make people ("SECRETARY BLINKEN:").
        Assert.True(score.PeopleScore >= 0.955, $"people score {score.PeopleScore:P0}");
        Assert.True(score.EventRecall >= 0.82, $"event recall {score.EventRecall:P0}");
        Assert.True(score.EventPrecision >= 0.91, $"event precision {score.EventPrecision:P0}");
        Assert.Equal(score.Articles, score.ArticleDatesRight);
    }

    [Fact]
    public async Task Fourth_held_out_texts_without_a_people_file()
    {
        // Written before the seventh round of rules and scored untouched first: people 94 %, events 69 % recall at 85 % precision.
        var score = await ScoreAsync(Path.Combine(TruthFolder, "heldout4"), Path.Combine(TruthFolder, "heldout4", "truth.json"), peopleFile: false);
        Assert.True(score.PeopleScore >= 0.97, $"people score {score.PeopleScore:P0}");
        Assert.True(score.EventRecall >= 0.84, $"event recall {score.EventRecall:P0}");
        Assert.True(score.EventPrecision >= 0.89, $"event precision {score.EventPrecision:P0}");
        Assert.Equal(score.Articles, score.ArticleDatesRight);
    }

    [Fact]
    public async Task Seeds_with_the_people_file()
    {
        var score = await ScoreAsync(Repo.Seeds, Path.Combine(TruthFolder, "seeds", "truth.json"), peopleFile: true);
        Assert.Equal(score.TruthPeople, score.PeopleRight);
        Assert.Equal(0, score.FalsePeople);
        Assert.True(score.EventRecall >= 0.79, $"event recall {score.EventRecall:P0}");
        Assert.True(score.EventPrecision >= 0.95, $"event precision {score.EventPrecision:P0}");
        Assert.Equal(score.Articles, score.ArticleDatesRight);
    }

    [Fact]
    public async Task Seeds_without_the_people_file()
    {
        var score = await ScoreAsync(Repo.Seeds, Path.Combine(TruthFolder, "seeds", "truth.json"), peopleFile: false);
        // 0.94 since surnames read before the full name are linked at the end of the import.
        Assert.True(score.PeopleScore >= 0.935, $"people score {score.PeopleScore:P0}");
        Assert.Equal(0, score.FalsePeople);
    }

    private async Task<EntityScore> ScoreAsync(string texts, string truth, bool peopleFile)
    {
        Requires.Store();
        using var folder = new TestFolder(withSeeds: false);
        foreach (var file in Directory.GetFiles(texts).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)
            || f.EndsWith(".meta.json", StringComparison.Ordinal) || (peopleFile && Path.GetFileName(f) == "people.json")))
        {
            folder.WriteBytes(Path.GetFileName(file), await File.ReadAllBytesAsync(file));
        }
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var score = EntityTruth.Score(TruthFile.Load(truth), app.InScope(EntityObservation.Read));
        output.WriteLine(score.Summary(Path.GetFileName(texts)));
        score.Notes.ForEach(output.WriteLine);
        return score;
    }
}
