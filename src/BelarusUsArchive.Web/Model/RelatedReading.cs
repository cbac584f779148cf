namespace BelarusUsArchive.Web.Model;

/// <summary>
/// One place of an article's kept "Related reading" list (Features/Related): computed when the article's people or
/// events change and when a newer article outranks the list's last entry, so an article page reads five rows instead of
/// weighing thousands of candidates per request.
/// </summary>
public class RelatedReadingEntry
{
    public int ArticleId { get; set; }
    /// <summary>0 for the best; the list is ordered by weight, then by the related article's id.</summary>
    public int Rank { get; set; }
    public int RelatedId { get; set; }
    public double Weight { get; set; }
    /// <summary>The people both articles name, as a JSON array of person ids, heaviest first.</summary>
    public string SharedPeople { get; set; } = "[]";
    /// <summary>The events both articles report, as a JSON array of event ids.</summary>
    public string SharedEvents { get; set; } = "[]";
}

/// <summary>An article whose related reading must be computed again: marked by the store's triggers when its people or
/// events change or an article its list names is deleted; cleared when the list is computed.</summary>
public class RelatedStale
{
    public int ArticleId { get; set; }
}
