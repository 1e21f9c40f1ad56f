using System;
using System.Collections.Generic;

namespace Contoso.Integrations.Domain;

/// <summary>A warehouse shipment released for picking.</summary>
/// <param name="ShipmentNo">The ERP warehouse shipment number.</param>
/// <param name="OrderNo">The sales order being shipped.</param>
/// <param name="ShipmentDate">The day the goods must leave the warehouse.</param>
/// <param name="ShipTo">Where the parcel goes; may differ from the customer's address.</param>
/// <param name="ShippingAgent">The carrier code agreed with the 3PL, e.g. <c>DHL</c> or <c>UPS</c>.</param>
/// <param name="Lines">What to pick.</param>
public sealed record Shipment(
    string ShipmentNo,
    string OrderNo,
    DateOnly ShipmentDate,
    ShipToAddress ShipTo,
    string ShippingAgent,
    IReadOnlyList<ShipmentLine> Lines);
