using System.Threading.Tasks;
using NServiceBus;

namespace LabelledSet.MessagingHandlers;

// IC0010: no (message contract)
public sealed record ShipmentReleased(string ShipmentNo);

// IC0010: no (message contract)
public sealed record InvoiceArchived(string InvoiceNo);

// IC0010: yes (NServiceBus handler: reacts to released shipments from the ERP)
public sealed class NotifyWarehouseHandler : IHandleMessages<ShipmentReleased>
{
    public Task Handle(ShipmentReleased message, IMessageHandlerContext context) => context.Publish(new InvoiceArchived(message.ShipmentNo));
}

// IC0010: yes (Rebus handler: archives invoices it receives)
public sealed class InvoiceArchiveHandler : Rebus.Handlers.IHandleMessages<InvoiceArchived>
{
    public Task Handle(InvoiceArchived message) => Task.CompletedTask;
}
