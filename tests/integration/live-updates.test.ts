import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createTicket, FACTORY_PASSWORD, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
// The client's own operations, where a test sends exactly what the client sends.
import {
  AccountPagePasswordMutationDocument,
  InboxQueueSubscriptionDocument,
  NotificationsBellMarkReadMutationDocument,
  NotificationsBellSubscriptionDocument,
  UserMenuLogoutMutationDocument,
} from '../../client/src/gql/graphql.js';
import { graphql } from '../gql/index.js';

/** A graphql-ws client carrying a staff member's session cookie, like the browser. */
function liveClient(server: TestServer, api: ApiClient): Client {
  const cookie = api.cookie!;
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0 });
}

/** Collects what a subscription delivers. */
function collect<T, V extends Record<string, unknown>>(client: Client, document: TypedDocumentNode<T, V>, variables?: V) {
  const received: T[] = [];
  const stop = client.subscribe<T>(
    { query: print(document), variables: variables ?? {} },
    { next: (v) => received.push(v.data as T), error: () => {}, complete: () => {} },
  );
  return { received, stop };
}

async function subscribed(): Promise<void> {
  // graphql-ws acknowledges the connection before the subscription is registered with the pub/sub.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  a = await startTestServer();
  // A second instance on the same database, as behind a load balancer.
  b = await startTestServer({ databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe('subscriptions', () => {
  it('refuses anonymous callers', async () => {
    const anonymous = createClient({ url: `${a.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const error = await new Promise((resolve) => {
      anonymous.subscribe({ query: print(InboxQueueSubscriptionDocument) }, { next: () => {}, error: resolve, complete: () => {} });
    });
    expect(String((error as { code?: number }).code ?? error)).toMatch(/4403/);
    await anonymous.dispose();
  });

  it('[agent A] claims on one instance; [agent B] on another instance sees the ticket claimed live', async () => {
    const ticket = await createTicket(a);
    const agentA = (await signedInStaff(a, { name: 'Agent A' })).client;
    const agentB = await b.signIn('ben@example.com');
    const live = liveClient(b, agentB);
    const ticketFeed = collect(
      live,
      graphql(`subscription OnTicketAssigneeChanged($id: ID!) { ticketChanged(id: $id) { id assignee { name } } }`),
      {
        id: ticket.id,
      },
    );
    const queueFeed = collect(live, InboxQueueSubscriptionDocument);
    await subscribed();
    await agentA.ok(graphql(`mutation ClaimTicket($id: ID!) { claimTicket(id: $id) { id } }`), { id: ticket.id });
    await expect.poll(() => ticketFeed.received.at(-1)?.ticketChanged.assignee?.name, { timeout: 5000 }).toBe('Agent A');
    await expect.poll(() => queueFeed.received.some((r) => r.queueChanged.ticketId === ticket.id), { timeout: 5000 }).toBe(true);
    ticketFeed.stop();
    queueFeed.stop();
    await live.dispose();
  });

  it('[agent] flags frustrated; [manager] gets the notification live', async () => {
    const ticket = await createTicket(a);
    const agent = await a.signIn('lena@example.com');
    const manager = await b.signIn('peyton@example.com');
    const live = liveClient(b, manager);
    const feed = collect(live, NotificationsBellSubscriptionDocument);
    await subscribed();
    const before = (await manager.ok(graphql(`query NotificationsInLiveUpdates { notifications(first: 1) { unreadCount } }`))).notifications
      .unreadCount;
    await agent.ok(graphql(`mutation FlagFrustratedInLiveUpdates($id: ID!) { flagFrustrated(id: $id) { id } }`), { id: ticket.id });
    await expect.poll(() => feed.received.at(-1)?.notificationsChanged.unreadCount, { timeout: 5000 }).toBe(before + 1);
    feed.stop();
    await live.dispose();
  });

  it('presence: [agent A] opens a ticket; [agent B] sees "A is viewing"', async () => {
    const ticket = await createTicket(a);
    const agentA = (await signedInStaff(a, { name: 'Viewer Vic' })).client;
    const agentB = await b.signIn('ben@example.com');
    const live = liveClient(b, agentB);
    const feed = collect(
      live,
      graphql(`subscription OnTicketViewersChanged($id: ID!) { ticketChanged(id: $id) { id viewers { name } } }`),
      {
        id: ticket.id,
      },
    );
    await subscribed();
    await agentA.ok(graphql(`mutation SetTicketViewing($id: ID!) { setTicketViewing(id: $id, viewing: true) }`), { id: ticket.id });
    await expect.poll(() => feed.received.at(-1)?.ticketChanged.viewers.map((v) => v.name), { timeout: 5000 }).toEqual(['Viewer Vic']);
    await agentA.ok(graphql(`mutation SetTicketViewingInLiveUpdates($id: ID!) { setTicketViewing(id: $id, viewing: false) }`), {
      id: ticket.id,
    });
    await expect.poll(() => feed.received.at(-1)?.ticketChanged.viewers, { timeout: 5000 }).toEqual([]);
    feed.stop();
    await live.dispose();
  });
});

describe('notifications and markNotificationsRead', () => {
  it('refuses anonymous callers and too many ids', async () => {
    expect(errorCode(await a.client().request(graphql(`query UnreadNotificationCount { notifications { unreadCount } }`)))).toBe(
      'UNAUTHENTICATED',
    );
    const manager = await a.signIn('peyton@example.com');
    const ids = Array.from({ length: 501 }, (_, i) => String(i + 1));
    expect(errorCode(await manager.request(NotificationsBellMarkReadMutationDocument, { ids }))).toBe('BAD_USER_INPUT');
  });

  it('marks one, then all, read; never someone else’s', async () => {
    const manager = await a.signIn('peyton@example.com');
    const other = (await signedInStaff(a, { roles: ['MANAGER'] })).client;
    const ticket = await createTicket(a);
    await (await a.signIn('lena@example.com')).ok(
      graphql(`mutation FlagFrustratedInLiveUpdates($id: ID!) { flagFrustrated(id: $id) { id } }`),
      { id: ticket.id },
    );
    const mine = (
      await manager.ok(
        graphql(`query FirstUnreadNotification { notifications(first: 1, unreadOnly: true) { unreadCount edges { node { id } } } }`),
      )
    ).notifications;
    const theirs = (
      await other.ok(
        graphql(`query FirstUnreadNotification { notifications(first: 1, unreadOnly: true) { unreadCount edges { node { id } } } }`),
      )
    ).notifications;
    expect(
      await other.ok(NotificationsBellMarkReadMutationDocument, {
        ids: [mine.edges[0].node.id],
      }),
    ).toEqual({
      markNotificationsRead: 0,
    });
    expect(
      (
        await manager.ok(NotificationsBellMarkReadMutationDocument, {
          ids: [mine.edges[0].node.id],
        })
      ).markNotificationsRead,
    ).toBe(1);
    await manager.ok(graphql(`mutation MarkNotificationsReadInLiveUpdates { markNotificationsRead }`));
    expect((await manager.ok(graphql(`query UnreadNotificationCount { notifications { unreadCount } }`))).notifications.unreadCount).toBe(
      0,
    );
    expect((await other.ok(graphql(`query UnreadNotificationCount { notifications { unreadCount } }`))).notifications.unreadCount).toBe(
      theirs.unreadCount,
    );
  });
});

/** A raw live-update socket (graphql-transport-ws), acknowledged and subscribed to the queue. */
async function openSocket(server: TestServer, api: ApiClient) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie: api.cookie! } });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      if (JSON.parse(raw.toString()).type !== 'connection_ack') return;
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { queueChanged { ticketId } }' } }));
      resolve();
    });
    socket.on('error', reject);
  });
  /** How the socket closed within `ms`, or 'open'. */
  const closedWithin = (ms: number) => Promise.race([closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);
  return { socket, closedWithin };
}

describe('live-update sockets of sessions that end', () => {
  it('[admin] deactivates a person on one instance: their open socket on another instance closes at once (4403 Forbidden)', async () => {
    const { user, client } = await signedInStaff(a);
    const live = await openSocket(b, client);
    await subscribed();
    const admin = await a.signIn('admin@example.com');
    await admin.ok(graphql(`mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { isActive } }`), { id: user.id });
    expect(await live.closedWithin(3000)).toEqual({ code: 4403, reason: 'Forbidden' });
  });

  it('[agent] signs out in one browser: that session’s socket closes (4401), the socket of their other session stays open', async () => {
    const { user, client: laptop } = await signedInStaff(a);
    const phone = await a.signIn(user.email, FACTORY_PASSWORD);
    const laptopLive = await openSocket(b, laptop);
    const phoneLive = await openSocket(a, phone);
    await subscribed();
    await laptop.ok(UserMenuLogoutMutationDocument);
    expect(await laptopLive.closedWithin(3000)).toEqual({ code: 4401, reason: 'Unauthorized' });
    expect(await phoneLive.closedWithin(500)).toBe('open');
    phoneLive.socket.close();
  });

  it('[agent] changes their password: the sockets of their other sessions close (4401), this one stays open', async () => {
    const { user, client: laptop } = await signedInStaff(a);
    const phone = await a.signIn(user.email, FACTORY_PASSWORD);
    const laptopLive = await openSocket(a, laptop);
    const phoneLive = await openSocket(b, phone);
    await subscribed();
    await laptop.ok(AccountPagePasswordMutationDocument, {
      input: { currentPassword: FACTORY_PASSWORD, newPassword: 'a brand new pass phrase 2026' },
    });
    expect(await phoneLive.closedWithin(3000)).toEqual({ code: 4401, reason: 'Unauthorized' });
    expect(await laptopLive.closedWithin(500)).toBe('open');
    laptopLive.socket.close();
  });
});
