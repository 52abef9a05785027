import { checkEscalatedBeforeClose } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Row = Record<string, unknown>;

/** What Sam (engineering) finds on the Escalations page of a new demo: every state of a bug's life. */
describe('the demo team’s escalations', () => {
  let server: TestServer;
  const query = (sql: string, params: unknown[] = []): Promise<Row[]> => server.services.db.query(sql, params);
  const bugOf = async (ticketNumber: number) =>
    (
      await query(
        `SELECT b.*, e.email AS engineer_email FROM bug b JOIN ticket_bug_link l ON l.bug_id = b.id JOIN ticket t ON t.id = l.ticket_id
           LEFT JOIN app_user e ON e.id = b.engineer_id WHERE t.number = $1`,
        [ticketNumber],
      )
    )[0];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('every BUG ticket is linked to a bug (C3), so none of them is stuck before closing', async () => {
    const tickets = await query(
      `SELECT t.number, t.type, l.bug_id FROM ticket t LEFT JOIN ticket_bug_link l ON l.ticket_id = t.id WHERE t.type = 'BUG' ORDER BY t.number`,
    );
    expect(tickets.map((t) => t.number)).toEqual([1003, 1004, 1012, 1014, 1015, 1016, 1017, 1018]);
    for (const t of tickets) {
      expect(checkEscalatedBeforeClose({ type: t.type as string, bugId: (t.bug_id as string) ?? null }), `#${t.number}`).toEqual({
        ok: true,
      });
    }
  });

  it('shows open bugs in every state: new, acknowledged and in progress for Sam, needing info with the question', async () => {
    expect(await bugOf(1016)).toMatchObject({ status: 'NEW', engineer_id: null, severity: 'LOW' });
    expect(await bugOf(1012)).toMatchObject({ status: 'ACKNOWLEDGED', engineer_email: 'sam@example.com' });
    expect(await bugOf(1003)).toMatchObject({ status: 'IN_PROGRESS', engineer_email: 'sam@example.com', severity: 'CRITICAL' });
    const needsInfo = await bugOf(1004);
    expect(needsInfo).toMatchObject({ status: 'NEEDS_INFO' });
    const [question] = await query(`SELECT data->>'question' AS question FROM bug_event WHERE bug_id = $1 AND kind = 'QUESTION_ASKED'`, [
      needsInfo!.id,
    ]);
    expect(question!.question).toMatch(/time zone/);
    // The question reached the ticket as a note for the agent (and no mail to the customer).
    const [note] = await query(
      `SELECT m.body FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id WHERE t.number = 1004 AND m.kind = 'NOTE' AND m.body LIKE '%time zone%'`,
    );
    expect(note).toBeDefined();
  });

  it('the stuck workflows bug has three tickets from three customers, premium and free, with their revenue', async () => {
    const bug = await bugOf(1003);
    expect(bug).toMatchObject({ ticket_count: 3, customer_count: 3, high_value_count: 2, users_affected: 25 + 40 + 1 });
    const [{ revenue }] = (await query(
      `SELECT sum(c.monthly_revenue_cents)::int AS revenue FROM ticket_bug_link l JOIN customer c ON c.id = l.customer_id WHERE l.bug_id = $1`,
      [bug!.id],
    )) as { revenue: number }[];
    expect(Number(bug!.revenue_cents)).toBe(revenue);
    expect(revenue).toBeGreaterThan(0);
    const plans = await query(
      `SELECT DISTINCT c.plan FROM ticket_bug_link l JOIN customer c ON c.id = l.customer_id WHERE l.bug_id = $1 ORDER BY c.plan`,
      [bug!.id],
    );
    expect(plans.map((p) => p.plan)).toEqual(['FREE', 'PREMIUM']);
  });

  it('a fixed bug whose customers were each told once: the reply, mailed, the ticket pending or closed', async () => {
    const bug = await bugOf(1017);
    expect(bug).toMatchObject({ status: 'FIXED', fix_pending: false, fix_total: 2, engineer_email: 'sam@example.com' });
    const links = await query(
      `SELECT t.number, t.status, l.fix_announced_at, l.fix_message_id,
              (SELECT count(*)::int FROM ticket_message m WHERE m.ticket_id = t.id AND m.event = 'BUG_FIX_ANNOUNCED') AS announced,
              (SELECT count(*)::int FROM outbox_mail o WHERE o.ticket_id = t.id AND o.kind = 'BUG_FIXED' AND o.status = 'SENT') AS mailed
         FROM ticket_bug_link l JOIN ticket t ON t.id = l.ticket_id WHERE l.bug_id = $1 ORDER BY t.number`,
      [bug!.id],
    );
    expect(links).toMatchObject([
      { number: 1017, status: 'PENDING', announced: 1, mailed: 1 },
      { number: 1018, status: 'CLOSED', announced: 1, mailed: 1 },
    ]);
    for (const link of links) expect(link.fix_announced_at).not.toBeNull();
    const [reply] = await query(`SELECT body FROM ticket_message WHERE id = $1`, [links[0]!.fix_message_id]);
    expect(reply!.body).toMatch(/^Hi Julia, good news: the CSV import now keeps names with accents/);
    const events = await query(`SELECT kind FROM bug_event WHERE bug_id = $1 ORDER BY created_at, id`, [bug!.id]);
    expect(events.map((e) => e.kind)).toEqual([
      'CREATED',
      'TICKET_LINKED',
      'ASSIGNED',
      'STATUS_SET',
      'TICKET_LINKED',
      'STATUS_SET',
      'FIX_ANNOUNCED',
    ]);
  });
});
