using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Names;

public sealed record CandidateName(int Paragraph, int Offset, int Length, string Name);

/// <summary>
/// Personal names the authority lacks, found by what surrounds a name in news prose: a title or role
/// before it ("Deputy Minister Anna Kovalenko", "analyst John Roe"), or a role or a verb of saying after
/// it ("Jane Doe, a fellow at …", "Jane Doe said"). Places, organizations, publications and
/// nationalities never qualify: every word must look like a name and none may be a known non-name word.
/// </summary>
public static partial class CandidateFinder
{
    private const string NameWord = @"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?";

    // A maximal run of capitalized words (and initials): "Ministry of Foreign Affairs Dzmitry Mironchyk"
    // yields "Foreign Affairs Dzmitry Mironchyk", whose tail after the last non-name word is the name.
    [GeneratedRegex(NameWord + @"(?:\s+(?:" + NameWord + @"|\p{Lu}\.))*")]
    private static partial Regex NameRun();

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "Secretary", "Ambassador", "Undersecretary", "General", "Director", "Chairman", "Senator", "Congressman",
        "Representative", "Professor", "Dr", "Mr", "Mrs", "Ms", "Chief", "Head", "Envoy", "Spokesman", "Advisor", "Adviser", "Analyst", "Expert",
    };

    [GeneratedRegex(@"(?:\b(?:president|minister|secretary|ambassador|envoy|diplomat|chargé|charge|adviser|advisor|official|spokesman|spokeswoman|spokesperson|analyst|expert|scholar|professor|researcher|fellow|journalist|correspondent|reporter|editor|columnist|commentator|observer|economist|historian|lawyer|activist|leader|chairman|chairwoman|chair|director|head|chief|deputy|senator|congressman|congresswoman|representative|governor|mayor|general|colonel|commander|candidate|opposition|dissident|politician|blogger|prisoner|writer|author|dr|mr|mrs|ms|prof|sir)\.?|\bsaid|\bsays|\baccording to|\bby)\s*(?:of\s+\S+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"^(?:,\s*(?:a|an|the|who|whose|former|deputy|senior|chief|head|director|president|professor|analyst|expert)\b|\s*\((?:a|an|the|former)?\s*\w+|\s+(?:said|says|told|stated|noted|argued|wrote|added|explained|believes|thinks|warned|claimed|insisted|recalled|announced|stressed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfter();

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // Titles and roles written capitalized before names.
        "President", "Prime", "Minister", "Deputy", "Foreign", "Secretary", "State", "Assistant", "Under", "Undersecretary", "Ambassador",
        "General", "Director", "Chairman", "Senator", "Congressman", "Representative", "Professor", "Dr", "Mr", "Mrs", "Ms", "Acting", "Senior",
        "Former", "Chief", "Head", "Special", "Envoy", "Spokesman", "Press", "Advisor", "Adviser", "National", "Security", "Defense", "Defence",
        // Organizations and publications.
        "Ministry", "Department", "Council", "Foundation", "Center", "Centre", "Institute", "University", "Party", "Union", "Service", "Agency",
        "Committee", "Commission", "Bank", "Fund", "Office", "Embassy", "House", "Post", "Times", "News", "Radio", "Monitor", "Forum", "Corporation",
        "Company", "Group", "Games", "Park", "Treaty", "Organization", "Initiative", "Congress", "Parliament", "Assembly", "Government", "Administration",
        "Affairs", "Policy", "Analysis", "Studies", "Relations", "Rights", "Human", "Economic", "Strategic", "Forces", "Army", "Navy", "Force",
        "Peace", "War", "Summit", "Conference", "Council", "Program", "Programme", "Project", "Report", "Index", "Priorities", "Supporters",
        "Kremlin", "Pentagon", "Journal", "Review", "Magazine", "Daily", "Weekly", "Press", "Television", "Channel", "Liberty", "Europe", "Partnership",
        // Places and nationalities.
        "Belarus", "Belarusian", "Belarusians", "Russia", "Russian", "Russians", "Ukraine", "Ukrainian", "America", "American", "Americans", "United",
        "States", "Kingdom", "Poland", "Polish", "Lithuania", "Lithuanian", "Latvia", "Latvian", "Estonia", "Georgia", "Moscow", "Minsk", "Washington",
        "Kyiv", "Kiev", "Crimea", "Crimean", "China", "Chinese", "Cuba", "Iran", "Tehran", "Riga", "Vilnius", "Warsaw", "Brussels", "London", "Paris",
        "Berlin", "New", "York", "Mexico", "European", "Western", "Eastern", "Soviet", "Baltic", "Central", "Asia", "Eurasia", "Eurasian", "West", "East",
        "North", "South", "Atlantic", "German", "Germany", "French", "France", "British", "Britain", "Europeans", "Jamestown", "Helsinki",
        // Calendar words and sentence openers.
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That", "These", "Those", "However", "But",
        "And", "In", "On", "At", "For", "With", "After", "Before", "When", "While", "If", "As", "It", "He", "She", "They", "We", "His", "Her",
    };

    public static IReadOnlyList<CandidateName> Find(IReadOnlyList<string> paragraphs)
    {
        var found = new List<CandidateName>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            foreach (Match m in NameRun().Matches(text))
            {
                var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var lastNonName = Array.FindLastIndex(words, w => NotNameWords.Contains(NameKey.Strip(w).TrimEnd('.')));
                var nameWords = words[(lastNonName + 1)..];
                var titled = lastNonName >= 0 && TitleWords.Contains(words[lastNonName].TrimEnd('.'));
                if (nameWords.Length is < 2 or > 4 || nameWords[0].EndsWith('.') || nameWords.Count(w => !w.EndsWith('.')) > 3)
                {
                    continue;
                }
                var start = m.Index + m.Value.IndexOf(nameWords[0], StringComparison.Ordinal);
                var name = string.Join(' ', nameWords.Select(NameKey.Strip));
                var length = m.Index + m.Length - start;
                var before = text[Math.Max(0, start - 60)..start];
                var after = text[(start + length)..Math.Min(text.Length, start + length + 40)];
                if ((titled || RoleBefore().IsMatch(before) || RoleAfter().IsMatch(after)) && !IsSentenceOpener(text, start, nameWords))
                {
                    found.Add(new CandidateName(p, start, length, name));
                }
            }
        }
        return found;
    }

    // "Analysts Say Minsk…" style capitalized runs at a sentence start are headlines, not names.
    private static bool IsSentenceOpener(string text, int start, string[] words) =>
        words.Any(w => w.Length > 1 && w.All(char.IsUpper));
}
