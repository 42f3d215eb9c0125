namespace Cairn.Commit;

/// <summary>
/// diff3 over lines, human edits first. Base is the text Cairn last generated (the ledger), ours the text it
/// generates now, theirs the file as it is. A region only one side changed takes that side; a region both
/// changed the same way is taken once; where both changed it differently the person's lines stay and Cairn's
/// are offered below them in a <c>> [!cairn] Cairn suggests</c> callout (after the frontmatter when the region
/// is inside it, so YAML is never broken). Line endings come out as LF.
/// </summary>
public static class ThreeWayMerge
{
    public const string CalloutHeader = "> [!cairn] Cairn suggests";

    public static MergeResult Merge(string @base, string ours, string theirs)
    {
        var b = Lines(@base);
        var o = Lines(ours);
        var t = Lines(theirs);
        var toOurs = LineDiff.Match(b, o);
        var toTheirs = LineDiff.Match(b, t);
        var output = new MergeOutput();
        int i = 0, io = 0, it = 0;
        while (true)
        {
            if (i < b.Length && toOurs[i] == io && toTheirs[i] == it)
            {
                output.Add(b[i]);
                i++;
                io++;
                it++;
                continue;
            }

            // The next base line both sides kept ends this unstable chunk.
            var j = i;
            while (j < b.Length && (toOurs[j] < 0 || toTheirs[j] < 0))
            {
                j++;
            }

            var endO = j < b.Length ? toOurs[j] : o.Length;
            var endT = j < b.Length ? toTheirs[j] : t.Length;
            Resolve(b[i..j], o[io..endO], t[it..endT], output);
            if (j >= b.Length)
            {
                break;
            }

            (i, io, it) = (j, endO, endT);
        }

        return new MergeResult(string.Join('\n', output.Finish()), output.Suggestions);
    }

    /// <summary>
    /// No base to merge from: keep <paramref name="theirs"/> whole and offer <paramref name="ours"/> at its end in
    /// a callout. Later runs merge against <paramref name="ours"/> and suggest only what changes.
    /// </summary>
    public static MergeResult Offer(string theirs, string ours)
    {
        var output = new MergeOutput();
        var kept = Lines(theirs);
        output.AddRange(kept[^1].Length == 0 ? kept[..^1] : kept);
        output.Add(string.Empty);
        output.Suggest(Lines(ours.TrimEnd('\n')));
        return new MergeResult(string.Join('\n', output.Finish()), output.Suggestions);
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static void Resolve(string[] b, string[] o, string[] t, MergeOutput output)
    {
        if (o.SequenceEqual(t) || o.SequenceEqual(b))
        {
            output.AddRange(t);
        }
        else if (t.SequenceEqual(b))
        {
            output.AddRange(o);
        }
        else if (b.Length == 0)
        {
            // Both inserted at the same place: keep both, the person's first.
            output.AddRange(t);
            output.AddRange(o);
        }
        else if (b.Length > 1 && b.Length == o.Length && b.Length == t.Length)
        {
            // Same-size edits (a ticked task beside a re-dated one) resolve line by line.
            for (var k = 0; k < b.Length; k++)
            {
                Resolve([b[k]], [o[k]], [t[k]], output);
            }
        }
        else
        {
            output.AddRange(t);
            output.Suggest(o);
        }
    }

    /// <summary>Collects merged lines; knows when it is inside the frontmatter so suggestions wait until after it.</summary>
    private sealed class MergeOutput
    {
        private readonly List<string> lines = [];
        private readonly List<string> deferred = [];

        public int Suggestions { get; private set; }

        private bool InFrontmatter { get; set; }

        public void Add(string line)
        {
            var closing = line == "---" && InFrontmatter;
            InFrontmatter = (lines.Count == 0 && line == "---") || (InFrontmatter && !closing);
            lines.Add(line);
            if (closing && deferred.Count > 0)
            {
                lines.AddRange(deferred);
                deferred.Clear();
            }
        }

        public void AddRange(IEnumerable<string> range)
        {
            foreach (var line in range)
            {
                Add(line);
            }
        }

        public void Suggest(string[] ours)
        {
            if (ours.All(string.IsNullOrWhiteSpace))
            {
                return;
            }

            Suggestions++;
            var target = InFrontmatter ? deferred : lines;

            // A blank line before and after: Obsidian renders two callouts that touch, or one right under a list, as one block.
            var callout = target.Count > 0 && target[^1].Length > 0 && !InFrontmatter ? new List<string> { string.Empty, CalloutHeader } : [CalloutHeader];
            callout.AddRange(ours.Select(line => line.Length == 0 ? ">" : "> " + line));
            callout.Add(string.Empty);
            target.AddRange(callout);
        }

        public List<string> Finish()
        {
            lines.AddRange(deferred);
            return lines;
        }
    }
}
