using System.Text.RegularExpressions;

namespace BelarusUsArchive.Tests.Features.Citations;

public sealed record RisRecord(IReadOnlyList<(string Tag, string Value)> Lines)
{
    public IEnumerable<string> All(string tag) => Lines.Where(l => l.Tag == tag).Select(l => l.Value);

    public string? One(string tag) => All(tag).SingleOrDefault();
}

/// <summary>
/// Reads RIS as the specification has it: every line "XY  - value" with CRLF endings, a record opened by TY and
/// closed by ER; blank lines only between records. Anything else is an error.
/// </summary>
public static partial class RisParser
{
    [GeneratedRegex(@"^([A-Z][A-Z0-9])  - (.*)$")]
    private static partial Regex Line();

    public static List<RisRecord> Parse(string text)
    {
        Assert.DoesNotMatch(@"[^\r]\n", text);
        var records = new List<RisRecord>();
        List<(string, string)>? current = null;
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0 && current is null)
            {
                continue;
            }
            var match = Line().Match(line);
            Assert.True(match.Success, $"not an RIS line: '{line}'");
            var (tag, value) = (match.Groups[1].Value, match.Groups[2].Value);
            if (current is null)
            {
                Assert.Equal("TY", tag);
                current = [];
            }
            else
            {
                Assert.NotEqual("TY", tag);
            }
            current.Add((tag, value));
            if (tag == "ER")
            {
                Assert.Equal("", value);
                records.Add(new RisRecord(current));
                current = null;
            }
        }
        Assert.Null(current);
        return records;
    }
}
