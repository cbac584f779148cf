using System.Globalization;
using System.Text;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// The readable console format, where every event is exactly one line starting with its time and level:
/// line breaks and other control characters in the rendered event (a search query, a path) are written as
/// escapes, so user text cannot forge a line. An exception follows on lines indented by two spaces.
/// </summary>
public sealed class OneLineTextFormatter(string template) : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _line = new(template, CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var line = new StringWriter(CultureInfo.InvariantCulture);
        _line.Format(logEvent, line);
        output.WriteLine(Escape(line.ToString()));
        if (logEvent.Exception is { } exception)
        {
            foreach (var text in exception.ToString().Split('\n'))
            {
                output.WriteLine("  " + Escape(text.TrimEnd('\r')));
            }
        }
    }

    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when NeedsEscape(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
