// P6: 5,000 reply mails in the outbox, all due at the same moment T, delivered to a local SMTP sink
// (smtp-sink.mjs, a separate process that accepts as fast as it can) by (1) one Tandem instance, (2) two
// Tandem instances on the same database, (3) two instances where one is stopped with SIGTERM a third of
// the way through and started again, and (4) the anchor: bare-mailer.mjs, a plain pooled nodemailer
// sender handing the same mails to the same sink over as many connections (no Tandem running). The
// tickets, their replies and their mails are set up in SQL the way Tandem writes them (PENDING tickets
// whose latest reply's mail waits, next_attempt_at = T). Delivered = received by the sink; every variant
// checks each Message-ID arrived exactly once and none is missing, and for Tandem that every mail is
// marked SENT. The figure is Tandem's mails/s over the anchor's.
//   node p6-outbox.mjs [rounds=1] [mails=5000] [connections=5]
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  OUT,
  clusterStart,
  cpuMs,
  dbUrl,
  freePort,
  median,
  pgCpuDelta,
  pgCpuSnapshot,
  saveJson,
  sleep,
  startNodeServer,
  startTandem,
  stopAll,
  waitHealthy,
  withDb,
} from './lib.mjs';

const ROUNDS = Number(process.argv[2] ?? 1);
const N = Number(process.argv[3] ?? 5000);
const CONNECTIONS = Number(process.argv[4] ?? 5);
const DB = 'tandemoutbox';
const VARIANTS = ['tandem x1', 'tandem x2', 'tandem x2 restart', 'bare nodemailer'];
const here = new URL('.', import.meta.url).pathname;
clusterStart();

const smtpPort = await freePort();
const sinkHttp = `http://127.0.0.1:${await freePort()}`;
const sinkProcess = await startNodeServer(path.join(here, 'smtp-sink.mjs'), [String(smtpPort), new URL(sinkHttp).port], {}, 'p6-smtp-sink');
await waitHealthy(sinkHttp);
const sink = async (what, method = 'GET') => (await fetch(`${sinkHttp}/${what}`, { method })).json();

/** N PENDING tickets, each with Lena's reply and its mail due at T = now + leadMs. */
async function prepare(leadMs) {
  return withDb(DB, async (c) => {
    await c.query(`DELETE FROM ticket WHERE subject LIKE 'Outbox bench %'`); // cascades to messages and mails
    const [{ n: haveCustomers }] = (await c.query(`SELECT count(*)::int AS n FROM customer WHERE email LIKE 'outbox%@bench.example'`)).rows;
    if (haveCustomers < N) {
      await c.query(
        `INSERT INTO customer (name, email) SELECT 'Outbox ' || i, 'outbox' || i || '@bench.example' FROM generate_series($1::int, $2::int) i`,
        [haveCustomers + 1, N],
      );
    }
    const [{ t }] = (await c.query(`SELECT now() + $1 * interval '1 millisecond' AS t`, [leadMs])).rows;
    await c.query(
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM customer WHERE email LIKE 'outbox%@bench.example')
       INSERT INTO ticket (subject, customer_id, status, ticket_group, type, assignee_id, assigned_by_id, first_response_due_at, first_response_at,
                           last_reply_at, last_customer_message_at, created_at, goal_warned_at, goal_missed_alerted_at)
       SELECT 'Outbox bench ' || c.n, c.id, 'PENDING', 'SALES', 'QUESTION', u.id, u.id, $1::timestamptz + interval '1 hour',
              $1::timestamptz - interval '1 minute', $1::timestamptz - interval '1 minute', $1::timestamptz - interval '1 hour',
              $1::timestamptz - interval '1 hour', $1::timestamptz - interval '1 minute', $1::timestamptz - interval '1 minute'
         FROM c CROSS JOIN (SELECT id FROM app_user WHERE email = 'lena@example.com') u WHERE c.n <= $2`,
      [t, N],
    );
    await c.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, created_at)
       SELECT id, 'REPLY', assignee_id, 'Thanks for writing in about ' || subject || '. Settings > Export has it. Does that help?', last_reply_at
         FROM ticket WHERE subject LIKE 'Outbox bench %'`,
    );
    await c.query(
      `INSERT INTO outbox_mail (ticket_id, message_id, kind, to_address, to_name, subject, body_text, message_id_header, next_attempt_at, created_at)
       SELECT t.id, m.id, 'REPLY', cu.email, cu.name, '[#' || t.number || '] ' || t.subject,
              m.body || E'\\n\\n--\\nAnswer this e-mail, or read the whole conversation and answer here:\\nhttp://127.0.0.1:4000/c/' || md5(t.id::text) || E'\\n',
              '<' || gen_random_uuid() || '@bench.example>', $1::timestamptz, m.created_at
         FROM ticket t JOIN ticket_message m ON m.ticket_id = t.id JOIN customer cu ON cu.id = t.customer_id
        WHERE t.subject LIKE 'Outbox bench %'`,
      [t],
    );
    await c.query('ANALYZE ticket');
    await c.query('ANALYZE ticket_message');
    await c.query('ANALYZE outbox_mail');
    return t;
  });
}

/** Stops the first instance with SIGTERM once a third have arrived, then starts it again (same database). */
async function restartMidRun(procs, env) {
  while ((await sink('stats')).received < N / 3) await sleep(20);
  await procs[0].stop();
  procs[0] = await startTandem({ db: DB, port: await freePort(), name: 'p6-tandem-a-restarted', env });
}

async function waitDelivered(T, tandem, timeoutMs = 180_000) {
  const began = Date.now();
  await withDb(DB, async (c) => {
    for (;;) {
      const { received } = await sink('stats');
      const [{ left }] = tandem
        ? (
            await c.query(
              `SELECT count(*)::int AS left FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id WHERE t.subject LIKE 'Outbox bench %' AND o.status <> 'SENT'`,
            )
          ).rows
        : [{ left: 0 }];
      if ((received >= N && left === 0) || Date.now() - began > timeoutMs) break;
      await sleep(100);
    }
  });
  await sleep(1500); // anything sent twice would show now
  const stats = await sink('stats');
  const ids = await sink('ids');
  return withDb(DB, async (c) => {
    const { rows } = await c.query(
      `SELECT o.message_id_header AS id, o.status, o.attempts FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id WHERE t.subject LIKE 'Outbox bench %'`,
    );
    const [{ marked_ms: markedMs }] = (
      await c.query(
        `SELECT extract(epoch FROM max(o.sent_at) - $1::timestamptz) * 1000 AS marked_ms FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id WHERE t.subject LIKE 'Outbox bench %'`,
        [T],
      )
    ).rows;
    const ours = new Set(rows.map((r) => r.id));
    const t0 = new Date(T).getTime();
    return {
      received: stats.received,
      distinct: stats.distinct,
      doubled: Object.values(ids).reduce((sum, n) => sum + (n - 1), 0),
      missing: rows.filter((r) => !ids[r.id]).length,
      unknown: Object.keys(ids).filter((id) => !ours.has(id)).length,
      notMarkedSent: tandem ? rows.filter((r) => r.status !== 'SENT').length : null,
      maxAttempts: tandem ? Math.max(...rows.map((r) => r.attempts)) : null,
      peakConnections: stats.peakConnections,
      firstDeliveredAfterMs: stats.firstAt - t0,
      allDeliveredAfterMs: stats.lastAt - t0,
      allMarkedSentAfterMs: tandem ? Number(markedMs) : null,
      mailsPerSecond: stats.received / ((stats.lastAt - stats.firstAt) / 1000 || 1e-9),
      mailsPerSecondFromDue: stats.received / ((stats.lastAt - t0) / 1000),
    };
  });
}

const results = [];
const env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SMTP_MAX_CONNECTIONS: String(CONNECTIONS) };
for (let round = 1; round <= ROUNDS; round++) {
  for (const variant of VARIANTS) {
    const tandem = variant.startsWith('tandem');
    const procs = [];
    const totalFile = path.join(OUT, `p6-sqltotal-${round}-${variant.replaceAll(' ', '')}.jsonl`);
    rmSync(totalFile, { force: true });
    if (tandem) {
      procs.push(
        await startTandem({
          db: DB,
          port: await freePort(),
          name: 'p6-tandem-a',
          nodeArgs: variant === 'tandem x1' ? ['--import', path.join(here, 'sqlcount-preload.mjs')] : [],
          env: variant === 'tandem x1' ? { ...env, SQLCOUNT_TOTAL_FILE: totalFile } : env,
        }),
      );
      if (variant.startsWith('tandem x2')) procs.push(await startTandem({ db: DB, port: await freePort(), name: 'p6-tandem-b', env }));
    }
    await sleep(1500);
    await sink('reset', 'POST');
    const T = await prepare(3000);
    // CPU from here to the end (the senders are idle until T): Tandem's processes, PostgreSQL, the sink
    const cpu0 = { tandem: procs.map((p) => cpuMs(p.pid)), pg: pgCpuSnapshot(), sink: cpuMs(sinkProcess.pid) };
    let bare = null;
    if (!tandem) {
      await sleep(Math.max(0, new Date(T).getTime() - Date.now()));
      bare = await startNodeServer(
        path.join(here, 'bare-mailer.mjs'),
        [dbUrl(DB), env.SMTP_URL, String(CONNECTIONS)],
        {},
        'p6-bare-mailer',
      );
    }
    const restarted = variant === 'tandem x2 restart' ? restartMidRun(procs, env) : null;
    const r = await waitDelivered(T, tandem);
    await restarted;
    if (bare) await new Promise((res) => (bare.exitCode !== null ? res() : bare.once('exit', res)));
    // the anchor reports its own CPU as it exits; the stopped instance's is gone with it (not counted)
    const senderMs =
      variant === 'tandem x2 restart'
        ? null
        : tandem
          ? procs.reduce((sum, p, i) => sum + cpuMs(p.pid) - cpu0.tandem[i], 0)
          : JSON.parse(readFileSync(path.join(OUT, 'p6-bare-mailer.log'), 'utf8').trim().split('\n').at(-1)).cpuMs;
    r.cpuMsPerMail = {
      sender: senderMs === null ? null : senderMs / N,
      postgres: pgCpuDelta(cpu0.pg, pgCpuSnapshot()) / N,
      sink: (cpuMs(sinkProcess.pid) - cpu0.sink) / N,
    };
    if (variant === 'tandem x1') {
      // statements the whole process sent per mail, from the once-a-second totals (as P3 counts them)
      const pts = readFileSync(totalFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const t0 = new Date(T).getTime();
      const before = pts.filter((p) => p.t <= t0).at(-1) ?? pts[0];
      const after = pts.find((p) => p.t >= t0 + r.allMarkedSentAfterMs + 1000) ?? pts.at(-1);
      const idle = pts.filter((p) => p.t <= t0);
      const idleRate = idle.length > 1 ? (idle.at(-1).total - idle[0].total) / ((idle.at(-1).t - idle[0].t) / 1000) : 0;
      r.statementsPerMail = (after.total - before.total - idleRate * ((after.t - before.t) / 1000)) / N;
    }
    for (const p of procs) await p.stop();
    // The anchor marks nothing: its mails must not wait for the next variant's Tandem.
    await withDb(DB, (c) => c.query(`DELETE FROM ticket WHERE subject LIKE 'Outbox bench %'`));
    results.push({ round, variant, ...r });
    console.log(
      `round ${round} ${variant.padEnd(17)} received ${r.received} (doubled ${r.doubled}, missing ${r.missing}, unknown ${r.unknown}${tandem ? `, not marked sent ${r.notMarkedSent}, most attempts ${r.maxAttempts}` : ''}); all delivered after ${(r.allDeliveredAfterMs / 1000).toFixed(2)} s${tandem ? `, marked sent after ${(r.allMarkedSentAfterMs / 1000).toFixed(2)} s` : ''}; ${r.mailsPerSecond.toFixed(0)} mails/s (${r.mailsPerSecondFromDue.toFixed(0)}/s from due); peak ${r.peakConnections} SMTP connections${r.statementsPerMail ? `; SQL statements per mail ${r.statementsPerMail.toFixed(2)}` : ''}`,
    );
    console.log(
      `   CPU ms per mail: sender ${r.cpuMsPerMail.sender?.toFixed(2) ?? '(not counted)'}, PostgreSQL ${r.cpuMsPerMail.postgres.toFixed(2)}, sink ${r.cpuMsPerMail.sink.toFixed(2)}`,
    );
  }
}
const med = (variant, key) => median(results.filter((r) => r.variant === variant).map((r) => r[key]));
const summary = {};
for (const v of VARIANTS) {
  summary[v] = Object.fromEntries(
    [
      'allDeliveredAfterMs',
      'allMarkedSentAfterMs',
      'mailsPerSecond',
      'mailsPerSecondFromDue',
      'doubled',
      'missing',
      'notMarkedSent',
      'peakConnections',
      'statementsPerMail',
    ].map((k) => [k, med(v, k)]),
  );
}
const ratios = {
  x1OverBare: summary['tandem x1'].mailsPerSecond / summary['bare nodemailer'].mailsPerSecond,
  x2OverBare: summary['tandem x2'].mailsPerSecond / summary['bare nodemailer'].mailsPerSecond,
  x1OverBareFromDue: summary['tandem x1'].mailsPerSecondFromDue / summary['bare nodemailer'].mailsPerSecondFromDue,
  x2OverBareFromDue: summary['tandem x2'].mailsPerSecondFromDue / summary['bare nodemailer'].mailsPerSecondFromDue,
};
console.log(JSON.stringify({ mails: N, connections: CONNECTIONS, rounds: ROUNDS, summary, ratios }, null, 2));
saveJson('p6-outbox.json', { mails: N, connections: CONNECTIONS, rounds: ROUNDS, results, summary, ratios });
await stopAll();
