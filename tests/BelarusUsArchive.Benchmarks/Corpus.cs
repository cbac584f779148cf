using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Benchmarks;

/// <summary>
/// A synthetic corpus built from the seeds' sentences (shared with the tests' crash-safety proof): articles of about 10 KB with varied dates,
/// outlets, authors and people, written as text files with sidecars, plus the seeds' people file.
/// </summary>
internal static partial class Corpus
{
    public const string RareWord = "zephyrine";
    private const int TargetBytes = 10_000;

    private static readonly string[] Outlets = ["BelarusDigest", "RFE/RL", "VOA", "Belsat", "Atlantic Council", "Chatham House", "Carnegie", "Wilson Center", "Jamestown", "Minsk Dialogue"];
    private static readonly string[] GivenNames = ["Anna", "Pavel", "Maria", "Igor", "Olga", "Denis", "Elena", "Artyom", "Katerina", "Yauheni"];
    private static readonly string[] Surnames = ["Shraibman", "Marples", "Prince", "Kalinin", "Novik", "Sokolova", "Hurski", "Bykau", "Levchuk", "Zhuk"];

    public static (int Files, long Bytes) Write(string seeds, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(seeds, "people.json"), Path.Combine(folder, "people.json"), overwrite: true);
        var sentences = Directory.GetFiles(seeds, "*.txt")
            .SelectMany(f => Sentence().Split(File.ReadAllText(f).Replace('\n', ' ')))
            .Select(s => s.Trim()).Where(s => s.Length is > 40 and < 400).Distinct().ToArray();
        var names = People(Path.Combine(seeds, "people.json"));
        var random = new Random(20261123);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(1995, 1, 1).AddDays(random.Next(0, 30 * 365));
            var author = $"{GivenNames[random.Next(GivenNames.Length)]} {Surnames[random.Next(Surnames.Length)]}";
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Title(sentences[random.Next(sentences.Length)])} (no. {i + 1})\n\nBy {author}\n\n");
            while (text.Length < TargetBytes)
            {
                for (var s = random.Next(2, 6); s > 0; s--)
                {
                    text.Append(sentences[random.Next(sentences.Length)]).Append(' ');
                }
                if (random.Next(3) == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{names[random.Next(names.Length)]} commented on this. ");
                }
                if (random.Next(1000) == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"The {RareWord} memorandum was mentioned. ");
                }
                text.Append("\n\n");
            }
            var name = $"synthetic-{i:D6}";
            File.WriteAllText(Path.Combine(folder, name + ".txt"), text.ToString());
            File.WriteAllText(Path.Combine(folder, name + ".meta.json"), JsonSerializer.Serialize(new
            {
                outlet = Outlets[random.Next(Outlets.Length)],
                published = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }));
            bytes += text.Length;
        }
        return (count, bytes);
    }

    private static string Title(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(9);
        return string.Join(' ', words).TrimEnd('.', ',', ';', ':');
    }

    private static string[] People(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return [.. json.RootElement.GetProperty("people").EnumerateArray()
            .SelectMany(p => p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!))
            .Where(a => a.Any(char.IsAsciiLetter))];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}
