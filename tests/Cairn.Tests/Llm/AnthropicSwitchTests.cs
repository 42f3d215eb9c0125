using Cairn.Cli;
using Cairn.Cli.Providers;
using Cairn.Vault;

namespace Cairn.Tests.Llm;

[CollectionDefinition(nameof(AnthropicSwitchTests), DisableParallelization = true)]
public sealed class AnthropicSwitchCollection;

/// <summary>
/// The native build leaves the Anthropic client out (its package needs run-time reflection) by turning a switch
/// off; a config that asks for it there is one usage line. The switch is process-wide, so these run alone.
/// </summary>
[Collection(nameof(AnthropicSwitchTests))]
public sealed class AnthropicSwitchTests
{
    [Fact]
    public void A_build_without_the_anthropic_client_says_so_in_one_line()
    {
        AppContext.SetSwitch(LlmProviders.AnthropicSwitch, false);
        try
        {
            var ex = Assert.Throws<CairnUsageException>(() => ChatClientFactory.Create(new LlmSettings("anthropic", "claude-sonnet-4-5", null, "KEY"), _ => "sk-test"));

            Assert.StartsWith("llm.provider anthropic is not in this native build of cairn", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            AppContext.SetSwitch(LlmProviders.AnthropicSwitch, true);
        }
    }

    [Fact]
    public void Every_other_build_has_it()
    {
        using var connection = ChatClientFactory.Create(new LlmSettings("anthropic", "claude-sonnet-4-5", null, "KEY"), _ => "sk-test");

        Assert.Equal(LlmProvider.Anthropic, connection.Provider);
    }
}
