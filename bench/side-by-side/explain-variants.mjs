// Why the inbox statement costs what it costs: Tandem's own list statement (as captured by
// p2-sql-count.mjs in results/p2-sqlcount-<db>.jsonl) timed as sent and with its cursor text column
// (to_char over every candidate row) removed, next to the bare anchor's one statement and PostGraphile's
// index order. Median of 15 executions each, EXPLAIN ANALYZE timing off.
//   node explain-variants.mjs [db=tandem20k]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OUT, median, withDb } from './lib.mjs';

const db = process.argv[2] ?? 'tandem20k';
const lines = readFileSync(path.join(OUT, `p2-sqlcount-${db}.jsonl`), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const isFirst50 = (s) => /FROM "ticket" "t" WHERE "t"\."status" <> 'CLOSED' ORDER BY .* LIMIT 51$/.test(s.text);
const req = lines.find((l) => l.statements.some(isFirst50));
const list = req.statements.find(isFirst50);
const session = req.statements[0];
const noCursorText = list.text.replace(/, CASE WHEN "t"\."response_due_at" IS NULL THEN 'infinity' ELSE to_char\(.*?END AS "k3_text"/, '');
if (noCursorText === list.text) throw new Error('cursor column not found');
const bareSql = readFileSync(new URL('./anchor-bare.mjs', import.meta.url), 'utf8').match(/const SQL = `([\s\S]*?)`;/)[1];
const variants = {
  'Tandem list statement as sent': [list.text, list.values],
  'same without the k3_text column (to_char per row)': [noCursorText, list.values],
  'bare anchor statement (session + page + joins)': [bareSql, [null, 51, null, null, null, null, null]],
  'open tickets by (response_due_at, id), LIMIT 51': [
    `SELECT * FROM ticket WHERE status <> 'CLOSED' ORDER BY response_due_at, id LIMIT 51`,
    [],
  ],
};
await withDb(db, async (c) => {
  const [{ id }] = (await c.query(`SELECT id FROM user_session ORDER BY last_seen_at DESC LIMIT 1`)).rows;
  variants['bare anchor statement (session + page + joins)'][1][0] = id;
  for (const [name, [sql, values]] of Object.entries(variants)) {
    const times = [];
    let plan;
    for (let i = 0; i < 15; i++) {
      const r = await c.query(`EXPLAIN (ANALYZE, TIMING OFF, BUFFERS) ${sql}`, values);
      plan = r.rows.map((x) => x['QUERY PLAN']);
      times.push(Number(plan.at(-1).match(/Execution Time: ([\d.]+)/)[1]));
    }
    console.log(
      `${name.padEnd(52)} ${median(times).toFixed(2)} ms   ${plan.find((l) => /Sort Method|Index Scan|Seq Scan/.test(l))?.trim()}`,
    );
  }
});
