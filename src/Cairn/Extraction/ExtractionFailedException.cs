namespace Cairn.Extraction;

/// <summary>An extractor could not do a source (the model gave no usable reply and the config says fail): the source fails with this reason.</summary>
public sealed class ExtractionFailedException(string message) : Exception(message);
