using Cairn.Notes;

namespace Cairn.Extraction;

/// <summary>A commitment: a clean imperative clause, its owner's full name (or none when the words do not settle it).</summary>
public sealed record ActionItem(string Text, string? Owner, DateOnly? Due, TaskPriority Priority, Evidence Evidence);
