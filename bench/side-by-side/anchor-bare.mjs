// Anchor (b): a bare graphql-js HTTP handler on node:http (no Apollo, no Express, no type-graphql, no ORM).
// It builds Tandem's own committed schema (server/schema.graphql) so the client's exact InboxPageQuery
// validates, and resolves `tickets` with ONE hand-written SQL statement: the session check (same
// conditions as Tandem's resolveSession), the R4/R5 queue order with Tandem's keyset cursor, customer,
// assignee, pending-draft count, viewers (presence) and the team's high-value threshold, all joined.
// Per-row rules (isGoalMissed, isHighValue, viewerCan.claim) are Tandem's own shared functions.
// Every other field uses graphql-js's default resolver on the plain objects built from that row.
//   node anchor-bare.mjs <port> <database url> [pool size]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TANDEM, toolsRequire, pg } from './lib.mjs';

const { buildSchema, execute, parse, validate, specifiedRules } = toolsRequire('graphql');
const shared = await import(pathToFileURL(path.join(TANDEM, 'shared/dist/index.js')).href);

const [port, url, poolSize = '10'] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: Number(poolSize), application_name: 'anchor-bare' });
const schema = buildSchema(readFileSync(path.join(TANDEM, 'server/schema.graphql'), 'utf8'));

const SQL = `
WITH viewer AS (
  SELECT u.id, u.name, u.roles, u.is_active, u.trainer_id, u.can_train
    FROM user_session s JOIN app_user u ON u.id = s.user_id
   WHERE s.id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - interval '30 minutes' AND u.is_active
), page AS (
  -- Tandem's own inbox SQL (ticket-queue.query.ts), written by hand: the three parts of the queue,
  -- each read in the order of its own partial index, put together with LIMIT.
  SELECT * FROM (
    (SELECT t.*, 0 AS k1, (CASE WHEN t.is_frustrated THEN 0 ELSE 1 END) AS k2,
            coalesce(t.response_due_at, 'infinity'::timestamptz) AS k3, v.id AS viewer_id
       FROM ticket t CROSS JOIN viewer v
      WHERE t.status <> 'CLOSED' AND ($3::text IS NULL OR t.ticket_group = $3)
        AND t.is_manager_assigned AND t.assignee_id = v.id
        AND ($4::int IS NULL OR ($4 = 0 AND ((CASE WHEN t.is_frustrated THEN 0 ELSE 1 END),
             coalesce(t.response_due_at, 'infinity'::timestamptz), t.id) > ($5::int, $6::timestamptz, $7::uuid)))
      ORDER BY (CASE WHEN t.is_frustrated THEN 0 ELSE 1 END), coalesce(t.response_due_at, 'infinity'::timestamptz), t.id
      LIMIT $2)
    UNION ALL
    (SELECT t.*, 1, 0, coalesce(t.response_due_at, 'infinity'::timestamptz), v.id
       FROM ticket t CROSS JOIN viewer v
      WHERE t.status <> 'CLOSED' AND ($3::text IS NULL OR t.ticket_group = $3)
        AND (NOT t.is_manager_assigned OR t.assignee_id IS DISTINCT FROM v.id) AND t.is_frustrated
        AND ($4::int IS NULL OR $4 = 0 OR ($4 = 1 AND $5 = 0
             AND (coalesce(t.response_due_at, 'infinity'::timestamptz), t.id) > ($6::timestamptz, $7::uuid)))
      ORDER BY coalesce(t.response_due_at, 'infinity'::timestamptz), t.id
      LIMIT $2)
    UNION ALL
    (SELECT t.*, 1, 1, coalesce(t.response_due_at, 'infinity'::timestamptz), v.id
       FROM ticket t CROSS JOIN viewer v
      WHERE t.status <> 'CLOSED' AND ($3::text IS NULL OR t.ticket_group = $3)
        AND (NOT t.is_manager_assigned OR t.assignee_id IS DISTINCT FROM v.id) AND NOT t.is_frustrated
        AND ($4::int IS NULL OR $4 = 0 OR $5 = 0
             OR (coalesce(t.response_due_at, 'infinity'::timestamptz), t.id) > ($6::timestamptz, $7::uuid))
      ORDER BY coalesce(t.response_due_at, 'infinity'::timestamptz), t.id
      LIMIT $2)
  ) parts
  ORDER BY k1, k2, k3, id
  LIMIT $2
)
SELECT p.id, p.number, p.subject, p.status, p.ticket_group, p.type, p.is_frustrated, p.is_manager_assigned,
       p.first_response_due_at, p.first_response_at, p.response_due_at, p.last_customer_message_at, p.follow_up_due_at,
       p.assignee_id, p.k1, p.k2,
       CASE WHEN p.response_due_at IS NULL THEN 'infinity'
            ELSE to_char(p.response_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS k3_text,
       c.id AS c_id, c.name AS c_name, c.company AS c_company, c.plan AS c_plan, c.monthly_revenue_cents AS c_revenue,
       (SELECT a.name FROM app_user a WHERE a.id = p.assignee_id) AS a_name,
       (SELECT count(*)::int FROM ticket_draft d WHERE d.ticket_id = p.id AND d.status = 'PENDING') AS pending_drafts,
       (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY tp.seen_at), '[]')
          FROM ticket_presence tp JOIN app_user u ON u.id = tp.user_id
         WHERE tp.ticket_id = p.id AND tp.seen_at > now() - interval '45 seconds' AND tp.user_id <> p.viewer_id) AS viewers,
       s.high_value_revenue_cents,
       (SELECT row_to_json(v) FROM viewer v) AS viewer
  FROM page p
  -- By key for each row of the page, as Tandem reads its customers (a join would hash every customer).
  CROSS JOIN LATERAL (SELECT c.* FROM customer c WHERE c.id = p.customer_id OFFSET 0) c
  CROSS JOIN team_settings s
 ORDER BY p.k1, p.k2, p.k3, p.id`;

const cursorOf = (key) => Buffer.from(JSON.stringify(key)).toString('base64url');
const permission = (r) => (r.ok ? { allowed: true, reason: null, code: null } : { allowed: false, reason: r.message, code: r.code });

async function tickets(args, ctx) {
  if (!ctx.tokenHash) throw new Error('Sign in to continue.');
  const first = args.first ?? 50;
  const group = args.filter?.group ?? null;
  let c = [null, null, null, null];
  if (args.after) c = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
  // A named statement, planned once per connection, as Tandem's inbox statement is.
  const { rows } = await pool.query({ name: 'inbox', text: SQL, values: [ctx.tokenHash, first + 1, group, c[0], c[1], c[2], c[3]] });
  if (rows.length === 0) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const now = new Date();
  const viewer = rows[0].viewer;
  const person = {
    id: viewer.id,
    roles: viewer.roles,
    isActive: viewer.is_active,
    trainerId: viewer.trainer_id,
    canTrain: viewer.can_train,
  };
  const settings = { highValueRevenueCents: Number(rows[0].high_value_revenue_cents) };
  const page = rows.slice(0, first);
  const edges = page.map((r) => {
    const facts = {
      status: r.status,
      group: r.ticket_group,
      type: r.type,
      assigneeId: r.assignee_id,
      assigneeName: r.a_name,
      isManagerAssigned: r.is_manager_assigned,
      isFrustrated: r.is_frustrated,
      firstResponseDueAt: r.first_response_due_at,
      firstResponseAt: r.first_response_at,
      responseDueAt: r.response_due_at,
    };
    return {
      cursor: cursorOf([r.k1, r.k2, r.k3_text, r.id]),
      node: {
        id: r.id,
        number: r.number,
        subject: r.subject,
        status: r.status,
        group: r.ticket_group,
        type: r.type,
        isFrustrated: r.is_frustrated,
        isManagerAssigned: r.is_manager_assigned,
        isGoalMissed: shared.isFirstResponseGoalMissed(facts, now),
        responseDueAt: r.response_due_at?.toISOString() ?? null,
        pendingDraftCount: r.pending_drafts,
        lastCustomerMessageAt: r.last_customer_message_at?.toISOString() ?? null,
        followUpDueAt: r.follow_up_due_at?.toISOString() ?? null,
        customer: {
          id: r.c_id,
          name: r.c_name,
          company: r.c_company,
          plan: r.c_plan,
          isHighValue: shared.isHighValue({ plan: r.c_plan, monthlyRevenueCents: Number(r.c_revenue) }, settings),
        },
        assignee: r.assignee_id ? { id: r.assignee_id, name: r.a_name } : null,
        viewers: r.viewers,
        viewerCan: { claim: permission(shared.checkClaim(person, facts)) },
      },
    };
  });
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1).cursor } };
}

const rootValue = { tickets };
const docCache = new Map();

function tokenHash(req) {
  const m = /(?:^|;\s*)tandem_session=([^;]+)/.exec(req.headers.cookie ?? '');
  return m ? createHash('sha256').update(m[1]).digest('hex') : null;
}

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') return void res.end('{"status":"ok"}');
  if (req.method !== 'POST' || req.url !== '/graphql') {
    res.statusCode = 404;
    return void res.end();
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    let result;
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      let document = docCache.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document, specifiedRules);
        if (errors.length) throw errors[0];
        docCache.set(query, document);
      }
      result = await execute({ schema, document, rootValue, variableValues: variables, contextValue: { tokenHash: tokenHash(req) } });
    } catch (e) {
      result = { errors: [{ message: String(e.message ?? e) }] };
    }
    const body = JSON.stringify(result);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`anchor-bare on ${port}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
