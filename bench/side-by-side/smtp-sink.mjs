// The SMTP sink of P6: accepts every mail as fast as it can (smtp-server, the version Tandem ships; no
// parsing beyond the Message-ID header, nothing stored), on 127.0.0.1:<smtpPort>. Counts each Message-ID
// and the most connections open at once; an HTTP side on 127.0.0.1:<httpPort> tells: GET /stats,
// GET /ids (every Message-ID received, with how often), POST /reset, GET /healthz.
//   node smtp-sink.mjs <smtpPort> <httpPort>
import http from 'node:http';
import { tandemRequire } from './lib.mjs';

const { SMTPServer } = tandemRequire('smtp-server');
const [smtpPort, httpPort] = process.argv.slice(2).map(Number);

let counts = new Map();
let received = 0;
let firstAt = null;
let lastAt = null;
let open = 0;
let peakConnections = 0;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  closeTimeout: 100,
  // no reverse DNS of each client: a sink that takes mail as fast as it can
  disableReverseLookup: true,
  onConnect(_session, callback) {
    open++;
    peakConnections = Math.max(peakConnections, open);
    callback();
  },
  onClose() {
    open--;
  },
  onData(stream, _session, callback) {
    let head = '';
    let inBody = false;
    stream.on('data', (chunk) => {
      if (inBody) return;
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end >= 0) {
        head = head.slice(0, end);
        inBody = true;
      }
    });
    stream.on('end', () => {
      const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '(none)';
      counts.set(id, (counts.get(id) ?? 0) + 1);
      received++;
      const now = Date.now();
      firstAt ??= now;
      lastAt = now;
      callback();
    });
  },
});
smtp.listen(smtpPort, '127.0.0.1');

http
  .createServer((req, res) => {
    const json = (value) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.url === '/healthz') return json({ ok: true });
    if (req.url === '/stats') return json({ received, distinct: counts.size, firstAt, lastAt, open, peakConnections });
    if (req.url === '/ids') return json(Object.fromEntries(counts));
    if (req.url === '/reset' && req.method === 'POST') {
      counts = new Map();
      received = 0;
      firstAt = lastAt = null;
      peakConnections = open;
      return json({ ok: true });
    }
    res.writeHead(404).end();
  })
  .listen(httpPort, '127.0.0.1');
