using System.Text.RegularExpressions;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>
/// Lines that are a page's furniture in any of several languages, whatever surrounds them: photo credits
/// ("Foto: …", "Bild: …", "© AFP"), and the interface words sites put between and after paragraphs ("weiterlesen",
/// "Teilen", "Antworten", "leer más", "lire la suite"). The words are the common interface vocabulary of sites, not of one.
/// </summary>
public static partial class PageFurniture
{
    [GeneratedRegex(@"^(?:(?:foto|fotos|bild|bilder|photo|photos|image|images|credit|credits|bildquelle|fotoquelle|crédito|crédit|fuente|zdjęcie|fot|titelbild|quelle)\s*:|©|\(c\)\s|copyright\b)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:weiterlesen|mehr lesen|mehr erfahren|mehr dazu|zum artikel|teilen|drucken|antworten|zurück|nach oben|kommentieren|leer más|seguir leyendo|compartir|responder|lire la suite|partager|répondre|leggi tutto|condividi|rispondi|czytaj więcej|udostępnij|odpowiedz|mehr|more|reply|share|print|tweet|like|gefällt mir)\W*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex InterfaceWord();

    [GeneratedRegex(@"cookie.*(?:akzept|accept|zustimm|consent|einverst|acept|utiliz|verwende|nutzen|\buse|usamos|utilis)|(?:akzept|accept|zustimm|consent|einverst|acept|utiliz|verwende|nutzen|\buse|usamos|utilis).*cookie", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CookieNotice();

    /// <summary>A cookie banner in any of several languages: the word "cookie" with a verb of using or accepting.</summary>
    public static bool IsCookieNotice(string line) => line.Length <= 400 && CookieNotice().IsMatch(line);

    [GeneratedRegex(@"^(?:\d+\s+)?(?:ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge|themen)|das könnte sie auch interessieren|mehr zum thema|weitere (?:artikel|beiträge|nachrichten)|kommentare?|leserkommentare|noticias relacionadas|te puede interesar|artículos relacionados|comentarios?|articles similaires|à lire aussi|sur le même sujet|commentaires?|related (?:articles|stories|posts)|comments?|leave a (?:reply|comment)|schreib(?:e|en sie)? (?:eine antwort|einen kommentar)|hinterlasse(?: jetzt)? (?:eine antwort|einen kommentar)|deja (?:una respuesta|un comentario)|laisser (?:un commentaire|une réponse)|lascia (?:un commento|una risposta)|dodaj komentarz|you may also like|podobne artykuły|komentarze|zobacz (?:też|także)|articoli correlati|commenti)\b.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SectionAfterArticle();

    /// <summary>
    /// The heading of what sites put after an article in several languages (related articles, readers' comments):
    /// the article does not run on past it.
    /// </summary>
    public static bool IsSectionAfterArticle(string line) => line.Length <= 80 && SectionAfterArticle().IsMatch(line);

    public static bool IsCredit(string line) => line.Length <= 160 && Credit().IsMatch(line);

    [GeneratedRegex(@"(?:\b(?:foto|fotos|photo|photos|bild|credit|image|zdjęcie|fot)\s*:|©|\(c\)\s|\b(?:photo|image|picture) (?:by|courtesy)\b|\bcourtesy of\b)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CaptionCredit();

    /// <summary>A caption or credit line: a credit at its start or its end ("Anders Tegnell. Photo: AFP", "© dpa").</summary>
    public static bool IsCaption(string line) => line.Length <= 300 && CaptionCredit().IsMatch(line);

    public static bool IsInterfaceWord(string line) => line.Length <= 40 && InterfaceWord().IsMatch(line);

    [GeneratedRegex(@"^(?:newsletter|subscribe|sign (?:up|me up)|register now|join (?:now|us)|read (?:more|also|next)|more (?:from|stories|on this)|recommended|advertisement|sponsored|jetzt (?:registrieren|anmelden|abonnieren)|abonnieren|newsletter abonnieren|auch interessant|lesen sie auch|lies auch|das könnte (?:sie|dich) auch interessieren|empfehlungen|anzeige|werbung|suscríbete|suscribirse|lee también|publicidad|abonnez-vous|s'abonner|lire aussi|publicité|iscriviti|leggi anche|pubblicità|zapisz się|czytaj (?:także|też)|reklama)\b.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Prompt();

    /// <summary>
    /// A prompt that opens a box of the site's inside or after an article (a newsletter sign-up, "read also" teasers, an
    /// advertisement's label), in English, German, Spanish, French, Italian and Polish: the common interface
    /// vocabulary of news sites and blogs. The article may run on past it only if much prose follows.
    /// </summary>
    public static bool IsPrompt(string line) => line.Length <= 80 && Prompt().IsMatch(line);
}
