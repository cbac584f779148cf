using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Names;

/// <summary>A name found in an article; <paramref name="ByGivenName"/> when the text gives only its first word (a relative's given name).</summary>
public sealed record CandidateName(int Paragraph, int Offset, int Length, string Name, bool ByGivenName = false);

/// <summary>
/// Personal names the authority lacks, found by what surrounds a name in news prose: a title or role
/// before it ("Deputy Minister Anna Kovalenko", "analyst John Roe"), or a role or a verb of saying after
/// it ("Jane Doe, a fellow at …", "Jane Doe said"). Places, organizations, publications and
/// nationalities never qualify: every word must look like a name and none may be a known non-name word.
/// </summary>
public static partial class CandidateFinder // relatives called by given name: CandidateFinder.Kin.cs; speakers: CandidateFinder.Speakers.cs
{
    private const string RoleNouns = "president|minister|secretary|ambassador|envoy|diplomat|adviser|advisor|official|spokesman|spokeswoman|spokesperson|analyst|expert|scholar|professor|researcher|fellow|journalist|correspondent|reporter|editor|columnist|commentator|observer|economist|historian|scientist|sociologist|lawyer|activist|leader|chairman|chairwoman|director|head|chief|deputy|senator|congressman|congresswoman|representative|governor|mayor|general|colonel|commander|candidate|dissident|politician|blogger|prisoner|writer|author|member|founder|owner|student|teacher|officer|judge|priest|poet|artist|coach|player|wife|husband|son|daughter|mother|father|brother|sister";

    // A capitalised word, double-barrelled or with the capital inside of Irish and Scottish surnames ("McCormack", "O'Brien").
    private const string NameWord = @"(?:(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?)";

    // A maximal run of capitalized words (and initials): "Ministry of Foreign Affairs Dzmitry Mironchyk"
    // yields "Foreign Affairs Dzmitry Mironchyk", whose tail after the last non-name word is the name.
    [GeneratedRegex(NameWord + @"(?:\s+(?:" + NameWord + @"|\p{Lu}\.))*")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"\b(?:he|she|his|her|him|himself|herself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalPronoun();

    // "Minister of Education Andrei Ivaniec": the run after "Minister of" starts with the portfolio.
    [GeneratedRegex(@"\b(?:Minister|Ministry|Secretary|Department|Director|Head|Chairman|Commissioner|Ambassador|Committee)\s+(?:of|for)\s+(?:the\s+)?$")]
    private static partial Regex Portfolio();

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "Secretary", "Ambassador", "Undersecretary", "General", "Director", "Chairman", "Senator", "Congressman",
        "Representative", "Professor", "Dr", "Mr", "Mrs", "Ms", "Chief", "Head", "Envoy", "Spokesman", "Advisor", "Adviser", "Analyst", "Expert",
        "Journalist", "Researcher", "Economist", "Historian", "Activist", "Lawyer", "Blogger", "Politician", "Commentator", "Observer", "Editor",
        "Reporter", "Correspondent", "Diplomat", "Scholar", "Writer", "Author", "Leader", "Dissident", "Opposition", "Candidate", "Governor", "Mayor",
        "Pope", "Colonel", "Captain", "Sir", "Lady", "Prof",
    };

    [GeneratedRegex(@"(?:\b(?:president|minister|secretary|ambassador|envoy|diplomat|chargé|charge|adviser|advisor|official|spokesman|spokeswoman|spokesperson|analyst|expert|scholar|professor|researcher|fellow|journalist|correspondent|reporter|editor|columnist|commentator|observer|economist|historian|scientist|sociologist|lawyer|activist|leader|chairman|chairwoman|chair|director|head|chief|deputy|senator|congressman|congresswoman|representative|governor|mayor|general|colonel|commander|candidate|opposition|dissident|politician|blogger|prisoner|writer|author|dr|mr|mrs|ms|prof|sir)\.?|\bsaid|\bsays|\baccording to|\bby)\s*(?:of\s+\S+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    // After the name: an apposition that gives a role (", a fellow at …", ", the president of …", ", who …"), or a verb of saying.
    [GeneratedRegex(@"^(?:,\s*(?:who|whose|former|deputy|senior|chief|head|director|president|professor|analyst|expert)\b|,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:" + RoleNouns + @")\b|\s*\((?:a|an|the|former)?\s*\w+|\s+(?:said|says|told|stated|noted|argued|wrote|added|explained|believes|thinks|warned|claimed|insisted|recalled|announced|stressed)\b)", RegexOptions.IgnoreCase)]
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
        "International", "Endowment", "Court", "Works", "Regiment", "Battalion", "Brigade", "Watch", "Society", "Association", "League",
        "Movement", "Front", "Bloc", "Network", "Media", "Tribune", "Herald", "Gazette", "Agency", "Club", "Academy", "School", "College",
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
        "During", "Despite", "Under", "Without", "Unlike", "Meanwhile", "Although", "Though", "Because", "Since", "Until", "Through", "Throughout",
        "Against", "Among", "Between", "Following", "Including", "Regarding", "Like", "Only", "Even", "Yet", "So", "Then", "Now", "Today", "Also",
        "Both", "Either", "Neither", "Every", "Each", "Some", "Many", "Most", "Such", "Our", "Their", "My", "Your", "Its", "Who", "What", "Why",
        "How", "Where", "Whether", "Once", "Over", "From", "To", "By", "Of", "Not", "No", "Yes", "All", "Any", "Another", "Other", "Former", "Then-",
        "Last", "Next", "First", "Second", "Later", "Earlier", "Still", "Instead", "Perhaps", "Indeed", "Thus", "Hence", "Therefore", "Nonetheless",
        "Nevertheless", "Moreover", "Furthermore", "Besides", "Possibly", "Interestingly", "Ultimately", "Recently", "Previously", "Currently",
        // Heads of the names of streets, buildings, prizes and days named after people.
        "Avenue", "Street", "Square", "Boulevard", "Prospect", "Bridge", "Airport", "Station", "Prize", "Award", "Day", "Marathon", "Stadium",
        "Olympic", "Sports", "Dialogue", "Memorial", "Museum", "Library", "Hall", "Palace", "Hotel", "Tower", "Cathedral", "Church", "Foundation's",
    };

    /// <summary>A capitalized word that is a title, an organization, a place or a calendar word, never part of a name.</summary>
    public static bool IsNonNameWord(string word) => NotNameWords.Contains(NameKey.Strip(word).TrimEnd('.')) || TitleWords.Contains(word.TrimEnd('.'));

    public static IReadOnlyList<CandidateName> Find(IReadOnlyList<string> paragraphs)
    {
        var found = new List<CandidateName>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            foreach (Match m in NameRun().Matches(text))
            {
                var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var lastNonName = Array.FindLastIndex(words, IsNonNameWord);
                var nameWords = words[(lastNonName + 1)..];
                var titled = lastNonName >= 0 && TitleWords.Contains(words[lastNonName].TrimEnd('.'));
                if (nameWords.Length is < 2 or > 4 || nameWords[0].EndsWith('.') || nameWords.Count(w => !w.EndsWith('.')) > 3)
                {
                    continue;
                }
                if (Portfolio().IsMatch(text[..m.Index]) && lastNonName < 0 && nameWords.Length >= 3)
                {
                    nameWords = nameWords[1..];
                    titled = true;
                }
                // "Yesterday Vladimir Putin …": a capitalized word before a given name and a surname is not part of the name.
                // "the University of Redford Grigory Ioffe": after "of", the first word still belongs to the institution.
                var afterOf = text[..(m.Index + m.Value.IndexOf(nameWords[0], StringComparison.Ordinal))].EndsWith("of ", StringComparison.Ordinal);
                if (nameWords.Length == 3 && (afterOf || !GivenNames.Contains(nameWords[0])) && GivenNames.Contains(nameWords[1]))
                {
                    nameWords = nameWords[1..];
                }
                var start = m.Index + m.Value.IndexOf(nameWords[0], StringComparison.Ordinal);
                var name = string.Join(' ', nameWords.Select(NameKey.Strip));
                var length = m.Index + m.Length - start;
                var before = text[Math.Max(0, start - 60)..start];
                var after = text[(start + length)..Math.Min(text.Length, start + length + 40)];
                var roleBefore = RoleBefore().Match(before);
                var roleAfter = RoleAfter().Match(after);
                // A verb of saying alone is weak evidence (organizations and newspapers say things too):
                // it counts only with a role noun before the name ("analyst Jane Roe said").
                var speechOnlyBefore = roleBefore.Success && roleBefore.Value.TrimStart().StartsWith("said", StringComparison.OrdinalIgnoreCase)
                    || roleBefore.Success && roleBefore.Value.TrimStart().StartsWith("says", StringComparison.OrdinalIgnoreCase)
                    || roleBefore.Success && roleBefore.Value.TrimStart().StartsWith("according", StringComparison.OrdinalIgnoreCase)
                    || roleBefore.Success && roleBefore.Value.TrimStart().StartsWith("by", StringComparison.OrdinalIgnoreCase);
                // … unless the sentence goes on about the speaker as a person ("Maria Kalesnikava said she would stay").
                var sentenceRest = text[(start + length)..];
                sentenceRest = sentenceRest[..Math.Min(sentenceRest.Length, sentenceRest.IndexOfAny(['.', '!', '?']) is var e and >= 0 ? e : sentenceRest.Length)];
                var speechOnlyAfter = roleAfter.Success && !roleAfter.Value.TrimStart().StartsWith(',') && !roleAfter.Value.TrimStart().StartsWith('(')
                    && !PersonalPronoun().IsMatch(sentenceRest);
                var evidence = titled || (roleBefore.Success && !speechOnlyBefore) || (roleAfter.Success && !speechOnlyAfter) || HasGivenName(nameWords);
                if (evidence && !IsSentenceOpener(text, start, nameWords))
                {
                    found.Add(new CandidateName(p, start, length, name));
                }
            }
        }
        found.AddRange(Speakers(paragraphs, found).ToList());
        found.AddRange(Relatives(paragraphs, found));
        return found;
    }

    /// <summary>A given name of the lexicons followed by a surname: "Sofia Sapega", "Mikalai Statkevich".</summary>
    private static bool HasGivenName(string[] words) =>
        words.Length is 2 or 3 && GivenNames.Contains(words[0]) && words[^1].Length > 2 && !words[^1].EndsWith('.');

    // "Analysts Say Minsk…" style capitalized runs at a sentence start are headlines, not names.
    private static bool IsSentenceOpener(string text, int start, string[] words) =>
        words.Any(w => w.Length > 1 && w.All(char.IsUpper));
}
