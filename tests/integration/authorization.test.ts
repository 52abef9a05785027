import { ALL_ROLES, type Role } from '@tandem/shared';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AuthDecision } from '../../server/src/common/auth.js';
import { buildAppSchema } from '../../server/src/schema.js';
import { errorCode, untyped, type ApiClient } from '../support/api-client.js';
import { FACTORY_PASSWORD, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

type Principal = 'ANONYMOUS' | Role | 'TRAINEE';

interface Operation {
  decision: AuthDecision;
  document: string;
  variables?: (self: { id: string; version: number }) => Record<string, unknown>;
  /** Subscriptions run over the WebSocket: the handshake itself is refused without a session. */
  viaWebSocket?: boolean;
}

const NO_SUCH_ID = '00000000-0000-0000-0000-000000000000';
const ON_ROTA: Role[] = ['AGENT', 'MANAGER'];
// Feature requests (in the resolver's order): who reads the ranking, who reads reports, who shapes cards.
const FEATURE_READERS: Role[] = ['PRODUCT', 'MANAGER', 'AGENT', 'ENGINEER'];
const REPORT_READERS: Role[] = ['PRODUCT', 'MANAGER', 'ENGINEER'];
const PRODUCT: Role[] = ['PRODUCT', 'MANAGER'];
// T4 (in the resolver's order): who trains, and admins, who keep the override.
const GRADUATORS: Role[] = ['MANAGER', 'AGENT', 'ADMIN'];

/**
 * Every operation of the API with its expected authorization decision. A new operation fails the
 * schema walk below until it is added here, so nobody can ship one without deciding who may call it.
 */
const OPERATIONS: Record<string, Operation> = {
  viewer: { decision: 'PUBLIC', document: `{ viewer { id } }` },
  users: { decision: 'LOGGED_IN', document: `{ users(first: 1) { edges { node { id } } } }` },
  login: {
    decision: 'PUBLIC',
    document: `mutation { login(input: { email: "nobody@test.example", password: "not-a-password" }) { id } }`,
  },
  logout: { decision: 'PUBLIC', document: `mutation { logout }` },
  changePassword: {
    decision: 'LOGGED_IN',
    document: `mutation { changePassword(input: { currentPassword: "wrong-password", newPassword: "another-long-one" }) }`,
  },
  createUser: {
    decision: ['ADMIN'],
    document: `mutation ($email: String!) {
      createUser(input: { name: "Table Test", email: $email, password: "a-long-password", roles: [AGENT] }) { id }
    }`,
    variables: () => ({ email: `table-${Math.random().toString(36).slice(2)}@test.example` }),
  },
  updateUser: {
    decision: 'LOGGED_IN',
    document: `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
    variables: (self) => ({ input: { id: self.id, version: self.version, timeZone: 'UTC' } }),
  },
  deactivateUser: { decision: ['ADMIN'], document: `mutation { deactivateUser(id: "${NO_SUCH_ID}") { id } }` },
  reactivateUser: { decision: ['ADMIN'], document: `mutation { reactivateUser(id: "${NO_SUCH_ID}") { id } }` },
  tickets: { decision: 'LOGGED_IN', document: `{ tickets(first: 1) { edges { node { id } } } }` },
  ticketCount: { decision: 'LOGGED_IN', document: `{ ticketCount(filter: {}) { count hasMore } }` },
  ticket: { decision: 'LOGGED_IN', document: `{ ticket(id: "${NO_SUCH_ID}") { id } }` },
  submitTicket: {
    decision: 'PUBLIC',
    document: `mutation { submitTicket(input: { name: "Table", email: "table@test.example", subject: "Table test", message: "Hello" }) { reference } }`,
  },
  claimTicket: { decision: ON_ROTA, document: `mutation { claimTicket(id: "${NO_SUCH_ID}") { id } }` },
  assignTicket: { decision: ['MANAGER'], document: `mutation { assignTicket(id: "${NO_SUCH_ID}", assigneeId: "${NO_SUCH_ID}") { id } }` },
  releaseTicket: { decision: ON_ROTA, document: `mutation { releaseTicket(id: "${NO_SUCH_ID}") { id } }` },
  setTicketType: { decision: ON_ROTA, document: `mutation { setTicketType(id: "${NO_SUCH_ID}", type: BUG) { id } }` },
  setTicketGroup: { decision: ON_ROTA, document: `mutation { setTicketGroup(id: "${NO_SUCH_ID}", group: SALES) { id } }` },
  setTicketComplex: { decision: ON_ROTA, document: `mutation { setTicketComplex(id: "${NO_SUCH_ID}", isComplex: true) { id } }` },
  flagFrustrated: { decision: ON_ROTA, document: `mutation { flagFrustrated(id: "${NO_SUCH_ID}") { id } }` },
  dismissFrustrationSuggestion: { decision: ON_ROTA, document: `mutation { dismissFrustrationSuggestion(id: "${NO_SUCH_ID}") { id } }` },
  addNote: { decision: 'LOGGED_IN', document: `mutation { addNote(input: { ticketId: "${NO_SUCH_ID}", body: "x" }) { id } }` },
  replyToTicket: {
    decision: ON_ROTA,
    document: `mutation { replyToTicket(input: { ticketId: "${NO_SUCH_ID}", body: "Ok?", seenMessageId: "1" }) { id } }`,
  },
  closeTicket: { decision: ON_ROTA, document: `mutation { closeTicket(id: "${NO_SUCH_ID}") { id } }` },
  reopenTicket: { decision: ON_ROTA, document: `mutation { reopenTicket(id: "${NO_SUCH_ID}") { id } }` },
  setTicketViewing: { decision: 'LOGGED_IN', document: `mutation { setTicketViewing(id: "${NO_SUCH_ID}", viewing: true) }` },
  draftsToReview: { decision: ON_ROTA, document: `{ draftsToReview(first: 1) { edges { node { id } } } }` },
  submitDraft: {
    decision: ON_ROTA,
    document: `mutation { submitDraft(input: { ticketId: "${NO_SUCH_ID}", body: "Ok?", seenMessageId: "1" }) { id } }`,
  },
  approveDraft: {
    decision: ON_ROTA,
    document: `mutation { approveDraft(input: { draftId: "${NO_SUCH_ID}", seenMessageId: "1" }) { id } }`,
  },
  requestDraftChanges: {
    decision: ON_ROTA,
    document: `mutation { requestDraftChanges(input: { draftId: "${NO_SUCH_ID}", feedback: "More detail" }) { id } }`,
  },
  savedReplies: { decision: 'LOGGED_IN', document: `{ savedReplies(first: 1) { edges { node { id } } } }` },
  renderSavedReply: { decision: 'LOGGED_IN', document: `{ renderSavedReply(savedReplyId: "${NO_SUCH_ID}", ticketId: "${NO_SUCH_ID}") }` },
  createSavedReply: {
    decision: ['MANAGER'],
    document: `mutation { createSavedReply(input: { title: "", body: "", category: OTHER }) { id } }`,
  },
  updateSavedReply: { decision: ['MANAGER'], document: `mutation { updateSavedReply(input: { id: "${NO_SUCH_ID}", version: 1 }) { id } }` },
  archiveSavedReply: { decision: ['MANAGER'], document: `mutation { archiveSavedReply(id: "${NO_SUCH_ID}") { id } }` },
  outbox: { decision: ['ADMIN'], document: `{ outbox(first: 1) { smtpConfigured edges { node { id } } } }` },
  retryOutboxMail: { decision: ['ADMIN'], document: `mutation { retryOutboxMail(id: "${NO_SUCH_ID}") { id } }` },
  sendFollowUp: { decision: ON_ROTA, document: `mutation { sendFollowUp(id: "${NO_SUCH_ID}", seenMessageId: "1") { id } }` },
  revokeTicketLinks: { decision: ON_ROTA, document: `mutation { revokeTicketLinks(id: "${NO_SUCH_ID}") { id } }` },
  createCustomerLink: { decision: ON_ROTA, document: `mutation { createCustomerLink(id: "${NO_SUCH_ID}") { url } }` },
  outboxMail: { decision: ['ADMIN'], document: `{ outboxMail(id: "${NO_SUCH_ID}") { id } }` },
  acceptSavedReplySuggestion: {
    decision: ON_ROTA,
    document: `mutation { acceptSavedReplySuggestion(input: { id: "${NO_SUCH_ID}" }) { id } }`,
  },
  declineSavedReplySuggestion: { decision: ON_ROTA, document: `mutation { declineSavedReplySuggestion(id: "${NO_SUCH_ID}") { id } }` },
  teamSettings: { decision: 'LOGGED_IN', document: `{ teamSettings { version } }` },
  updateTeamSettings: {
    decision: ['MANAGER', 'ADMIN'],
    document: `mutation { updateTeamSettings(input: { version: -1 }) { version } }`,
  },
  notifications: { decision: 'LOGGED_IN', document: `{ notifications(first: 1) { unreadCount } }` },
  markNotificationsRead: { decision: 'LOGGED_IN', document: `mutation { markNotificationsRead(ids: []) }` },
  ticketChanged: { decision: 'LOGGED_IN', viaWebSocket: true, document: `subscription { ticketChanged(id: "${NO_SUCH_ID}") { id } }` },
  queueChanged: { decision: 'LOGGED_IN', viaWebSocket: true, document: `subscription { queueChanged { ticketId } }` },
  notificationsChanged: { decision: 'LOGGED_IN', viaWebSocket: true, document: `subscription { notificationsChanged { unreadCount } }` },
  bugs: { decision: ['ENGINEER', 'MANAGER', 'AGENT'], document: `{ bugs(first: 1) { edges { node { id } } } }` },
  bug: { decision: ['ENGINEER', 'MANAGER', 'AGENT'], document: `{ bug(id: "${NO_SUCH_ID}") { id } }` },
  similarBugs: { decision: ['AGENT', 'MANAGER', 'ENGINEER'], document: `{ similarBugs(title: "Export fails") { similarity } }` },
  escalateTicket: { decision: ON_ROTA, document: `mutation { escalateTicket(input: { ticketId: "${NO_SUCH_ID}" }) { id } }` },
  linkTicketToBug: {
    decision: ['AGENT', 'MANAGER', 'ENGINEER'],
    document: `mutation { linkTicketToBug(input: { ticketId: "${NO_SUCH_ID}", bugId: "${NO_SUCH_ID}" }) { id } }`,
  },
  unlinkTicketFromBug: {
    decision: ['AGENT', 'MANAGER', 'ENGINEER'],
    document: `mutation { unlinkTicketFromBug(ticketId: "${NO_SUCH_ID}") { id } }`,
  },
  updateBug: { decision: ['ENGINEER', 'MANAGER'], document: `mutation { updateBug(input: { id: "${NO_SUCH_ID}", version: 1 }) { id } }` },
  assignBug: {
    decision: ['ENGINEER', 'MANAGER'],
    document: `mutation { assignBug(id: "${NO_SUCH_ID}", engineerId: null, version: 1) { id } }`,
  },
  setBugStatus: {
    decision: ['ENGINEER', 'MANAGER'],
    document: `mutation { setBugStatus(input: { id: "${NO_SUCH_ID}", version: 1, status: ACKNOWLEDGED }) { id } }`,
  },
  askForBugInfo: {
    decision: ['ENGINEER', 'MANAGER'],
    document: `mutation { askForBugInfo(id: "${NO_SUCH_ID}", question: "Which browser?", version: 1) { id } }`,
  },
  markBugFixed: {
    decision: ['ENGINEER', 'MANAGER'],
    document: `mutation { markBugFixed(input: { id: "${NO_SUCH_ID}", message: "Fixed. Does it work now?" }) { id } }`,
  },
  mergeBugs: {
    decision: ['ENGINEER', 'MANAGER'],
    document: `mutation { mergeBugs(duplicateId: "${NO_SUCH_ID}", originalId: "${NO_SUCH_ID}") { id } }`,
  },
  bugChanged: { decision: ['ENGINEER', 'MANAGER', 'AGENT'], viaWebSocket: true, document: `subscription { bugChanged { id } }` },
  featureRequests: { decision: FEATURE_READERS, document: `{ featureRequests(first: 1) { edges { node { id } } } }` },
  featureRequest: { decision: FEATURE_READERS, document: `{ featureRequest(id: "${NO_SUCH_ID}") { id } }` },
  similarFeatureRequests: {
    decision: ['AGENT', 'MANAGER', 'PRODUCT'],
    document: `{ similarFeatureRequests(title: "Dark mode") { similarity } }`,
  },
  createFeatureRequest: {
    decision: ['AGENT', 'MANAGER', 'PRODUCT'],
    document: `mutation { createFeatureRequest(input: { title: "", tag: UI }) { featureRequest { id } } }`,
  },
  updateFeatureRequest: {
    decision: PRODUCT,
    document: `mutation { updateFeatureRequest(input: { id: "${NO_SUCH_ID}", version: 1 }) { id } }`,
  },
  linkTicketToFeatureRequest: {
    decision: ON_ROTA,
    document: `mutation { linkTicketToFeatureRequest(input: { ticketId: "${NO_SUCH_ID}", featureRequestId: "${NO_SUCH_ID}", quote: "Dark mode" }) { id } }`,
  },
  unlinkAsk: { decision: ON_ROTA, document: `mutation { unlinkAsk(id: "999999999") { id } }` },
  mergeFeatureRequests: {
    decision: PRODUCT,
    document: `mutation { mergeFeatureRequests(duplicateId: "${NO_SUCH_ID}", survivorId: "${NO_SUCH_ID}") { id } }`,
  },
  splitFeatureRequest: { decision: PRODUCT, document: `mutation { splitFeatureRequest(id: "${NO_SUCH_ID}") { id } }` },
  markFeatureShipped: {
    decision: PRODUCT,
    document: `mutation { markFeatureShipped(input: { id: "${NO_SUCH_ID}", message: "It shipped. Does it work for you?" }) { id } }`,
  },
  featureReports: { decision: REPORT_READERS, document: `{ featureReports(first: 1) { edges { node { id } } } }` },
  featureReport: { decision: REPORT_READERS, document: `{ featureReport(id: "${NO_SUCH_ID}") { id } }` },
  compileFeatureReport: { decision: PRODUCT, document: `mutation { compileFeatureReport { id } }` },
  setFeatureReportNote: {
    decision: PRODUCT,
    document: `mutation { setFeatureReportNote(reportId: "${NO_SUCH_ID}", featureRequestId: "${NO_SUCH_ID}", note: "Q3") { rank } }`,
  },
  publishFeatureReport: { decision: PRODUCT, document: `mutation { publishFeatureReport(id: "${NO_SUCH_ID}") { id } }` },
  featureRequestChanged: { decision: FEATURE_READERS, viaWebSocket: true, document: `subscription { featureRequestChanged { id } }` },
  trainingChain: { decision: 'LOGGED_IN', document: `{ trainingChain { nodes { id depth } } }` },
  trainingRecord: { decision: GRADUATORS, document: `{ trainingRecord(traineeId: "${NO_SUCH_ID}") { id } }` },
  graduateTrainee: {
    decision: GRADUATORS,
    document: `mutation { graduateTrainee(input: { traineeId: "${NO_SUCH_ID}", note: "Ready.", version: 1 }) { id } }`,
  },
  trainingChanged: { decision: 'LOGGED_IN', viaWebSocket: true, document: `subscription { trainingChanged { traineeId } }` },
};

function rootFields(schema: GraphQLSchema) {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType =>
    Boolean(t),
  );
  return roots.flatMap((type) => Object.values(type.getFields()).map((field) => ({ type: type.name, field })));
}

describe('the schema walk', () => {
  it('finds an explicit authorization decision on every query, mutation and subscription', async () => {
    const missing = rootFields(await buildAppSchema())
      .filter(({ field }) => field.extensions.auth === undefined)
      .map(({ type, field }) => `${type}.${field.name}`);
    expect(missing, 'operations without @Public(), @LoggedIn() or @Roles(...)').toEqual([]);
  });

  it('matches the table below, operation for operation', async () => {
    const fromSchema = Object.fromEntries(rootFields(await buildAppSchema()).map(({ field }) => [field.name, field.extensions.auth]));
    const fromTable = Object.fromEntries(Object.entries(OPERATIONS).map(([name, op]) => [name, op.decision]));
    expect(fromSchema).toEqual(fromTable);
  });
});

/** Opens the live-update connection with the principal's cookie: acknowledged, or closed with a code. */
function handshake(baseUrl: string, cookie: string | null): Promise<'ack' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: cookie ? { cookie } : {},
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      if (JSON.parse(raw.toString()).type === 'connection_ack') {
        socket.close();
        resolve('ack');
      }
    });
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
}

/** A subscription's start on a signed-in socket: refused with its error code, or running (no answer yet). */
function subscribeAnswer(baseUrl: string, cookie: string | null, document: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: cookie ? { cookie } : {},
    });
    const done = (answer: string) => {
      clearTimeout(running);
      socket.close();
      resolve(answer);
    };
    let running: NodeJS.Timeout | undefined;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: document } }));
        running = setTimeout(() => done('RUNNING'), 500);
      } else if (message.type === 'error') {
        done(message.payload?.[0]?.extensions?.code ?? 'ERROR');
      } else if (message.type === 'next' && message.payload?.errors) {
        done(message.payload.errors[0]?.extensions?.code ?? 'ERROR');
      }
    });
    socket.on('close', (code) => resolve(String(code)));
    socket.on('error', reject);
  });
}

function isAllowed(decision: AuthDecision, principal: Principal): boolean {
  if (decision === 'PUBLIC') return true;
  if (principal === 'ANONYMOUS') return false;
  if (decision === 'LOGGED_IN') return true;
  const roles: Role[] = principal === 'TRAINEE' ? ['AGENT'] : [principal];
  return decision.some((role) => roles.includes(role));
}

describe('authorization table: every operation x every role', () => {
  let server: TestServer;
  const principals = new Map<Principal, { client: ApiClient; self: { id: string; version: number; email: string } }>();

  beforeAll(async () => {
    server = await startTestServer();
    principals.set('ANONYMOUS', { client: server.client(), self: { id: NO_SUCH_ID, version: 1, email: '' } });
    for (const role of ALL_ROLES) {
      const { user, client } = await signedInStaff(server, { roles: [role] });
      principals.set(role, { client, self: user });
    }
    const [peyton] = await server.services.db.query(`SELECT id FROM app_user WHERE email = 'peyton@example.com'`);
    const { user, client } = await signedInStaff(server, { roles: ['AGENT'], trainerId: peyton.id });
    principals.set('TRAINEE', { client, self: user });
  });
  afterAll(() => server?.stop());

  const cases = Object.entries(OPERATIONS).flatMap(([name, op]) =>
    (['ANONYMOUS', ...ALL_ROLES, 'TRAINEE'] as Principal[]).map((principal) => ({ name, op, principal })),
  );

  it.each(cases)('$name as $principal', async ({ name, op, principal }) => {
    const { client, self } = principals.get(principal)!;
    if (op.viaWebSocket) {
      if (principal === 'ANONYMOUS' || !Array.isArray(op.decision)) {
        expect(await handshake(server.url, client.cookie)).toBe(isAllowed(op.decision, principal) ? 'ack' : 4403);
      } else {
        // Open to some roles: signed in, the socket opens; the subscription itself is refused to the others.
        expect(await subscribeAnswer(server.url, client.cookie, op.document)).toBe(
          isAllowed(op.decision, principal) ? 'RUNNING' : 'FORBIDDEN',
        );
      }
      return;
    }
    // Fresh version each time: an earlier allowed updateUser bumped it.
    const [row] = await server.services.db.query(`SELECT version FROM app_user WHERE id = $1`, [self.id]);
    // The table covers every operation of the schema, with ids built in at run time: sent as text.
    const result = await client.request(untyped(op.document), op.variables?.({ id: self.id, version: row?.version ?? 1 }));
    const code = errorCode(result);
    if (isAllowed(op.decision, principal)) {
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(code);
    } else {
      expect(code).toBe(principal === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    if (principal === 'ANONYMOUS') return;
    // logout is the one operation that ends the session on purpose; sign in again for the next rows.
    if (name === 'logout') await client.signIn(self.email, FACTORY_PASSWORD);
    expect((await client.ok(graphql(`query Viewer { viewer { id } }`))).viewer?.id, 'still signed in as the same person').toBe(self.id);
  });
});
