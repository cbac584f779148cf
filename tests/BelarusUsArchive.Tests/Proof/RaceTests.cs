using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// Editors racing: two signed-in editors open the same record, then both save at the same instant, over real HTTP.
/// Exactly one wins; the other gets the conflict page (409) with its own text still in the form; the stored text is
/// the winner's; every successful save, and only those, leaves a revision. 25 pairs per record kind,
/// 500 with ARCHIVE_LONG=1.
/// </summary>
public class RaceTests(ITestOutputHelper output)
{
    private static int Pairs => Environment.GetEnvironmentVariable("ARCHIVE_LONG") == "1" ? 500 : 25;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A record two editors can save: its form, the field they both change, and what the store holds.</summary>
    private sealed record Target(string Kind, string Url, string Field, Func<ArchiveApp, string?> Stored, Func<ArchiveApp, int> Revisions);

    [Fact]
    public async Task Of_two_simultaneous_saves_of_one_record_exactly_one_wins_and_the_other_keeps_its_text_on_the_conflict_page()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var targets = await TargetsAsync(app, first);
        var lines = new List<string>();

        foreach (var target in targets)
        {
            var (firstWins, secondWins) = (0, 0);
            for (var pair = 1; pair <= Pairs; pair++)
            {
                var revisions = target.Revisions(app);
                var texts = (A: $"{target.Kind} {pair} by the first editor", B: $"{target.Kind} {pair} by the second editor");
                var forms = await Task.WhenAll(HtmlAsync(first, target.Url), HtmlAsync(second, target.Url));
                var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var saves = Task.WhenAll(SaveAsync(first, target, forms[0], texts.A, gate.Task), SaveAsync(second, target, forms[1], texts.B, gate.Task));
                gate.SetResult();
                var (a, b) = (await saves) is var r ? (r[0], r[1]) : default;

                var context = $"{target.Kind} pair {pair}: {(int)a.StatusCode} / {(int)b.StatusCode}";
                Assert.True(IsWin(a) ^ IsWin(b), $"{context}: not exactly one save won");
                var (winner, loser, winnerText, loserText) = IsWin(a) ? (a, b, texts.A, texts.B) : (b, a, texts.B, texts.A);
                Assert.True(loser.StatusCode == HttpStatusCode.Conflict, $"{context}: the loser did not get the conflict page");
                Assert.Equal(winnerText, target.Stored(app));
                Assert.Equal(loserText, FieldValue(await ParseAsync(loser), target.Field));
                Assert.Equal(revisions + 1, target.Revisions(app));
                _ = IsWin(a) ? firstWins++ : secondWins++;
                winner.Dispose();
            }
            lines.Add($"{target.Kind}: {Pairs} races, {firstWins} won by the first editor, {secondWins} by the second, {Pairs} conflict pages, {Pairs} revisions");
        }

        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
        output.WriteLine($"{Pairs * targets.Count} races in all, none lost a save or both won");
    }

    [Fact]
    public async Task A_rejection_that_loses_a_race_with_a_save_leaves_the_persons_mentions_linked()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var first = await SignInAsync(app, "first@example.org");
        var second = await SignInAsync(app, "second@example.org");
        var people = app.InScope(db => db.People.Where(p => p.Mentions.Count > 0).OrderBy(p => p.Slug).Select(p => new { p.Id, p.Slug, Mentions = p.Mentions.Count }).Take(8).ToList());
        var (rejected, kept) = (0, 0);

        foreach (var person in people)
        {
            var target = new Target("person", $"/editor/people/{person.Slug}", "Input.Description", _ => null, _ => 0);
            var forms = await Task.WhenAll(HtmlAsync(first, target.Url), HtmlAsync(second, target.Url));
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var saves = Task.WhenAll(SaveAsync(first, target, forms[0], "rejected", gate.Task, ("decision", "reject"), ("confirmed", "true")),
                SaveAsync(second, target, forms[1], "kept", gate.Task));
            gate.SetResult();
            var results = await saves;

            var mentions = app.InScope(db => db.Mentions.Count(m => m.PersonId == person.Id));
            Assert.True(IsWin(results[0]) ^ IsWin(results[1]), $"{person.Slug}: {(int)results[0].StatusCode} / {(int)results[1].StatusCode}");
            Assert.Equal(IsWin(results[0]) ? 0 : person.Mentions, mentions);
            _ = IsWin(results[0]) ? rejected++ : kept++;
        }

        Assert.NotEmpty(people);
        output.WriteLine($"{people.Count} reject-against-save races: {rejected} rejections won (mentions unlinked), {kept} saves won (every mention kept)");
    }

    private static bool IsWin(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.Redirect;

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, Target target, IHtmlDocument form, string text, Task gate, params (string Name, string Value)[] extra)
    {
        var fields = FormFields(form);
        fields[target.Field] = text;
        foreach (var (name, value) in extra)
        {
            fields[name] = value;
        }
        fields["__RequestVerificationToken"] = Token(form);
        using var content = new FormUrlEncodedContent(fields);
        await content.LoadIntoBufferAsync(Cancel);
        await gate;
        return await client.PostAsync(target.Url, content, Cancel);
    }

    /// <summary>Every field of the record's main form as the browser would post it (the merge form aside).</summary>
    private static Dictionary<string, string> FormFields(IHtmlDocument page)
    {
        var form = page.QuerySelectorAll("main form[method=post]").First(f => !(f.GetAttribute("action") ?? "").Contains("handler", StringComparison.Ordinal));
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element is IHtmlInputElement { Type: "checkbox" } box)
            {
                if (box.IsChecked)
                {
                    fields[name] = box.Value;
                }
                continue;
            }
            fields.TryAdd(name, element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? "",
                _ => element.GetAttribute("value") ?? "",
            });
        }
        return fields;
    }

    private static string? FieldValue(IHtmlDocument page, string name) => page.QuerySelector($"[name='{name}']") switch
    {
        IHtmlTextAreaElement area => area.Value.Trim(),
        IElement element => element.GetAttribute("value"),
        _ => null,
    };

    private static async Task<List<Target>> TargetsAsync(ArchiveApp app, HttpClient editor)
    {
        await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary",
            new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = "Before the race.", ["Input.Publish"] = "true" });
        var (commentary, article, person, @event) = app.InScope(db => (
            db.Commentary.Single().Id,
            db.Articles.Single(a => a.Slug == Seed003).Id,
            db.People.OrderBy(p => p.Slug).First(),
            db.Events.OrderBy(e => e.Slug).First()));
        int Revisions(ArchiveApp a, string type, int id) => a.InScope(db => db.Revisions.Count(r => r.EntityType == type && r.EntityId == id));
        return
        [
            new("commentary", $"/editor/articles/{Seed003}/commentary/{commentary.ToString(CultureInfo.InvariantCulture)}", "Input.Markdown",
                a => a.InScope(db => db.Commentary.AsNoTracking().Single(c => c.Id == commentary).Markdown), a => Revisions(a, "commentary", commentary)),
            new("article", $"/editor/articles/{Seed003}/edit", "Input.Title",
                a => a.InScope(db => db.Articles.AsNoTracking().Single(x => x.Id == article).Title), a => Revisions(a, "article", article)),
            new("person", $"/editor/people/{person.Slug}", "Input.Description",
                a => a.InScope(db => db.People.AsNoTracking().Single(p => p.Id == person.Id).Description), a => Revisions(a, "person", person.Id)),
            new("event", $"/editor/events/{@event.Slug}", "Input.Title",
                a => a.InScope(db => db.Events.AsNoTracking().Single(e => e.Id == @event.Id).Title), a => Revisions(a, "event", @event.Id)),
        ];
    }
}
