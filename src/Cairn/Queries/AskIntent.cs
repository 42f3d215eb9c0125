namespace Cairn.Queries;

/// <summary>What kind of question <c>cairn ask</c> was asked: the structured ones are answered from structured data first.</summary>
public enum AskIntent
{
    /// <summary>Anything else: answered from passages.</summary>
    Passages,

    /// <summary>"What do I owe X": the vault owner's open tasks in meetings X took part in.</summary>
    WeOwe,

    /// <summary>"What does X owe me": X's open tasks.</summary>
    TheyOwe,

    /// <summary>"When did I last talk to X": X's last contact.</summary>
    LastContact,

    /// <summary>"What did we decide about Y": decisions mentioning Y.</summary>
    Decisions,
}
