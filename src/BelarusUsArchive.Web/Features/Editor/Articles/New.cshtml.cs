using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Articles;

/// <summary>
/// Adds an article by pasting its text or uploading a .txt, .md or .html file: the editor sees the parse
/// (title, authors, date, the paragraphs kept and the lines dropped), corrects what is wrong, and saves.
/// Saving writes the text and a sidecar of the corrections to the uploads folder and imports it through
/// the same pipeline as the seeds.
/// </summary>
[RequestSizeLimit(SourceDecoder.MaxBytes + 1_000_000)]
[RequestFormLimits(ValueLengthLimit = (int)SourceDecoder.MaxBytes + 1_000_000, MultipartBodyLengthLimit = SourceDecoder.MaxBytes + 1_000_000)]
public class NewModel(Importer importer, ArchiveDb db, IWebHostEnvironment environment) : PageModel
{
    public sealed record InputModel
    {
        /// <summary>Pasted text: up to <see cref="SourceDecoder.MaxBytes"/> in UTF-8, the limit of a file (checked in TextAsync, with the size in the message).</summary>
        public string? Text { get; init; }
        [StringLength(400)] public string? Title { get; init; }
        [StringLength(1000)] public string? Authors { get; init; }
        [StringLength(200)] public string? Outlet { get; init; }
        [StringLength(40)] public string? Published { get; init; }
        [StringLength(1000), Url] public string? SourceUrl { get; init; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public IFormFile? Upload { get; set; }
    public ParsedArticle? Parsed { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostParseAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        var text = await TextAsync(upload, cancellationToken);
        if (text is not null)
        {
            Parsed = TryExtract(text, out var problem);
            Input = Input with { Text = text };
            if (Parsed is null)
            {
                return Refuse(problem!);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        var text = await TextAsync(upload, cancellationToken);
        if (text is null)
        {
            return Page();
        }
        if (!string.IsNullOrWhiteSpace(Input.Published) && !ArchiveDate.TryParseEdtf(Input.Published, DateSource.Editor, out _))
        {
            return Refuse($"“{Input.Published}” is not an EDTF date: write 2019, 2019-11, 2019-11-21 or 2015-06?.");
        }
        var authors = (Input.Authors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (AuthorNames.Problem(authors) is { } authorProblem)
        {
            return Refuse(authorProblem);
        }
        if (TryExtract(text, out var extractionProblem) is not { } parsed)
        {
            return Refuse(extractionProblem!);
        }
        var folder = Path.Combine(environment.ContentRootPath, "App_Data", "uploads");
        Directory.CreateDirectory(folder);
        // The random part keeps two uploads of one title in the same second apart (the import is keyed by file name).
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Slugs.From(Input.Title ?? parsed.Title, 60)}-{Guid.NewGuid().ToString("N")[..8]}";
        var file = Path.Combine(folder, name + ".txt");
        await System.IO.File.WriteAllTextAsync(file, text, Encoding.UTF8, cancellationToken);
        var sidecar = new Dictionary<string, object>();
        if (!string.IsNullOrWhiteSpace(Input.Title)) { sidecar["title"] = Input.Title.Trim(); }
        if (authors.Length > 0) { sidecar["authors"] = AuthorNames.Fold(authors); }
        if (!string.IsNullOrWhiteSpace(Input.Outlet)) { sidecar["outlet"] = Input.Outlet.Trim(); }
        if (!string.IsNullOrWhiteSpace(Input.Published)) { sidecar["published"] = Input.Published.Trim(); }
        if (!string.IsNullOrWhiteSpace(Input.SourceUrl)) { sidecar["sourceUrl"] = Input.SourceUrl.Trim(); }
        if (sidecar.Count > 0)
        {
            await System.IO.File.WriteAllTextAsync(Path.Combine(folder, name + ".meta.json"), JsonSerializer.Serialize(sidecar), cancellationToken);
        }
        var run = await importer.RunAsync([file], "editor", null, cancellationToken);
        if (run.Failed > 0)
        {
            return Refuse($"The text could not be imported: {run.Failures[0].Reason}");
        }
        var slug = await db.Articles.Where(a => a.SourceFile == name + ".txt").Select(a => a.Slug).SingleAsync(cancellationToken);
        await History.RevisionLog.RecordAddedAsync(HttpContext, db, slug, cancellationToken);
        return Redirect($"/articles/{slug}");
    }

    private async Task<string?> TextAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is { Length: > 0 })
        {
            var extension = Path.GetExtension(upload.FileName).ToLowerInvariant();
            if (extension is not (".txt" or ".md" or ".html" or ".htm"))
            {
                Refuse("Upload a .txt, .md or .html file.");
                return null;
            }
            using var memory = new MemoryStream();
            await upload.CopyToAsync(memory, cancellationToken);
            var decoded = SourceDecoder.Decode(memory.ToArray());
            if (!decoded.Ok)
            {
                Refuse($"{upload.FileName}: {decoded.Failure}");
                return null;
            }
            return decoded.Text;
        }
        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            Refuse("Paste the article's text or choose a file.");
            return null;
        }
        if (Encoding.UTF8.GetByteCount(Input.Text) is var size && size > SourceDecoder.MaxBytes)
        {
            Refuse($"The pasted text is {size / 1024.0 / 1024.0:0.#} MB, more than the {SourceDecoder.MaxBytes / 1024 / 1024} MB an article may have (pasted or as a file).");
            return null;
        }
        return Input.Text;
    }

    /// <summary>The parse of a pasted text, or why there is none: a text past the extraction budget is refused, not a 500.</summary>
    private static ParsedArticle? TryExtract(string text, out string? problem)
    {
        try
        {
            problem = null;
            return ArticleExtractor.Extract(text);
        }
        catch (ExtractionTimeoutException e)
        {
            problem = "The text could not be read: " + e.Message + ". Paste the article alone, without the rest of the page.";
            return null;
        }
    }

    private PageResult Refuse(string problem)
    {
        Problems = [problem];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
