using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace LabelledSet.MessagingBus;

// IC0010: no (message contract)
public sealed record OrderSubmitted(string OrderNo, string CustomerNo, decimal Total);

// IC0010: no (message contract)
public sealed record OrderBilled(string OrderNo, string InvoiceNo);

// IC0010: yes (MassTransit consumer: receives orders from the bus)
public sealed class OrderSubmittedConsumer : IConsumer<OrderSubmitted>
{
    public Task Consume(ConsumeContext<OrderSubmitted> context) =>
        context.Publish(new OrderBilled(context.Message.OrderNo, "INV-" + context.Message.OrderNo));
}

// IC0010: yes (publishes to the bus after checkout)
public sealed class CheckoutController(IPublishEndpoint bus)
{
    public Task SubmitAsync(string orderNo, string customerNo, decimal total, CancellationToken cancellationToken) =>
        bus.Publish(new OrderSubmitted(orderNo, customerNo, total), cancellationToken);
}

// IC0010: no (validates a message, talks to nobody)
public sealed class OrderSubmittedValidator
{
    public IReadOnlyList<string> Validate(OrderSubmitted message) =>
        message.Total < 0 ? new[] { "Total must not be negative." } : Array.Empty<string>();
}

// IC0010: no (domain service that takes the message model only)
public sealed class CreditCheck
{
    public bool Approve(OrderSubmitted message, decimal creditLimit) => message.Total <= creditLimit;
}
