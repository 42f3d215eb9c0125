namespace Cairn.Extraction;

/// <summary>The source's own words an extracted item came from (invariant 6), with speaker and time when known.</summary>
public sealed record Evidence(string Quote, string? Speaker = null, TimeSpan? Start = null);
