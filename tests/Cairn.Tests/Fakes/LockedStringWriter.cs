using System.Text;

namespace Cairn.Tests.Fakes;

/// <summary>A <see cref="StringWriter"/> a test may read while another thread writes to it (a running watch loop).</summary>
public sealed class LockedStringWriter : StringWriter
{
    private readonly Lock gate = new();

    public override void Write(char value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (gate)
        {
            base.Write(buffer, index, count);
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (gate)
        {
            base.Write(buffer);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (gate)
        {
            base.WriteLine(value);
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return base.ToString();
        }
    }

    public override StringBuilder GetStringBuilder() =>
        throw new NotSupportedException("Read the text through ToString(), which takes the lock.");
}
