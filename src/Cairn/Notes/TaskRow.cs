namespace Cairn.Notes;

/// <summary>
/// A task found in the vault: where it lives, the task, its owner with <c>Myself</c> resolved to the vault
/// owner when one is configured, and the account of its note.
/// </summary>
public sealed record TaskRow(string File, TaskLine Task, string? Owner, string? Account);
