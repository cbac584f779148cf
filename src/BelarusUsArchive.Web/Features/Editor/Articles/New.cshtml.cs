using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Text.Parsing;
using BelarusUsArchive.Text.Parsing.Html;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.Articles;

/// <summary>
/// Adds an article by pasting its text or uploading a .txt, .md or .html file. The preview pre-fills every field from
/// the parse and lists every line of the page with what became of it; the editor corrects fields, keeps, drops or
/// retypes lines, and the parse runs again on those choices. Saving writes the text and a sidecar of the corrections
/// and line decisions to the uploads folder and imports it through the same pipeline as the seeds, so a re-import of
/// the file gives the same article.
/// </summary>
[RequestSizeLimit(SourceDecoder.MaxBytes * 3)]
[RequestFormLimits(ValueLengthLimit = (int)SourceDecoder.MaxBytes + 1_000_000, MultipartBodyLengthLimit = SourceDecoder.MaxBytes * 3, ValueCountLimit = 3 * Sidecar.MaxLines * 4)]
public class NewModel(Importer importer, ArchiveDb db, IWebHostEnvironment environment) : PageModel
{
    public sealed record InputModel
    {
        /// <summary>Pasted text: up to <see cref="SourceDecoder.MaxBytes"/> in UTF-8, the limit of a file (checked in TextAsync, with the size in the message).</summary>
        public string? Text { get; init; }
        [StringLength(Sidecar.MaxTitle)] public string? Title { get; init; }
        [StringLength(Sidecar.MaxSubtitle)] public string? Subtitle { get; init; }
        [StringLength(1000)] public string? Authors { get; init; }
        [StringLength(Sidecar.MaxOutlet)] public string? Outlet { get; init; }
        [StringLength(Sidecar.MaxPublished)] public string? Published { get; init; }
        [StringLength(Sidecar.MaxUrl), Url] public string? SourceUrl { get; init; }
        [StringLength(35)] public string? Language { get; init; }
    }

    private static readonly JsonSerializerOptions SidecarJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [BindProperty] public InputModel Input { get; set; } = new();

    /// <summary>The fields as the previous preview found them: a field the editor left as it was follows the new parse.</summary>
    [BindProperty] public InputModel Was { get; set; } = new();
    public ParsedArticle? Parsed { get; private set; }
    public IReadOnlyDictionary<int, LineDecision> Decisions { get; private set; } = new Dictionary<int, LineDecision>();
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostParseAsync(IFormFile? upload, CancellationToken cancellationToken) =>
        await PreviewAsync(upload, cancellationToken) is { } refused ? refused : Page();

    public async Task<IActionResult> OnPostSaveAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (await PreviewAsync(upload, cancellationToken) is { } refused)
        {
            return refused;
        }
        if (Parsed is null)
        {
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Refuse(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        }
        ArchiveDate? published = null;
        if (!string.IsNullOrWhiteSpace(Input.Published) && !DateExpressions.TryRead(Input.Published, DateSource.Editor, out published))
        {
            return Refuse($"“{Input.Published}” is not an EDTF date: write 2019, 2019-11, 2019-11-21 or 2015-06?, or a date such as 21 November 2019.");
        }
        // A written date ("21 November 2019") is kept as the EDTF it means.
        Input = Input with { Published = published?.Edtf ?? Input.Published };
        if (AuthorNames.Problem((Input.Authors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) is { } authorProblem)
        {
            return Refuse(authorProblem);
        }
        var sidecar = SidecarOf(Parsed);
        var json = JsonSerializer.SerializeToUtf8Bytes(sidecar, SidecarJson);
        var problem = sidecar.Problem()
            ?? (json.Length > Sidecar.MaxBytes ? $"the corrections take {json.Length / 1024} KB, more than the {Sidecar.MaxBytes / 1024} KB a sidecar may have" : null);
        if (problem is not null)
        {
            return Refuse("The corrections cannot be saved: " + problem + ".");
        }
        var folder = Path.Combine(environment.ContentRootPath, "App_Data", "uploads");
        Directory.CreateDirectory(folder);
        // The random part keeps two uploads of one title in the same second apart (the import is keyed by file name).
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Slugs.From(Input.Title ?? Parsed.Title, 60)}-{Guid.NewGuid().ToString("N")[..8]}";
        var file = Path.Combine(folder, name + ".txt");
        await System.IO.File.WriteAllTextAsync(file, Input.Text, Encoding.UTF8, cancellationToken);
        if (json.Length > 2)
        {
            await System.IO.File.WriteAllBytesAsync(Path.Combine(folder, name + ".meta.json"), json, cancellationToken);
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

    /// <summary>
    /// Reads the text and the line choices, parses the text with them and fills the fields the editor left as they
    /// were from the parse; a refusal (no text, bad choices, a text past the budget) comes back as the page with the reason.
    /// </summary>
    private async Task<IActionResult?> PreviewAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        var text = await TextAsync(upload, cancellationToken);
        if (text is null)
        {
            return Page();
        }
        // An uploaded file starts over: the choices on the page were made on the lines of the text before it.
        string? choiceProblem = null;
        var decisions = upload is { Length: > 0 } ? [] : LineChoices.Read(Request.Form, out choiceProblem);
        if (choiceProblem is not null)
        {
            return Refuse(choiceProblem);
        }
        Decisions = decisions.ToDictionary(d => d.Line);
        Parsed = TryExtract(text, decisions, out var problem);
        var edited = Input;
        Input = Follow(Input with { Text = text }, Was, Parsed);
        Was = Parsed is null ? Was : Fields(Parsed);
        ModelState.Clear();
        TryValidateModel(edited, nameof(Input));
        return Parsed is null ? Refuse(problem!) : null;
    }

    /// <summary>The fields of a parse as the form shows them.</summary>
    private static InputModel Fields(ParsedArticle parsed) => new()
    {
        Title = parsed.Title,
        Subtitle = parsed.Subtitle,
        Authors = string.Join(", ", parsed.Authors.Select(a => a.Name)),
        Outlet = parsed.Outlet,
        Published = parsed.Published?.Edtf,
        Language = parsed.Language,
    };

    /// <summary>Each field the editor left as the previous preview had it takes the new parse's value; an edited one stays.</summary>
    private static InputModel Follow(InputModel input, InputModel was, ParsedArticle? parsed)
    {
        if (parsed is null)
        {
            return input;
        }
        var now = Fields(parsed);
        static string? Pick(string? typed, string? before, string? parse) => (typed ?? "") == (before ?? "") ? parse : typed;
        return input with
        {
            Title = Pick(input.Title, was.Title, now.Title),
            Subtitle = Pick(input.Subtitle, was.Subtitle, now.Subtitle),
            Authors = Pick(input.Authors, was.Authors, now.Authors),
            Outlet = Pick(input.Outlet, was.Outlet, now.Outlet),
            Published = Pick(input.Published, was.Published, now.Published),
            Language = Pick(input.Language, was.Language, now.Language),
        };
    }

    /// <summary>The sidecar of a save: the fields that differ from the parse (an emptied field keeps the parse) and the line decisions.</summary>
    private Sidecar SidecarOf(ParsedArticle parsed)
    {
        var found = Fields(parsed);
        static string? Changed(string? typed, string? parse) =>
            string.IsNullOrWhiteSpace(typed) || typed.Trim() == (parse ?? "").Trim() ? null : typed.Trim();
        var authors = Changed(Input.Authors, found.Authors) is { } names
            ? AuthorNames.Fold(names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : null;
        return new Sidecar(Changed(Input.Title, found.Title), Changed(Input.Subtitle, found.Subtitle), authors,
            Changed(Input.Outlet, found.Outlet), Changed(Input.Published, found.Published), Changed(Input.SourceUrl, null),
            Changed(Input.Language, found.Language), Decisions.Count == 0 ? null : LineChoices.ForSidecar(Decisions.Values));
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
        // A browser sends a textarea's lines ended by CR LF; the archive keeps LF (and a CR would come back as &#xD;).
        return Input.Text.ReplaceLineEndings("\n");
    }

    /// <summary>The parse of a pasted text with the editor's line decisions, or why there is none (never a 500).</summary>
    private static ParsedArticle? TryExtract(string text, IReadOnlyList<LineDecision> decisions, out string? problem)
    {
        problem = null;
        try
        {
            return ArticleExtractor.Extract(text, decisions: decisions);
        }
        catch (ExtractionTimeoutException e)
        {
            problem = "The text could not be read: " + e.Message + ". Paste the article alone, without the rest of the page.";
        }
        catch (ExtractionRefusedException e) when (decisions.Count > 0)
        {
            problem = "The line choices do not fit the text: " + e.Message + ". Parse the text again to start from its lines.";
        }
        catch (ExtractionRefusedException e)
        {
            problem = "The text could not be read: " + e.Message + ".";
        }
        return null;
    }

    private PageResult Refuse(string problem)
    {
        Problems = [problem];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
