using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Integrations.Domain;
using IntegrationContracts;

namespace Contoso.Integrations.Logistics;

/// <summary>Sends released warehouse shipments to the 3PL as advance shipping notices, so it can pick and pack.</summary>
/// <remarks>
/// DELIBERATELY INCOMPLETE: this sample integration has no [IntegrationOwner], no [RetryPolicy]/[NoRetry] and no
/// [AlertHook], so the build shows IC0001, IC0002 and IC0003 for it. Do not "fix" it, and do not add
/// assembly-level defaults, which would satisfy it as well.
/// </remarks>
[Integration("erp-shipments-to-3pl", Source = "Business Central", Target = "3PL Warehouse", Process = "Fulfilment",
             Objects = new[] { typeof(Shipment) },
             Description = "Released warehouse shipments are sent to the 3PL as advance shipping notices, so it can pick and pack them.")]
public sealed class ShipmentNotifier
{
    private readonly HttpClient _warehouse;

    /// <summary>Creates the notifier over the 3PL's API client.</summary>
    /// <param name="warehouse">Client for the 3PL's order API, with the API key set as a default header.</param>
    public ShipmentNotifier(HttpClient warehouse) =>
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));

    /// <summary>Sends one shipment to the 3PL.</summary>
    /// <param name="shipment">The released shipment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the 3PL has accepted the notice.</returns>
    public async Task NotifyAsync(Shipment shipment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);

        // The 3PL picks by our shipment number, not the order number: one order can ship in several parcels.
        var notice = new AdvanceShippingNotice(
            shipment.ShipmentNo,
            shipment.OrderNo,
            shipment.ShipmentDate,
            shipment.ShippingAgent,
            shipment.ShipTo,
            shipment.Lines.Select(line => new NoticeLine(line.ItemNo, line.Quantity)).ToList());

        using HttpResponseMessage response = await _warehouse
            .PostAsJsonAsync("v1/advance-shipping-notices", notice, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private sealed record AdvanceShippingNotice(
        [property: JsonPropertyName("reference")] string Reference,
        [property: JsonPropertyName("customer_order")] string CustomerOrder,
        [property: JsonPropertyName("ship_by")] DateOnly ShipBy,
        [property: JsonPropertyName("carrier")] string Carrier,
        [property: JsonPropertyName("ship_to")] ShipToAddress ShipTo,
        [property: JsonPropertyName("lines")] IReadOnlyList<NoticeLine> Lines);

    private sealed record NoticeLine(
        [property: JsonPropertyName("sku")] string Sku,
        [property: JsonPropertyName("qty")] decimal Qty);
}
