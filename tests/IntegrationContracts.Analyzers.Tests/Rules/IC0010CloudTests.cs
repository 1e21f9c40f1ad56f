using IntegrationContracts.Analyzers.Tests.Discovery;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0010 over cloud queues and storage: Azure Storage (blobs, queues, files, tables) and AWS SQS, SNS, S3.</summary>
public sealed class IC0010CloudTests
{
    [Fact]
    public Task Azure_blob_container_client_is_reported_with_its_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.IO;
            using System.Threading.Tasks;
            using Azure.Storage.Blobs;

            public sealed class {|#0:InvoicePdfArchive|}(BlobContainerClient container)
            {
                public Task StoreAsync(string invoiceNo, Stream pdf) => container.GetBlobClient(invoiceNo + ".pdf").UploadAsync(pdf, overwrite: true);
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("InvoicePdfArchive", "uses BlobContainerClient (Azure Storage)") });

    [Fact]
    public Task Every_Azure_Storage_client_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Azure.Data.Tables;
            using Azure.Storage.Blobs;
            using Azure.Storage.Blobs.Specialized;
            using Azure.Storage.Files.Shares;
            using Azure.Storage.Queues;

            public sealed class {|IC0010:ProductImageStore|}(BlobServiceClient blobs) { }
            public sealed class {|IC0010:LabelStore|}(BlobClient blob) { }
            public sealed class {|IC0010:AuditAppender|}(AppendBlobClient blob) { }
            public sealed class {|IC0010:BlockUpload|} { public BlockBlobClient? Target { get; set; } }
            public sealed class {|IC0010:PickListQueue|}(QueueClient queue) { }
            public sealed class {|IC0010:QueueAdmin|}(QueueServiceClient queues) { }
            public sealed class {|IC0010:LegacyShareDrop|}(ShareClient share) { }
            public sealed class {|IC0010:ShareAdmin|}(ShareServiceClient shares) { }
            public sealed class {|IC0010:ShareFolderDrop|}(ShareDirectoryClient folder) { }
            public sealed class {|IC0010:ShareFileDrop|}(ShareFileClient file) { }
            public sealed class {|IC0010:PriceListTable|}(TableClient table) { }
            public sealed class {|IC0010:TableAdmin|}(TableServiceClient tables) { }
            """);

    [Fact]
    public Task Azure_blob_client_created_in_a_method_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Azure.Storage.Blobs;

            public sealed class {|#0:ExportUpload|}
            {
                public Task UploadAsync(Uri sasUri, BinaryData data) => new BlobClient(sasUri).UploadAsync(data);
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ExportUpload", "creates BlobClient (Azure Storage)") });

    [Fact]
    public Task Blob_and_queue_models_are_not_integrations() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Azure.Storage.Blobs.Models;
            using Azure.Storage.Queues.Models;

            public sealed class StorageListing
            {
                public string Describe(BlobItem blob) => blob.Name + " " + blob.Properties.ContentLength;
                public string Describe(QueueMessage message) => message.MessageId;
            }
            """);

    [Fact]
    public Task AWS_SQS_is_reported_with_its_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using Amazon.SQS;
            using Amazon.SQS.Model;

            public sealed class {|#0:ReturnsQueue|}(IAmazonSQS sqs)
            {
                public Task<SendMessageResponse> SendAsync(string body) =>
                    sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = "https://sqs.eu-west-1.amazonaws.com/1/returns", MessageBody = body });
            }

            public sealed class {|IC0010:ReturnsPoller|} { private readonly AmazonSQSClient _sqs = new(); }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ReturnsQueue", "uses IAmazonSQS (AWS SQS)") });

    [Fact]
    public Task AWS_S3_client_and_transfer_utility_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Amazon.S3;
            using Amazon.S3.Transfer;

            public sealed class {|IC0010:CatalogFeedUpload|}(IAmazonS3 s3) { }
            public sealed class {|IC0010:ImageMirror|} { private readonly AmazonS3Client _s3 = new(); }
            public sealed class {|IC0010:BulkUpload|}(ITransferUtility transfer) { }
            public sealed class {|IC0010:NightlyUpload|}
            {
                public void Run(IAmazonS3 s3) { var transfer = new TransferUtility(s3); }
            }
            """);

    [Fact]
    public Task AWS_SNS_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using Amazon.SimpleNotificationService;

            public sealed class {|#0:PriceAlertFanout|}(IAmazonSimpleNotificationService sns)
            {
                public Task PublishAsync(string message) => sns.PublishAsync("arn:aws:sns:eu-west-1:1:prices", message);
            }

            public sealed class {|IC0010:LegacyFanout|} { private readonly AmazonSimpleNotificationServiceClient _sns = new(); }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("PriceAlertFanout", "uses IAmazonSimpleNotificationService (AWS SNS)") },
            LibraryStubs.AmazonSns);

    [Fact]
    public Task AWS_request_models_are_not_integrations() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Amazon.S3.Model;
            using Amazon.SQS.Model;

            public static class AwsRequests
            {
                public static PutObjectRequest Upload(string key, string path) => new() { BucketName = "catalog", Key = key, FilePath = path };
                public static SendMessageRequest Notify(string body) => new() { QueueUrl = "q", MessageBody = body };
            }
            """);
}
