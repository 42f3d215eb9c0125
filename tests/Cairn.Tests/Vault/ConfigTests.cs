using Cairn.Extraction;
using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Vault;

public sealed class ConfigTests
{
    [Fact]
    public void Absent_config_means_defaults()
    {
        using var temp = new TempDirectory();
        var result = ConfigLoader.LoadVault(temp.Path);
        Assert.Same(CairnConfig.Default, result.Config);
        Assert.Null(result.Error);
    }

    [Fact]
    public void The_template_round_trips()
    {
        var config = CairnConfig.Default with
        {
            Owner = "Ana \"Q\" O'Neil: CEO #1",
            Folders = VaultLayout.Default with { Meetings = "Calls", Briefs = "Notes/Briefs", Dashboards = "Views", Answers = "Notes/Answers" },
            Routing = new Dictionary<string, string> { ["customer"] = "Calls/{account}", ["internal"] = "Calls/Team", ["board"] = "Calls/Board" },
            Extractor = ExtractorMode.Llm,
            Llm = new LlmSettings("ollama", "llama3.1", "http://localhost:11434/v1", null) { MaxParallel = 4, TimeoutSeconds = 30, Retries = 0, ContextTokens = 8000, Fallback = LlmFallback.Fail },
            ReaderMaxBytes = 5 * 1024 * 1024,
        };
        var loaded = ConfigLoader.Parse(ConfigWriter.Render(config), "config.yaml");

        Assert.Null(loaded.Error);
        var back = loaded.Config!;
        Assert.Equal(config.Owner, back.Owner);
        Assert.Equal(config.Folders, back.Folders);
        Assert.Equal(config.Extractor, back.Extractor);
        Assert.Equal(config.Llm, back.Llm);
        Assert.Equal(config.ReaderMaxBytes, back.ReaderMaxBytes);
        Assert.Equal("Calls/Board", back.Routing["board"]);
        Assert.Equal("Calls/Team", back.Routing["internal"]);
        Assert.Equal("Calls/1-1", back.Routing["one-on-one"]);
    }

    [Fact]
    public void The_default_template_is_commented_and_reads_as_defaults()
    {
        var text = ConfigWriter.Render(CairnConfig.Default with { Owner = "Jane Doe" });
        Assert.Contains("# llm:", text);
        Assert.Contains("api_key_env", text);
        var config = ConfigLoader.Parse(text, "c").Config!;
        Assert.Equal("Jane Doe", config.Owner);
        Assert.Null(config.Llm);
        Assert.Equal(ExtractorMode.Offline, config.Extractor);
    }

    [Theory]
    [InlineData("owner: Jane\nfolders:\n  inbox: In\n people: x\n", 4, "not valid YAML")]
    [InlineData("owner: Jane\nfolders:\n  inbx: In\n", 3, "unknown key 'folders.inbx'")]
    [InlineData("extractor: gpt\n", 1, "extractor must be 'offline' or 'llm'")]
    [InlineData("owner: x\nllm:\n  api_key: sk-123\n", 3, "llm.api_key is not allowed")]
    [InlineData("llm:\n  model: m\n  max_parallel: 0\n", 3, "llm.max_parallel must be a whole number from 1 to 64, not '0'")]
    [InlineData("llm:\n  timeout_s: soon\n", 2, "llm.timeout_s must be a whole number")]
    [InlineData("llm:\n  fallback: retry\n", 2, "llm.fallback must be 'offline' or 'fail', not 'retry'")]
    [InlineData("folders:\n  people: ../outside\n", 2, "folders.people")]
    [InlineData("routing:\n  customer: /abs/{account}\n", 2, "routing.customer")]
    [InlineData("reader:\n  max_size_mb: lots\n", 2, "reader.max_size_mb")]
    [InlineData("- a\n- b\n", 1, "mapping")]
    public void Bad_config_names_the_file_and_line(string yaml, int line, string message)
    {
        var result = ConfigLoader.Parse(yaml, ".cairn/config.yaml");
        Assert.Null(result.Config);
        Assert.Equal(line, result.Error!.Line);
        Assert.Contains(message, result.Error.Message);
        Assert.StartsWith($".cairn/config.yaml:{line}: ", result.Error.ToString());
    }

    [Fact]
    public void Routes_meetings_by_type_and_account()
    {
        var config = CairnConfig.Default;
        Assert.Equal("Meetings/Acme Corp", config.MeetingFolder(MeetingType.Customer, "Acme/Corp"));
        Assert.Equal("Meetings", config.MeetingFolder(MeetingType.Customer, null));
        Assert.Equal("Meetings/Internal", config.MeetingFolder(MeetingType.Internal, "Acme"));
        Assert.Equal("Meetings/1-1", config.MeetingFolder(MeetingType.OneOnOne, null));
        Assert.Equal("Meetings/x", config.MeetingFolder(MeetingType.Partner, "../../x"));
    }
}
