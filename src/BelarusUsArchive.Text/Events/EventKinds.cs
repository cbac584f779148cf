using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Events;

public enum ExtractedKind { Visit, Meeting, Sanctions, Election, Agreement, Statement, Release, Appointment, Expulsion, Military, Economic, Other }

/// <summary>What kind of happening a sentence reports, by the words news prose uses for each kind.</summary>
public static partial class EventKinds
{
    private static readonly (ExtractedKind Kind, Regex Pattern)[] Table =
    [
        (ExtractedKind.Expulsion, Expulsion()),
        (ExtractedKind.Sanctions, Sanctions()),
        (ExtractedKind.Release, Release()),
        (ExtractedKind.Election, Election()),
        (ExtractedKind.Agreement, Agreement()),
        (ExtractedKind.Appointment, Appointment()),
        (ExtractedKind.Visit, Visit()),
        (ExtractedKind.Meeting, Meeting()),
        (ExtractedKind.Military, Military()),
        (ExtractedKind.Economic, Economic()),
        (ExtractedKind.Statement, Statement()),
    ];

    [GeneratedRegex(@"\b(?:expel(?:led|s|ling)?|recalled|asked to leave|persona non grata|withdr[ae]w\w* (?:its |the )?ambassador)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Expulsion();

    [GeneratedRegex(@"\bsanctions?\b.*\b(?:impos|extend|suspend|lift|eas|expand|widen|tighten|introduc|renew|moratorium)|\b(?:impos|extend|suspend|lift|eas|expand|widen|tighten|introduc|renew)\w*\b.*\bsanctions?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sanctions();

    [GeneratedRegex(@"\b(?:released|freed|pardoned|set free)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    [GeneratedRegex(@"\b(?:elections?|elected|referendum|declared the winner|re-?elected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Election();

    [GeneratedRegex(@"\b(?:signed|agreed|agreement|memorandum|treaty|accord|entered into|exchanged|exchange (?:of )?ambassadors|restore (?:\w+ )?(?:ties|relations)|resum\w+ (?:\w+ )?(?:ties|relations))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(?:appointed|nominated|sworn in|took office|named (?:as )?(?:the )?(?:new )?(?:ambassador|minister))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Appointment();

    [GeneratedRegex(@"\b(?:visited|visits|visit to|arrived in|trip to|travel+ed to|delegation to|headed an? (?:official )?delegation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\b(?:met|meets|meeting|talks|conference|round ?table|summit|hearings?|phone (?:talk|call)|spoke with|negotiations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(?:troops|military|exercises?|deploy\w*|attach[eé]s|air base|war|seiz\w+|annex\w*|invasion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Military();

    [GeneratedRegex(@"\b(?:trade|exports?|imports?|oil|loans?|investments?|lobbyist|currency|prices|forum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Economic();

    [GeneratedRegex(@"\b(?:said|stated|announced|declared|told|called|published|reported|praised|objected|refused|urged|warned|hinted|signal+ed|accused|condemned|criticized|welcomed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();

    public static ExtractedKind Classify(string sentence)
    {
        foreach (var (kind, pattern) in Table)
        {
            if (pattern.IsMatch(sentence))
            {
                return kind;
            }
        }
        return ExtractedKind.Other;
    }
}
