using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SimpleNotificationService;
using Amazon.SQS;
using Amazon.SQS.Model;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace LabelledSet.Cloud;

// IC0010: yes (stores product images in Azure Blob Storage for the shop's CDN)
public sealed class ProductImageStore(BlobContainerClient container)
{
    public Task UploadAsync(string sku, Stream image, CancellationToken cancellationToken) =>
        container.GetBlobClient(sku + ".jpg").UploadAsync(image, overwrite: true, cancellationToken);
}

// IC0010: no (factory: hands out container clients, uses none)
public sealed class ContainerClientFactory(string connectionString)
{
    public BlobContainerClient For(string container) => new(connectionString, container);
}

// IC0010: yes (puts shipping labels on a storage queue the label printer polls)
public sealed class ShippingLabelQueue(QueueClient queue)
{
    public Task SendAsync(string labelUrl, CancellationToken cancellationToken) => queue.SendMessageAsync(labelUrl, cancellationToken);
}

// IC0010: yes (writes an audit trail to Azure Table Storage)
public sealed class SyncAuditTable(TableClient table)
{
    public Task WriteAsync(string integration, string outcome) =>
        table.AddEntityAsync(new TableEntity(integration, Guid.NewGuid().ToString()) { ["Outcome"] = outcome });
}

// IC0010: yes (uploads the product feed to S3 for the marketplace)
public sealed class CatalogFeedUploader(IAmazonS3 s3)
{
    public Task<PutObjectResponse> UploadAsync(string path) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "contoso-feeds", Key = "catalog.xml", FilePath = path });
}

// IC0010: yes (polls the returns queue in SQS)
public sealed class ReturnsQueuePoller(IAmazonSQS sqs)
{
    public Task<ReceiveMessageResponse> PollAsync(CancellationToken cancellationToken) =>
        sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = "https://sqs.eu-west-1.amazonaws.com/1/returns", WaitTimeSeconds = 20 }, cancellationToken);
}

// IC0010: yes (fans price alerts out through SNS)
public sealed class PriceAlertPublisher(IAmazonSimpleNotificationService sns)
{
    public Task PublishAsync(string message) => sns.PublishAsync("arn:aws:sns:eu-west-1:1:price-alerts", message);
}

// IC0010: no (builds S3 keys)
public static class S3KeyBuilder
{
    public static string ForInvoice(string invoiceNo, DateOnly date) => $"invoices/{date:yyyy/MM}/{invoiceNo}.pdf";
}
