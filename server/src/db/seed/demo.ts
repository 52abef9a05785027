import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@tandem/shared';
import type { Logger } from '../../logger.js';
import { hashPassword } from '../../modules/auth/password.js';
import { withAdvisoryLock } from '../data-source.js';

export const DEMO_PASSWORD = 'tandem-demo';

export interface DemoUser {
  key: string;
  name: string;
  email: string;
  roles: Role[];
  timeZone: string;
  hours: { start: string; end: string; days: number[] };
  description: string;
  trainer?: string;
  canTrain?: boolean;
}

const WEEKDAYS = [1, 2, 3, 4, 5];

/** The demo team: a support manager who trains, a trainee, a Europe/US pair, an engineer, product, an admin. */
export const DEMO_USERS: DemoUser[] = [
  {
    key: 'peyton',
    name: 'Peyton Brooks',
    email: 'peyton@example.com',
    roles: ['MANAGER', 'AGENT'],
    timeZone: 'America/New_York',
    hours: { start: '09:00', end: '17:00', days: WEEKDAYS },
    description: 'Support manager, trains Kate',
  },
  {
    key: 'kate',
    name: 'Kate Novak',
    email: 'kate@example.com',
    roles: ['AGENT'],
    timeZone: 'Europe/Prague',
    hours: { start: '08:00', end: '16:00', days: WEEKDAYS },
    description: 'Trainee (trained by Peyton)',
    trainer: 'peyton',
  },
  {
    key: 'lena',
    name: 'Lena Fischer',
    email: 'lena@example.com',
    roles: ['AGENT'],
    timeZone: 'Europe/Berlin',
    hours: { start: '08:00', end: '16:00', days: WEEKDAYS },
    description: 'Agent in Europe, may train',
    canTrain: true,
  },
  {
    key: 'ben',
    name: 'Ben Carter',
    email: 'ben@example.com',
    roles: ['AGENT'],
    timeZone: 'America/Los_Angeles',
    hours: { start: '09:00', end: '17:00', days: WEEKDAYS },
    description: 'Agent in the US',
  },
  {
    key: 'sam',
    name: 'Sam Okafor',
    email: 'sam@example.com',
    roles: ['ENGINEER', 'AGENT'],
    timeZone: 'Europe/London',
    hours: { start: '10:00', end: '18:00', days: WEEKDAYS },
    description: 'Engineer (also on the rota)',
  },
  {
    key: 'priya',
    name: 'Priya Shah',
    email: 'priya@example.com',
    roles: ['PRODUCT', 'AGENT'],
    timeZone: 'America/Chicago',
    hours: { start: '09:00', end: '17:00', days: WEEKDAYS },
    description: 'Product (also on the rota)',
  },
  {
    key: 'alex',
    name: 'Alex Kim',
    email: 'admin@example.com',
    roles: ['ADMIN'],
    timeZone: 'UTC',
    hours: { start: '09:00', end: '17:00', days: WEEKDAYS },
    description: 'Admin',
  },
];

interface DemoCustomer {
  key: string;
  name: string;
  email: string;
  company: string | null;
  plan: 'FREE' | 'PREMIUM';
  revenueCents: number;
}

const CUSTOMERS: DemoCustomer[] = [
  { key: 'hannah', name: 'Hannah Lee', email: 'hannah@brightlane.io', company: 'Brightlane', plan: 'PREMIUM', revenueCents: 120_000 },
  { key: 'marcus', name: 'Marcus Olsen', email: 'marcus@fjordtech.no', company: 'Fjordtech', plan: 'PREMIUM', revenueCents: 45_000 },
  { key: 'julia', name: 'Julia Santos', email: 'julia@growthloop.co', company: 'Growthloop', plan: 'PREMIUM', revenueCents: 9_900 },
  { key: 'aisha', name: 'Aisha Bello', email: 'aisha.bello@example.org', company: null, plan: 'FREE', revenueCents: 0 },
  { key: 'tom', name: 'Tom Becker', email: 'tom@beckerbakery.de', company: 'Becker Bakery', plan: 'FREE', revenueCents: 0 },
  { key: 'devon', name: 'Devon Price', email: 'devon@pricewriting.com', company: 'Price Writing', plan: 'FREE', revenueCents: 0 },
  { key: 'ravi', name: 'Ravi Patel', email: 'ravi@acmelogistics.com', company: 'Acme Logistics', plan: 'FREE', revenueCents: 0 },
];

type Group = 'UNASSIGNED' | 'MARKETING' | 'DEVELOPMENT' | 'SALES';
type TicketType = 'QUESTION' | 'BUG' | 'FEATURE_REQUEST' | 'MARKETING' | 'SALES' | 'OTHER';

interface DemoTicket {
  subject: string;
  customer: string;
  /** Hours before now. */
  age: number;
  group: Group;
  type: TicketType | null;
  status?: 'OPEN' | 'PENDING' | 'CLOSED';
  assignee?: string;
  assignedByManager?: boolean;
  frustrated?: boolean;
  complex?: boolean;
  messages: { from: 'customer' | string; note?: boolean; body: string; age: number; savedReply?: string }[];
  /** A trainee's draft waiting for approval (T1). */
  draft?: { from: string; body: string; age: number };
}

const TICKETS: DemoTicket[] = [
  {
    subject: 'Checklist export to PDF cuts off the last page',
    customer: 'hannah',
    age: 3,
    group: 'UNASSIGNED',
    type: null,
    messages: [
      {
        from: 'customer',
        age: 3,
        body: 'Hi! When I export our onboarding checklist to PDF, the last page is missing. It has 14 steps and the PDF stops after step 11. We need this for an audit on Friday. Thanks, Hannah',
      },
    ],
  },
  {
    subject: 'How do I invite my team?',
    customer: 'aisha',
    age: 2,
    group: 'UNASSIGNED',
    type: null,
    messages: [{ from: 'customer', age: 2, body: 'Hello, I just signed up. How can I add my two colleagues to my account?' }],
    draft: {
      from: 'kate',
      age: 1,
      body: 'Hi Aisha, welcome to Tandem! You can invite your colleagues under Settings > Team > Invite people; they get an e-mail with a link to join your account. Did that help?',
    },
  },
  {
    subject: "Workflow runs stuck on 'pending' since this morning",
    customer: 'marcus',
    age: 5,
    group: 'UNASSIGNED',
    type: 'BUG',
    frustrated: true,
    messages: [
      { from: 'customer', age: 5, body: 'All our workflow runs have been stuck on pending since 8am. Our whole team is blocked.' },
      {
        from: 'customer',
        age: 1,
        body: 'This is the THIRD time this month!!! Nobody has answered in four hours. We pay for premium support, this is unacceptable!!!',
      },
    ],
  },
  {
    subject: 'Date picker shows the wrong month in Safari',
    customer: 'julia',
    age: 26,
    group: 'DEVELOPMENT',
    type: 'BUG',
    status: 'PENDING',
    assignee: 'lena',
    complex: true,
    messages: [
      { from: 'customer', age: 26, body: 'In Safari 17 the due-date picker opens on the previous month. Chrome is fine.' },
      {
        from: 'lena',
        age: 24,
        body: 'Hi Julia, thanks for spotting this! I could reproduce it in Safari 17.4 on macOS and passed it on to our engineers with the details. Could you tell me which macOS version you are on, so we can confirm the fix on your setup?',
      },
    ],
  },
  {
    subject: 'Could you add a dark mode?',
    customer: 'tom',
    age: 50,
    group: 'DEVELOPMENT',
    type: 'FEATURE_REQUEST',
    status: 'PENDING',
    assignee: 'ben',
    messages: [
      { from: 'customer', age: 50, body: 'We run checklists in the bakery at 4am. A dark mode would be easier on the eyes.' },
      {
        from: 'ben',
        age: 47,
        body: 'Hi Tom, that makes a lot of sense for early shifts! I have added your vote to our dark mode request, and we will let you know when it ships. Would a high-contrast option help in the meantime?',
        savedReply: 'feature-request',
      },
    ],
  },
  {
    subject: 'Dark mode please',
    customer: 'aisha',
    age: 6,
    group: 'DEVELOPMENT',
    type: 'FEATURE_REQUEST',
    messages: [{ from: 'customer', age: 6, body: 'Is there a dark theme? My eyes hurt in the evening.' }],
  },
  {
    subject: 'Guest post pitch: 7 ways to stop onboarding churn',
    customer: 'devon',
    age: 27,
    group: 'MARKETING',
    type: 'MARKETING',
    messages: [
      {
        from: 'customer',
        age: 27,
        body: 'Hi team, I write about SaaS onboarding and would love to contribute a guest post to your blog. Draft outline attached below. Best, Devon',
      },
    ],
  },
  {
    subject: 'Pricing for 40 seats and an annual discount?',
    customer: 'ravi',
    age: 20,
    group: 'SALES',
    type: 'SALES',
    assignee: 'ben',
    assignedByManager: true,
    messages: [
      { from: 'customer', age: 20, body: 'We are evaluating Tandem for 40 people in our warehouses. What would annual pricing look like?' },
      { from: 'peyton', note: true, age: 19, body: '@Ben this is a big one, please take it first thing and offer a demo.' },
    ],
  },
  {
    subject: 'Can we use SSO with Okta?',
    customer: 'hannah',
    age: 0.5,
    group: 'UNASSIGNED',
    type: 'QUESTION',
    messages: [{ from: 'customer', age: 0.5, body: 'Does the premium plan support single sign-on with Okta?' }],
  },
  {
    subject: 'Where do I find the API key?',
    customer: 'marcus',
    age: 192,
    group: 'DEVELOPMENT',
    type: 'QUESTION',
    status: 'CLOSED',
    assignee: 'sam',
    messages: [
      { from: 'customer', age: 192, body: 'Where can I generate an API key for our integration?' },
      {
        from: 'sam',
        age: 190,
        body: 'Hi Marcus, you will find it under Settings > Integrations > API keys; only admins of your organisation can see that page. Did that help?',
        savedReply: 'api-key',
      },
    ],
  },
  {
    subject: "Recurring checklist didn't trigger on Monday",
    customer: 'tom',
    age: 20,
    group: 'UNASSIGNED',
    type: null,
    messages: [{ from: 'customer', age: 20, body: 'Our Monday opening checklist was not created this week. It worked for months.' }],
  },
  {
    subject: 'Zapier integration returns 401',
    customer: 'hannah',
    age: 30,
    group: 'DEVELOPMENT',
    type: 'BUG',
    assignee: 'lena',
    messages: [
      { from: 'customer', age: 30, body: 'Since yesterday every Zap that creates a checklist fails with "401 Unauthorized".' },
      {
        from: 'lena',
        note: true,
        age: 28,
        body: 'Reproduced with a fresh Zapier account. Looks like the token refresh broke with Tuesday’s release.',
      },
    ],
  },
];

interface DemoSavedReply {
  key: string;
  title: string;
  category: string;
  uses: number;
  body: string;
  status?: 'ACTIVE' | 'SUGGESTED';
  suggestedBy?: string;
}

/**
 * The starter replies every install has (migration StarterContent) get the usage a team would have
 * given them; the demo adds its own below.
 */
const STARTER_USAGE: Record<string, number> = {
  'Ask for steps to reproduce': 38,
  'Ask for a screenshot and browser': 24,
  'Checking in': 6,
};

/** S1: the team's most asked questions, with placeholders; usage counts as a team would have them. */
const SAVED_REPLIES: DemoSavedReply[] = [
  {
    key: 'invite',
    title: 'Invite your team',
    category: 'GETTING_STARTED',
    uses: 51,
    body: 'Hi {{customer.firstName}}, great to have you on board! You can invite colleagues under Settings > Team > Invite people; each of them gets an e-mail with a link to join. Did that help?',
  },
  {
    key: 'api-key',
    title: 'Where to find the API key',
    category: 'GETTING_STARTED',
    uses: 12,
    body: 'Hi {{customer.firstName}}, you will find it under Settings > Integrations > API keys; only admins of your organisation can see that page. Did that help?',
  },
  {
    key: 'annual',
    title: 'Annual billing and discounts',
    category: 'ACCOUNT_AND_BILLING',
    uses: 9,
    body: 'Hi {{customer.firstName}}, annual plans come with two months free, and teams of 25 or more get a volume discount. Would you like me to set up a call with our sales team for {{customer.company}}?',
  },
  {
    key: 'feature-request',
    title: 'Feature request received',
    category: 'FEATURE_REQUESTS',
    uses: 33,
    body: 'Hi {{customer.firstName}}, thank you for the idea! I have added your vote to the request our product team reviews, and we will tell you when it ships. Is there anything else that would make your work easier in the meantime?',
  },
  {
    key: 'bug-reproduced',
    title: 'Bug reproduced and escalated',
    category: 'BUGS',
    uses: 17,
    body: 'Hi {{customer.firstName}}, thanks for your patience: I could reproduce the problem and passed it on to our engineers with all the details. We will write to you as soon as it is fixed. Is there a workaround I can help you with until then?',
  },
  {
    key: 'sso-suggestion',
    title: 'Single sign-on on the premium plan',
    category: 'OTHER',
    uses: 0,
    status: 'SUGGESTED',
    suggestedBy: 'kate',
    body: 'Hi {{customer.firstName}}, yes: premium plans support single sign-on with Okta, Google and Azure AD. Would you like a short guide to set it up?',
  },
];

const FIRST_RESPONSE_GOAL_HOURS = { PREMIUM: 4, FREE: 24 } as const;
const DEMO_SEED_LOCK = 7_317_002;
const HOUR = 3600_000;

async function notify(
  tx: EntityManager,
  recipients: string[],
  kind: string,
  ticketId: string,
  actorId: string,
  body: string,
  createdAt: Date,
) {
  for (const recipient of recipients) {
    await tx.query(`INSERT INTO notification (recipient_id, kind, ticket_id, actor_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      recipient,
      kind,
      ticketId,
      actorId,
      body,
      createdAt,
    ]);
  }
}

/**
 * Seeds the demo team on the first start of an empty database, once: a marker in app_meta
 * records it, and an advisory lock keeps two starting instances from seeding twice.
 */
export async function seedDemo(db: DataSource, now: Date, log: Logger): Promise<boolean> {
  return withAdvisoryLock(db, DEMO_SEED_LOCK, () =>
    db.transaction(async (tx) => {
      const [marker] = await tx.query(`SELECT 1 FROM app_meta WHERE key = 'demo_seeded_at'`);
      if (marker) return false;
      const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM app_user`);
      if (count > 0) {
        log.info('the database already has a team; not adding the demo team');
        return false;
      }
      await insertDemo(tx, now);
      // The timer sweeper looks at every open demo ticket once and schedules its follow-ups and alerts.
      await tx.query(`UPDATE ticket SET next_timer_at = $1 WHERE status <> 'CLOSED'`, [now]);
      await tx.query(`INSERT INTO app_meta (key, value) VALUES ('demo_seeded_at', $1)`, [now.toISOString()]);
      log.info('seeded the demo team');
      return true;
    }),
  );
}

async function insertDemo(tx: EntityManager, now: Date): Promise<void> {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const [row] = await tx.query(
      `INSERT INTO app_user (name, email, password_hash, roles, time_zone, working_hours, trainer_id, can_train,
                             created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [
        user.name,
        user.email,
        passwordHash,
        user.roles,
        user.timeZone,
        user.hours,
        user.trainer ? userIds.get(user.trainer) : null,
        user.canTrain ?? false,
        at(24 * 60),
      ],
    );
    userIds.set(user.key, row.id);
  }

  const customers = new Map<string, { id: string; plan: 'FREE' | 'PREMIUM' }>();
  for (const c of CUSTOMERS) {
    const [row] = await tx.query(
      `INSERT INTO customer (name, email, company, plan, monthly_revenue_cents, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [c.name, c.email, c.company, c.plan, c.revenueCents, at(24 * 90)],
    );
    customers.set(c.key, { id: row.id, plan: c.plan });
  }

  const savedReplyIds = new Map<string, string>();
  for (const r of SAVED_REPLIES) {
    const [row] = await tx.query(
      `INSERT INTO saved_reply (title, body, category, status, usage_count, created_by_id, suggested_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [
        r.title,
        r.body,
        r.category,
        r.status ?? 'ACTIVE',
        r.uses,
        userIds.get(r.suggestedBy ?? 'peyton'),
        r.suggestedBy ? userIds.get(r.suggestedBy) : null,
        at(24 * 30),
      ],
    );
    savedReplyIds.set(r.key, row.id);
  }
  for (const [title, uses] of Object.entries(STARTER_USAGE)) {
    await tx.query(`UPDATE saved_reply SET usage_count = $2, created_by_id = $3, created_at = $4, updated_at = $4 WHERE title = $1`, [
      title,
      uses,
      userIds.get('peyton'),
      at(24 * 30),
    ]);
  }

  const managers = DEMO_USERS.filter((u) => u.roles.includes('MANAGER')).map((u) => userIds.get(u.key)!);
  for (const t of TICKETS) {
    const customer = customers.get(t.customer)!;
    const replies = t.messages.filter((m) => m.from !== 'customer' && !m.note);
    const customerMessages = t.messages.filter((m) => m.from === 'customer');
    const assigneeId = t.assignee ? userIds.get(t.assignee)! : null;
    const goalHours = FIRST_RESPONSE_GOAL_HOURS[customer.plan];
    const lastReply = replies.length ? Math.min(...replies.map((m) => m.age)) : null;
    const lastCustomer = Math.min(...customerMessages.map((m) => m.age));
    // R5: owed an answer until the first reply; again when the customer writes after our last reply.
    const responseDue =
      t.status === 'CLOSED' || t.status === 'PENDING'
        ? null
        : lastReply === null
          ? at(t.age - goalHours)
          : lastCustomer < lastReply
            ? at(lastCustomer - goalHours)
            : null;
    const [ticket] = await tx.query(
      `INSERT INTO ticket (subject, customer_id, status, ticket_group, type, assignee_id, assigned_by_id,
                           is_manager_assigned, is_complex, is_frustrated, first_response_due_at, first_response_at,
                           last_customer_message_at, last_reply_at, closed_at, created_at, updated_at, response_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17) RETURNING id, number`,
      [
        t.subject,
        customer.id,
        t.status ?? 'OPEN',
        t.group,
        t.type,
        assigneeId,
        t.assignedByManager ? userIds.get('peyton') : assigneeId,
        t.assignedByManager ?? false,
        t.complex ?? false,
        t.frustrated ?? false,
        at(t.age - FIRST_RESPONSE_GOAL_HOURS[customer.plan]),
        replies[0] ? at(replies[0].age) : null,
        customerMessages.length ? at(Math.min(...customerMessages.map((m) => m.age))) : null,
        replies.length ? at(Math.min(...replies.map((m) => m.age))) : null,
        t.status === 'CLOSED' ? at(48) : null,
        at(t.age),
        responseDue,
      ],
    );
    for (const m of t.messages) {
      const isCustomer = m.from === 'customer';
      await tx.query(
        `INSERT INTO ticket_message (ticket_id, kind, author_id, customer_id, body, saved_reply_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          ticket.id,
          isCustomer ? 'CUSTOMER' : m.note ? 'NOTE' : 'REPLY',
          isCustomer ? null : userIds.get(m.from),
          isCustomer ? customer.id : null,
          m.body,
          m.savedReply ? savedReplyIds.get(m.savedReply) : null,
          at(m.age),
        ],
      );
    }
    if (t.frustrated) {
      await tx.query(
        `INSERT INTO ticket_message (ticket_id, kind, author_id, body, event, data, created_at)
         VALUES ($1, 'EVENT', $2, '', 'FRUSTRATION_SET', '{"value": true}', $3)`,
        [ticket.id, userIds.get('lena'), at(0.5)],
      );
      await notify(
        tx,
        managers,
        'FRUSTRATED_CUSTOMER',
        ticket.id,
        userIds.get('lena')!,
        `Frustrated customer on #${ticket.number} “${t.subject}”, flagged by Lena Fischer.`,
        at(0.5),
      );
    }
    if (t.draft) {
      const author = DEMO_USERS.find((u) => u.key === t.draft!.from)!;
      const trainerId = userIds.get(author.trainer!)!;
      await tx.query(
        `INSERT INTO ticket_draft (ticket_id, author_id, body, reason, reviewer_id, saved_reply_id, seen_message_id, created_at, updated_at)
         VALUES ($1, $2, $3, 'TRAINEE', $4, $5,
                 (SELECT max(id) FROM ticket_message WHERE ticket_id = $1 AND kind IN ('CUSTOMER','REPLY')), $6, $6)`,
        [ticket.id, userIds.get(author.key), t.draft.body, trainerId, savedReplyIds.get('invite'), at(t.draft.age)],
      );
      await notify(
        tx,
        [trainerId],
        'DRAFT_TO_REVIEW',
        ticket.id,
        userIds.get(author.key)!,
        `${author.name} submitted a draft reply on #${ticket.number} “${t.subject}” for your approval.`,
        at(t.draft.age),
      );
    }
  }
}
