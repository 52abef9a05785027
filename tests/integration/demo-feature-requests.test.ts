import { checkFeatureRequestLinked, featureTally, FEATURE_TAGS, type TallyAsk } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Row = Record<string, unknown>;

/** What Priya (product) finds on the Feature requests page of a new demo. */
describe('the demo team’s feature requests', () => {
  let server: TestServer;
  const query = (sql: string, params: unknown[] = []): Promise<Row[]> => server.services.db.query(sql, params);
  const card = async (title: string) => (await query(`SELECT * FROM feature_request WHERE title = $1`, [title]))[0]!;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('has a dozen cards across every tag and status', async () => {
    const cards = await query(`SELECT tag, status FROM feature_request`);
    expect(cards.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cards.map((c) => c.tag))).toEqual(new Set(FEATURE_TAGS));
    expect(new Set(cards.map((c) => c.status))).toEqual(new Set(['OPEN', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED', 'MERGED']));
  });

  it('C4/FR1: every feature-request ticket asks for a card, so none is stuck before its reply or closing', async () => {
    const tickets = await query(`SELECT number, type, ask_count FROM ticket WHERE type = 'FEATURE_REQUEST' ORDER BY number`);
    expect(tickets.length).toBeGreaterThan(10);
    for (const t of tickets) {
      expect(checkFeatureRequestLinked({ type: t.type as string, askCount: Number(t.ask_count) }), `#${t.number}`).toEqual({ ok: true });
    }
  });

  it('FR1/FR2: both dark-mode tickets of the inbox count on one card, with the duplicate merged into it', async () => {
    const dark = await card('Dark mode');
    const asks = await query(`SELECT t.subject FROM feature_ask a JOIN ticket t ON t.id = a.ticket_id WHERE a.feature_request_id = $1`, [
      dark.id,
    ]);
    expect(asks.map((a) => a.subject)).toEqual(expect.arrayContaining(['Could you add a dark mode?', 'Dark mode please']));
    expect(await card('Night theme for the app')).toMatchObject({ status: 'MERGED', merged_into_id: dark.id });
  });

  it('FR2: each card’s tally, 30-day trend included, is the shared featureTally of its asks', async () => {
    // The hourly round recounts every card asked for in the last 60 days that was counted earlier.
    await server.services.featureScheduler.refreshTrends();
    const now = server.services.clock.now();
    for (const c of await query(`SELECT * FROM feature_request WHERE ask_count > 0`)) {
      const asks = (await query(
        `SELECT a.ticket_id AS "ticketId", a.customer_id AS "customerId", cu.company, cu.monthly_revenue_cents::int AS "monthlyRevenueCents",
                (cu.plan = 'PREMIUM' OR cu.monthly_revenue_cents >= 50000) AS "isHighValue", a.importance, a.linked_at AS "askedAt"
           FROM feature_ask a JOIN customer cu ON cu.id = a.customer_id WHERE a.feature_request_id = $1`,
        [c.id],
      )) as unknown as TallyAsk[];
      const tally = featureTally(asks, now);
      expect(
        {
          asks: c.ask_count,
          customers: c.customer_count,
          companies: c.company_count,
          revenueCents: Number(c.revenue_cents),
          highValueCustomers: c.high_value_count,
          blockers: c.blocker_count,
          recentAsks: c.recent_asks,
          previousAsks: c.previous_asks,
        },
        c.title as string,
      ).toEqual({
        asks: tally.asks,
        customers: tally.customers,
        companies: tally.companies,
        revenueCents: tally.revenueCents,
        highValueCustomers: tally.highValueCustomers,
        blockers: tally.blockers,
        recentAsks: tally.recentAsks,
        previousAsks: tally.previousAsks,
      });
    }
  });

  it('FR3: one published report of the last period, with product’s notes', async () => {
    const reports = await query(`SELECT * FROM feature_report`);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ kind: 'SCHEDULED', status: 'PUBLISHED' });
    const notes = await query(`SELECT note FROM feature_report_entry WHERE report_id = $1 AND note <> ''`, [reports[0]!.id]);
    expect(notes.length).toBeGreaterThan(0);
  });

  it('FR4: CSV export shipped, and each of its three customers was told once, by mail', async () => {
    const csv = await card('Export checklist results to CSV');
    expect(csv).toMatchObject({ status: 'SHIPPED', announcement_pending: false });
    const told = await query(
      `SELECT n.customer_id, o.status FROM feature_notice n JOIN outbox_mail o ON o.message_id = n.message_id WHERE n.feature_request_id = $1`,
      [csv.id],
    );
    expect(told).toHaveLength(3);
    expect(new Set(told.map((t) => t.customer_id)).size).toBe(3);
  });
});
