import { LIMITS } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createStaff, createTicket, FACTORY_PASSWORD, latestMessageId, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const GRADUATE = graphql(`mutation GraduateInTraining($input: GraduateTraineeInput!) { graduateTrainee(input: $input) {
  id isTrainee canTrain graduatedAt version trainer { id } } }`);
const CHAIN = graphql(`query ChainInTraining { trainingChain { nodes { id depth status startedAt endedAt graduatedAt trainedCount
  person { id name } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason code } } } }`);
const RECORD = graphql(`query RecordInTraining($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt graduatedAt note
  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending approvedAsWrittenShare sentence
  recentFeedback { feedback reviewerName ticketNumber } trainee { id } trainer { id } graduatedBy { id }
  viewerCanGraduate { allowed reason } } }`);
const UPDATE_USER = graphql(
  `mutation UpdateUserInTraining($input: UpdateUserInput!) { updateUser(input: $input) { id version isTrainee trainer { id } } }`,
);
const CREATE_USER = graphql(
  `mutation CreateUserInTraining($input: CreateUserInput!) { createUser(input: $input) { id isTrainee trainer { id } } }`,
);
const SUBMIT = graphql(`mutation SubmitInTraining($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }`);
const APPROVE = graphql(`mutation ApproveInTraining($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }`);
const CHANGES = graphql(
  `mutation ChangesInTraining($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status } }`,
);
const REPLY = graphql(
  `mutation ReplyInTraining($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status assignee { id } } }`,
);
const TICKET_CAN = graphql(`query TicketCanInTraining($id: ID!) { ticket(id: $id) { id viewerCan { reply { allowed code } } } }`);

let server: TestServer;
let admin: ApiClient;
let manager: ApiClient;

type Row = Record<string, unknown>;
const query = (sql: string, params: unknown[] = []): Promise<Row[]> => server.services.db.query(sql, params);
const person = async (id: string) =>
  (await query(`SELECT trainer_id, can_train, graduated_at, version FROM app_user WHERE id = $1`, [id]))[0]!;
const linksOf = (traineeId: string) =>
  query(
    `SELECT trainer_id, ended_at, graduated_at, graduated_by_id, note FROM training_link WHERE trainee_id = $1 ORDER BY started_at, ended_at NULLS LAST`,
    [traineeId],
  );

/** A trainer (a graduate allowed to train) with a new trainee, both signed in. */
async function pair(names = { trainer: 'Trainer', trainee: 'Trainee' }) {
  const trainer = await signedInStaff(server, { name: `${names.trainer} ${Math.random().toString(36).slice(2, 6)}`, canTrain: true });
  const traineeUser = await createStaff(server, {
    name: `${names.trainee} ${Math.random().toString(36).slice(2, 6)}`,
    trainerId: trainer.user.id,
  });
  const trainee = { user: traineeUser, client: await server.signIn(traineeUser.email, FACTORY_PASSWORD) };
  return { trainer, trainee };
}

async function graduate(client: ApiClient, traineeId: string, note = 'Clear answers, asks the right questions.', version?: number) {
  return client.request(GRADUATE, { input: { traineeId, note, version: version ?? ((await person(traineeId)).version as number) } });
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin@example.com');
  manager = await server.signIn('peyton@example.com');
});
afterAll(() => server?.stop());

describe('graduateTrainee (T4)', () => {
  it('refuses anonymous callers and people who neither train nor administer, changing nothing', async () => {
    const { trainee } = await pair();
    expect(errorCode(await graduate(server.client(), trainee.user.id))).toBe('UNAUTHENTICATED');
    const { client: engineer } = await signedInStaff(server, { roles: ['ENGINEER'] });
    expect(errorCode(await graduate(engineer, trainee.user.id))).toBe('FORBIDDEN');
    expect(await person(trainee.user.id)).toMatchObject({ trainer_id: expect.any(String), graduated_at: null });
  });

  it('T4: refuses an agent who is not their trainer and the trainee themself, naming who may', async () => {
    const { trainer, trainee } = await pair();
    const { client: otherAgent } = await signedInStaff(server, { canTrain: true });
    const refused = await graduate(otherAgent, trainee.user.id);
    expect(errorCode(refused)).toBe('NOT_THEIR_TRAINER');
    expect(refused.errors![0]!.message).toBe(`Only ${trainer.user.name}, a support manager or an admin can graduate ${trainee.user.name}.`);
    expect(errorCode(await graduate(trainee.client, trainee.user.id))).toBe('NOT_THEIR_TRAINER');
    expect(await person(trainee.user.id)).toMatchObject({ trainer_id: trainer.user.id, graduated_at: null, can_train: false });
    expect(await linksOf(trainee.user.id)).toEqual([expect.objectContaining({ trainer_id: trainer.user.id, ended_at: null })]);
  });

  it.each([
    ['no note', '', 'BAD_USER_INPUT', /short note/],
    ['a note of spaces', '   ', 'BAD_USER_INPUT', /short note/],
    ['a note over the limit', 'x'.repeat(LIMITS.training.graduationNoteMax + 1), 'BAD_USER_INPUT', /280|note/],
    ['a note on two lines', 'Ready.\nWell done.', 'BAD_USER_INPUT', /one line/],
    ['a note with NUL', 'Ready.\u0000', 'BAD_USER_INPUT', /cannot be stored|one line/],
  ])('T4: refuses %s, changing nothing', async (_, note, code, message) => {
    const { trainer, trainee } = await pair();
    const result = await graduate(trainer.client, trainee.user.id, note);
    expect(errorCode(result)).toBe(code);
    expect(result.errors![0]!.message).toMatch(message);
    expect(await person(trainee.user.id)).toMatchObject({ trainer_id: trainer.user.id, graduated_at: null, version: 1 });
    expect(await linksOf(trainee.user.id)).toHaveLength(1);
  });

  it('refuses an unknown or malformed id (NOT_FOUND) and someone who is not in training (NOT_A_TRAINEE)', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
      expect(errorCode(await manager.request(GRADUATE, { input: { traineeId: id, note: 'Ready.', version: 1 } }))).toBe('NOT_FOUND');
    }
    const agent = await createStaff(server);
    const result = await graduate(manager, agent.id);
    expect(errorCode(result)).toBe('NOT_A_TRAINEE');
    expect(await linksOf(agent.id)).toEqual([]);
  });

  it('T4: their trainer graduates them: no trainer, may train, graduated now; the link closes with the note and who signed it off', async () => {
    const { trainer, trainee } = await pair();
    const { graduateTrainee } = (await graduate(trainer.client, trainee.user.id, '  Ready: clear, kind answers.  ')).data!;
    expect(graduateTrainee).toMatchObject({ id: trainee.user.id, isTrainee: false, canTrain: true, trainer: null, version: 2 });
    expect(graduateTrainee.graduatedAt).not.toBeNull();
    const [link] = await linksOf(trainee.user.id);
    expect(link).toMatchObject({ trainer_id: trainer.user.id, graduated_by_id: trainer.user.id, note: 'Ready: clear, kind answers.' });
    expect(link!.ended_at).toEqual(link!.graduated_at);
    const { trainingChain } = await manager.ok(CHAIN);
    const node = trainingChain.nodes.find((n) => n.id === trainee.user.id)!;
    expect(node).toMatchObject({
      status: 'GRADUATED',
      trainer: { id: trainer.user.id },
      viewerCanGraduate: { allowed: false, code: 'NOT_A_TRAINEE' },
    });
    const trainerNode = trainingChain.nodes.find((n) => n.id === trainer.user.id)!;
    expect(trainerNode).toMatchObject({ depth: 0, trainedCount: 1, currentTrainees: [] });
    expect(node.depth).toBe(1);
  });

  it('T4: a support manager who is not their trainer, and an admin (the override), graduate too', async () => {
    const first = await pair();
    expect((await graduate(manager, first.trainee.user.id)).data?.graduateTrainee.isTrainee).toBe(false);
    const second = await pair();
    expect((await graduate(admin, second.trainee.user.id)).data?.graduateTrainee.isTrainee).toBe(false);
    expect((await linksOf(second.trainee.user.id))[0]).toMatchObject({
      graduated_by_id: (await query(`SELECT id FROM app_user WHERE email = 'admin@example.com'`))[0]!.id,
    });
  });

  it('refuses a stale version (STALE_DATA), changing nothing', async () => {
    const { trainer, trainee } = await pair();
    await trainee.client.ok(UPDATE_USER, { input: { id: trainee.user.id, version: 1, timeZone: 'Europe/Berlin' } });
    const result = await graduate(trainer.client, trainee.user.id, 'Ready.', 1);
    expect(errorCode(result)).toBe('STALE_DATA');
    expect(await person(trainee.user.id)).toMatchObject({ trainer_id: trainer.user.id, graduated_at: null, version: 2 });
  });

  it('T4: the trainer and a manager graduate at once: exactly one succeeds, one graduation is recorded', async () => {
    const { trainer, trainee } = await pair();
    const version = (await person(trainee.user.id)).version as number;
    const results = await Promise.all([
      graduate(trainer.client, trainee.user.id, 'From the trainer.', version),
      graduate(manager, trainee.user.id, 'From the manager.', version),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(['NOT_A_TRAINEE', 'STALE_DATA']).toContain(errorCode(results.find((r) => r.errors)!));
    const links = await linksOf(trainee.user.id);
    expect(links).toHaveLength(1);
    expect(links[0]!.note).toMatch(/^From the /);
    expect(await person(trainee.user.id)).toMatchObject({ trainer_id: null, version: version + 1 });
  });

  it('T4: the graduate replies directly (no draft) while their pending draft stays with the trainer, who can still approve it', async () => {
    const { trainer, trainee } = await pair();
    const pendingTicket = await createTicket(server, { type: 'QUESTION' });
    const { submitDraft } = await trainee.client.ok(SUBMIT, {
      input: {
        ticketId: pendingTicket.id,
        body: 'Try Settings > Export. Did that help?',
        seenMessageId: await latestMessageId(server, pendingTicket.id),
      },
    });
    const fresh = await createTicket(server, { type: 'QUESTION' });
    const before = await trainee.client.ok(TICKET_CAN, { id: fresh.id });
    expect(before.ticket!.viewerCan.reply).toMatchObject({ allowed: false, code: 'TRAINEE_MUST_SUBMIT_DRAFT' });
    await graduate(trainer.client, trainee.user.id);

    const after = await trainee.client.ok(TICKET_CAN, { id: fresh.id });
    expect(after.ticket!.viewerCan.reply.allowed).toBe(true);
    const { replyToTicket } = await trainee.client.ok(REPLY, {
      input: {
        ticketId: fresh.id,
        body: 'You can export from Settings > Export. Did that help?',
        seenMessageId: await latestMessageId(server, fresh.id),
      },
    });
    expect(replyToTicket).toMatchObject({ status: 'PENDING', assignee: { id: trainee.user.id } });
    expect(await query(`SELECT id FROM ticket_draft WHERE ticket_id = $1`, [fresh.id])).toEqual([]);
    expect(await query(`SELECT author_id, approved_by_id FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [fresh.id])).toEqual(
      [{ author_id: trainee.user.id, approved_by_id: null }],
    );

    const approved = await trainer.client.ok(APPROVE, {
      input: { draftId: submitDraft.id, seenMessageId: await latestMessageId(server, pendingTicket.id) },
    });
    expect(approved.approveDraft.status).toBe('APPROVED');
  });

  it('T4: a graduate who replies directly where their own draft waits: the reply answers it, nobody approves it into a second one', async () => {
    const { trainer, trainee } = await pair();
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const { submitDraft } = await trainee.client.ok(SUBMIT, {
      input: {
        ticketId: ticket.id,
        body: 'Try Settings > Export. Did that help?',
        seenMessageId: await latestMessageId(server, ticket.id),
      },
    });
    await graduate(trainer.client, trainee.user.id);
    await trainee.client.ok(REPLY, {
      input: {
        ticketId: ticket.id,
        body: 'Open Settings, then Export. Did that help?',
        seenMessageId: await latestMessageId(server, ticket.id),
      },
    });
    expect((await query(`SELECT status FROM ticket_draft WHERE id = $1`, [submitDraft.id]))[0]).toEqual({ status: 'SUPERSEDED' });
    const late = await trainer.client.request(APPROVE, {
      input: { draftId: submitDraft.id, seenMessageId: await latestMessageId(server, ticket.id) },
    });
    expect(errorCode(late)).toBe('DRAFT_ALREADY_REVIEWED');
    expect(await query(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [ticket.id])).toEqual([
      { n: 1 },
    ]);
  });

  it('T4: the graduate can be set as the trainer of a new person, and of someone already on the team', async () => {
    const { trainer, trainee } = await pair();
    await graduate(trainer.client, trainee.user.id);
    const suffix = Math.random().toString(36).slice(2, 8);
    const { createUser } = await admin.ok(CREATE_USER, {
      input: {
        name: `New ${suffix}`,
        email: `new-${suffix}@test.example`,
        password: 'a-long-enough-password',
        roles: ['AGENT'],
        trainerId: trainee.user.id,
      },
    });
    expect(createUser).toMatchObject({ isTrainee: true, trainer: { id: trainee.user.id } });
    const colleague = await createStaff(server);
    const { updateUser } = await admin.ok(UPDATE_USER, { input: { id: colleague.id, version: 1, trainerId: trainee.user.id } });
    expect(updateUser.trainer).toEqual({ id: trainee.user.id });
    const { trainingChain } = await manager.ok(CHAIN);
    const graduateNode = trainingChain.nodes.find((n) => n.id === trainee.user.id)!;
    expect(graduateNode.currentTrainees.map((p) => p.id).sort()).toEqual([createUser.id, colleague.id].sort());
    expect(trainingChain.nodes.find((n) => n.id === createUser.id)!.depth).toBe(graduateNode.depth + 1);
  });
});

describe('trainer changes keep the chain true (users service)', () => {
  it('T4: setting, changing and removing a trainer in the admin editor opens and closes links; removing it graduates', async () => {
    const first = await signedInStaff(server, { canTrain: true });
    const second = await signedInStaff(server, { canTrain: true });
    const learner = await createStaff(server);
    await admin.ok(UPDATE_USER, { input: { id: learner.id, version: 1, trainerId: first.user.id } });
    await admin.ok(UPDATE_USER, { input: { id: learner.id, version: 2, trainerId: second.user.id } });
    await admin.ok(UPDATE_USER, { input: { id: learner.id, version: 3, trainerId: null } });
    const adminId = (await query(`SELECT id FROM app_user WHERE email = 'admin@example.com'`))[0]!.id;
    expect(await linksOf(learner.id)).toEqual([
      expect.objectContaining({ trainer_id: first.user.id, graduated_at: null, graduated_by_id: null, ended_at: expect.any(Date) }),
      expect.objectContaining({ trainer_id: second.user.id, graduated_by_id: adminId, graduated_at: expect.any(Date), note: null }),
    ]);
    const { trainingChain } = await manager.ok(CHAIN);
    expect(trainingChain.nodes.find((n) => n.id === learner.id)).toMatchObject({ status: 'GRADUATED', trainer: { id: second.user.id } });
  });

  it('T4: a trainer that would make a loop is refused with the reason, changing nothing', async () => {
    // A trained B, B trained C (both graduated); C cannot become A's trainer.
    const a = await signedInStaff(server, { name: `Ada ${Math.random().toString(36).slice(2, 6)}`, canTrain: true });
    const b = await createStaff(server, { name: `Bo ${Math.random().toString(36).slice(2, 6)}`, trainerId: a.user.id });
    await graduate(a.client, b.id);
    const bClient = await server.signIn(b.email, FACTORY_PASSWORD);
    const c = await createStaff(server, { name: `Cy ${Math.random().toString(36).slice(2, 6)}`, trainerId: b.id });
    await graduate(bClient, c.id);
    const version = (await person(a.user.id)).version as number;
    const result = await admin.request(UPDATE_USER, { input: { id: a.user.id, version, trainerId: c.id } });
    expect(errorCode(result)).toBe('TRAINING_CYCLE');
    expect(result.errors![0]!.message).toBe(
      `${c.name} cannot train ${a.user.name}: ${a.user.name} trained ${b.name} and ${b.name} trained ${c.name}. A training chain never loops back (T4).`,
    );
    expect(await person(a.user.id)).toMatchObject({ trainer_id: null, version });
    expect(await linksOf(a.user.id)).toEqual([]);
  });

  it('T4: a trainee cannot train: refused with the reason', async () => {
    const { trainee } = await pair();
    const agent = await createStaff(server);
    const result = await admin.request(UPDATE_USER, { input: { id: agent.id, version: 1, trainerId: trainee.user.id } });
    expect(errorCode(result)).toBe('TRAINEE_CANNOT_TRAIN');
    expect(result.errors![0]!.message).toMatch(/still in training/);
    expect(await linksOf(agent.id)).toEqual([]);
  });
});

describe('trainingChain (T4)', () => {
  it('refuses anonymous callers', async () => {
    expect(errorCode(await server.client().request(CHAIN))).toBe('UNAUTHENTICATED');
  });

  it('shows everyone signed in (an engineer too) who trained whom, with the graduate button only where they may', async () => {
    const { client: engineer } = await signedInStaff(server, { roles: ['ENGINEER'] });
    const { trainingChain } = await engineer.ok(CHAIN);
    const kate = trainingChain.nodes.find((n) => n.person.name === 'Kate Novak')!;
    expect(kate).toMatchObject({ status: 'IN_TRAINING', trainer: { name: 'Peyton Brooks' }, endedAt: null });
    expect(kate.viewerCanGraduate).toMatchObject({ allowed: false, code: 'NOT_THEIR_TRAINER' });
    const asPeyton = (await manager.ok(CHAIN)).trainingChain.nodes.find((n) => n.id === kate.id)!;
    expect(asPeyton.viewerCanGraduate).toMatchObject({ allowed: true, reason: null });
  });
});

describe('trainingRecord (T4)', () => {
  it('refuses anonymous callers, people off the rota, and agents who neither are nor train the trainee', async () => {
    const { trainee } = await pair();
    expect(errorCode(await server.client().request(RECORD, { id: trainee.user.id }))).toBe('UNAUTHENTICATED');
    const { client: engineer } = await signedInStaff(server, { roles: ['ENGINEER'] });
    expect(errorCode(await engineer.request(RECORD, { id: trainee.user.id }))).toBe('FORBIDDEN');
    const { client: agent } = await signedInStaff(server);
    const refused = await agent.request(RECORD, { id: trainee.user.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/training record/);
  });

  it('refuses an unknown or malformed id; someone who never trained has no record', async () => {
    expect(errorCode(await manager.request(RECORD, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await manager.request(RECORD, { id: 'nope' }))).toBe('NOT_FOUND');
    const agent = await createStaff(server);
    expect((await manager.ok(RECORD, { id: agent.id })).trainingRecord).toBeNull();
  });

  it('T4: counts the drafts of the training: submitted, approved as written, with edits, sent back, pending, recent feedback', async () => {
    const { trainer, trainee } = await pair();
    const draft = async (body: string) => {
      const ticket = await createTicket(server, { type: 'QUESTION' });
      const seenMessageId = await latestMessageId(server, ticket.id);
      const { submitDraft } = await trainee.client.ok(SUBMIT, { input: { ticketId: ticket.id, body, seenMessageId } });
      return { id: submitDraft.id, ticket, seenMessageId };
    };
    const asWritten = await draft('Settings > Export. Did that help?');
    await trainer.client.ok(APPROVE, { input: { draftId: asWritten.id, seenMessageId: asWritten.seenMessageId } });
    const edited = await draft('Settings. Did that help?');
    await trainer.client.ok(APPROVE, {
      input: { draftId: edited.id, seenMessageId: edited.seenMessageId, body: 'Open Settings, then Export. Did that help?' },
    });
    const sentBack = await draft('Export it. Ok?');
    await trainer.client.ok(CHANGES, { input: { draftId: sentBack.id, feedback: 'Say where the Export button is.' } });
    await draft('Still waiting. Did that help?');

    for (const reader of [trainer.client, trainee.client, manager, admin]) {
      const { trainingRecord } = await reader.ok(RECORD, { id: trainee.user.id });
      expect(trainingRecord).toMatchObject({
        status: 'IN_TRAINING',
        weeksInTraining: 0,
        draftsSubmitted: 4,
        approvedAsWritten: 1,
        approvedWithEdits: 1,
        changesRequested: 1,
        pending: 1,
        approvedAsWrittenShare: 1 / 3,
        recentFeedback: [
          { feedback: 'Say where the Export button is.', reviewerName: trainer.user.name, ticketNumber: sentBack.ticket.number },
        ],
        trainer: { id: trainer.user.id },
        graduatedBy: null,
        note: null,
      });
    }
    const asTrainer = await trainer.client.ok(RECORD, { id: trainee.user.id });
    expect(asTrainer.trainingRecord!.viewerCanGraduate).toEqual({ allowed: true, reason: null });
    const asTrainee = await trainee.client.ok(RECORD, { id: trainee.user.id });
    expect(asTrainee.trainingRecord!.viewerCanGraduate.allowed).toBe(false);

    await graduate(trainer.client, trainee.user.id, 'Ready.');
    const { trainingRecord } = await trainer.client.ok(RECORD, { id: trainee.user.id });
    expect(trainingRecord).toMatchObject({
      status: 'GRADUATED',
      note: 'Ready.',
      graduatedBy: { id: trainer.user.id },
      draftsSubmitted: 4,
      pending: 1,
    });
    // The trainer they graduated with still reads it.
    expect(trainingRecord!.graduatedAt).not.toBeNull();
  });
});
