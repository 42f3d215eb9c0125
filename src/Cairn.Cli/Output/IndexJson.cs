using Cairn.Index;

namespace Cairn.Cli.Output;

/// <summary><c>cairn index --json</c>: what the refresh changed, the notes indexed, whether it built the index anew, and how long it took.</summary>
internal sealed record IndexJson(int Added, int Updated, int Removed, int Renamed, int Unchanged, int Notes, bool Rebuilt, double Milliseconds)
{
    public static IndexJson From(IndexRefresh r) =>
        new(r.Added, r.Updated, r.Removed, r.Renamed, r.Total - r.Added - r.Updated - r.Renamed, r.Total, r.Rebuilt, Math.Round(r.Elapsed.TotalMilliseconds, 1));
}
