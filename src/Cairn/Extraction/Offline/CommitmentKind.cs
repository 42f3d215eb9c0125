namespace Cairn.Extraction.Offline;

/// <summary>How a sentence commits someone to a task, which decides who owns it.</summary>
internal enum CommitmentKind
{
    /// <summary>"I'll send it": the speaker owns it.</summary>
    FirstPerson,

    /// <summary>"Can you send it?": the addressee owns it.</summary>
    Request,

    /// <summary>"Omar will send it": the named person owns it.</summary>
    ThirdParty,

    /// <summary>"Action item: send it": owned only if the line names someone.</summary>
    Marker,

    /// <summary>"For the industrial designer, the components design": owned by the role or person named, dropped when that names nobody.</summary>
    Assignment,
}
