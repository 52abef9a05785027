// The bare anchor of P6: what the SMTP sink takes from a plain nodemailer sender (the version Tandem
// ships), pooled like Tandem's (pool: true, maxConnections), with no outbox around it. Reads the same
// due mails Tandem would send (one SELECT), builds each as Tandem does (text, a small HTML part with the
// link, Reply-To of its ticket, the stored Message-ID), hands them all to the pool at once, and exits.
// Marks nothing: it is the sink's own pace over that many connections.
//   node bare-mailer.mjs <database url> <smtp url> [connections=5]
import { pg, tandemRequire } from './lib.mjs';

const nodemailer = tandemRequire('nodemailer');
const [url, smtpUrl, connectionsArg = '5'] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url, application_name: 'bare-mailer' });
await client.connect();
const { rows } = await client.query(
  `SELECT o.*, t.mail_ref FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id
    WHERE o.status = 'PENDING' AND o.next_attempt_at <= now() ORDER BY o.created_at, o.id`,
);
await client.end();
const smtp = new URL(smtpUrl);
const transport = nodemailer.createTransport({
  host: smtp.hostname,
  port: Number(smtp.port),
  secure: false,
  pool: true,
  maxConnections: Number(connectionsArg),
});
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
let sent = 0;
let failed = 0;
await Promise.all(
  rows.map((row) => {
    const marker = row.body_text.lastIndexOf('\n\n--\n');
    const link = row.body_text.trimEnd().split('\n').pop();
    const html = `<p>${escapeHtml(row.body_text.slice(0, marker)).replace(/\n/g, '<br>')}</p>
<p style="color:#666;font-size:13px">Answer this e-mail, or <a href="${escapeHtml(link)}">read the whole conversation and answer here</a>.</p>
<img src="${escapeHtml(link)}/seen.gif" width="1" height="1" alt="">`;
    return transport
      .sendMail({
        messageId: row.message_id_header,
        from: { name: 'Support', address: 'support@localhost' },
        replyTo: `support+${row.mail_ref}@localhost`,
        to: { name: row.to_name, address: row.to_address },
        subject: row.subject,
        text: row.body_text,
        html,
      })
      .then(
        () => sent++,
        () => failed++,
      );
  }),
);
transport.close();
const cpu = process.cpuUsage();
console.log(JSON.stringify({ sent, failed, cpuMs: (cpu.user + cpu.system) / 1000 }));
