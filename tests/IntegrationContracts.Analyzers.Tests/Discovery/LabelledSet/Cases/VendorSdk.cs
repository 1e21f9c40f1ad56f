using System.Threading.Tasks;

// A vendor SDK the catalog does not know (an SMS gateway), shipped as a class library.
namespace Acme.Sms
{
    // IC0010: no (the vendor's own SDK client)
    public sealed class SmsGatewayClient
    {
        public SmsGatewayClient(string apiKey) { }
        public Task SendAsync(string to, string text) => Task.CompletedTask;
    }
}

namespace LabelledSet.VendorSdk
{
    // IC0010: yes (texts customers through the SMS gateway's SDK, unknown to the catalog)
    public sealed class DeliverySmsNotifier(Acme.Sms.SmsGatewayClient sms)
    {
        public Task NotifyAsync(string phone, string trackingNo) => sms.SendAsync(phone, "Your parcel " + trackingNo + " is on its way.");
    }
}
