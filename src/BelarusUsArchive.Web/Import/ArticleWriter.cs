using System.Data;
using System.Globalization;
using System.Text.Json;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Events;
using BelarusUsArchive.Web.Features.People;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// Writes one parsed article, with its sidecar's facts winning over extraction, into the store:
/// a new record or the existing one updated in place, never touching fields an editor corrected.
/// </summary>
public sealed class ArticleWriter(ArchiveDb db, MentionLinker linker, EventLinker events)
{
    /// <summary>The article slugs taken, read once per run: naming an article then costs no scan of the store.</summary>
    private HashSet<string>? _slugs;

    /// <summary>Drops what the run keeps in memory (after a rolled-back write): read again when next needed.</summary>
    public void Forget()
    {
        _slugs = null;
        linker.Forget();
        events.Forget();
    }

    public async Task<Article> WriteAsync(Article? existing, string sourceFile, string hash, ParsedArticle parsed, Sidecar? sidecar, CancellationToken cancellationToken)
    {
        Article article;
        Dictionary<int, string> oldTexts;
        List<Paragraph>? unsaved;
        using (ImportProfile.Time("build article"))
        {
            (article, oldTexts, unsaved) = await BuildAsync(existing, sourceFile, hash, parsed, sidecar, cancellationToken);
        }
        if (existing is not null)
        {
            await ReanchorCommentaryAsync(article, oldTexts, cancellationToken);
        }
        using (ImportProfile.Time("save article+paragraphs"))
        {
            await db.SaveChangesAsync(cancellationToken);
            if (unsaved is not null)
            {
                await InsertParagraphsAsync(article, unsaved, cancellationToken);
            }
        }
        LinkedPeople people;
        using (ImportProfile.Time("link people"))
        {
            people = await linker.LinkAsync(article, cancellationToken, fresh: existing is null);
        }
        using (ImportProfile.Time("link events"))
        {
            await events.LinkAsync(article, people, cancellationToken, fresh: existing is null);
        }
        return article;
    }

    private PreparedCommand? _insertParagraph;

    /// <summary>
    /// A new article's paragraphs, one prepared statement run per paragraph (each fires the search index's trigger),
    /// then tracked as stored: the people and events linked next read them, ids included, from the article.
    /// </summary>
    private async Task InsertParagraphsAsync(Article article, List<Paragraph> paragraphs, CancellationToken cancellationToken)
    {
        _insertParagraph ??= new PreparedCommand(db,
            "INSERT INTO \"Paragraphs\" (\"ArticleId\", \"Number\", \"Kind\", \"Text\", \"Notes\") VALUES (@p0, @p1, @p2, @p3, @p4) RETURNING \"Id\"",
            DbType.Int32, DbType.Int32, DbType.String, DbType.String, DbType.String);
        foreach (var paragraph in paragraphs)
        {
            paragraph.ArticleId = article.Id;
            paragraph.Id = Convert.ToInt32(await _insertParagraph.ExecuteAsync(cancellationToken,
                article.Id, paragraph.Number, paragraph.Kind.ToString(), paragraph.Text, paragraph.Notes), CultureInfo.InvariantCulture);
        }
        article.Paragraphs = paragraphs;
        db.Paragraphs.AttachRange(paragraphs);
    }

    /// <summary>The record with the file's facts set (an editor's corrections kept), its paragraphs' texts before, and a
    /// new article's paragraphs, to be inserted once it has its id (null for a stored article: the change tracker
    /// replaces its paragraphs).</summary>
    private async Task<(Article Article, Dictionary<int, string> OldTexts, List<Paragraph>? Unsaved)> BuildAsync(Article? existing, string sourceFile, string hash, ParsedArticle parsed, Sidecar? sidecar,
        CancellationToken cancellationToken)
    {
        var sources = new Dictionary<string, string>(parsed.FieldSources);
        var now = DateTime.UtcNow;
        var article = existing ?? new Article
        {
            Slug = await TakeSlugAsync(Slugs.From(sidecar?.Title ?? parsed.Title), cancellationToken),
            Title = "",
            SourceFile = sourceFile,
            ContentHash = hash,
            ImportedAt = now,
        };
        if (existing is null)
        {
            db.Articles.Add(article);
        }
        article.ContentHash = hash;
        article.ExtractorVersion = ArticleExtractor.Version;
        article.UpdatedAt = now;
        article.Version = Guid.NewGuid();

        await SetFactsAsync(article, parsed, sidecar, sources, cancellationToken);
        article.FieldSources = JsonSerializer.Serialize(sources);

        var oldTexts = article.Paragraphs.ToDictionary(p => p.Number, p => p.Text);
        List<Paragraph> paragraphs = [.. parsed.Blocks.Select((b, i) => new Paragraph
        {
            Number = i + 1,
            Kind = (ParagraphKind)b.Kind,
            Text = b.Text,
            Notes = b.Notes.Count == 0 ? null : JsonSerializer.Serialize(b.Notes.Select(n => new { offset = n.Offset, label = n.Label })),
        })];
        if (existing is null)
        {
            // A new article's paragraphs are inserted once it has its id (InsertParagraphsAsync), not by the change tracker.
            return (article, oldTexts, paragraphs);
        }
        db.Paragraphs.RemoveRange(article.Paragraphs);
        article.Paragraphs = paragraphs;
        return (article, oldTexts, null);
    }

    private async Task SetFactsAsync(Article article, ParsedArticle parsed, Sidecar? sidecar, Dictionary<string, string> sources, CancellationToken cancellationToken)
    {
        Set(article, "title", sidecar?.Title, parsed.Title, sources, v => article.Title = v!);
        Set(article, "subtitle", sidecar?.Subtitle, parsed.Subtitle, sources, v => article.Subtitle = v);
        Set(article, "language", sidecar?.Language, parsed.Language, sources, v => article.Language = v ?? "en");
        Set(article, "sourceUrl", sidecar?.SourceUrl, null, sources, v => article.SourceUrl = v);
        if (!article.IsCorrected("published"))
        {
            article.Published = parsed.Published is null ? null : parsed.Published with { };
            if (sidecar?.Published is { } edtf)
            {
                article.Published = ArchiveDate.TryParseEdtf(edtf, DateSource.Sidecar, out var date)
                    ? date
                    : throw new FormatException($"the sidecar's published value '{edtf}' is not an EDTF date such as 2019, 2019-11 or 2019-11-21");
                sources["published"] = "sidecar";
            }
        }
        article.PageUpdated = parsed.PageUpdated;
        if (!article.IsCorrected("outlet"))
        {
            var outletName = sidecar?.Outlet ?? parsed.Outlet;
            sources["outlet"] = sidecar?.Outlet is not null ? "sidecar" : sources.GetValueOrDefault("outlet", "none");
            article.Outlet = outletName is null ? null : await OutletAsync(outletName, cancellationToken);
        }
        if (!article.IsCorrected("authors"))
        {
            await SetAuthorsAsync(article, sidecar, parsed, sources, cancellationToken);
        }
    }

    private async Task<string> TakeSlugAsync(string slug, CancellationToken cancellationToken)
    {
        _slugs ??= [.. await db.Articles.Select(a => a.Slug).ToListAsync(cancellationToken)];
        var unique = ArchiveSlugs.Unique(_slugs, slug);
        _slugs.Add(unique);
        return unique;
    }

    /// <summary>
    /// A changed source renumbers paragraphs; commentary follows its words: a passage is found again by its
    /// quote, a paragraph note by its paragraph's text. What cannot be found moves to the whole article, keeping its quote.
    /// </summary>
    private async Task ReanchorCommentaryAsync(Article article, Dictionary<int, string> oldTexts, CancellationToken cancellationToken)
    {
        var notes = await db.Commentary.Where(c => c.ArticleId == article.Id && c.ParagraphNumber != null).ToListAsync(cancellationToken);
        foreach (var note in notes)
        {
            var oldText = oldTexts.GetValueOrDefault(note.ParagraphNumber!.Value);
            var target = note.Quote is { Length: > 0 } quote
                ? article.Paragraphs.FirstOrDefault(p => p.Text.Contains(quote, StringComparison.Ordinal))
                : article.Paragraphs.FirstOrDefault(p => p.Text == oldText);
            note.ParagraphNumber = target?.Number;
            note.QuoteStart = target is not null && note.Quote is { } q ? target.Text.IndexOf(q, StringComparison.Ordinal) : null;
            note.QuoteEnd = note.QuoteStart + note.Quote?.Length;
        }
    }

    private static void Set(Article article, string field, string? fromSidecar, string? fromText, Dictionary<string, string> sources, Action<string?> assign)
    {
        if (article.IsCorrected(field))
        {
            return;
        }
        if (fromSidecar is not null)
        {
            sources[field] = "sidecar";
        }
        assign(fromSidecar ?? fromText);
    }

    private async Task SetAuthorsAsync(Article article, Sidecar? sidecar, ParsedArticle parsed, Dictionary<string, string> sources, CancellationToken cancellationToken)
    {
        var wanted = sidecar?.Authors is { Count: > 0 } names
            ? AuthorNames.Fold(names).Select(n => new ParsedAuthor(n, null, null)).ToList()
            : [.. parsed.Authors.Where(a => AuthorNames.Fold([a.Name]).Count > 0).DistinctBy(a => Slugs.From(a.Name))];
        if (sidecar?.Authors is { Count: > 0 })
        {
            sources["authors"] = "sidecar";
        }
        article.Authors.Clear();
        for (var i = 0; i < wanted.Count; i++)
        {
            var author = await AuthorAsync(wanted[i], cancellationToken);
            article.Authors.Add(new ArticleAuthor { Author = author, Order = i + 1 });
        }
    }

    private async Task<Author> AuthorAsync(ParsedAuthor parsed, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(parsed.Name);
        var author = db.Authors.Local.FirstOrDefault(a => a.Slug == slug)
            ?? await db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (author is null)
        {
            author = new Author { Name = parsed.Name, Slug = slug };
            db.Authors.Add(author);
        }
        author.Bio ??= parsed.Bio;
        author.Affiliation ??= parsed.Affiliation;
        return author;
    }

    private async Task<Outlet> OutletAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(name);
        var outlet = db.Outlets.Local.FirstOrDefault(o => o.Slug == slug)
            ?? await db.Outlets.FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (outlet is null)
        {
            outlet = new Outlet { Name = name, Slug = slug };
            db.Outlets.Add(outlet);
        }
        return outlet;
    }
}
