namespace Cairn.Bench.Extraction.Scoring;

/// <summary>Counts for one measure: how many expected were found, how many extracted were right.</summary>
internal sealed record Tally(int Expected, int Found, int Extracted, int Correct)
{
    public static readonly Tally Zero = new(0, 0, 0, 0);

    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public double Precision => Extracted == 0 ? 1 : (double)Correct / Extracted;

    public static Tally operator +(Tally a, Tally b) =>
        new(a.Expected + b.Expected, a.Found + b.Found, a.Extracted + b.Extracted, a.Correct + b.Correct);

    public override string ToString() => $"recall {Recall:P0} ({Found}/{Expected})  precision {Precision:P0} ({Correct}/{Extracted})";
}
