using System.Text.RegularExpressions;

namespace Cairn.Tests.Architecture;

/// <summary>
/// DESIGN.md's flow runs one way: the stages from Sources to Planning are pure (no disk, no later stage),
/// and only the committer writes. These tests read the source tree, so a wrong import fails the build's tests.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly string[] PureStages = ["Sources", "Extraction", "Resolution", "Synthesis", "Planning"];

    private static readonly string[] Writers = ["Commit", "Ingest", "Index", "Queries"];

    // The one sanctioned edge in a pure stage: the reader façade checks a file's size and reads its bytes.
    private static readonly string[] SanctionedIo = ["Sources/SourceReader.cs"];

    public static TheoryData<string> PureStageNames() => new(PureStages);

    [Theory]
    [MemberData(nameof(PureStageNames))]
    public void Pure_stages_never_import_a_writing_stage(string stage)
    {
        var offenders = SourceFiles(stage)
            .SelectMany(f => CairnImports(f).Where(ns => Writers.Contains(ns)).Select(ns => $"{Rel(f)} uses Cairn.{ns}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(PureStageNames))]
    public void Pure_stages_never_touch_the_disk(string stage)
    {
        var offenders = SourceFiles(stage)
            .Where(f => !SanctionedIo.Contains(Rel(f)))
            .Where(f => FileSystemApi().IsMatch(File.ReadAllText(f)))
            .Select(Rel)
            .ToList();
        Assert.Empty(offenders);
    }

    // Notes is the note format every stage reads and writes; Sources reads a Markdown source's front matter with it.
    [Theory]
    [InlineData("Notes", new string[0])]
    [InlineData("Sources", new[] { "Notes" })]
    public void Foundations_depend_on_nothing_but_the_note_format(string stage, string[] allowed)
    {
        var offenders = SourceFiles(stage).Where(f => CairnImports(f).Any(ns => ns != stage && !allowed.Contains(ns))).Select(Rel).ToList();
        Assert.Empty(offenders);
        Assert.Equal(allowed, StageGraph()[stage]);
    }

    // The index's layout (its tables, columns and the JSON it keeps) is known in Index alone: Queries compose its typed reads.
    [Fact]
    public void Queries_hold_no_sql()
    {
        var offenders = SourceFiles("Queries").Where(f => Sql().IsMatch(Comment().Replace(File.ReadAllText(f), string.Empty))).Select(Rel).ToList();
        Assert.Empty(offenders);
    }

    // Notes is the model every note is read into and edited through (its frontmatter editor writes fences back);
    // Synthesis alone writes a note from a model, so a brief, a dashboard or an answer has one place to look.
    [Fact]
    public void Only_synthesis_renders_a_note()
    {
        var offenders = LibraryStages().Where(stage => stage is not ("Synthesis" or "Notes"))
            .SelectMany(SourceFiles)
            .Where(f => Renders().IsMatch(Comment().Replace(File.ReadAllText(f), string.Empty)))
            .Select(Rel)
            .ToList();
        Assert.Empty(offenders);
    }

    // Reading a note back (its frontmatter, sections, task lines, links) is Notes' work: Synthesis only writes.
    [Fact]
    public void Synthesis_reads_no_note()
    {
        var offenders = SourceFiles("Synthesis")
            .Where(f => ReadsNotes().IsMatch(Comment().Replace(File.ReadAllText(f), string.Empty)))
            .Select(Rel)
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("sb.Append(\"---\\ntype: brief\\n\");", true)]
    [InlineData("text.Append(\"---\").Append('\\n');", true)]
    [InlineData("return $\"\"\"\n    ---\n    type: x\n    \"\"\";", true)]
    [InlineData("var line = MarkdownText.Inline(text);", true)]
    [InlineData("title: \" + YamlText.DoubleQuoted(name)", true)]
    [InlineData("note.InsertLines(end + 1, [\"## \" + heading]);", true)]
    [InlineData("sb.Append(\"\\n## \").Append(heading);", true)]
    [InlineData("var line = $\"- [[{target}]]\";", true)]
    [InlineData("sb.Append(\"**Subject**: [[\").Append(stem);", true)]
    [InlineData("var line = \"- \" + Wikilink.Format(target);", true)]
    [InlineData("var stem = YamlText.OneLine(title);", false)]
    [InlineData("if (line.TrimEnd() == \"---\")", false)]
    [InlineData("line.StartsWith(\"## Action items\", StringComparison.Ordinal)", false)]
    [InlineData("text.AppendLine(\"# Cairn settings for this vault.\");", false)]
    [InlineData("$\"CASE WHEN trim({value}) LIKE '[[%]]' THEN\"", false)]
    [InlineData("name.Replace(\"[[\", string.Empty, StringComparison.Ordinal)", false)]
    public void A_note_written_outside_synthesis_is_seen(string code, bool renders) => Assert.Equal(renders, Renders().IsMatch(code));

    // The notes Queries once rendered (a brief, the dashboards, an answer) and the Related line it once wrote: each is
    // seen by the pattern, so moving one back into Queries (or any stage but Synthesis and Notes) fails the test above.
    [Theory]
    [InlineData("Synthesis/BriefNote.cs")]
    [InlineData("Synthesis/DashboardNotes.cs")]
    [InlineData("Synthesis/AnswerNote.cs")]
    [InlineData("Synthesis/ErrorNote.cs")]
    [InlineData("Notes/RelatedLinks.cs")]
    public void A_renderer_moved_out_of_synthesis_or_notes_would_be_seen(string file) =>
        Assert.Matches(Renders(), Comment().Replace(File.ReadAllText(Path.Combine(LibraryRoot(), file)), string.Empty));

    // A note's property keys are NoteProperties' names: a renderer that spelled "title: " and a reader that asked for
    // GetString("title") would drift apart the day one of them changed. (Sources read a source's own front matter.)
    [Fact]
    public void Property_keys_are_spelled_once()
    {
        var offenders = LibraryStages().Where(stage => stage != "Sources")
            .SelectMany(SourceFiles)
            .Where(f => Rel(f) != "Notes/NoteProperties.cs")
            .SelectMany(f => PropertyKeys().Where(key => SpellsKey(Comment().Replace(File.ReadAllText(f), string.Empty), key)).Select(key => $"{Rel(f)}: {key}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData(".Append(\"type: brief\\n\")", "type", true)]
    [InlineData(".Append(\"---\\ntype: dashboard\\ntitle: \")", "title", true)]
    [InlineData("note.Frontmatter.GetString(\"source_ref\")", "source_ref", true)]
    [InlineData("frontmatter.GetList(\"aliases\")", "aliases", true)]
    [InlineData(".Append(NoteProperties.Title).Append(\": \")", "title", false)]
    [InlineData("Wikilink.Format(passage.Path, \"source\")", "source", false)]
    [InlineData("FROM index_notes m, json_each(m.frontmatter, '$.participants') p", "participants", true)]
    [InlineData("FROM index_notes m, json_each(m.frontmatter, '$.{NoteProperties.Participants}') p", "participants", false)]
    public void A_key_spelled_outside_note_properties_is_seen(string code, string key, bool spelled) => Assert.Equal(spelled, SpellsKey(code, key));

    private static IEnumerable<string> PropertyKeys() =>
        typeof(Cairn.Notes.NoteProperties).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    // Read (a frontmatter lookup by a literal name, or the index's JSON path to it) or written (the key and its colon
    // opening a literal or a line in one).
    private static bool SpellsKey(string code, string key) =>
        Regex.IsMatch(code, $@"\b(?:GetString|GetList|GetNode|ContainsKey|Set|SetList|Remove)\(\s*""{Regex.Escape(key)}""|(?:""|\\n){Regex.Escape(key)}:|'\$\.{Regex.Escape(key)}'");

    [Theory]
    [InlineData("var note = NoteDocument.Parse(text);", true)]
    [InlineData("using YamlDotNet.RepresentationModel;", true)]
    [InlineData("public static MeetingNoteView? Read(string path, string text)", true)]
    [InlineData("if (TaskLine.TryParse(line, out var task))", true)]
    [InlineData("foreach (var link in Wikilink.FindAll(line))", true)]
    [InlineData("private static void AppendFrontmatter(StringBuilder text, MeetingNoteModel note)", false)]
    [InlineData("var (text, by) = DecisionLine.Read(decision, meeting.Participants);", false)]
    public void A_note_read_in_synthesis_is_seen(string code, bool reads) => Assert.Equal(reads, ReadsNotes().IsMatch(code));

    [Fact]
    public void No_stages_depend_on_each_other_in_a_cycle()
    {
        var graph = StageGraph();
        var cycles = graph.Keys.Select(stage => CycleThrough(graph, stage)).OfType<string>().ToList();
        Assert.Empty(cycles);
    }

    [Fact]
    public void A_qualified_name_counts_as_a_reference()
    {
        Assert.Equal(["Extraction"], References("var k = Extraction.EntityKind.Person;", "Ingest", new() { ["Extraction"] = ["EntityKind"], ["Ingest"] = [] }));
        Assert.Equal(["Queries"], References("x = Cairn.Queries.BriefQuery.Run();", "Index", new() { ["Queries"] = ["BriefQuery"], ["Index"] = [] }));
        Assert.Empty(References("// Notes.Frontmatter is the model\nvar n = item.Notes.Count;", "Sources", new() { ["Notes"] = ["Frontmatter"], ["Sources"] = [] }));
    }

    [Fact]
    public void The_library_never_references_the_cli()
    {
        var offenders = Directory.EnumerateFiles(LibraryRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && File.ReadAllText(f).Contains("Cairn.Cli", StringComparison.Ordinal))
            .Select(Rel)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_pure_stage_folder_exists_and_holds_code()
    {
        foreach (var stage in PureStages)
        {
            Assert.NotEmpty(SourceFiles(stage));
        }
    }

    private static List<string> LibraryStages() =>
        Directory.EnumerateDirectories(LibraryRoot()).Select(Path.GetFileName).OfType<string>().Where(name => SourceFiles(name).Any()).ToList();

    /// <summary>Every stage of the library and the other stages its code names: imports and qualified names, comments aside.</summary>
    private static Dictionary<string, SortedSet<string>> StageGraph()
    {
        var stages = LibraryStages();
        var types = stages.ToDictionary(
            stage => stage,
            stage => SourceFiles(stage).Select(f => Path.GetFileName(f).Split('.')[0]).ToHashSet(StringComparer.Ordinal));
        return stages.ToDictionary(
            stage => stage,
            stage => new SortedSet<string>(SourceFiles(stage).SelectMany(f => References(File.ReadAllText(f), stage, types)), StringComparer.Ordinal));
    }

    private static IEnumerable<string> References(string code, string stage, Dictionary<string, HashSet<string>> types)
    {
        var text = Comment().Replace(code, string.Empty);
        var imported = CairnUsing().Matches(text).Select(m => m.Groups[1].Value);
        var qualified = QualifiedName().Matches(text)
            .Where(m => types.TryGetValue(m.Groups[1].Value, out var known) && known.Contains(m.Groups[2].Value))
            .Select(m => m.Groups[1].Value);
        return imported.Concat(qualified).Where(s => s != stage && types.ContainsKey(s)).Distinct();
    }

    /// <summary>A path from <paramref name="start"/> back to itself, written <c>A -> B -> A</c>, or null.</summary>
    private static string? CycleThrough(Dictionary<string, SortedSet<string>> graph, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var path = new Stack<string>();
        string? Walk(string stage)
        {
            path.Push(stage);
            foreach (var next in graph[stage])
            {
                if (next == start)
                {
                    return string.Join(" -> ", path.Reverse().Append(start));
                }

                if (seen.Add(next) && Walk(next) is { } found)
                {
                    return found;
                }
            }

            path.Pop();
            return null;
        }

        return Walk(start);
    }

    private static IEnumerable<string> SourceFiles(string stage)
    {
        var dir = Path.Combine(LibraryRoot(), stage);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f))
            : [];
    }

    private static IEnumerable<string> CairnImports(string file) =>
        CairnUsing().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct();

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Rel(string file) => Path.GetRelativePath(LibraryRoot(), file).Replace('\\', '/');

    internal static string LibraryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Cairn");
            }
        }

        throw new DirectoryNotFoundException("Cairn.slnx not found above the test output folder.");
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?Cairn\.([A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex CairnUsing();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?<![.\w])(?:global::)?(?:Cairn\.)?([A-Z][A-Za-z]+)\.([A-Z][A-Za-z0-9]*)\b")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"\b(?:File|Directory|FileInfo|DirectoryInfo|FileStream|DriveInfo)\s*\.\s*[A-Z]|new\s+(?:FileStream|FileInfo|DirectoryInfo|StreamWriter|StreamReader)\s*\(")]
    private static partial Regex FileSystemApi();

    // A frontmatter fence written (in a literal that opens with it or a raw string's line of it alone), Synthesis'
    // escaping of a value for a note's body or properties, a wikilink written (Notes' writer, a target interpolated or
    // a literal "[[" appended to), or a literal that opens with a section heading (## to ######; a lone # is also a
    // YAML comment, and a heading compared with StartsWith is read, not written).
    [GeneratedRegex(@"""---\\n|Append\(""---""|^\s*---\s*$|\bMarkdownText\.|\bYamlText\.(?:DoubleQuoted|Scalar)\b|\bWikilink\.Format\b|\[\[\{|\[\[""\s*\)?\s*(?:\.Append\(|\+)|(?<!StartsWith\()\$?""(?:\\n)*\#{2,6} ", RegexOptions.Multiline)]
    private static partial Regex Renders();

    // Notes' readers (the document, its frontmatter, a meeting note read back, a task line, the links), YAML, or a
    // method of its own that reads or parses.
    [GeneratedRegex(@"\b(?:NoteDocument|Frontmatter|MeetingNoteReader|YamlDotNet)\b|\bTaskLine\.TryParse\b|\bWikilink\.FindAll\b|\bstatic\s[^=;(]*\s(?:Read|Parse|TryParse)\w*\s*\(")]
    private static partial Regex ReadsNotes();

    [GeneratedRegex(@"\.Connection\b|CreateCommand\(|\bindex_[a-z]+|\bSELECT\s")]
    private static partial Regex Sql();
}
