using System;
using System.IO;
using System.Net.Mail;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using MimeKit;
using Renci.SshNet;

namespace LabelledSet.MailAndFiles;

// IC0010: yes (sends order confirmations through MailKit)
public sealed class OrderConfirmationMailer
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var smtp = new MailKit.Net.Smtp.SmtpClient();
        await smtp.ConnectAsync("smtp.contoso.example", 587, MailKit.Security.SecureSocketOptions.StartTls, cancellationToken);
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }
}

// IC0010: yes (sends dunning letters through System.Net.Mail)
public sealed class DunningMailer(System.Net.Mail.SmtpClient smtp)
{
    public void Send(MailMessage letter) => smtp.Send(letter);
}

// IC0010: no (renders the mail; the mailer sends it)
public sealed class EmailTemplateRenderer
{
    public MimeMessage Render(string to, string orderNo)
    {
        var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Order " + orderNo;
        message.Body = new TextPart("plain") { Text = "Thank you for your order " + orderNo + "." };
        return message;
    }
}

// IC0010: yes (downloads bank statements over SFTP)
public sealed class BankStatementImport
{
    public void Download(string remoteFolder, string localFolder)
    {
        using var sftp = new SftpClient("sftp.bank.example", "contoso", "secret");
        sftp.Connect();
        foreach (var file in sftp.ListDirectory(remoteFolder))
        {
            using var target = File.Create(Path.Combine(localFolder, file.Name));
            sftp.DownloadFile(file.FullName, target);
        }
    }
}

// IC0010: yes (uploads EDI orders to the 3PL's FTP server)
public sealed class EdiOrderUpload(IAsyncFtpClient ftp)
{
    public Task<FtpStatus> UploadAsync(string file, CancellationToken cancellationToken) =>
        ftp.UploadFile(file, "/inbound/" + Path.GetFileName(file), token: cancellationToken);
}

// IC0010: yes (file drop into the payroll provider's share mounted on the host: plain file I/O)
public sealed class PayrollExportDrop(string mountedShare)
{
    public Task WriteAsync(string csv, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(mountedShare, "payroll-" + DateTime.UtcNow.ToString("yyyyMMdd") + ".csv"), csv, Encoding.UTF8, cancellationToken);
}

// IC0010: no (formats CSV)
public static class CsvInvoiceFormatter
{
    public static string Line(string invoiceNo, decimal amount) => invoiceNo + ";" + amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
