using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cairn.Notes;

/// <summary>
/// The YAML properties between the <c>---</c> fences at the top of a note, kept as the lines they are.
/// Reading goes through YamlDotNet one key at a time (simple values through <see cref="FrontmatterFastPath"/>,
/// which gives the same answer without loading the YAML); writing a key rewrites only that key's lines.
/// </summary>
public sealed class Frontmatter
{
    private readonly NoteDocument document;
    private readonly Dictionary<string, YamlNode?> parsed = new(StringComparer.Ordinal);
    private readonly Lazy<(YamlMappingNode? Map, FrontmatterProblem? Problem)> whole;
    private readonly Lazy<Dictionary<string, YamlNode>?> simple;

    internal Frontmatter(NoteDocument document, int openLine, int closeLine, IReadOnlyList<FrontmatterEntry> entries)
    {
        this.document = document;
        OpenLine = openLine;
        CloseLine = closeLine;
        whole = new Lazy<(YamlMappingNode?, FrontmatterProblem?)>(LoadWhole);
        simple = new Lazy<Dictionary<string, YamlNode>?>(ReadSimple);
        IsJson = closeLine > 0 && entries.Count == 0 && Body.TrimStart().StartsWith('{');
        Entries = IsJson ? JsonEntries() : entries;
    }

    /// <summary>The text between the fences, each line ending in "\n".</summary>
    public string Body => CloseLine <= 1 ? string.Empty
        : string.Concat(document.Lines.Skip(OpenLine).Take(CloseLine - OpenLine - 1).Select(l => l + "\n"));

    /// <summary>True for a JSON object between the fences, which Obsidian accepts; Cairn reads it but does not edit it.</summary>
    public bool IsJson { get; }

    /// <summary>True when the note starts with a <c>---</c> fence (closed or not).</summary>
    public bool Exists => OpenLine > 0;

    /// <summary>True when the opening fence has no closing fence: Obsidian then reads no properties at all.</summary>
    public bool IsUnclosed => Exists && CloseLine == 0;

    /// <summary>The 1-based line of the opening fence, or 0.</summary>
    public int OpenLine { get; }

    /// <summary>The 1-based line of the closing fence, or 0.</summary>
    public int CloseLine { get; }

    /// <summary>Top-level keys in file order (a duplicated key appears twice).</summary>
    public IReadOnlyList<FrontmatterEntry> Entries { get; }

    public IEnumerable<string> Keys => Entries.Select(e => e.Key).Distinct(StringComparer.Ordinal);

    public bool ContainsKey(string key) => Find(key) is not null;

    /// <summary>A scalar value as text (quotes removed), or null when absent, empty, or not a scalar.</summary>
    public string? GetString(string key) => Node(key) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    /// <summary>A list's scalar items; a single scalar reads as a one-item list; otherwise empty.</summary>
    public IReadOnlyList<string> GetList(string key) => Node(key) switch
    {
        YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(v => v.Length > 0)],
        YamlScalarNode { Value: { Length: > 0 } value } => [value],
        _ => [],
    };

    /// <summary>
    /// A key's value as YAML reads it (a scalar, a list, a nested mapping), for the readers that need more than
    /// <see cref="GetString"/> and <see cref="GetList"/>; null when the key is absent.
    /// </summary>
    public YamlNode? GetNode(string key) => Node(key);

    /// <summary>
    /// Why YAML cannot read the block between the fences as one set of properties (invalid YAML, or not a
    /// mapping), with the line to blame; null when it reads, or when there is no closed frontmatter.
    /// A duplicated key is such a problem too, but <see cref="Entries"/> already shows it.
    /// </summary>
    public FrontmatterProblem? Problem => Exists && !IsUnclosed ? whole.Value.Problem : null;

    /// <summary>Sets a scalar, keeping the key's place and quoting style; a new key goes last.</summary>
    public void Set(string key, string? value)
    {
        var existing = Find(key);
        var style = existing is null ? DocumentStyle() : FrontmatterValueWriter.StyleOf(existing.InlineValue);
        Write(key, existing, [FrontmatterValueWriter.KeyLine(key, value, style)]);
    }

    /// <summary>Sets a list, keeping the key's place and its block or flow layout and quoting; a new key goes last as a block list.</summary>
    public void SetList(string key, IEnumerable<string> values)
    {
        var existing = Find(key);
        var lines = existing is null
            ? FrontmatterValueWriter.BlockList(key, [.. values], "  - ", DocumentStyle())
            : FrontmatterValueWriter.ListLike(existing, [.. values]);
        Write(key, existing, lines);
    }

    internal FrontmatterEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);

    private YamlNode? Node(string key)
    {
        // The simple values are already a dictionary: only what YamlDotNet read needs caching.
        if (simple.Value is { } values)
        {
            return values.GetValueOrDefault(key);
        }

        if (parsed.TryGetValue(key, out var cached))
        {
            return cached;
        }

        YamlNode? node = null;
        if (whole.Value.Map is { } map)
        {
            node = map.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == key).Value;
        }
        else if (Find(key) is { } entry)
        {
            // The whole block did not load (a duplicate key, a stray line): read this key on its own.
            node = LoadMapping(entry.RawText + "\n").Map?.Children.Values.FirstOrDefault();
        }

        parsed[key] = node;
        return node;
    }

    /// <summary>
    /// Every key's value when the whole block is simple (each line a simple entry's, a blank or a comment), so
    /// that reading keys one by one cannot differ from YAML reading the block; otherwise null.
    /// </summary>
    private Dictionary<string, YamlNode>? ReadSimple()
    {
        if (IsJson || CloseLine <= 1)
        {
            return null;
        }

        var values = new Dictionary<string, YamlNode>(Entries.Count, StringComparer.Ordinal);
        var covered = 0;
        foreach (var entry in Entries)
        {
            if (FrontmatterFastPath.TryRead(entry) is not { } node)
            {
                return null;
            }

            values.TryAdd(entry.Key, node);
            covered += entry.LineCount;
        }

        for (var i = OpenLine; i < CloseLine - 1; i++)
        {
            var line = document.Lines[i];
            covered += string.IsNullOrWhiteSpace(line) || line.StartsWith('#') ? 1 : 0;
        }

        return covered == CloseLine - OpenLine - 1 ? values : null;
    }

    private (YamlMappingNode?, FrontmatterProblem?) LoadWhole() => CloseLine > 0 ? LoadMapping(Body) : (null, null);

    private (YamlMappingNode? Map, FrontmatterProblem? Problem) LoadMapping(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            return root switch
            {
                YamlMappingNode map => (map, null),
                null or YamlScalarNode { Value: null or "" } => (null, null),
                _ => (null, new FrontmatterProblem(OpenLine + 1, "frontmatter is not a list of 'key: value' properties")),
            };
        }
        catch (YamlException ex)
        {
            var line = OpenLine + (int)Math.Max(1, ex.Start.Line);
            if (line >= CloseLine)
            {
                // YAML notices an unclosed value only at the end: blame the key it belongs to (none yet while
                // the constructor reads a JSON object's keys).
                line = Entries?.LastOrDefault()?.Line ?? OpenLine;
            }

            return (null, new FrontmatterProblem(line, "invalid frontmatter YAML: " + OneLine(ex.InnerException?.Message ?? ex.Message)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed documents (undefined aliases, odd tags) this way.
            return (null, new FrontmatterProblem(OpenLine + 1, "invalid frontmatter YAML: " + OneLine(ex.Message)));
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private List<FrontmatterEntry> JsonEntries()
    {
        var entries = new List<FrontmatterEntry>();
        foreach (var (k, v) in whole.Value.Map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (k is YamlScalarNode { Value: { } key })
            {
                var first = OpenLine + (int)k.Start.Line;
                var count = (int)(v.End.Line - k.Start.Line) + 1;
                entries.Add(new FrontmatterEntry(key, first, count, string.Join('\n', document.Lines.Skip(first - 1).Take(count))));
            }
        }

        return entries;
    }

    private QuoteStyle DocumentStyle() =>
        Entries.Any(e => e.InlineValue.StartsWith('"')) ? QuoteStyle.Double : QuoteStyle.Plain;

    private void Write(string key, FrontmatterEntry? existing, IReadOnlyList<string> lines)
    {
        if (IsJson)
        {
            throw new InvalidOperationException($"Cannot set '{key}': the frontmatter is a JSON object, which Cairn reads but does not rewrite.");
        }

        if (existing is not null)
        {
            document.ReplaceRange(existing.Line, existing.LineCount, lines);
        }
        else if (Exists && !IsUnclosed)
        {
            document.ReplaceRange(CloseLine, 0, lines);
        }
        else if (!Exists)
        {
            document.ReplaceRange(1, 0, ["---", .. lines, "---"]);
        }
        else
        {
            throw new InvalidOperationException($"Cannot set '{key}': the frontmatter has no closing fence.");
        }
    }
}
