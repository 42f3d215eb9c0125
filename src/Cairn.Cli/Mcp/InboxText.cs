using System.Globalization;
using Cairn.Cli.Ingesting;
using Cairn.Cli.Output;
using Cairn.Ingest;
using Cairn.Vault;
using ModelContextProtocol;

namespace Cairn.Cli.Mcp;

/// <summary>
/// <c>ingest_text</c>: the text becomes a file <c>YYYY-MM-DD - Title.txt</c> handed to <c>cairn ingest</c>'s own
/// flow, which copies it into the Inbox under a free name and ingests it like any source (vault lock, journal,
/// history and undo included). The file name carries the date and title the readers take from any source's name.
/// </summary>
internal static class InboxText
{
    public static async Task<IngestedText> IngestAsync(VaultSession vault, string title, string text, DateOnly date, CancellationToken token)
    {
        var folder = Directory.CreateTempSubdirectory("cairn-mcp-");
        try
        {
            var name = SafeName.For($"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} - {title.Trim()}") + ".txt";
            var file = Path.Combine(folder.FullName, name);
            await File.WriteAllTextAsync(file, text, AtomicFile.Utf8NoBom, token).ConfigureAwait(false);

            // The flow reports problems on the context's stderr; here they become the tool's error.
            var errors = new StringWriter();
            var context = new CliContext(TextWriter.Null, errors, vault.Time, new Dictionary<string, string?>());
            var report = await IngestFlow.ExecuteAsync(context, new IngestRequest(vault.Root, [file], DryRun: false, "offline", Json: true), token).ConfigureAwait(false)
                ?? throw new McpException(errors.ToString().Trim());
            vault.Index.RefreshPaths(report.Items.SelectMany(i => i.Notes).Concat(report.EntityChanges.SelectMany(c => c.Notes.Select(n => n.Path))));
            var item = report.Items.Single();
            return new IngestedText(item.Source, EnumName.Of(item.Status), item.Notes, item.Error);
        }
        catch (CairnUsageException ex)
        {
            throw new McpException(ex.Message, ex);
        }
        catch (System.Text.EncoderFallbackException ex)
        {
            throw new McpException("the title or text is not valid Unicode (a lone surrogate)", ex);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
