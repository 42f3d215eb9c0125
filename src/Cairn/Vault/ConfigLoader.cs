using System.Globalization;
using Cairn.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cairn.Vault;

/// <summary>
/// Reads <c>.cairn/config.yaml</c>. An absent file or key means the default; a problem comes back as a
/// <see cref="ConfigError"/> naming the file and line, never as an exception.
/// </summary>
public static class ConfigLoader
{
    private static readonly string[] RootKeys = ["owner", "folders", "routing", "extractor", "llm", "reader", "organization"];
    private static readonly string[] OrganizationKeys = ["name", "domains", "colleagues"];
    private static readonly string[] FolderKeys = ["inbox", "meetings", "people", "companies", "projects", "briefs", "dashboards", "answers"];
    private static readonly string[] LlmKeys = ["provider", "model", "endpoint", "api_key_env", "max_parallel", "timeout_s", "retries", "context_tokens", "fallback"];
    private static readonly string[] ReaderKeys = ["max_size_mb"];

    /// <summary>Loads the config of the vault at <paramref name="vaultRoot"/>.</summary>
    public static ConfigResult LoadVault(string vaultRoot)
    {
        var path = Path.Combine(vaultRoot, VaultLayout.ConfigFile);
        if (!File.Exists(path))
        {
            return ConfigResult.Ok(CairnConfig.Default);
        }

        return Parse(File.ReadAllText(path), VaultLayout.ConfigFile);
    }

    /// <summary>Parses config text; <paramref name="fileName"/> is only used in error messages.</summary>
    public static ConfigResult Parse(string yaml, string fileName)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return ConfigResult.Ok(CairnConfig.Default);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return Fail(fileName, stream.Documents[0].RootNode, "the file must be a mapping of keys (owner:, folders:, ...)");
            }

            return new Reader(fileName).Read(root);
        }
        catch (YamlException ex)
        {
            return ConfigResult.Failed(new ConfigError(fileName, (int)ex.Start.Line, "not valid YAML: " + FirstLine(ex.InnerException?.Message ?? ex.Message)));
        }
    }

    private static ConfigResult Fail(string file, YamlNode node, string message) =>
        ConfigResult.Failed(new ConfigError(file, (int)node.Start.Line, message));

    private static string FirstLine(string message)
    {
        var text = message.Split('\n')[0].Trim();
        var paren = text.IndexOf("): ", StringComparison.Ordinal);
        return text.StartsWith("(Line", StringComparison.Ordinal) && paren > 0 ? text[(paren + 3)..] : text;
    }

    /// <summary>Walks the YAML tree once; the first problem stops it.</summary>
    private sealed class Reader(string file)
    {
        private ConfigError? error;

        public ConfigResult Read(YamlMappingNode root)
        {
            var map = Map(root, RootKeys, string.Empty);
            var owner = Scalar(map, "owner");
            var folders = ReadFolders(map.GetValueOrDefault("folders"));
            var routing = ReadRouting(map.GetValueOrDefault("routing"), folders.Meetings);
            var extractor = ReadExtractor(map.GetValueOrDefault("extractor"));
            var llm = ReadLlm(map.GetValueOrDefault("llm"));
            var maxBytes = ReadReader(map.GetValueOrDefault("reader"));
            var organization = ReadOrganization(map.GetValueOrDefault("organization"));
            return error is not null
                ? ConfigResult.Failed(error)
                : ConfigResult.Ok(new CairnConfig(string.IsNullOrWhiteSpace(owner) ? null : owner.Trim(), folders, routing, extractor, llm, maxBytes) { Organization = organization });
        }

        private Organization ReadOrganization(YamlNode? node)
        {
            var map = Map(node, OrganizationKeys, "organization.");
            var domains = List(map, "domains").Select(d => d.TrimStart('@').ToLowerInvariant()).ToList();
            return map.Count == 0 ? Organization.None : new Organization(Scalar(map, "name")?.Trim(), domains, List(map, "colleagues"));
        }

        /// <summary>A YAML list (<c>[a, b]</c> or one item a line) or a single value; blank items dropped.</summary>
        private List<string> List(Dictionary<string, YamlNode> map, string key)
        {
            if (!map.TryGetValue(key, out var node))
            {
                return [];
            }

            if (node is YamlSequenceNode sequence)
            {
                return sequence.Children.Select(item => ScalarValue(item, key)).OfType<string>()
                    .Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            }

            return ScalarValue(node, key) is { } value && value.Trim().Length > 0 ? [value.Trim()] : [];
        }

        private VaultLayout ReadFolders(YamlNode? node)
        {
            var map = Map(node, FolderKeys, "folders.");
            var defaults = VaultLayout.Default;
            return new VaultLayout(
                Folder(map, "inbox", defaults.Inbox),
                Folder(map, "meetings", defaults.Meetings),
                Folder(map, "people", defaults.People),
                Folder(map, "companies", defaults.Companies),
                Folder(map, "projects", defaults.Projects),
                Folder(map, "briefs", defaults.Briefs),
                Folder(map, "dashboards", defaults.Dashboards),
                Folder(map, "answers", defaults.Answers));
        }

        private string Folder(Dictionary<string, YamlNode> map, string key, string fallback)
        {
            var value = Scalar(map, key);
            if (value is null)
            {
                return fallback;
            }

            var trimmed = value.Trim().Trim('/');
            var problem = VaultPaths.CheckRelative(trimmed) ?? (trimmed.StartsWith('.') ? "it is hidden" : null);
            if (problem is not null)
            {
                Report(map[key], $"folders.{key} '{value}' must be a plain folder path inside the vault ({problem})");
                return fallback;
            }

            return trimmed;
        }

        private IReadOnlyDictionary<string, string> ReadRouting(YamlNode? node, string meetings)
        {
            var routing = new Dictionary<string, string>(CairnConfig.DefaultRouting(meetings), StringComparer.Ordinal);
            foreach (var (key, value) in Map(node, null, "routing."))
            {
                var template = ScalarValue(value, "routing." + key);
                if (template is not null && VaultPaths.CheckRelative(template.Replace("{account}", "x", StringComparison.Ordinal)) is { } problem)
                {
                    Report(value, $"routing.{key} '{template}' must be a folder path inside the vault ({problem})");
                }
                else if (template is not null)
                {
                    routing[key] = template.Trim('/');
                }
            }

            return routing;
        }

        private ExtractorMode ReadExtractor(YamlNode? node)
        {
            var value = node is null ? null : ScalarValue(node, "extractor");
            switch (value?.Trim().ToLowerInvariant())
            {
                case null or "" or "offline":
                    return ExtractorMode.Offline;
                case "llm":
                    return ExtractorMode.Llm;
                default:
                    Report(node!, $"extractor must be 'offline' or 'llm', not '{value}'");
                    return ExtractorMode.Offline;
            }
        }

        private LlmSettings? ReadLlm(YamlNode? node)
        {
            if (node is YamlMappingNode mapping && mapping.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "api_key") is { } key)
            {
                Report(key, "llm.api_key is not allowed: keep the key out of the vault and name its environment variable in llm.api_key_env");
                return null;
            }

            var map = Map(node, LlmKeys, "llm.");
            return node is null || map.Count == 0
                ? null
                : new LlmSettings(Scalar(map, "provider"), Scalar(map, "model"), Scalar(map, "endpoint"), Scalar(map, "api_key_env"))
                {
                    MaxParallel = Whole(map, "max_parallel", LlmSettings.DefaultMaxParallel, 1, 64),
                    TimeoutSeconds = Whole(map, "timeout_s", LlmSettings.DefaultTimeoutSeconds, 1, 3600),
                    Retries = Whole(map, "retries", LlmSettings.DefaultRetries, 0, 10),
                    ContextTokens = Whole(map, "context_tokens", LlmSettings.DefaultContextTokens, 2_000, 2_000_000),
                    Fallback = ReadFallback(map),
                };
        }

        private int Whole(Dictionary<string, YamlNode> map, string key, int fallback, int min, int max)
        {
            var text = Scalar(map, key);
            if (text is null)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            Report(map[key], $"llm.{key} must be a whole number from {min} to {max}, not '{text}'");
            return fallback;
        }

        private LlmFallback ReadFallback(Dictionary<string, YamlNode> map)
        {
            var text = Scalar(map, "fallback");
            switch (text?.Trim().ToLowerInvariant())
            {
                case null or "" or "offline":
                    return LlmFallback.Offline;
                case "fail":
                    return LlmFallback.Fail;
                default:
                    Report(map["fallback"], $"llm.fallback must be 'offline' or 'fail', not '{text}'");
                    return LlmFallback.Offline;
            }
        }

        private long ReadReader(YamlNode? node)
        {
            var map = Map(node, ReaderKeys, "reader.");
            var text = Scalar(map, "max_size_mb");
            if (text is null)
            {
                return ReaderOptions.DefaultMaxBytes;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) && mb > 0 && mb <= 4096)
            {
                return (long)(mb * 1024 * 1024);
            }

            Report(map["max_size_mb"], $"reader.max_size_mb must be a number of megabytes between 0 and 4096, not '{text}'");
            return ReaderOptions.DefaultMaxBytes;
        }

        private Dictionary<string, YamlNode> Map(YamlNode? node, string[]? allowed, string prefix)
        {
            var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
            {
                return result;
            }

            if (node is not YamlMappingNode mapping)
            {
                Report(node, $"{(prefix.Length == 0 ? "the file" : prefix.TrimEnd('.'))} must be a mapping of keys");
                return result;
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (allowed is not null && !allowed.Contains(key))
                {
                    Report(keyNode, $"unknown key '{prefix}{key}' (known: {string.Join(", ", allowed)})");
                    continue;
                }

                result[key] = value;
            }

            return result;
        }

        private string? Scalar(Dictionary<string, YamlNode> map, string key) =>
            map.TryGetValue(key, out var node) ? ScalarValue(node, key) : null;

        private string? ScalarValue(YamlNode node, string key)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" ? null : scalar.Value;
            }

            Report(node, $"{key} must be a single value");
            return null;
        }

        private void Report(YamlNode node, string message) => error ??= new ConfigError(file, (int)node.Start.Line, message);
    }
}
