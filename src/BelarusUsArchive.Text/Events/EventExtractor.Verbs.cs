using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Events;

/// <summary>The verb forms that tell a happening beyond the regular simple past, and the frames around a report.</summary>
public static partial class EventExtractor
{
    // Irregular simple pasts of doing (English grammar's irregular verbs, those of happenings; "put", "set", "hit", "cut"
    // are left out: their past is their present).
    private const string IrregularPast = "tore|fled|flew|ran|drove|threw|struck|shot|fought|bought|sold|built|lost|caught|spent|hid|swore|stole|sank|bore|forbade|overthrew|withdrew|undertook|oversaw|froze";

    // Irregular past participles of a passive happening: "was taken to the border", "were driven across", "was shot".
    private const string IrregularParticiple = "taken|given|thrown|beaten|driven|brought|found|struck|stolen|sworn|chosen|broken|torn|shot|caught|sent|held|frozen|forbidden|overthrown|withdrawn|hidden|bound";

    // The past perfect of doing, with a date of its own: background told from a later point ("He had been sentenced to 18
    // years in December 2021", "Babaryka had been detained on 18 June", "Congress had passed the act two years earlier").
    [GeneratedRegex(@"\bhad\s+(?:(?:already|also|just|previously|first|earlier|since|once)\s+)?(?:been\s+)?(?<verb>\w{2,}ed|" + IrregularParticiple + "|met|told|won|made|paid|led|spent|fled|flown|lost|built|left|begun|written|spoken)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastPerfect();

    /// <summary>A clause that tells, in the past perfect, something done (not a state: "had hoped", "had lived").</summary>
    private static bool TellsEarlier(string clause) =>
        PastPerfect().Matches(clause).Any(m => !StateVerbs.Contains(m.Groups["verb"].Value) && !SayingVerb().IsMatch(m.Groups["verb"].Value));

    // A frame that only weighs the report it introduces: "It is also noteworthy that …", "It is worth noting that …",
    // "It should be noted that …", "Notably, …".
    [GeneratedRegex(@"^\s*(?:It\s+(?:is|was)\s+(?:also\s+)?(?:noteworthy|notable|remarkable|significant|telling|symbolic|important|worth\s+(?:noting|mentioning|recalling))\s+that|It\s+should\s+(?:also\s+)?be\s+(?:noted|recalled|mentioned)\s+that|Notably,)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WeighingFrame();

    /// <summary>The report inside a frame that only weighs it; the sentence itself when it has none.</summary>
    private static string Unframed(string sentence) => WeighingFrame().Match(sentence) is { Success: true } m ? sentence[m.Length..] : sentence;

    // What opens an aside rather than a clause of its own after a comma: "…, including Mikalai Statkevich, and …",
    // "…, a former collective-farm director, …".
    [GeneratedRegex(@"^\s*(?:including|such\s+as|among\s+them|notably|who|whose|which|a|an|the\s+former|former|then)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    /// <summary>
    /// The part of a sentence's first clause that must hold its subject and verb: after its last comma, passing over
    /// asides ("In August 2015 Belarus released six prisoners, including Mikalai Statkevich" → all before the aside).
    /// </summary>
    private static string OwnTail(string left)
    {
        var end = left.Length;
        while (true)
        {
            var comma = left.LastIndexOf(',', Math.Max(0, end - 1));
            if (comma < 0 || end == 0)
            {
                return left[..end];
            }
            if (!Aside().IsMatch(left[(comma + 1)..end]))
            {
                return left[(comma + 1)..end];
            }
            end = comma;
        }
    }
}
