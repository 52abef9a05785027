import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Role } from '@tandem/shared';
import type { User } from '../../server/src/modules/users/user.entity.js';
import type { TestServer } from './test-server.js';

export const FACTORY_PASSWORD = 'correct-horse-battery';

export interface StaffOptions {
  roles?: Role[];
  name?: string;
  trainerId?: string | null;
  canTrain?: boolean;
  timeZone?: string;
}

/** A new staff member with a unique e-mail address; signs them in when asked. */
export async function createStaff(server: TestServer, options: StaffOptions = {}): Promise<User> {
  const suffix = randomUUID().slice(0, 8);
  return server.services.users.create({
    name: options.name ?? `Staff ${suffix}`,
    email: `staff-${suffix}@test.example`,
    password: FACTORY_PASSWORD,
    roles: options.roles ?? ['AGENT'],
    timeZone: options.timeZone ?? 'UTC',
    trainerId: options.trainerId ?? null,
    canTrain: options.canTrain ?? false,
  });
}

export async function signedInStaff(server: TestServer, options: StaffOptions = {}) {
  const user = await createStaff(server, options);
  const client = await server.signIn(user.email, FACTORY_PASSWORD);
  return { user, client };
}

export interface TicketOptions {
  subject?: string;
  message?: string;
  email?: string;
  plan?: 'FREE' | 'PREMIUM';
  type?: string | null;
  group?: string;
}

/** A new ticket from a new customer, as the web form creates it; type and group set when asked. */
export async function createTicket(server: TestServer, options: TicketOptions = {}) {
  const suffix = randomUUID().slice(0, 8);
  const email = options.email ?? `customer-${suffix}@test.example`;
  if (options.plan === 'PREMIUM') {
    await server.services.db.query(
      `INSERT INTO customer (name, email, plan, monthly_revenue_cents, created_at, updated_at)
       VALUES ($1, $2, 'PREMIUM', 10000, now(), now()) ON CONFLICT (email) DO NOTHING`,
      [`Premium ${suffix}`, email],
    );
  }
  const ticket = await server.services.customerMessageRecorder.submitFromWebForm({
    name: `Customer ${suffix}`,
    email,
    subject: options.subject ?? `Question ${suffix}`,
    message: options.message ?? 'How do I export my checklists?',
  });
  if (options.type !== undefined || options.group) {
    await server.services.db.query(`UPDATE ticket SET type = $2, ticket_group = $3 WHERE id = $1`, [
      ticket.id,
      options.type ?? null,
      options.group ?? 'UNASSIGNED',
    ]);
  }
  return server.services.tickets.get(ticket.id);
}

/** The id of the newest message of a ticket: what a reply must have seen. */
export async function latestMessageId(server: TestServer, ticketId: string): Promise<string> {
  return (await server.services.ticketTimeline.latestMessageIds([ticketId])).get(ticketId)!;
}

export async function demoUserId(server: TestServer, email: string): Promise<string> {
  const [row] = await server.services.db.query(`SELECT id FROM app_user WHERE email = $1`, [email]);
  return row.id;
}

/** Every mail in the outbox went out (each one starts its reply's follow-up and closing timers, F1/F4). */
export async function mailsSent(server: TestServer): Promise<void> {
  await expect
    .poll(async () => (await server.services.db.query(`SELECT count(*)::int AS n FROM outbox_mail WHERE status <> 'SENT'`))[0].n, {
      timeout: 10_000,
      interval: 50,
    })
    .toBe(0);
}
