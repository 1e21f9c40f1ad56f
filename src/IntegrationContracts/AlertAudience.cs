namespace IntegrationContracts
{
    /// <summary>Who an alert hook reaches.</summary>
    public enum AlertAudience
    {
        /// <summary>Engineers and operators (on-call pages, error channels).</summary>
        Technical = 0,

        /// <summary>Business users who can act before customers are hit (order desk, finance, customer service).</summary>
        Business = 1,
    }
}
