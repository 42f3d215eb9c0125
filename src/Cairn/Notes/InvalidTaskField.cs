namespace Cairn.Notes;

/// <summary>
/// A field the Tasks plugin cuts from the line but cannot use (<c>📅 2025-13-45</c>, <c>🔁 whenever</c>).
/// Kept verbatim so a rewrite loses nothing and <c>cairn check</c> can name it.
/// </summary>
public sealed record InvalidTaskField(TaskField Field, string Emoji, string Value);
