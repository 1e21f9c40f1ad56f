namespace IntegrationContracts
{
    /// <summary>How the wait between retry attempts grows.</summary>
    public enum RetryBackoff
    {
        /// <summary>The same wait before every attempt.</summary>
        Fixed = 0,

        /// <summary>The wait grows by the same amount with every attempt.</summary>
        Linear = 1,

        /// <summary>The wait doubles with every attempt (usually with jitter).</summary>
        Exponential = 2,
    }
}
