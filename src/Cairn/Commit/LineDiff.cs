namespace Cairn.Commit;

/// <summary>
/// Myers' O(ND) diff over lines: which line of <c>a</c> is the same line of <c>b</c>. Lines are compared by
/// ordinal equality after interning to integers; the common prefix and suffix are matched before the search.
/// </summary>
public static class LineDiff
{
    /// <summary>For each line of <paramref name="a"/>, the index of its match in <paramref name="b"/>, or -1.</summary>
    public static int[] Match(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var x = a.Select(line => Intern(ids, line)).ToArray();
        var y = b.Select(line => Intern(ids, line)).ToArray();
        var match = Enumerable.Repeat(-1, x.Length).ToArray();

        var prefix = 0;
        while (prefix < x.Length && prefix < y.Length && x[prefix] == y[prefix])
        {
            match[prefix] = prefix;
            prefix++;
        }

        var suffix = 0;
        while (suffix < x.Length - prefix && suffix < y.Length - prefix && x[^(suffix + 1)] == y[^(suffix + 1)])
        {
            match[x.Length - 1 - suffix] = y.Length - 1 - suffix;
            suffix++;
        }

        Middle(x.AsSpan(prefix, x.Length - prefix - suffix), y.AsSpan(prefix, y.Length - prefix - suffix), match, prefix, prefix);
        return match;
    }

    private static int Intern(Dictionary<string, int> ids, string line)
    {
        if (!ids.TryGetValue(line, out var id))
        {
            id = ids.Count;
            ids[line] = id;
        }

        return id;
    }

    private static void Middle(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int[] match, int offsetA, int offsetB)
    {
        int n = a.Length, m = b.Length;
        if (n == 0 || m == 0)
        {
            return;
        }

        var max = n + m;
        var v = new int[(2 * max) + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            // Only diagonals -d..d can be read by step d, so each snapshot is 2d+1 long: O(D²) memory.
            trace.Add(v.AsSpan(max - d, (2 * d) + 1).ToArray());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= n && y >= m)
                {
                    Backtrack(trace, d, n, m, match, offsetA, offsetB);
                    return;
                }
            }
        }
    }

    private static void Backtrack(List<int[]> trace, int depth, int n, int m, int[] match, int offsetA, int offsetB)
    {
        int x = n, y = m;
        for (var d = depth; d > 0; d--)
        {
            var snapshot = trace[d];
            int At(int k) => snapshot[k + d];
            var k = x - y;
            var previousK = k == -d || (k != d && At(k - 1) < At(k + 1)) ? k + 1 : k - 1;
            var previousX = At(previousK);
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                match[offsetA + x] = offsetB + y;
            }

            x = previousX;
            y = previousY;
        }

        while (x > 0 && y > 0)
        {
            x--;
            y--;
            match[offsetA + x] = offsetB + y;
        }
    }
}
