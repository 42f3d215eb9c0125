using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.Providers;
using Cairn.Cli.VaultAccess;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn ask "QUESTION"</c>: an answer from the vault with numbered sources. Without a model, the structured
/// answer (what I owe, what is owed, last contact, decisions) or the best passage, and the passages found. With an
/// <c>llm:</c> section (and no <c>--offline</c>), the model writes the answer from those passages (<see cref="AskModel"/>).
/// </summary>
public sealed class AskCommand : ICliCommand
{
    private readonly Argument<string[]> question = new("QUESTION") { Arity = ArgumentArity.OneOrMore, Description = "The question, e.g. \"What do I owe Hannah?\"" };
    private readonly Option<string?> account = new("--account") { Description = "Only meetings of this account" };
    private readonly Option<string?> person = new("--person") { Description = "Only meetings this person or company took part in or is linked from" };
    private readonly Option<string?> since = new("--since") { Description = "Only meetings on or after this day (YYYY-MM-DD)" };
    private readonly Option<string?> until = new("--until") { Description = "Only meetings on or before this day (YYYY-MM-DD)" };
    private readonly Option<int> limit = new("--limit") { Description = $"At most this many passages (default {AskOptions.DefaultLimit})", DefaultValueFactory = _ => AskOptions.DefaultLimit };
    private readonly Option<bool> write = new("--write") { Description = "Also save the answer as Answers/YYYY-MM-DD - QUESTION.md (undo removes it)" };
    private readonly Option<bool> offline = new("--offline") { Description = "Answer without the model even when llm: is configured" };

    public Command Build(CliContext context)
    {
        var command = new Command("ask", "Answer a question from the vault, with numbered sources") { question, account, person, since, until, limit, write, offline };
        command.SetAction(parse =>
        {
            var text = string.Join(' ', parse.GetValue(question) ?? []).Trim();
            if (text.Length == 0)
            {
                throw new CairnUsageException("the question is empty");
            }

            var count = parse.GetValue(limit) is > 0 and var n ? n : throw new CairnUsageException("--limit must be a positive number");
            var from = DateOption.Parse("--since", parse.GetValue(since));
            var to = DateOption.Parse("--until", parse.GetValue(until));
            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            EntityRef? who = null;
            if (parse.GetValue(person) is { } name && (who = EntityArgument.Resolve(context, vault.Index, name, "person or account")) is null)
            {
                return ExitCodes.Failed;
            }

            var today = vault.Today(context);
            var paths = new VaultPaths(vault.Root, vault.Config.Folders);
            var options = new AskOptions { Account = parse.GetValue(account), Person = who, Since = from, Until = to, Limit = count };
            var result = AskQuery.Run(vault.Index, paths, text, options, vault.Config.Owner, today, new ReaderOptions { MaxBytes = vault.Config.ReaderMaxBytes }, vault.Config.Organization.Colleagues);
            var answer = vault.Config.Llm is { } llm && !parse.GetValue(offline) ? ModelAnswer(context, llm, result) : AskAnswer.Offline(result);
            if (answer is null)
            {
                return ExitCodes.Failed;
            }

            string? saved = null;
            if (parse.GetValue(write))
            {
                var (path, written) = AnswerWriter.Write(vault.Index, paths, answer, today, context.Time);
                saved = $"{(written ? "wrote" : "unchanged")}: {path}";
            }

            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, AskJson.From(answer, today), CliJsonContext.Default.AskJson);
                return ExitCodes.Ok;
            }

            AskView.Print(context.Stdout, answer);
            if (saved is not null)
            {
                context.Stdout.WriteLine();
                context.Stdout.WriteLine(saved);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The model's answer; when the model cannot be reached or fails, the offline answer with a warning (or, with
    /// <c>fallback: fail</c>, an error and null). Where the question and passages go is said on stderr first.
    /// </summary>
    private static AskAnswer? ModelAnswer(CliContext context, Vault.LlmSettings llm, AskResult result)
    {
        using var connection = ChatClientFactory.Create(llm, name => context.Environment.TryGetValue(name, out var value) ? value : System.Environment.GetEnvironmentVariable(name));
        try
        {
            if (result.Passages.Count > 0 && result.Question.Intent is AskIntent.Passages or AskIntent.Decisions)
            {
                context.Stderr.WriteLine($"llm: sending the question and {result.Passages.Count} passages to {connection.Endpoint} ({connection.ProviderName}, model {connection.Model})");
                EndpointProbe.CheckAsync(connection.Endpoint, EndpointProbe.DefaultWait, CancellationToken.None).GetAwaiter().GetResult();
            }

            return AskModel.AnswerAsync(connection.Client, connection.Model, result, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (llm.Fallback == Vault.LlmFallback.Fail)
            {
                context.Error($"llm: no answer from the model: {ex.Message}");
                return null;
            }

            context.Warn($"llm: no answer from the model ({ex.Message}); the answer below is the offline one");
            return AskAnswer.Offline(result);
        }
    }
}
