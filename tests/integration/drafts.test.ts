import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createStaff, createTicket, demoUserId, FACTORY_PASSWORD, latestMessageId, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const SUBMIT = graphql(
  `mutation SubmitDraftInDrafts($input: SubmitDraftInput!) { submitDraft(input: $input) { id status reason reviewer { name } author { name } } }`,
);
const APPROVE = graphql(
  `mutation ApproveDraftInDrafts($input: ApproveDraftInput!) { approveDraft(input: $input) { id status reviewedBy { name } } }`,
);
const CHANGES = graphql(
  `mutation RequestDraftChangesInDrafts($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status feedback } }`,
);
const TO_REVIEW = graphql(`query DraftsToReview { draftsToReview(first: 50) { edges { node { id body author { name } ticket { id }
  viewerCan { approve { allowed reason } requestChanges { allowed } } } } } }`);
const TIMELINE = graphql(`query TicketInDrafts($id: ID!) { ticket(id: $id) { status assignee { id } pendingDraftCount timeline { __typename
  ... on Reply { body author { name } approvedBy { name } } ... on Draft { status feedback } ... on TicketEvent { kind text } } } }`);

let server: TestServer;
let trainer: ApiClient;
let trainerName: string;
let trainee: ApiClient;
let traineeId: string;
let manager: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  const t = await signedInStaff(server, { name: 'Trainer Tess', canTrain: true });
  trainer = t.client;
  trainerName = t.user.name;
  const learner = await createStaff(server, { name: 'Trainee Tom', trainerId: t.user.id });
  traineeId = learner.id;
  trainee = await server.signIn(learner.email, FACTORY_PASSWORD);
  manager = await server.signIn('peyton@example.com');
});
afterAll(() => server?.stop());

async function submit(client: ApiClient, ticketId: string, body = 'Try Settings > Export. Did that help?', extra = {}) {
  return client.request(SUBMIT, { input: { ticketId, body, seenMessageId: await latestMessageId(server, ticketId), ...extra } });
}

async function approve(client: ApiClient, draftId: string, ticketId: string, body?: string) {
  return client.request(APPROVE, { input: { draftId, seenMessageId: await latestMessageId(server, ticketId), ...(body ? { body } : {}) } });
}

async function replies(ticketId: string): Promise<number> {
  const [row] = await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [
    ticketId,
  ]);
  return row.n;
}

describe('submitDraft (T1, W6)', () => {
  it('refuses anonymous callers and people off the rota', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    expect(errorCode(await submit(server.client(), ticket.id))).toBe('UNAUTHENTICATED');
    const { client: engineer } = await signedInStaff(server, { roles: ['ENGINEER'] });
    expect(errorCode(await submit(engineer, ticket.id))).toBe('FORBIDDEN');
  });

  it('W7: refuses a draft that does not end with a question', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    expect(errorCode(await submit(trainee, ticket.id, 'Here you go.'))).toBe('REPLY_MUST_END_WITH_QUESTION');
  });

  it('T1: a trainee’s draft tags their trainer (notification) and waits for review', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const { submitDraft } = (await submit(trainee, ticket.id)).data!;
    expect(submitDraft).toMatchObject({
      status: 'PENDING',
      reason: 'TRAINEE',
      reviewer: { name: trainerName },
      author: { name: 'Trainee Tom' },
    });
    const { notifications } = await trainer.ok(
      graphql(`query Notifications { notifications(first: 1) { unreadCount edges { node { kind body } } } }`),
    );
    expect(notifications.edges[0].node).toMatchObject({ kind: 'DRAFT_TO_REVIEW' });
    expect(notifications.edges[0].node.body).toMatch(/Trainee Tom submitted a draft/);
    expect(await replies(ticket.id)).toBe(0);
  });

  it('a newer submission replaces the pending one', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    await submit(trainee, ticket.id, 'First try. Ok?');
    await submit(trainee, ticket.id, 'Second try. Ok?');
    const { ticket: t } = await trainee.ok(TIMELINE, { id: ticket.id });
    expect(t.timeline.filter((e) => e.__typename === 'Draft').map((d) => d.status)).toEqual(['SUPERSEDED', 'PENDING']);
    expect(t.pendingDraftCount).toBe(1);
  });

  it('W6: a trained agent’s draft goes to the support managers', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const { client } = await signedInStaff(server);
    const { submitDraft } = (await submit(client, ticket.id)).data!;
    expect(submitDraft).toMatchObject({ reason: 'NOVEL_REPLY', reviewer: null });
    const visible = (await manager.ok(TO_REVIEW)).draftsToReview.edges.map((e) => e.node.id);
    expect(visible).toContain(submitDraft.id);
    const notTrainer = (await trainer.ok(TO_REVIEW)).draftsToReview.edges.map((e) => e.node.id);
    expect(notTrainer).not.toContain(submitDraft.id);
  });
});

describe('approveDraft (T2)', () => {
  it('refuses anonymous callers, other agents and the author', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    expect(errorCode(await approve(server.client(), draftId, ticket.id))).toBe('UNAUTHENTICATED');
    const { client: other } = await signedInStaff(server);
    const refused = await approve(other, draftId, ticket.id);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/Only Trainer Tess or a support manager/);
    expect(errorCode(await approve(trainee, draftId, ticket.id))).toBe('CANNOT_REVIEW_OWN_DRAFT');
    expect(await replies(ticket.id)).toBe(0);
  });

  it('C1/C4: refuses approval until the ticket has a type and a group, naming the step', async () => {
    const ticket = await createTicket(server);
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    const result = await approve(trainer, draftId, ticket.id);
    expect(errorCode(result)).toBe('CHECKLIST_INCOMPLETE');
    expect(result.errors![0]!.message).toMatch(/C1/);
  });

  it('sends the reply as written, credited to trainee and trainer; the ticket goes to the approver (R4)', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    const { approveDraft } = (await approve(trainer, draftId, ticket.id)).data!;
    expect(approveDraft).toMatchObject({ status: 'APPROVED', reviewedBy: { name: trainerName } });
    const { ticket: t } = await trainer.ok(TIMELINE, { id: ticket.id });
    const reply = t.timeline.find((e) => e.__typename === 'Reply');
    expect(reply).toMatchObject({
      body: 'Try Settings > Export. Did that help?',
      author: { name: 'Trainee Tom' },
      approvedBy: { name: trainerName },
    });
    expect(t.status).toBe('PENDING');
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'DRAFT_APPROVED' });
    const [notice] = await server.services.db.query(
      `SELECT body FROM notification WHERE recipient_id = $1 AND kind = 'DRAFT_REVIEWED' ORDER BY id DESC LIMIT 1`,
      [traineeId],
    );
    expect(notice.body).toMatch(/approved your draft/);
  });

  it('sends the edited text when the approver edits it; W7 still applies', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    expect(errorCode(await approve(manager, draftId, ticket.id, 'Edited without a question.'))).toBe('REPLY_MUST_END_WITH_QUESTION');
    await approve(manager, draftId, ticket.id, 'Edited: use Settings > Export. Does that work for you?');
    const [row] = await server.services.db.query(`SELECT body FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [ticket.id]);
    expect(row.body).toBe('Edited: use Settings > Export. Does that work for you?');
  });

  it('approves at most once: a double click and two reviewers at once send one reply', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    const results = await Promise.all([
      approve(trainer, draftId, ticket.id),
      approve(trainer, draftId, ticket.id),
      approve(manager, draftId, ticket.id),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'DRAFT_ALREADY_REVIEWED')).toHaveLength(2);
    expect(await replies(ticket.id)).toBe(1);
  });

  it('collision: refuses with TICKET_CHANGED when the customer wrote after what the approver saw', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    const seen = await latestMessageId(server, ticket.id);
    await server.services.db.query(
      `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, created_at) VALUES ($1, 'CUSTOMER', $2, 'Also, it crashed.', now())`,
      [ticket.id, ticket.customerId],
    );
    const result = await trainer.request(APPROVE, { input: { draftId, seenMessageId: seen } });
    expect(errorCode(result)).toBe('TICKET_CHANGED');
    expect(await replies(ticket.id)).toBe(0);
    const [draft] = await server.services.db.query(`SELECT status FROM ticket_draft WHERE id = $1`, [draftId]);
    expect(draft.status).toBe('PENDING');
  });
});

describe('requestDraftChanges (T2)', () => {
  it('requires feedback, and only the trainer or a manager may ask', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    expect(errorCode(await trainer.request(CHANGES, { input: { draftId, feedback: '  ' } }))).toBe('BAD_USER_INPUT');
    const { client: other } = await signedInStaff(server);
    expect(errorCode(await other.request(CHANGES, { input: { draftId, feedback: 'No' } }))).toBe('FORBIDDEN');
    expect(errorCode(await server.client().request(CHANGES, { input: { draftId, feedback: 'No' } }))).toBe('UNAUTHENTICATED');
  });

  it('the trainee sees the feedback, resubmits, and the trainer approves the new draft', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const first = (await submit(trainee, ticket.id, 'Export it. Ok?')).data!.submitDraft.id;
    const { requestDraftChanges } = await trainer.ok(CHANGES, { input: { draftId: first, feedback: 'Say where the Export button is.' } });
    expect(requestDraftChanges).toMatchObject({ status: 'CHANGES_REQUESTED', feedback: 'Say where the Export button is.' });
    expect(errorCode(await approve(trainer, first, ticket.id))).toBe('DRAFT_ALREADY_REVIEWED');
    const [notice] = await server.services.db.query(`SELECT body FROM notification WHERE recipient_id = $1 ORDER BY id DESC LIMIT 1`, [
      traineeId,
    ]);
    expect(notice.body).toMatch(/asked for changes.*Export button/);
    const second = (await submit(trainee, ticket.id, 'Click Export at the top right of the checklist. Did that help?')).data!.submitDraft
      .id;
    await approve(trainer, second, ticket.id);
    const { ticket: t } = await trainee.ok(TIMELINE, { id: ticket.id });
    expect(t.timeline.filter((e) => e.__typename === 'Draft').map((d) => d.status)).toEqual(['CHANGES_REQUESTED', 'APPROVED']);
    expect(t.timeline.filter((e) => e.__typename === 'Reply')).toHaveLength(1);
  });
});

describe('draftsToReview', () => {
  it('refuses anonymous callers and shows a trainer only their trainees’ drafts, with permissions', async () => {
    expect(errorCode(await server.client().request(TO_REVIEW))).toBe('UNAUTHENTICATED');
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    const mine = (await trainer.ok(TO_REVIEW)).draftsToReview.edges.map((e) => e.node);
    expect(mine.find((d) => d.id === draftId)).toMatchObject({
      viewerCan: { approve: { allowed: true }, requestChanges: { allowed: true } },
    });
    expect(mine.every((d) => d.author.name === 'Trainee Tom')).toBe(true);
    const kate = await demoUserId(server, 'kate@example.com');
    const all = (await manager.ok(TO_REVIEW)).draftsToReview.edges.map((e) => e.node.author.name);
    expect(all).toEqual(expect.arrayContaining(['Trainee Tom', 'Kate Novak']));
    void kate;
  });
});

describe('T3: saved-reply suggestions from drafts', () => {
  it('an approved draft flagged as a suggestion waits for a decision; the trainer accepts it into the library', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', subject: 'How to export' });
    const draftId = (
      await submit(trainee, ticket.id, 'Hi there, click Export at the top right. Did that help?', {
        suggestAsSavedReply: true,
        suggestedTitle: 'Exporting checklists',
      })
    ).data!.submitDraft.id;
    await approve(trainer, draftId, ticket.id);
    const suggestions = await trainer.ok(
      graphql(
        `query SavedReplies { savedReplies(filter: { status: SUGGESTED }) { edges { node { id title suggestedBy { name } viewerCan { decide { allowed } } } } } }`,
      ),
    );
    const suggestion = suggestions.savedReplies.edges.map((e) => e.node).find((s) => s.title === 'Exporting checklists')!;
    expect(suggestion).toMatchObject({ suggestedBy: { name: 'Trainee Tom' }, viewerCan: { decide: { allowed: true } } });
    const { client: other } = await signedInStaff(server);
    const refused = await other.request(
      graphql(`mutation DeclineSavedReplySuggestion($id: ID!) { declineSavedReplySuggestion(id: $id) { id } }`),
      { id: suggestion.id },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const accepted = await trainer.ok(
      graphql(
        `mutation AcceptSavedReplySuggestion($input: AcceptSavedReplySuggestionInput!) { acceptSavedReplySuggestion(input: $input) { status category } }`,
      ),
      { input: { id: suggestion.id, category: 'GETTING_STARTED' } },
    );
    expect(accepted.acceptSavedReplySuggestion).toEqual({ status: 'ACTIVE', category: 'GETTING_STARTED' });
    const twice = await manager.request(
      graphql(`mutation DeclineSavedReplySuggestion($id: ID!) { declineSavedReplySuggestion(id: $id) { id } }`),
      { id: suggestion.id },
    );
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
  });
});

describe('notifications about a draft are done once the draft is dealt with', () => {
  const BELL = graphql(`query NotificationsInDrafts { notifications(first: 50) { unreadCount edges { node { id kind ticket { id } } } } }`);
  const ALL = graphql(
    `query NotificationsInDrafts2 { notifications(first: 50, includeDone: true) { edges { node { kind doneAt readAt ticket { id } } } } }`,
  );
  const VIEWING = graphql(`mutation SetTicketViewing($id: ID!) { setTicketViewing(id: $id, viewing: true) }`);

  async function bell(client: ApiClient, ticketId: string, kind: string) {
    const { notifications } = await client.ok(BELL);
    return {
      unreadCount: notifications.unreadCount as number,
      items: notifications.edges.filter((e) => e.node.kind === kind && e.node.ticket?.id === ticketId),
    };
  }

  it('[trainer] approves the draft: "submitted a draft" leaves the bell and the unread count', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    const before = await bell(trainer, ticket.id, 'DRAFT_TO_REVIEW');
    expect(before.items).toHaveLength(1);
    expect((await approve(trainer, draftId, ticket.id)).errors).toBeUndefined();
    const after = await bell(trainer, ticket.id, 'DRAFT_TO_REVIEW');
    expect(after.items).toHaveLength(0);
    expect(after.unreadCount).toBe(before.unreadCount - 1);
    // Still there for whoever asks for the history, marked done and read.
    const all = (await trainer.ok(ALL)).notifications.edges.map((e) => e.node).filter((n) => n.ticket?.id === ticket.id);
    expect(all).toEqual([expect.objectContaining({ kind: 'DRAFT_TO_REVIEW', doneAt: expect.any(String), readAt: expect.any(String) })]);
  });

  it('[trainer] asks for changes: the item leaves the bell; [trainee] resubmits: the bell lists only the new draft', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    await trainer.ok(CHANGES, { input: { draftId, feedback: 'Add the link to the docs.' } });
    expect((await bell(trainer, ticket.id, 'DRAFT_TO_REVIEW')).items).toHaveLength(0);
    await submit(trainee, ticket.id, 'Here are the docs: https://example.com/docs. Did that help?');
    expect((await bell(trainer, ticket.id, 'DRAFT_TO_REVIEW')).items).toHaveLength(1);
  });

  it('[trainee] submits again before review: the replaced draft’s item is done, one item remains', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    await submit(trainee, ticket.id, 'First try. Ok?');
    await submit(trainee, ticket.id, 'Second try. Ok?');
    expect((await bell(trainer, ticket.id, 'DRAFT_TO_REVIEW')).items).toHaveLength(1);
  });

  it('W6: [manager] approves an agent’s novel draft: it leaves every manager’s bell', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const { client: agent } = await signedInStaff(server);
    const { client: otherManager } = await signedInStaff(server, { roles: ['AGENT', 'MANAGER'] });
    const draftId = (await submit(agent, ticket.id)).data!.submitDraft.id;
    expect((await bell(otherManager, ticket.id, 'DRAFT_TO_REVIEW')).items).toHaveLength(1);
    expect((await approve(manager, draftId, ticket.id)).errors).toBeUndefined();
    expect((await bell(otherManager, ticket.id, 'DRAFT_TO_REVIEW')).items).toHaveLength(0);
    expect((await bell(manager, ticket.id, 'DRAFT_TO_REVIEW')).items).toHaveLength(0);
  });

  it('a refused approval changes nothing: the item stays on the bell', async () => {
    const ticket = await createTicket(server);
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    expect(errorCode(await approve(trainer, draftId, ticket.id))).toBe('CHECKLIST_INCOMPLETE');
    expect((await bell(trainer, ticket.id, 'DRAFT_TO_REVIEW')).items).toHaveLength(1);
  });

  it('[trainee] opens the ticket: "asked for changes" leaves their bell', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const draftId = (await submit(trainee, ticket.id)).data!.submitDraft.id;
    await trainer.ok(CHANGES, { input: { draftId, feedback: 'Shorter, please.' } });
    expect((await bell(trainee, ticket.id, 'DRAFT_REVIEWED')).items).toHaveLength(1);
    await trainee.ok(VIEWING, { id: ticket.id });
    expect((await bell(trainee, ticket.id, 'DRAFT_REVIEWED')).items).toHaveLength(0);
  });
});
