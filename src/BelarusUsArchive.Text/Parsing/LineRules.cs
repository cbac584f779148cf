using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// What a single line of a copied web page is, judged by its shape and by the wording sites share,
/// never by the text of one particular page.
/// </summary>
public static partial class LineRules
{
    // Short interface lines: navigation, accessibility, share and follow prompts, media placeholders.
    [GeneratedRegex(@"^(?:[•·*\-–]\s*)?(?:accessibility links|skip to (?:main )?content|skip navigation|main menu|menu|search|home|breaking news|live|advertisement|sponsored|share(?: this(?: article| story)?)?(?: on \w+)?|print(?: this)?|tweet|email|copy link|comments?|\d+ comments?|no comments(?: yet)?|(?:leave|post|add|write) a (?:reply|comment)|show comments|(?:i will |please )?follow(?: us)?(?: on \w+)?|subscribe(?: to (?:our|the) newsletter)?|sign up.*newsletter.*|sign in|log ?in|(?:\d+x\d+ )?(?:image|photo|video|audio|gallery|illustration)(?: \d+ of \d+)?|loading(?:\.\.\.|…)?|listen(?: to this article)?|read (?:more|also|next)|see also|back to top|top of page|tags?:?.*|category:.*|topics?:?)$", RegexOptions.IgnoreCase)]
    private static partial Regex InterfaceLine();

    // Headers of lists of other articles; what follows them at the end of a page is not the article.
    [GeneratedRegex(@"^(?:similar|related|recommended|more|most (?:read|popular|viewed)|popular|latest|you (?:may|might) also (?:like|be interested in)|read (?:more|also|next)|more (?:from|on|in) .{1,40}|also (?:read|on|in) .{0,40}|other (?:articles|stories|news))(?: articles| stories| news| content| posts| reading| on this topic)?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeader();

    // Legal, press-freedom, cookie and copyright notices that sites append to every page.
    [GeneratedRegex(@"undesirable organi[sz]ation|foreign agent|fines? or imprisonment|for sharing, liking|click here|all rights reserved|^©|copyright ©|\bcookies?\b.*\b(?:use|accept|consent)|privacy policy|terms of (?:use|service)|reproduction .*(?:prohibited|permitted)|republish(?:ing)? (?:this|our)|the views expressed .* (?:do not|are those)|opinions expressed .* (?:do not|are those)", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    [GeneratedRegex(@"^(?:(?:last\s+)?(?:updated|modified|edited|revised)|retrieved|accessed|downloaded|saved|printed)\b(?:\s+(?:at|on))?[:\s,]*", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateStampPrefix();

    [GeneratedRegex(@"^(?:published|posted|date|first published)(?:\s+(?:at|on))?[:\s,]*", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedPrefix();

    // What is left of a stamp line once its date is removed: times, separators, weekdays, zones.
    [GeneratedRegex(@"^[\s,.:|/\-–—()]*(?:(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|utc|gmt|[a-z]{3,4}t|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|at|on)[\s,.:|/\-–—()]*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex StampResidue();

    [GeneratedRegex(@"^(?:[-–—•·*▪]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:notes|footnotes|endnotes|references|sources|bibliography|literature)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeader();

    [GeneratedRegex(@"\b(?:correspondent|reporter|journalist|editor|analyst|professor|lecturer|fellow|researcher|writer|author|columnist|director|expert|scholar|historian|economist|contributor|producer|presenter|head of|is a|was a|works?|worked|specializ|specialis|graduated|holds a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BioWords();

    // Where a header line joins a byline and a date: a pipe or bullet, a spaced slash or dash, or before "by Name".
    [GeneratedRegex(@"\s*[|•·]\s*|\s+[/—–]\s+|\s+(?=(?i:by)\s+\p{Lu})")]
    private static partial Regex HeaderPartSeparator();

    // The heading sites put over the author's name and bio at the end of an article.
    [GeneratedRegex(@"^(?:about the (?:authors?|writers?|contributors?)|about the author of this (?:article|piece)|author(?:'s|’s)? (?:bio|biography|information|info)|the authors?|authors?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorBlockHeader();

    public static bool IsAuthorBlockHeader(string line) => AuthorBlockHeader().IsMatch(line.TrimEnd(':').Trim());

    public static bool IsInterface(string line) => line.Length <= 80 && InterfaceLine().IsMatch(line);

    public static bool IsRelatedHeader(string line) => line.Length <= 60 && RelatedHeader().IsMatch(line);

    public static bool IsNotice(string line) => Notice().IsMatch(line);

    public static bool IsNotesHeader(string line) => NotesHeader().IsMatch(line.TrimEnd(':'));

    public static bool LooksLikeBio(string line) => TextNormalizer.WordCount(line) >= 6 && BioWords().IsMatch(line);

    /// <summary>A line that is only a page-update or retrieval stamp ("Updated at 14:00, 27-11-2022").</summary>
    public static bool IsUpdateStamp(string line, out DateOnly? date)
    {
        date = null;
        var prefix = UpdateStampPrefix().Match(line);
        if (!prefix.Success || prefix.Length == 0 || line.Length > 80)
        {
            return false;
        }
        var mention = Dates.DateMentions.ParseStamp(line[prefix.Length..]);
        if (mention is { Month: { } m, Day: { } d })
        {
            date = new DateOnly(mention.Year, m, d);
        }
        return mention is not null || TextNormalizer.WordCount(line) <= 4;
    }

    /// <summary>A line that is only a date, with an optional time or "Published" label ("7 April 2016, 20:47").</summary>
    public static Dates.DateMention? AsDateLine(string line)
    {
        if (line.Length > 60)
        {
            return null;
        }
        var rest = PublishedPrefix().Replace(line, "");
        var mention = Dates.DateMentions.ParseStamp(rest);
        if (mention is null || mention.Month is null)
        {
            return null;
        }
        var residue = rest.Remove(mention.Index, mention.Length);
        return StampResidue().IsMatch(residue) ? mention : null;
    }

    // A label beside a header's date is capitalised words, numbers and the few lower-case words of datelines: an
    // outlet, section, desk, place or programme ("Analysis /", "MINSK,", "Office of the Spokesperson |", "broadcast of").
    private static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "of", "the", "on", "at", "and", "in", "for", "de", "broadcast", "aired", "edition", "issue", "dated", "filed",
    };

    [GeneratedRegex(@"\bby\s+\p{Lu}|[.!?]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineOrSentence();

    /// <summary>
    /// A short header line that joins a full date with a few label words ("Analysis / 22 November 2016",
    /// "MINSK, March 14, 2023", "Press Statement | Office of the Spokesperson | March 26, 2021",
    /// "RADIO EUROPE WEEKLY, broadcast of 30 July 2006"): the date is the publication's.
    /// </summary>
    public static Dates.DateMention? AsLabelledDateLine(string line)
    {
        if (line.Length > 100 || BylineOrSentence().IsMatch(line) || IsUpdateStamp(line, out _))
        {
            return null;
        }
        var mention = Dates.DateMentions.ParseStamp(line);
        if (mention is not { Day: not null })
        {
            return null;
        }
        var words = Regex.Split(line.Remove(mention.Index, mention.Length), @"[^\p{L}\d&'’]+", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Where(w => w.Length > 0).ToList();
        return words.Count <= 8 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || LabelWords.Contains(w)) ? mention : null;
    }

    /// <summary>An update stamp that says the text was edited (not retrieved or printed): the text is of about that time.</summary>
    public static bool IsEditStamp(string line) =>
        IsUpdateStamp(line, out var date) && date is not null && EditWord().IsMatch(line);

    [GeneratedRegex(@"^(?:last\s+)?(?:updated|modified|edited|revised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EditWord();

    /// <summary>The parts of a header line that may join a byline and a date ("By Jane Doe | March 3, 2021").</summary>
    public static IReadOnlyList<string> HeaderParts(string line) =>
        [.. HeaderPartSeparator().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0)];

    /// <summary>A short name that could be an outlet's: a few words, starting with a letter or digit, no sentence punctuation.</summary>
    public static bool LooksLikeOutletName(string part) =>
        part.Length <= 60 && TextNormalizer.WordCount(part) <= 6 && char.IsLetterOrDigit(part[0])
        && part.IndexOfAny(['.', ',', ';', ':', '!', '?', '“', '"']) < 0;

    public static bool IsListItem(string line, out string text)
    {
        var m = ListMarker().Match(line);
        text = m.Success ? line[m.Length..].Trim() : line;
        return m.Success && text.Length > 0;
    }

    /// <summary>
    /// A whole line in quotation marks, with nothing said around it. The quotation opened at the start
    /// must close only at the end: "“…,” Charap said. “…”" is narration around two quotations, not one.
    /// </summary>
    public static bool IsQuotation(string line)
    {
        if (line.Length <= 20 || line[0] is not ('“' or '"' or '«' or '„'))
        {
            return false;
        }
        var close = line[^1] is '”' or '"' or '»' or '“' ? line.Length - 1
            : line[^2] is '”' or '"' or '»' && line[^1] is '.' or ',' ? line.Length - 2
            : -1;
        if (close < 1)
        {
            return false;
        }
        var inside = line.AsSpan(1, close - 1);
        return line[0] switch
        {
            '"' => !inside.Contains('"'),
            '«' => !inside.Contains('»'),
            '„' => !inside.Contains('“'),
            _ => !inside.Contains('”'),
        };
    }

    /// <summary>A section heading: short, no closing punctuation, starts like a title.</summary>
    public static bool LooksLikeHeading(string line)
    {
        var words = TextNormalizer.WordCount(line);
        if (line.Length > 120 || words > 15 || words == 0 || !char.IsUpper(line[0]) && !char.IsDigit(line[0]))
        {
            return false;
        }
        if (line[^1] is '.' or ',' or ';' or ':' or '!' or '”' or '"' or '»' or ')' && !line.EndsWith("...", StringComparison.Ordinal))
        {
            return false;
        }
        return line[^1] != '?' || words <= 12;
    }

    /// <summary>
    /// A headline of another story embedded in the page (a video or teaser box): long, and in headline
    /// case, with short function words capitalized too ("... Hold Rallies In Minsk Amid ...").
    /// </summary>
    public static bool LooksLikeTeaserHeadline(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 8 || !LooksLikeHeading(line))
        {
            return false;
        }
        var lettered = words.Where(w => char.IsLetter(w[0])).ToList();
        var capitalizedFunction = lettered.Skip(1).Count(w => w.Length <= 4 && char.IsUpper(w[0]) && FunctionWords.Contains(w));
        return lettered.All(w => char.IsUpper(w[0])) && capitalizedFunction >= 1;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "with", "amid", "over", "upon", "is", "are",
    };
}
