namespace IntegrationContracts.RealCode.Scoring;

/// <summary>
/// One rule's outcome on labelled cases. "Positive" is what the rule warns about: an unmarked
/// integration (IC0010), an integration without retry (IC0002), a swallowing catch (IC0011).
/// </summary>
internal sealed class Confusion
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int TrueNegatives { get; private set; }

    /// <summary>What went wrong, one line each, for --details.</summary>
    public List<string> Mistakes { get; } = [];

    public void Add(bool truth, bool reported, string description)
    {
        switch (truth, reported)
        {
            case (true, true): TruePositives++; break;
            case (false, false): TrueNegatives++; break;
            case (false, true): FalsePositives++; Mistakes.Add("false positive: " + description); break;
            case (true, false): FalseNegatives++; Mistakes.Add("missed: " + description); break;
        }
    }

    public void AddAll(Confusion other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
        TrueNegatives += other.TrueNegatives;
    }

    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}
