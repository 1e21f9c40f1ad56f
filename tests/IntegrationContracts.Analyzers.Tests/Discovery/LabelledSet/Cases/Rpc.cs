using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Threading.Tasks;
using LabelledSet.Rpc.Generated;

namespace LabelledSet.Rpc
{
    // IC0010: yes (reserves stock in the warehouse system over gRPC)
    public sealed class StockReservationService(Stock.StockClient stock)
    {
        public Stock.StockClient Client => stock;
    }

    // IC0010: yes (looks items up in the ERP's SOAP service through the svcutil proxy)
    public sealed class ErpItemLookup(Binding binding)
    {
        private readonly ErpServiceClient _erp = new(binding, new EndpointAddress("https://erp.contoso.example/soap"));

        public Task<string> DescriptionAsync(string itemNo) => _erp.GetItemAsync(itemNo);
    }
}
