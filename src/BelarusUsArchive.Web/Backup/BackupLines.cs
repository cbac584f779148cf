using System.Text;

namespace BelarusUsArchive.Web.Backup;

/// <summary>
/// The lines of one table's JSON Lines entry, each at most <see cref="MaxChars"/> long, so a crafted backup (a small
/// zip that inflates to one huge line) is refused with a reason instead of being read whole into memory.
/// </summary>
internal sealed class BackupLines(Stream stream, string entry)
{
    /// <summary>
    /// Far above any real row: the largest is a paragraph of an article of at most 8 MB, which JSON escaping can
    /// at most double for the text the archive holds.
    /// </summary>
    public const int MaxChars = 32 * 1024 * 1024;

    private readonly StreamReader _reader = new(stream, Encoding.UTF8);
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    public long Number { get; private set; }

    /// <summary>The next line without its line break, or null at the end.</summary>
    public async Task<string?> NextAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        while (true)
        {
            if (_start == _end)
            {
                _end = await _reader.ReadAsync(_buffer, cancellationToken);
                _start = 0;
                if (_end == 0)
                {
                    return _line.Length == 0 ? null : Finish();
                }
            }
            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            if (_line.Length + (stop - _start) > MaxChars)
            {
                throw new BackupException($"{entry} line {Number + 1} is longer than {MaxChars / 1024 / 1024} M characters, more than any row of the archive");
            }
            _line.Append(_buffer, _start, stop - _start);
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0)
            {
                return Finish();
            }
        }
    }

    private string Finish()
    {
        Number++;
        return _line.ToString().TrimEnd('\r');
    }
}
