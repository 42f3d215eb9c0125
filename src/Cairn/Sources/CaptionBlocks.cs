namespace Cairn.Sources;

/// <summary>What WebVTT and SRT share: blocks separated by blank lines, and a <c>start --&gt; end</c> timing line.</summary>
internal static class CaptionBlocks
{
    public static List<List<string>> Split(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(line);
        }

        return blocks;
    }

    public static bool TryParseTiming(string line, out TimeSpan start)
    {
        start = default;
        var arrow = line.IndexOf("-->", StringComparison.Ordinal);
        if (arrow <= 0)
        {
            return false;
        }

        var end = line.AsSpan(arrow + 3).TrimStart();
        var space = end.IndexOfAny(' ', '\t');
        if (space >= 0)
        {
            end = end[..space];
        }

        return Timestamps.TryParse(line.AsSpan(0, arrow), out start) && Timestamps.TryParse(end, out _);
    }
}
