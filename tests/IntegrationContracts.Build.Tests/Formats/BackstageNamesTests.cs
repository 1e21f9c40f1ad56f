using IntegrationContracts.Shared.Formats;

namespace IntegrationContracts.Build.Tests.Formats;

/// <summary>
/// Entity names for the catalogs the build and the tool write: German and Nordic team names, names with nothing Latin
/// in them, long names and names that differ only in punctuation each get a name of their own, stable across runs.
/// </summary>
public sealed class BackstageNamesTests
{
    [Theory]
    [InlineData("Ünïcode-Team", "unicode-team")]
    [InlineData("Straßenbahn Ölförderung", "strassenbahn-olforderung")]
    [InlineData("Søren's Økonomi", "soren-s-okonomi")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("erp-team", "erp-team")]
    public void Accents_are_folded_not_dropped(string team, string expected) =>
        Assert.Equal(expected, BackstageNames.Team(team));

    [Fact]
    public void A_named_team_with_nothing_latin_left_gets_a_stable_hash_name_never_unowned()
    {
        var name = BackstageNames.Team("チーム");

        Assert.NotEqual(BackstageNames.Unowned, name);
        Assert.Matches("^team-[0-9a-f]{8}$", name);
        Assert.Equal(name, BackstageNames.Team("チーム"));
        Assert.NotEqual(name, BackstageNames.Team("販売チーム"));
        Assert.Equal(BackstageNames.Unowned, BackstageNames.Team("  "));
    }

    [Fact]
    public void Long_names_that_share_their_first_63_characters_stay_apart()
    {
        var orders = BackstageNames.Component("Contoso.Integrations.BusinessCentral.Worker", "shopify-orders-to-business-central");
        var refunds = BackstageNames.Component("Contoso.Integrations.BusinessCentral.Worker", "shopify-refunds-to-business-central");

        Assert.NotEqual(orders, refunds);
        Assert.All(new[] { orders, refunds }, name =>
        {
            Assert.True(name.Length <= BackstageNames.MaxLength, name);
            Assert.Matches("^[a-z0-9]+([-_.][a-z0-9]+)*$", name);
        });
        Assert.StartsWith("contoso.integrations.businesscentral.worker-shopify", orders);
    }

    [Fact]
    public void Processes_that_differ_only_in_punctuation_do_not_merge_and_the_same_process_keeps_its_name()
    {
        var names = new BackstageNames.UniqueNames();

        var first = names.For(BackstageNames.EntityName("Order-to-Cash", "process"), "ORDER-TO-CASH");
        var other = names.For(BackstageNames.EntityName("Order to Cash!", "process"), "ORDER TO CASH!");
        var again = names.For(BackstageNames.EntityName("Order-to-Cash", "process"), "ORDER-TO-CASH");

        Assert.Equal("order-to-cash", first);
        Assert.Matches("^order-to-cash-[0-9a-f]{8}$", other);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Two_integrations_of_one_name_in_a_service_get_two_components()
    {
        var names = new BackstageNames.UniqueNames();

        Assert.Equal("shop-orders", names.Claim("shop-orders"));
        Assert.Equal("shop-orders-2", names.Claim("shop-orders"));
    }
}
