import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TRAINING } from '../../server/src/db/seed/demo-training.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const CHAIN = graphql(`query ChainInDemo { trainingChain { nodes { id depth status startedAt graduatedAt
  person { name isTrainee canTrain } trainer { name } currentTrainees { name } } } }`);
const RECORD = graphql(`query RecordInDemo($id: ID!) { trainingRecord(traineeId: $id) { status weeksInTraining draftsSubmitted
  approvedAsWritten changesRequested recentFeedback { feedback } note graduatedBy { name } } }`);
const DAY = 24 * 3600_000;

/** What the Training page of a new demo shows: a three-link chain with real dates, and Kate in training. */
describe('the demo team’s training chain (T4)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('T4: Peyton trained Lena, Lena trained Ben, Ben trained Sam (all graduated months ago); Kate is still Peyton’s trainee', async () => {
    const agent = await server.signIn('ben@example.com');
    const { trainingChain } = await agent.ok(CHAIN);
    expect(trainingChain.nodes.map((n) => `${'  '.repeat(n.depth)}${n.person.name} ${n.status ?? ''}`.trimEnd())).toEqual([
      'Peyton Brooks',
      '  Lena Fischer GRADUATED',
      '    Ben Carter GRADUATED',
      '      Sam Okafor GRADUATED',
      '  Kate Novak IN_TRAINING',
    ]);
    const byName = new Map(trainingChain.nodes.map((n) => [n.person.name, n]));
    expect(byName.get('Peyton Brooks')!.currentTrainees).toEqual([{ name: 'Kate Novak' }]);
    for (const name of ['Lena Fischer', 'Ben Carter', 'Sam Okafor']) {
      const node = byName.get(name)!;
      expect(node.person, name).toMatchObject({ isTrainee: false, canTrain: true });
      // Graduated months before the oldest demo ticket (four months ago), after weeks of training.
      expect(Date.now() - Date.parse(node.graduatedAt!), name).toBeGreaterThan(150 * DAY);
      expect(Date.parse(node.graduatedAt!) - Date.parse(node.startedAt!), name).toBeGreaterThan(3 * 7 * DAY);
    }
    expect(byName.get('Kate Novak')).toMatchObject({ trainer: { name: 'Peyton Brooks' }, person: { isTrainee: true }, graduatedAt: null });
  });

  it('T4: each graduation was signed off by the trainer with their note; Kate’s record counts her drafts', async () => {
    const peyton = await server.signIn('peyton@example.com');
    const ids = new Map(
      ((await server.services.db.query(`SELECT id, email FROM app_user`)) as { id: string; email: string }[]).map((u) => [
        u.email.split('@')[0],
        u.id,
      ]),
    );
    for (const link of DEMO_TRAINING) {
      const { trainingRecord } = await peyton.ok(RECORD, { id: ids.get(link.trainee)! });
      expect(trainingRecord, link.trainee).toMatchObject({ status: 'GRADUATED', note: link.note });
      expect(trainingRecord!.weeksInTraining).toBe(Math.floor((link.startedDaysAgo - link.graduatedDaysAgo) / 7));
    }
    const { trainingRecord: kate } = await peyton.ok(RECORD, { id: ids.get('kate')! });
    expect(kate).toMatchObject({ status: 'IN_TRAINING', weeksInTraining: 8, graduatedBy: null });
    expect(kate!.draftsSubmitted).toBeGreaterThan(0);
    expect(kate!.approvedAsWritten + kate!.changesRequested).toBeGreaterThan(0);
  });
});
