using Cairn.Sources;

namespace Cairn.Extraction;

/// <summary>Turns a source into a <see cref="MeetingExtract"/>. Offline heuristics and the LLM both implement it.</summary>
public interface IExtractor
{
    string Name { get; }

    Task<MeetingExtract> ExtractAsync(SourceDocument document, ExtractionContext context, CancellationToken cancellationToken = default);
}
