using Cairn.Index;
using Cairn.Queries;

namespace Cairn.Cli.Mcp;

/// <summary>The <c>search_notes</c> answer: best match first.</summary>
internal sealed record NoteHits(IReadOnlyList<SearchHit> Results);
