// P3: 10,000 tickets' follow-ups all due at the same moment T, fired by (1) one Tandem instance, (2) two
// Tandem instances on the same database, (3) the bare SKIP LOCKED sweeper (bare-sweeper.mjs, no Tandem
// running). Tickets are set up in SQL the way Tandem's planner stores them: PENDING, assigned to lena,
// first response given, last reply at T - 48 h (follow-up after 2,880 min), follow_up_due_at = T and
// next_timer_at = T, goal alerts already given. Fired = the FOLLOW_UP_DUE notification row (REMIND
// mode); lateness = notification.created_at - T. Also checks every ticket fired exactly once, including
// (4) two instances where one is killed (SIGKILL) a third of the way through and started again.
//   node p3-timers.mjs [rounds=1] [tickets=10000]
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  OUT,
  clusterStart,
  dbUrl,
  freePort,
  median,
  percentile,
  saveJson,
  sleep,
  startNodeServer,
  startTandem,
  stopAll,
  stopChild,
  withDb,
} from './lib.mjs';

const ROUNDS = Number(process.argv[2] ?? 1);
const N = Number(process.argv[3] ?? 10_000);
const DB = 'tandemtimers';
const here = new URL('.', import.meta.url).pathname;
clusterStart();

async function prepare(leadMs) {
  return withDb(DB, async (c) => {
    await c.query(`DELETE FROM ticket WHERE subject LIKE 'Timer bench %'`); // cascades to notifications
    const [{ n: haveCustomers }] = (await c.query(`SELECT count(*)::int AS n FROM customer WHERE email LIKE 'timer%@bench.example'`)).rows;
    if (haveCustomers < N) {
      await c.query(
        `INSERT INTO customer (name, email) SELECT 'Timer ' || i, 'timer' || i || '@bench.example' FROM generate_series($1::int, $2::int) i`,
        [haveCustomers + 1, N],
      );
    }
    const [{ t }] = (await c.query(`SELECT now() + $1 * interval '1 millisecond' AS t`, [leadMs])).rows;
    await c.query(
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM customer WHERE email LIKE 'timer%@bench.example')
       INSERT INTO ticket (subject, customer_id, status, ticket_group, type, assignee_id, assigned_by_id, first_response_due_at, first_response_at,
                           last_reply_at, last_customer_message_at, created_at, follow_up_due_at, auto_close_at, next_timer_at,
                           goal_warned_at, goal_missed_alerted_at)
       SELECT 'Timer bench ' || c.n, c.id, 'PENDING', 'SALES', 'QUESTION', u.id, u.id, $1::timestamptz - interval '48 hours',
              $1::timestamptz - interval '48 hours', $1::timestamptz - interval '48 hours', $1::timestamptz - interval '49 hours',
              $1::timestamptz - interval '49 hours', $1::timestamptz, $1::timestamptz + interval '72 hours', $1::timestamptz,
              $1::timestamptz - interval '48 hours', $1::timestamptz - interval '48 hours'
         FROM c CROSS JOIN (SELECT id FROM app_user WHERE email = 'lena@example.com') u WHERE c.n <= $2`,
      [t, N],
    );
    await c.query('ANALYZE ticket');
    return t;
  });
}

async function firedCount(c) {
  const [{ n }] = (
    await c.query(
      `SELECT count(*)::int AS n FROM notification n JOIN ticket t ON t.id = n.ticket_id WHERE n.kind = 'FOLLOW_UP_DUE' AND t.subject LIKE 'Timer bench %'`,
    )
  ).rows;
  return n;
}

/** Kills the instance with SIGKILL once a third have fired, then starts it again (same database). */
async function killMidRun(procs) {
  await withDb(DB, async (c) => {
    while ((await firedCount(c)) < N / 3) await sleep(20);
  });
  procs[0].child.kill('SIGKILL');
  await new Promise((res) => (procs[0].child.exitCode !== null || procs[0].child.signalCode ? res() : procs[0].child.once('exit', res)));
  procs[0] = await startTandem({ db: DB, port: await freePort(), name: 'p3-tandem-a-restarted' });
}

async function waitFired(T, timeoutMs = 180_000) {
  const began = Date.now();
  const waits = new Map();
  let samples = 0;
  return withDb(DB, async (c) => {
    for (;;) {
      // what the sweeping backends are doing (Tandem's pool: application_name 'tandem')
      const act = await c.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, state) AS w FROM pg_stat_activity
          WHERE datname = $1 AND application_name IN ('tandem', 'bare-sweeper') AND state <> 'idle'`,
        [DB],
      );
      samples++;
      for (const { w } of act.rows) waits.set(w, (waits.get(w) ?? 0) + 1);
      const n = await firedCount(c);
      if (n >= N || Date.now() - began > timeoutMs) break;
      await sleep(100);
    }
    await sleep(1500); // anything fired twice would show now
    const { rows } = await c.query(
      `SELECT extract(epoch FROM n.created_at - $1::timestamptz) * 1000 AS late_ms, n.ticket_id
         FROM notification n JOIN ticket t ON t.id = n.ticket_id WHERE n.kind = 'FOLLOW_UP_DUE' AND t.subject LIKE 'Timer bench %'`,
      [T],
    );
    const late = rows.map((r) => Number(r.late_ms));
    const distinct = new Set(rows.map((r) => r.ticket_id)).size;
    const [{ left }] = (
      await c.query(`SELECT count(*)::int AS left FROM ticket WHERE subject LIKE 'Timer bench %' AND follow_up_handled_reply_id IS NULL`)
    ).rows;
    const first = Math.min(...late);
    const sorted = [...late].sort((a, b) => a - b);
    const deciles = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) =>
      Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((k / 10) * sorted.length) - 1)]),
    );
    const last = Math.max(...late);
    return {
      fired: rows.length,
      distinctTickets: distinct,
      doubled: rows.length - distinct,
      notHandled: left,
      allFiredAfterMs: last,
      firstFiredAfterMs: first,
      p50LateMs: median(late),
      p99LateMs: percentile(late, 99),
      ticketsPerSecond: rows.length / ((last - Math.max(0, first)) / 1000 || 1e-9),
      ticketsPerSecondFromDue: rows.length / (last / 1000),
      firedByDecileMs: deciles,
      activeBackendWaits: { samples, counts: Object.fromEntries([...waits].sort((a, b) => b[1] - a[1])) },
    };
  });
}

const results = [];
for (let round = 1; round <= ROUNDS; round++) {
  for (const variant of ['tandem x1', 'tandem x2', 'tandem x2 kill', 'bare sweeper']) {
    const procs = [];
    const totalFile = path.join(OUT, `p3-sqltotal-${round}-${variant.replaceAll(' ', '')}.jsonl`);
    rmSync(totalFile, { force: true });
    if (variant.startsWith('tandem')) {
      procs.push(
        await startTandem({
          db: DB,
          port: await freePort(),
          name: `p3-tandem-a`,
          nodeArgs: variant === 'tandem x1' ? ['--import', path.join(here, 'sqlcount-preload.mjs')] : [],
          env: variant === 'tandem x1' ? { SQLCOUNT_TOTAL_FILE: totalFile } : {},
        }),
      );
      if (variant.startsWith('tandem x2')) procs.push(await startTandem({ db: DB, port: await freePort(), name: `p3-tandem-b` }));
    }
    await sleep(1500);
    const T = await prepare(3000);
    let sweeper = null;
    if (variant === 'bare sweeper')
      sweeper = await startNodeServer(path.join(here, 'bare-sweeper.mjs'), [dbUrl(DB), String(N), '180'], {}, 'p3-bare-sweeper');
    const killed = variant === 'tandem x2 kill' ? killMidRun(procs) : null;
    const r = await waitFired(T);
    await killed;
    if (variant === 'tandem x1') {
      // statements the whole process sent per fired ticket, from the once-a-second totals
      const pts = readFileSync(totalFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const t0 = new Date(T).getTime();
      const before = pts.filter((p) => p.t <= t0).at(-1) ?? pts[0];
      const after = pts.find((p) => p.t >= t0 + r.allFiredAfterMs + 1000) ?? pts.at(-1);
      const idle = pts.filter((p) => p.t <= t0);
      const idleRate = idle.length > 1 ? (idle.at(-1).total - idle[0].total) / ((idle.at(-1).t - idle[0].t) / 1000) : 0;
      r.statementsPerTicket = (after.total - before.total - idleRate * ((after.t - before.t) / 1000)) / r.fired;
      r.idleStatementsPerSecond = idleRate;
    }
    if (sweeper) await new Promise((res) => (sweeper.exitCode !== null ? res() : sweeper.once('exit', res)));
    for (const p of procs) await p.stop();
    results.push({ round, variant, ...r });
    console.log(
      `round ${round} ${variant.padEnd(14)} fired ${r.fired} (doubled ${r.doubled}, not handled ${r.notHandled}) all fired after ${(r.allFiredAfterMs / 1000).toFixed(2)} s; lateness p50 ${(r.p50LateMs / 1000).toFixed(2)} s p99 ${(r.p99LateMs / 1000).toFixed(2)} s; ${r.ticketsPerSecond.toFixed(0)} tickets/s`,
    );
    console.log(
      `   fired by decile (ms after due): ${r.firedByDecileMs.join(' ')}${r.statementsPerTicket ? `; SQL statements per ticket ${r.statementsPerTicket.toFixed(1)}` : ''}`,
    );
    console.log(`   active backend states over ${r.activeBackendWaits.samples} samples: ${JSON.stringify(r.activeBackendWaits.counts)}`);
    await stopChild(sweeper);
  }
}
const med = (variant, key) => median(results.filter((r) => r.variant === variant).map((r) => r[key]));
const summary = {};
for (const v of ['tandem x1', 'tandem x2', 'tandem x2 kill', 'bare sweeper']) {
  summary[v] = Object.fromEntries(
    ['allFiredAfterMs', 'p50LateMs', 'p99LateMs', 'ticketsPerSecond', 'doubled', 'notHandled'].map((k) => [k, med(v, k)]),
  );
}
const ratios = {
  x1OverBare: summary['tandem x1'].ticketsPerSecond / summary['bare sweeper'].ticketsPerSecond,
  x2OverBare: summary['tandem x2'].ticketsPerSecond / summary['bare sweeper'].ticketsPerSecond,
  x2OverX1: summary['tandem x2'].ticketsPerSecond / summary['tandem x1'].ticketsPerSecond,
};
console.log(JSON.stringify({ tickets: N, rounds: ROUNDS, summary, ratios }, null, 2));
saveJson('p3-timers.json', { tickets: N, rounds: ROUNDS, results, summary, ratios });
await withDb(DB, (c) => c.query(`DELETE FROM ticket WHERE subject LIKE 'Timer bench %'`));
await stopAll();
