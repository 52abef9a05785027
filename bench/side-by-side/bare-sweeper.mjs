// The bare anchor for P3: a sweeper with no framework. One connection; each transaction takes up to 100
// due tickets with SELECT ... FOR UPDATE SKIP LOCKED, marks their follow-up handled (and moves
// next_timer_at to the auto-close time, as Tandem's planner would), inserts one FOLLOW_UP_DUE
// notification per ticket (the same row Tandem's REMIND mode writes), commits. Polls once a second when
// nothing is due (Tandem's POLL_MS). Exits after `expect` tickets or `timeoutS` seconds.
//   node bare-sweeper.mjs <database url> <expect> [timeoutS=120] [batch=100]
import { pg, sleep } from './lib.mjs';

const [url, expectArg, timeoutArg = '120', batchArg = '100'] = process.argv.slice(2);
const EXPECT = Number(expectArg);
const BATCH = Number(batchArg);
const deadline = Date.now() + Number(timeoutArg) * 1000;
const client = new pg.Client({ connectionString: url, application_name: 'bare-sweeper' });
await client.connect();
let handled = 0;
while (handled < EXPECT && Date.now() < deadline) {
  await client.query('BEGIN');
  const { rows } = await client.query(
    `SELECT id FROM ticket WHERE next_timer_at <= now() ORDER BY next_timer_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [BATCH],
  );
  if (rows.length === 0) {
    await client.query('COMMIT');
    await sleep(1000);
    continue;
  }
  const ids = rows.map((r) => r.id);
  await client.query(
    `UPDATE ticket SET follow_up_handled_reply_id = '0', next_timer_at = last_reply_at + interval '5 days' WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await client.query(
    `INSERT INTO notification (recipient_id, kind, ticket_id, actor_id, body, created_at)
     SELECT assignee_id, 'FOLLOW_UP_DUE', id, NULL, 'Follow up on #' || number || ' “' || subject || '”: the customer has not answered (F1).', clock_timestamp()
       FROM ticket WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await client.query('COMMIT');
  handled += ids.length;
}
await client.end();
console.log(JSON.stringify({ handled }));
