using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Events;

/// <summary>
/// Where a happening took place: a city named with "in", "at" or a verb of going, or a country reached by a
/// verb of going ("visited Belarus", "left for Lithuania", "crossed into Poland"). A country after "in" is
/// where the sentence's subject lives as often as where something happened ("violations in Belarus"), so it
/// is not taken; and nothing after the point where the sentence turns to its reasons or consequences
/// (", a step aimed to …", ", which …", "amid …") is the place of the happening itself.
/// </summary>
public static partial class Places
{
    private const string Cities = "New York City|New York|Washington, DC|Washington|Minsk|Moscow|Kyiv|Kiev|Riga|Vilnius|Warsaw|Brussels|Geneva|Vienna|Helsinki|Biarritz|Sochi|Beijing|Tehran|Havana|Berlin|Paris|London|Munich|Istanbul|Ankara|Tbilisi|Astana|Nur-Sultan|Baku|Yerevan|Chisinau|Budapest|Prague|Bratislava|Tallinn|Rome|the Vatican|Vatican|Hrodna|Grodno|Homel|Gomel|Brest|Viciebsk|Vitebsk|Mahiliou|Mogilev|Klaipeda|Kaunas|St[.] Petersburg|Saint Petersburg|Boston|Crimea";
    private const string Countries = "Lithuania|Poland|Latvia|Estonia|Ukraine|Russia|Belarus|the United States|Georgia|Kazakhstan|China|Germany|France|Britain|Turkey|Moldova|Armenia|Azerbaijan";

    [GeneratedRegex(@"\b(?:in|at|to|from|into|visited|visits|visiting|visit|near)\s+(?:the\s+(?:city|town)\s+of\s+)?(?<place>" + Cities + @")\b")]
    private static partial Regex City();

    [GeneratedRegex(@"\b(?:visited|visits|visiting|visit|visit to|trip to|travel+ed to|went to|flew to|flew on to|arrived in|left for|crossed into|returned to|fled to|moved to)\s+(?<place>" + Countries + @")\b")]
    private static partial Regex Country();

    [GeneratedRegex(@",\s+(?:a\s+(?:step|move|decision)|which|amid|after which|though|although|but|while)\b|\b(?:amid|aimed|because|so that|in order to|to ensure|though)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Turn();

    public static string? Of(string clause)
    {
        var main = Turn().Match(clause) is { Success: true } turn ? clause[..turn.Index] : clause;
        var city = City().Match(main);
        var country = Country().Match(main);
        var first = new[] { city, country }.Where(m => m.Success).OrderBy(m => m.Index).FirstOrDefault();
        return first?.Groups["place"].Value.Replace(", DC", "", StringComparison.Ordinal).Replace("the Vatican", "Vatican", StringComparison.Ordinal);
    }
}
