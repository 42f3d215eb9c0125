using Cairn.Synthesis;

namespace Cairn.Queries;

/// <summary>The accounts of <c>cairn pipeline</c>, and the names asked for with <c>--accounts</c> that match no entity and no meeting.</summary>
public sealed record PipelineResult(IReadOnlyList<AccountPipeline> Accounts, IReadOnlyList<string> Unknown);
