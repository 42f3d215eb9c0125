namespace Cairn.Notes;

/// <summary>The Tasks plugin's priorities: 🔺 ⏫ 🔼 (none) 🔽 ⏬.</summary>
public enum TaskPriority
{
    None,
    Lowest,
    Low,
    Medium,
    High,
    Highest,
}
