using System.Security.Cryptography;
using System.Text;
using Cairn.Extraction.Offline;
using Cairn.Sources;
using Microsoft.Extensions.AI;

namespace Cairn.Extraction.Llm;

/// <summary>
/// Extraction by a model, through any <see cref="IChatClient"/>. A source is sent in as few requests as its length
/// allows (split at utterances past the token budget), each asking for JSON of <see cref="LlmReply"/>'s schema; an
/// invalid reply gets one retry that shows the model its error; then the source falls back (offline, or fails).
/// Every reply goes through <see cref="Grounding"/>; replies are cached by request, so the same content is
/// never sent twice. The model is given no tools.
/// </summary>
public sealed class LlmExtractor(IChatClient client, LlmExtractorOptions options, IExtractor offline, ILlmReplyCache? cache = null) : IExtractor
{
    private readonly SemaphoreSlim slots = new(options.MaxParallel, options.MaxParallel);

    // The instruction and the schema are the same for every source: counted once per extractor, not per source.
    private readonly Lazy<int> fixedTokens = new(() =>
        TokenCounter.Count(LlmPrompt.System(options.SchemaInPrompt)) + (options.SchemaInPrompt ? 0 : TokenCounter.Count(LlmPrompt.Schema.GetRawText())));

    public string Name => "llm";

    public async Task<MeetingExtract> ExtractAsync(SourceDocument document, ExtractionContext context, CancellationToken cancellationToken = default)
    {
        document = RecordingUser.Named(document, context.OwnerName);
        var passages = SourcePassages.Of(document);
        if (passages.Count == 0)
        {
            return await FallBackAsync(document, context, "the source has no text to send", cancellationToken).ConfigureAwait(false);
        }

        var date = HeuristicExtractor.MeetingDate(document);
        var grounding = new Grounding(document, context, passages, date);
        var facts = new SourceFacts(context.OwnerName, date, document.Email?.Subject ?? document.Title, People(grounding, context));
        var system = LlmPrompt.System(options.SchemaInPrompt);
        var parts = TranscriptParts.Split(passages, Budget(facts));
        var answers = await Task.WhenAll(parts.Select((part, i) => AskAsync(system, LlmPrompt.User(facts, part, i, parts.Count), json: true, cancellationToken))).ConfigureAwait(false);
        if (answers.FirstOrDefault(a => a.Error is not null) is { } failed)
        {
            return await FallBackAsync(document, context, failed.Error!, cancellationToken).ConfigureAwait(false);
        }

        var replies = answers.Select(a => LlmReplyParser.Parse(a.Text).Reply!).ToList();
        var summary = await SummaryAsync(replies, cancellationToken).ConfigureAwait(false);
        var first = replies[0];
        var account = replies.Select(r => grounding.Account(r.Account)).FirstOrDefault(a => a is not null);
        var extract = new MeetingExtract(
            Grounding.Clean(first.Title) ?? facts.Title,
            Grounding.Type(first.MeetingType),
            account,
            date,
            grounding.Participants,
            Grounding.Clean(summary.Text) ?? string.Empty,
            Distinct(grounding.ActionItems(replies.SelectMany(r => r.ActionItems ?? [])), a => a.Text),
            Distinct(grounding.Decisions(replies.SelectMany(r => r.Decisions ?? [])), d => d.Text),
            KeyFacts(grounding, replies, account),
            grounding.Entities(replies.SelectMany(r => r.Entities ?? [])),
            grounding.Topics(replies.SelectMany(r => r.Topics ?? [])));
        var all = answers.Append(summary).ToList();
        return extract with
        {
            Origin = new ExtractionOrigin("llm", options.Model, all.Sum(a => a.TokensIn), all.Sum(a => a.TokensOut), grounding.Dropped, all.All(a => a.Cached)),
        };
    }

    /// <summary>The request key: the provider, the model, the prompt's version and the whole request text (which holds the source).</summary>
    public string Key(string system, string user) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{options.Provider}\n{options.Model}\n{LlmPrompt.Version}\n{system}\n{user}")));

    private async Task<MeetingExtract> FallBackAsync(SourceDocument document, ExtractionContext context, string reason, CancellationToken cancellationToken)
    {
        if (options.FailWithoutModel)
        {
            throw new ExtractionFailedException($"the model could not extract it: {reason}");
        }

        var extract = await offline.ExtractAsync(document, context, cancellationToken).ConfigureAwait(false);
        return extract with { Origin = ExtractionOrigin.Offline with { FallbackReason = reason } };
    }

    /// <summary>Tokens a part of the source may take: the context less the instruction, schema, names and reply room.</summary>
    private int Budget(SourceFacts facts)
    {
        var overhead = fixedTokens.Value + TokenCounter.Count(LlmPrompt.User(facts, string.Empty, 0, 2)) + options.ReplyTokens;
        return Math.Max(500, options.ContextTokens - overhead);
    }

    /// <summary>The names an owner may be given: participants, the vault's people the source mentions, the owner.</summary>
    private static List<string> People(Grounding grounding, ExtractionContext context) =>
        grounding.Participants
            .Concat(context.KnownEntities.Where(k => k.Kind == EntityKind.Person && k.Aliases.Prepend(k.Name).Any(grounding.Quotes.Contains)).Select(k => k.Name))
            .Append(context.OwnerName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private async Task<Answer> SummaryAsync(List<LlmReply> replies, CancellationToken cancellationToken)
    {
        var summaries = replies.Select(r => Grounding.Clean(r.Summary)).OfType<string>().ToList();
        if (summaries.Count <= 1)
        {
            return new Answer(summaries.FirstOrDefault(), null, 0, 0, true);
        }

        var merged = await AskAsync(string.Empty, LlmPrompt.MergeSummaries(summaries), json: false, cancellationToken).ConfigureAwait(false);
        return merged.Error is null ? merged : merged with { Text = string.Join(' ', summaries) };
    }

    private async Task<Answer> AskAsync(string system, string user, bool json, CancellationToken cancellationToken)
    {
        var key = Key(system, user);
        if (!options.Refresh && cache?.Get(key) is { } cached)
        {
            return new Answer(cached, null, 0, 0, true);
        }

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<ChatMessage> messages = system.Length > 0 ? [new(ChatRole.System, system), new(ChatRole.User, user)] : [new(ChatRole.User, user)];
            var chat = new ChatOptions { ResponseFormat = json && !options.SchemaInPrompt ? LlmPrompt.ResponseFormat : null };
            var response = await client.GetResponseAsync(messages, chat, cancellationToken).ConfigureAwait(false);
            var (tokensIn, tokensOut) = Tokens(response, messages);
            var error = json ? LlmReplyParser.Parse(response.Text).Error : Empty(response.Text);
            if (error is not null)
            {
                messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
                messages.Add(new ChatMessage(ChatRole.User, LlmPrompt.Correction(error)));
                response = await client.GetResponseAsync(messages, chat, cancellationToken).ConfigureAwait(false);
                var (retryIn, retryOut) = Tokens(response, messages);
                (tokensIn, tokensOut) = (tokensIn + retryIn, tokensOut + retryOut);
                error = json ? LlmReplyParser.Parse(response.Text).Error : Empty(response.Text);
            }

            if (error is not null)
            {
                return new Answer(null, $"{error} (after one retry)", tokensIn, tokensOut, false);
            }

            cache?.Put(key, response.Text);
            return new Answer(response.Text, null, tokensIn, tokensOut, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new Answer(null, Describe(ex), 0, 0, false);
        }
        finally
        {
            slots.Release();
        }
    }

    private static string? Empty(string text) => string.IsNullOrWhiteSpace(text) ? "the reply was empty" : null;

    /// <summary>Tokens as the server counted them, else as <see cref="TokenCounter"/> does.</summary>
    private static (long In, long Out) Tokens(ChatResponse response, IEnumerable<ChatMessage> sent) =>
        (response.Usage?.InputTokenCount ?? sent.Sum(m => TokenCounter.Count(m.Text)), response.Usage?.OutputTokenCount ?? TokenCounter.Count(response.Text));

    /// <summary>One line for a failed request: the SDK's or Polly's message names the status or the timeout.</summary>
    private static string Describe(Exception ex)
    {
        var line = ex.Message.Split('\n')[0].Trim();
        return line.Length == 0 ? ex.GetType().Name : line;
    }

    /// <summary>
    /// People's facts first, as the offline extractor orders them (the model's, then what the email's headers and
    /// signature state), then the meeting's own facts, less any that only restate a person's fact from the same words.
    /// </summary>
    private static List<KeyFact> KeyFacts(Grounding grounding, List<LlmReply> replies, string? account)
    {
        var people = grounding.PersonFacts(replies.SelectMany(r => r.People ?? []), account).Concat(grounding.EmailFacts(account)).ToList();
        var stated = people.Select(f => QuoteIndex.Normalize(f.Evidence.Quote)).ToHashSet(StringComparer.Ordinal);
        var facts = grounding.Facts(replies.SelectMany(r => r.Facts ?? [])).Where(f => !stated.Contains(QuoteIndex.Normalize(f.Evidence.Quote)));
        return Distinct(people.Concat(facts), f => f.Text);
    }

    private static List<T> Distinct<T>(IEnumerable<T> items, Func<T, string> text) =>
        items.DistinctBy(i => QuoteIndex.Normalize(text(i))).ToList();

    /// <summary>One request's outcome: the reply text or why there is none, and what it cost.</summary>
    private sealed record Answer(string? Text, string? Error, long TokensIn, long TokensOut, bool Cached);
}
