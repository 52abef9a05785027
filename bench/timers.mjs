// Benchmark: the timer sweeper. TICKETS tickets (default 5,000) wait on their customers; their
// follow-ups all fall due at once; one instance runs them (a reminder each, REMIND mode).
// Reports how long the sweep takes and the reminders per second.
//   npm run bench:timers             (TICKETS=20000 to change the size)
import { withBenchServer } from './support.mjs';

const TICKETS = Number(process.env.TICKETS ?? 5000);

await withBenchServer('timers', async (app) => {
  const db = app.services.db;
  await app.services.timers.pause();
  const [{ id: lenaId }] = await db.query(`SELECT id FROM app_user WHERE email = 'lena@example.com'`);
  const replied = new Date(Date.now() - 49 * 3600_000);
  const asked = new Date(replied.getTime() - 3600_000);
  await db.query(
    `WITH c AS (INSERT INTO customer (name, email) SELECT 'Bench ' || i, 'bench' || i || '@bench.example' FROM generate_series(1, $1) i RETURNING id)
     INSERT INTO ticket (subject, customer_id, status, ticket_group, type, assignee_id, first_response_due_at, first_response_at,
                         last_reply_at, last_customer_message_at, created_at, next_timer_at)
     SELECT 'Bench', c.id, 'PENDING', 'SALES', 'QUESTION', $2, $3, $3, $3, $4, $4, now() FROM c`,
    [TICKETS, lenaId, replied, asked],
  );
  await db.query('ANALYZE');
  const began = performance.now();
  const handled = await app.services.timers.runDue();
  const ms = performance.now() - began;
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE'`);
  console.log(`${TICKETS} follow-ups due at once, one instance`);
  console.log(`swept ${handled} tickets (${n} reminders) in ${(ms / 1000).toFixed(1)} s: ${Math.round((handled / ms) * 1000)} tickets/s`);
});
