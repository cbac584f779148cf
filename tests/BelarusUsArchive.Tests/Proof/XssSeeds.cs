using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>The published payload list, and seed files that carry each payload into the archive through the import.</summary>
public static class XssSeeds
{
    public static IReadOnlyList<string> Payloads { get; } =
        [.. File.ReadLines(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Proof", "xss-payloads.txt"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Replace("\\n", "\n", StringComparison.Ordinal))];

    public static string Number(int i) => i.ToString("000", CultureInfo.InvariantCulture);

    public static string FileName(int i) => $"xss_{Number(i)}.txt";

    public static string PersonName(int i) => $"Xss Test Person {Number(i)}";

    /// <summary>
    /// For each payload, an article whose title (in its sidecar) and body paragraph hold the payload, and a person
    /// in the folder's copy of people.json whose spelling and description are the payload.
    /// </summary>
    public static void Write(TestFolder folder)
    {
        for (var i = 0; i < Payloads.Count; i++)
        {
            var payload = Payloads[i];
            folder.Write(FileName(i),
                $"Payload article {Number(i)}\n\n1 March 2020\n\n" +
                $"The United States and Belarus discussed sanctions in Minsk, and the note read: {payload}\n\n" +
                $"Diplomats of both countries met again later that spring. Marker xss-body-{Number(i)}.\n");
            folder.Write(Path.ChangeExtension(FileName(i), ".meta.json"), JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["title"] = $"XSS {Number(i)} {payload}",
                ["published"] = "2020-03-01",
            }));
        }
        var file = Path.Combine(folder.Seeds, "people.json");
        var authority = JsonNode.Parse(File.ReadAllText(file))!;
        var people = authority["people"]!.AsArray();
        for (var i = 0; i < Payloads.Count; i++)
        {
            people.Add(new JsonObject
            {
                ["name"] = PersonName(i),
                ["country"] = "Belarus",
                ["description"] = Payloads[i],
                ["aliases"] = new JsonArray(PersonName(i), Payloads[i]),
            });
        }
        File.WriteAllText(file, authority.ToJsonString());
    }
}
