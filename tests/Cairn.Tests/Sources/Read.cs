using System.Text;
using Cairn.Sources;

namespace Cairn.Tests.Sources;

/// <summary>Test shorthand: read text or bytes under a file name and insist it succeeded.</summary>
internal static class Read
{
    public static SourceDocument Text(string fileName, string text) => Bytes(fileName, Encoding.UTF8.GetBytes(text));

    public static SourceDocument Bytes(string fileName, byte[] content)
    {
        var result = SourceReader.Read(fileName, content);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Document!;
    }

    public static SourceReadError Failure(string fileName, byte[] content)
    {
        var result = SourceReader.Read(fileName, content);
        Assert.False(result.IsSuccess, $"expected a failure, read {result.Document?.Format}");
        Assert.Equal(fileName, result.Error!.FileName);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Problem));
        Assert.DoesNotContain('\n', result.Error.Problem);
        return result.Error;
    }
}
