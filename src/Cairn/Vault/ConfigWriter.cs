using System.Globalization;
using System.Text;
using Cairn.Notes;
using static System.FormattableString;

namespace Cairn.Vault;

/// <summary>
/// Writes <c>.cairn/config.yaml</c> as a commented template: every key present with what it means, so a person
/// can edit it without reading docs. <see cref="ConfigLoader"/> reads back exactly what this writes.
/// </summary>
public static class ConfigWriter
{
    public static string Render(CairnConfig config)
    {
        var text = new StringBuilder();
        text.AppendLine("# Cairn settings for this vault. Every key is optional; docs/vault.md explains each one.");
        text.AppendLine();
        text.AppendLine("# You, the vault owner: your tasks are written @Myself, everyone else by full name.");
        text.AppendLine(config.Owner is null ? "owner: ~" : $"owner: {YamlScalar.DoubleQuoted(config.Owner)}");
        text.AppendLine();
        AppendOrganization(text, config.Organization);
        text.AppendLine();
        text.AppendLine("# Folder names, relative to the vault. The Inbox also holds _archive/, _failed/ and _duplicates/.");
        text.AppendLine("folders:");
        text.AppendLine($"  inbox: {YamlScalar.DoubleQuoted(config.Folders.Inbox)}");
        text.AppendLine($"  meetings: {YamlScalar.DoubleQuoted(config.Folders.Meetings)}");
        text.AppendLine($"  people: {YamlScalar.DoubleQuoted(config.Folders.People)}");
        text.AppendLine($"  companies: {YamlScalar.DoubleQuoted(config.Folders.Companies)}");
        text.AppendLine($"  projects: {YamlScalar.DoubleQuoted(config.Folders.Projects)}");
        text.AppendLine($"  briefs: {YamlScalar.DoubleQuoted(config.Folders.Briefs)}");
        text.AppendLine($"  dashboards: {YamlScalar.DoubleQuoted(config.Folders.Dashboards)}");
        text.AppendLine($"  answers: {YamlScalar.DoubleQuoted(config.Folders.Answers)}");
        text.AppendLine();
        text.AppendLine("# Where a meeting note goes, by meeting type. {account} is the company the meeting was with;");
        text.AppendLine("# without one, that folder level is left out.");
        text.AppendLine("routing:");
        foreach (var (key, template) in config.Routing.OrderBy(pair => RoutingOrder(pair.Key)).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {key}: {YamlScalar.DoubleQuoted(template)}");
        }

        text.AppendLine();
        text.AppendLine("# offline: heuristics on this machine, nothing leaves it (the default).");
        text.AppendLine("# llm: the model configured below reads each source.");
        text.AppendLine($"extractor: {(config.Extractor == ExtractorMode.Llm ? "llm" : "offline")}");
        text.AppendLine();
        AppendLlm(text, config.Llm);
        text.AppendLine();
        text.AppendLine("# Sources larger than this are moved to _failed/ instead of being read.");
        text.AppendLine("reader:");
        text.AppendLine($"  max_size_mb: {(config.ReaderMaxBytes / 1024.0 / 1024.0).ToString("0.###", CultureInfo.InvariantCulture)}");
        return text.ToString();
    }

    private static void AppendOrganization(StringBuilder text, Organization organization)
    {
        text.AppendLine("# Who \"us\" is: your organization's email domains and the colleagues who join your calls. Colleagues");
        text.AppendLine("# are never counted as a customer's people, and a one-on-one with one is not an account.");
        if (organization == Organization.None)
        {
            text.AppendLine("# organization:");
            text.AppendLine("#   name: Lumen");
            text.AppendLine("#   domains: [lumen.example]");
            text.AppendLine("#   colleagues: [Tom Becker, Aisha Khan]");
            return;
        }

        text.AppendLine("organization:");
        text.AppendLine(organization.Name is null ? "  name: ~" : $"  name: {YamlScalar.DoubleQuoted(organization.Name)}");
        text.AppendLine($"  domains: [{string.Join(", ", organization.Domains.Select(YamlScalar.DoubleQuoted))}]");
        text.AppendLine($"  colleagues: [{string.Join(", ", organization.Colleagues.Select(YamlScalar.DoubleQuoted))}]");
    }

    private static void AppendLlm(StringBuilder text, LlmSettings? llm)
    {
        text.AppendLine("# The LLM, used only with extractor: llm. The API key never goes in this file: api_key_env names");
        text.AppendLine("# the environment variable that holds it. Providers: openai, azure-openai, anthropic, or any");
        text.AppendLine("# OpenAI-compatible server (Ollama, LM Studio, vLLM) through endpoint.");
        if (llm is null)
        {
            text.AppendLine("# llm:");
            text.AppendLine("#   provider: openai");
            text.AppendLine("#   model: gpt-4o-mini");
            text.AppendLine("#   endpoint: http://localhost:11434/v1");
            text.AppendLine("#   api_key_env: OPENAI_API_KEY");
            text.AppendLine("#   max_parallel: 2      # requests in flight at once");
            text.AppendLine("#   timeout_s: 120       # per request, then retried");
            text.AppendLine("#   retries: 3           # after a 429, a 5xx or a timeout, with backoff");
            text.AppendLine("#   context_tokens: 16000  # per request; longer sources are split at utterances");
            text.AppendLine("#   fallback: offline    # offline | fail: what becomes of a source the model cannot do");
            return;
        }

        text.AppendLine("llm:");
        AppendOptional(text, "provider", llm.Provider);
        AppendOptional(text, "model", llm.Model);
        AppendOptional(text, "endpoint", llm.Endpoint);
        AppendOptional(text, "api_key_env", llm.ApiKeyEnv);
        text.AppendLine(Invariant($"  max_parallel: {llm.MaxParallel}"));
        text.AppendLine(Invariant($"  timeout_s: {llm.TimeoutSeconds}"));
        text.AppendLine(Invariant($"  retries: {llm.Retries}"));
        text.AppendLine(Invariant($"  context_tokens: {llm.ContextTokens}"));
        text.AppendLine($"  fallback: {(llm.Fallback == LlmFallback.Fail ? "fail" : "offline")}");
    }

    private static void AppendOptional(StringBuilder text, string key, string? value) =>
        text.AppendLine(value is null ? $"  {key}: ~" : $"  {key}: {YamlScalar.DoubleQuoted(value)}");

    private static int RoutingOrder(string key) => key switch
    {
        "customer" => 0,
        "partner" => 1,
        "internal" => 2,
        "one-on-one" => 3,
        _ => 4,
    };
}
