using IntegrationContracts.Analyzers.Tests.Discovery;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0010 over e-mail (System.Net.Mail, MailKit) and file transfer (SSH.NET SFTP, FluentFTP).</summary>
public sealed class IC0010FileAndMailTests
{
    [Fact]
    public Task System_Net_Mail_SmtpClient_is_reported_with_its_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Mail;

            public sealed class {|#0:DunningLetters|}
            {
                public void Send(MailMessage letter)
                {
                    using var smtp = new SmtpClient("relay.contoso.example");
                    smtp.Send(letter);
                }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("DunningLetters", "uses SmtpClient (System.Net.Mail)") });

    [Fact]
    public Task MailKit_SmtpClient_is_reported_with_its_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using MailKit.Net.Smtp;
            using MailKit.Security;
            using MimeKit;

            public sealed class {|#0:OrderConfirmationMailer|}
            {
                public async Task SendAsync(MimeMessage message)
                {
                    using var smtp = new SmtpClient();
                    await smtp.ConnectAsync("smtp.contoso.example", 587, SecureSocketOptions.StartTls);
                    await smtp.SendAsync(message);
                    await smtp.DisconnectAsync(true);
                }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("OrderConfirmationMailer", "uses SmtpClient (MailKit)") });

    [Fact]
    public Task MailKit_interfaces_and_mailbox_clients_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using MailKit.Net.Imap;
            using MailKit.Net.Pop3;
            using MailKit.Net.Smtp;

            public sealed class {|IC0010:InjectedMailer|}(ISmtpClient smtp) { }
            public sealed class {|IC0010:SupplierInvoiceInbox|}(IImapClient imap) { }
            public sealed class {|IC0010:LegacyInboxPoller|} { private readonly Pop3Client _pop3 = new(); }
            """);

    [Fact]
    public Task Composing_a_mail_without_sending_it_is_not_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Mail;
            using MimeKit;

            public sealed class ConfirmationTemplates
            {
                public MimeMessage Compose(string to)
                {
                    var message = new MimeMessage();
                    message.To.Add(MailboxAddress.Parse(to));
                    message.Body = new TextPart("plain") { Text = "Thanks for your order." };
                    return message;
                }

                public MailMessage ComposeLegacy(string to) => new("orders@contoso.example", to, "Your order", "Thanks.");
            }
            """);

    [Fact]
    public Task SSH_NET_SftpClient_is_reported_with_its_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.IO;
            using Renci.SshNet;

            public sealed class {|#0:BankStatementDownload|}
            {
                public void Download(string remotePath, Stream target)
                {
                    using var sftp = new SftpClient("sftp.bank.example", "contoso", "secret");
                    sftp.Connect();
                    sftp.DownloadFile(remotePath, target);
                }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("BankStatementDownload", "uses SftpClient (SSH.NET)") });

    [Fact]
    public Task SSH_NET_interface_and_scp_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Renci.SshNet;

            public sealed class {|IC0010:PayrollDrop|}(ISftpClient sftp) { }
            public sealed class {|IC0010:LabelPrinterUpload|} { private readonly ScpClient _scp = new("printer.local", "admin", "pw"); }
            """);

    [Fact]
    public Task FluentFTP_clients_are_reported_with_their_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using FluentFTP;

            public sealed class {|#0:EdiUpload|}
            {
                public async Task UploadAsync(string file)
                {
                    await using var ftp = new AsyncFtpClient("ftp.3pl.example", "contoso", "secret");
                    await ftp.AutoConnect();
                    await ftp.UploadFile(file, "/inbound/" + System.IO.Path.GetFileName(file));
                }
            }

            public sealed class {|IC0010:LegacyEdiUpload|}(IFtpClient ftp) { }
            public sealed class {|IC0010:InjectedAsyncUpload|}(IAsyncFtpClient ftp) { }
            public sealed class {|IC0010:SyncUpload|} { private readonly FtpClient _ftp = new("ftp.3pl.example", "u", "p"); }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("EdiUpload", "uses AsyncFtpClient (FluentFTP)") },
            LibraryStubs.FluentFtp);

    [Fact]
    public Task Writing_to_a_locally_mounted_folder_is_not_recognised() =>
        // File drops through a mounted share look like any file I/O; such types are marked by hand (see the rule page).
        VerifyCS.VerifyAnalyzerAsync("""
            using System.IO;

            public sealed class InvoiceCsvDrop
            {
                public void Write(string folder, string csv) => File.WriteAllText(Path.Combine(folder, "invoices.csv"), csv);
            }
            """);
}
