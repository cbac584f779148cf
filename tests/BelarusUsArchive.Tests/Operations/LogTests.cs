using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Editor;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Setup;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace BelarusUsArchive.Tests.Operations;

public class LogTests
{
    private const string Forged = "\r\n[12:00:00 INF] Editor admin signed in\n[12:00:01 ERR] forged";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Everything at Debug, the framework's own categories included, into the JSON file of the test's folder.</summary>
    private static readonly Dictionary<string, string?> Verbose = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
    };

    [Fact]
    public async Task Signing_in_through_the_form_leaves_neither_the_password_nor_a_cookie_value_in_the_log()
    {
        using var folder = new TestFolder(withSeeds: false);
        string[] secrets;
        await using (var served = await Served.StartAsync(folder, Verbose, importOnStartup: false))
        {
            var account = await Editors.CreateAsync(served.App, "secret@example.org");
            var (signIn, antiforgery) = await CookieTests.SignInAsync(served, account, proto: null);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var session = Ops.SetCookies(signIn).Single(c => c.Name.Value!.StartsWith("archive.editor", StringComparison.Ordinal));
            var editor = await served.SendAsync(HttpMethod.Get, "/editor", proto: null, cookies: Ops.CookieHeader([session]));
            Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
            var wrongPassword = "not the password " + Guid.NewGuid().ToString("N");
            var wrong = await CookieTests.SignInAsync(served, account with { Password = wrongPassword }, proto: null);
            Assert.Equal(HttpStatusCode.OK, wrong.SignIn.StatusCode);
            secrets = [account.Password, wrongPassword, session.Value.Value!, antiforgery.Value.Value!];
        }

        var log = ReadLog(folder);
        Assert.Contains("Editor {Email} signed in", log, StringComparison.Ordinal);
        Assert.Contains("Failed sign-in for {Email}", log, StringComparison.Ordinal);
        Assert.Contains("\"RequestPath\":\"/editor/login\"", log, StringComparison.Ordinal);
        foreach (var secret in secrets)
        {
            Assert.True(secret.Length >= 12, "the secret looked for is empty");
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(secret), log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_event_of_a_request_carries_its_request_id_and_trace_id_and_the_completion_event_its_path_status_and_time()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using (var served = await Served.StartAsync(folder, importOnStartup: false))
        {
            var account = await Editors.CreateAsync(served.App, "traced@example.org");
            var (signIn, _) = await CookieTests.SignInAsync(served, account, proto: null);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var events = ReadLog(folder).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var signedIn = Assert.Single(events, e => e.GetProperty("@mt").GetString() == "Editor {Email} signed in");
        var requestId = signedIn.GetProperty("RequestId").GetString();
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Matches("^[0-9a-f]{32}$", signedIn.GetProperty("TraceId").GetString());
        var completed = Assert.Single(events, e => e.TryGetProperty("RequestId", out var id) && id.GetString() == requestId
            && e.TryGetProperty("StatusCode", out _));
        Assert.Equal("/editor/login", completed.GetProperty("RequestPath").GetString());
        Assert.Equal("POST", completed.GetProperty("RequestMethod").GetString());
        Assert.Equal(302, completed.GetProperty("StatusCode").GetInt32());
        Assert.True(completed.GetProperty("Elapsed").GetDouble() > 0);
        Assert.Equal(signedIn.GetProperty("TraceId").GetString(), completed.GetProperty("TraceId").GetString());
    }

    [Fact]
    public async Task User_text_with_line_breaks_and_fake_prefixes_cannot_forge_lines_in_the_console_format_or_the_json_log()
    {
        using var folder = new TestFolder(withSeeds: false);
        var console = new CapturedText(LoggingSetup.ConsoleFormatter("text"));
        var app = new ArchiveApp(folder, importOnStartup: false) { TestServices = s => s.AddSingleton<ILogEventSink>(console) };
        await using (app)
        {
            var client = await app.StartAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/x" + Uri.EscapeDataString(Forged), Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=" + Uri.EscapeDataString("sanctions" + Forged), Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"" + Forged + " AND OR ("), Cancel)).StatusCode);
            var form = Editors.NewClient(app);
            // E-mail validation refuses CR and LF, but not the other line separators some viewers break on.
            var login = await Editors.LogInAsync(form, "x\u2028[12:00:00 INF] Editor admin signed in\u0085[12:00:01 ERR] forged@example.org", "whatever it is, it is wrong");
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        var text = console.Text;
        Assert.Contains("responded 404", text, StringComparison.Ordinal);
        Assert.Contains("Failed sign-in for", text, StringComparison.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(@"^(\[\d\d:\d\d:\d\d (VRB|DBG|INF|WRN|ERR|FTL)\] |  )", line));
        Assert.DoesNotContain(lines, line => line.StartsWith("[12:00:0", StringComparison.Ordinal)
            || (line.Contains("forged", StringComparison.Ordinal) && !line.Contains("\\n", StringComparison.Ordinal) && !line.Contains("\\u0085", StringComparison.Ordinal)));
        Assert.Contains(lines, line => line.Contains("/articles/x\\r\\n[12:00:00 INF]", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Failed sign-in for x\\u2028[12:00:00 INF]", StringComparison.Ordinal));

        var json = ReadLog(folder).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(json, line => line.Contains("forged", StringComparison.Ordinal));
        Assert.All(json, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public void The_console_line_escapes_every_control_character_and_indents_the_exception()
    {
        var formatter = LoggingSetup.ConsoleFormatter("text");
        var parser = new Serilog.Parsing.MessageTemplateParser();
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Warning, new InvalidOperationException("bad\n[00:00:00 INF] too"),
            parser.Parse("Query {Q}"), [new LogEventProperty("Q", new ScalarValue("a\rb\u2028c\u0085d\te"))]);
        using var output = new StringWriter();

        formatter.Format(logEvent, output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("[00:00:00 WRN] Query a\\rb\\u2028c\\u0085d\\te", lines[0]);
        Assert.All(lines[1..], line => Assert.StartsWith("  ", line, StringComparison.Ordinal));
    }

    private static string ReadLog(TestFolder folder)
    {
        var files = Directory.GetFiles(Path.Combine(folder.Path, "logs"), "*.json");
        Assert.NotEmpty(files);
        return string.Concat(files.Select(File.ReadAllText));
    }

    /// <summary>What the console would show: the app's own console formatter, into memory.</summary>
    private sealed class CapturedText(ITextFormatter formatter) : ILogEventSink
    {
        private readonly StringWriter _text = new();

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_text)
            {
                formatter.Format(logEvent, _text);
            }
        }
    }
}
