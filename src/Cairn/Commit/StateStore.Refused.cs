using System.Globalization;

namespace Cairn.Commit;

/// <summary>
/// Inbox files Cairn refused to touch (a link out of the vault, a newline in the name): such a file cannot be moved to
/// <c>_failed/</c>, so without a record it was reported failed on every run. It is reported once; later runs leave
/// it alone while its stamp (size, time, link target) is the one refused, and try it again once it changes.
/// </summary>
public sealed partial class StateStore
{
    /// <summary>When and why <paramref name="path"/> was refused with the stamp <paramref name="stamp"/>, or null (never, or it changed since).</summary>
    public (string Problem, DateTimeOffset At)? Refused(string path, string stamp)
    {
        using var command = Command("SELECT problem, refused_at FROM refused_sources WHERE path = $path AND stamp = $stamp");
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$stamp", stamp);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), ParseTime(reader.GetString(1))) : null;
    }

    /// <summary>Records that <paramref name="path"/>, as <paramref name="stamp"/> says it is, was refused for <paramref name="problem"/>.</summary>
    public void Refuse(string path, string stamp, string problem)
    {
        using var command = Command("INSERT OR REPLACE INTO refused_sources(path, stamp, problem, refused_at) VALUES ($path, $stamp, $problem, $at)");
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$stamp", stamp);
        command.Parameters.AddWithValue("$problem", problem);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }
}
