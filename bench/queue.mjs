// API benchmark: the inbox queue with 20,000 open tickets (each with a customer message), read in
// the R4/R5 priority order 50 at a time with keyset cursors, filtered by group, and searched by text;
// then one ticket page with its timeline. Latency percentiles per request over real HTTP.
//   npm run bench:queue              (TICKETS=50000 to change the size)
import { latencyLine, signedInClient, withBenchServer } from './support.mjs';

const TICKETS = Number(process.env.TICKETS ?? 20_000);
const PAGES = 40;

await withBenchServer('queue', async (app) => {
  const db = app.services.db;
  await db.query(
    `INSERT INTO customer (name, email, company, plan, monthly_revenue_cents)
     SELECT 'Customer ' || i, 'customer' || i || '@bench.example', 'Company ' || (i % 500),
            CASE WHEN i % 5 = 0 THEN 'PREMIUM' ELSE 'FREE' END, (i % 7) * 10000
       FROM generate_series(1, $1) AS i`,
    [TICKETS / 2],
  );
  const topics = ['export', 'invoice', 'login', 'checklist', 'webhook', 'billing', 'invite', 'report', 'sso', 'import'];
  await db.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM customer WHERE email LIKE '%@bench.example')
     INSERT INTO ticket (subject, customer_id, ticket_group, type, is_frustrated, first_response_due_at, response_due_at, last_customer_message_at, created_at)
     SELECT 'Trouble with ' || ($2::text[])[1 + i % 10] || ' number ' || i, c.id,
            (ARRAY['UNASSIGNED','MARKETING','DEVELOPMENT','SALES'])[1 + i % 4],
            CASE WHEN i % 3 = 0 THEN NULL ELSE 'QUESTION' END, i % 97 = 0,
            now() + (i % 2000) * interval '1 minute', now() + (i % 2000) * interval '1 minute', now(), now()
       FROM generate_series(1, $1) AS i JOIN c ON c.n = 1 + i % ($1 / 2)`,
    [TICKETS, topics],
  );
  await db.query(
    `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, created_at)
     SELECT id, 'CUSTOMER', customer_id, 'Hello, ' || subject || ' keeps failing since Monday. Can you help?', created_at
       FROM ticket WHERE customer_id IN (SELECT id FROM customer WHERE email LIKE '%@bench.example')`,
  );
  await db.query('ANALYZE');

  const ask = await signedInClient(app, 'lena@example.com');
  // The inbox row selection: customer, assignee, viewers and permissions per ticket (DataLoaders).
  const queue = `query ($after: String, $filter: TicketsFilter) { tickets(first: 50, after: $after, filter: $filter) {
    edges { node { id number subject status group type isFrustrated isManagerAssigned isGoalMissed responseDueAt pendingDraftCount
      customer { id name company plan isHighValue } assignee { id name } viewers { id name } viewerCan { claim { allowed reason } } } }
    pageInfo { hasNextPage endCursor } } }`;
  const ticketPage = `query ($id: ID!) { ticket(id: $id) { id subject checklist { id status reason } frustrationHint { signals }
    viewerCan { reply { allowed reason } submitDraft { allowed } replyNeedsReview }
    timeline { __typename id createdAt ... on CustomerMessage { body customer { name } } ... on TicketEvent { text } } } }`;
  const walk = async (filter) => {
    const times = [];
    let after = null;
    const ids = [];
    for (let i = 0; i < PAGES; i++) {
      const { ms, data } = await ask(queue, { after, filter });
      times.push(ms);
      ids.push(...data.tickets.edges.map((e) => e.node.id));
      if (!data.tickets.pageInfo.hasNextPage) break;
      after = data.tickets.pageInfo.endCursor;
    }
    return { times, ids };
  };

  await walk({}); // warm-up
  const all = await walk({});
  const group = await walk({ group: 'DEVELOPMENT' });
  const searches = [];
  for (let i = 0; i < 30; i++) searches.push((await ask(queue, { filter: { search: topics[i % 10] } })).ms);
  for (let i = 0; i < 20; i++) searches.push((await ask(queue, { filter: { search: `Customer ${1 + i * 37}` } })).ms);
  const pages = [];
  for (const id of all.ids.slice(0, 50)) pages.push((await ask(ticketPage, { id })).ms);

  console.log(`${TICKETS} open tickets, pages of 50 over HTTP`);
  console.log(latencyLine('queue page (R4/R5 order, keyset)', all.times));
  console.log(latencyLine('queue page, one group', group.times));
  console.log(latencyLine('queue search (words or customer)', searches));
  console.log(latencyLine('ticket page with timeline', pages));
});
