import { afterEach, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, createStaff, createTicket } from '../support/factories.js';
import { createTestDatabase, ManualClock, startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const CREATE = graphql(`mutation CreateInReportSchedule($input: CreateFeatureRequestInput!) {
  createFeatureRequest(input: $input) { featureRequest { id reference } } }`);
const LINK = graphql(`mutation LinkInReportSchedule($input: LinkTicketToFeatureRequestInput!) {
  linkTicketToFeatureRequest(input: $input) { id } }`);
const REPORT = graphql(`query ReportInReportSchedule($id: ID!) { featureReport(id: $id) {
  id kind status periodStart periodEnd periodLabel compiledAt compiledBy { id } entries { rank reference customers } } }`);
const SETTINGS = graphql(
  `query SettingsInReportSchedule { teamSettings { version timeZone featureReportDay featureReportIntervalMonths } }`,
);
const UPDATE_SETTINGS = graphql(`mutation UpdateSettingsInReportSchedule($input: UpdateTeamSettingsInput!) {
  updateTeamSettings(input: $input) { version timeZone } }`);

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function instance(databaseUrl: string, clock: ManualClock): Promise<TestServer> {
  const server = await startTestServer({ databaseUrl, clock, collectErrorLogs: true });
  const stop = server.stopKeepingDatabase;
  let stopped: Promise<void> | null = null;
  server.stopKeepingDatabase = () => (stopped ??= stop());
  cleanups.push(() => server.stopKeepingDatabase());
  return server;
}

async function scheduledReports(server: TestServer, periodEnd: Date) {
  return (await server.services.db.query(`SELECT id FROM feature_report WHERE kind = 'SCHEDULED' AND period_end = $1`, [periodEnd])) as {
    id: string;
  }[];
}

describe('FR3: the scheduled report for engineering', () => {
  it('FR3: two instances at the due date compile it exactly once, dated for its period; after downtime a missed date compiles on the next start, once', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    // Mid-February in New York: the next due date is 1 March, midnight there (the default schedule).
    const clock = new ManualClock(new Date('2031-02-10T15:00:00Z'));
    const a = await instance(database.url, clock);
    const b = await instance(database.url, clock);
    const manager = await a.signIn('peyton@example.com');
    const { teamSettings } = await manager.ok(SETTINGS);
    expect(teamSettings).toMatchObject({ featureReportDay: 1, featureReportIntervalMonths: 2 });
    await manager.ok(UPDATE_SETTINGS, { input: { version: teamSettings.version, timeZone: 'America/New_York' } });
    const pia = await createStaff(a, { roles: ['PRODUCT'], name: 'Product Pia' });
    const product = await b.signIn(pia.email, FACTORY_PASSWORD);
    const lena = await a.signIn('lena@example.com');
    const cards: { id: string; reference: string }[] = [];
    for (const [i, customers] of [3, 1, 2].entries()) {
      const { createFeatureRequest } = await product.ok(CREATE, { input: { title: `Scheduled card ${i}`, tag: 'UX' } });
      cards.push(createFeatureRequest.featureRequest);
      for (let k = 0; k < customers; k++) {
        const ticket = await createTicket(a, { type: 'FEATURE_REQUEST', group: 'DEVELOPMENT' });
        await lena.ok(LINK, { input: { ticketId: ticket.id, featureRequestId: createFeatureRequest.featureRequest.id, quote: 'Please' } });
      }
    }

    const march = new Date('2031-03-01T05:00:00Z');
    clock.set(new Date(march.getTime() - 60_000));
    expect(
      await Promise.all([a.services.featureScheduler.compileDueReport(), b.services.featureScheduler.compileDueReport()]),
    ).not.toContain(true);
    expect(await scheduledReports(a, march)).toEqual([]);
    clock.set(new Date(march.getTime() + 60_000));
    const compiled = await Promise.all([a, b, a, b].map((server) => server.services.featureScheduler.compileDueReport()));
    expect(compiled.filter(Boolean)).toHaveLength(1);
    const [marchReport, ...extra] = await scheduledReports(a, march);
    expect(extra).toEqual([]);
    // Sessions end with time: product signs in again on the day.
    const { featureReport: r } = await (await b.signIn(pia.email, FACTORY_PASSWORD)).ok(REPORT, { id: marchReport!.id });
    expect(r).toMatchObject({
      kind: 'SCHEDULED',
      status: 'DRAFT',
      periodStart: '2031-01-01T05:00:00.000Z',
      periodEnd: '2031-03-01T05:00:00.000Z',
      periodLabel: '1 Jan – 28 Feb 2031',
      compiledBy: null,
    });
    expect(r.entries.filter((e) => cards.some((c) => c.reference === e.reference)).map((e) => [e.reference, e.customers])).toEqual([
      [cards[0]!.reference, 3],
      [cards[2]!.reference, 2],
      [cards[1]!.reference, 1],
    ]);
    // Product hears it is ready to review.
    const ready = await a.services.db.query(`SELECT recipient_id FROM notification WHERE kind = 'FEATURE_REPORT_READY' AND path = $1`, [
      `/feature-requests/reports/${r.id}`,
    ]);
    expect(ready.map((n: { recipient_id: string }) => n.recipient_id)).toContain(pia.id);

    // Down over 1 May (midnight in New York is 04:00 UTC in summer time); back on 3 May.
    await Promise.all([a.stopKeepingDatabase(), b.stopKeepingDatabase()]);
    const may = new Date('2031-05-01T04:00:00Z');
    clock.set(new Date('2031-05-03T09:00:00Z'));
    const [c, d] = await Promise.all([instance(database.url, clock), instance(database.url, clock)]);
    await expect.poll(async () => (await scheduledReports(c, may)).length, { timeout: 10_000, interval: 100 }).toBe(1);
    expect(await Promise.all([c.services.featureScheduler.compileDueReport(), d.services.featureScheduler.compileDueReport()])).toEqual([
      false,
      false,
    ]);
    const [mayReport] = await scheduledReports(c, may);
    const { featureReport: m } = await (await c.signIn(pia.email, FACTORY_PASSWORD)).ok(REPORT, { id: mayReport!.id });
    expect(m).toMatchObject({
      kind: 'SCHEDULED',
      periodStart: '2031-03-01T05:00:00.000Z',
      periodEnd: '2031-05-01T04:00:00.000Z',
      periodLabel: '1 Mar – 30 Apr 2031',
      compiledAt: '2031-05-03T09:00:00.000Z',
    });
    expect(await scheduledReports(c, march)).toHaveLength(1);
    expect([...a.errorLogs, ...b.errorLogs, ...c.errorLogs, ...d.errorLogs]).toEqual([]);
  });
});
