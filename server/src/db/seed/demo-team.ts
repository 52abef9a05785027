import type { Role } from '@tandem/shared';

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
  /** Days ago they joined Tandem (default: with the team, 150 days ago); the training chain is older than the demo's tickets. */
  joinedDaysAgo?: number;
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
    joinedDaysAgo: 420,
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
    joinedDaysAgo: 56,
  },
  {
    key: 'lena',
    name: 'Lena Fischer',
    email: 'lena@example.com',
    roles: ['AGENT'],
    timeZone: 'Europe/Berlin',
    hours: { start: '08:00', end: '16:00', days: WEEKDAYS },
    description: 'Agent in Europe, trained by Peyton, trained Ben',
    canTrain: true,
    joinedDaysAgo: 400,
  },
  {
    key: 'ben',
    name: 'Ben Carter',
    email: 'ben@example.com',
    roles: ['AGENT'],
    timeZone: 'America/Los_Angeles',
    hours: { start: '09:00', end: '17:00', days: WEEKDAYS },
    description: 'Agent in the US, trained by Lena, trained Sam',
    // Graduated (T4): may train the next trainee.
    canTrain: true,
    joinedDaysAgo: 300,
  },
  {
    key: 'sam',
    name: 'Sam Okafor',
    email: 'sam@example.com',
    roles: ['ENGINEER', 'AGENT'],
    timeZone: 'Europe/London',
    hours: { start: '10:00', end: '18:00', days: WEEKDAYS },
    description: 'Engineer (also on the rota), trained by Ben',
    // Graduated (T4): may train the next trainee.
    canTrain: true,
    joinedDaysAgo: 220,
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
    joinedDaysAgo: 420,
  },
];

export interface DemoCustomer {
  key: string;
  name: string;
  email: string;
  company: string | null;
  plan: 'FREE' | 'PREMIUM';
  revenueCents: number;
}

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  { key: 'hannah', name: 'Hannah Lee', email: 'hannah@brightlane.io', company: 'Brightlane', plan: 'PREMIUM', revenueCents: 120_000 },
  { key: 'marcus', name: 'Marcus Olsen', email: 'marcus@fjordtech.no', company: 'Fjordtech', plan: 'PREMIUM', revenueCents: 45_000 },
  { key: 'julia', name: 'Julia Santos', email: 'julia@growthloop.co', company: 'Growthloop', plan: 'PREMIUM', revenueCents: 9_900 },
  { key: 'aisha', name: 'Aisha Bello', email: 'aisha.bello@example.org', company: null, plan: 'FREE', revenueCents: 0 },
  { key: 'tom', name: 'Tom Becker', email: 'tom@beckerbakery.de', company: 'Becker Bakery', plan: 'FREE', revenueCents: 0 },
  { key: 'devon', name: 'Devon Price', email: 'devon@pricewriting.com', company: 'Price Writing', plan: 'FREE', revenueCents: 0 },
  { key: 'ravi', name: 'Ravi Patel', email: 'ravi@acmelogistics.com', company: 'Acme Logistics', plan: 'FREE', revenueCents: 0 },
  // Customers who asked for features (issue 13); Li works at Brightlane like Hannah (one company, two customers).
  { key: 'nina', name: 'Nina Vogel', email: 'nina@nordlicht.de', company: 'Nordlicht', plan: 'PREMIUM', revenueCents: 80_000 },
  { key: 'li', name: 'Li Wei', email: 'li.wei@brightlane.io', company: 'Brightlane', plan: 'PREMIUM', revenueCents: 35_000 },
  { key: 'grace', name: 'Grace Okafor', email: 'grace@harborfoods.com', company: 'Harbor Foods', plan: 'PREMIUM', revenueCents: 30_000 },
  { key: 'pedro', name: 'Pedro Alves', email: 'pedro@velastudio.pt', company: 'Vela Studio', plan: 'FREE', revenueCents: 2_900 },
  { key: 'sofia', name: 'Sofia Marino', email: 'sofia@kettleandco.it', company: 'Kettle & Co', plan: 'PREMIUM', revenueCents: 60_000 },
  { key: 'omar', name: 'Omar Haddad', email: 'omar@sandline.ae', company: 'Sandline', plan: 'FREE', revenueCents: 0 },
];

export interface DemoSavedReply {
  key: string;
  title: string;
  category: string;
  /** Uses before the demo's week (a team's history); the demo's own replies add theirs. */
  uses: number;
  body: string;
}

/**
 * The starter replies every install has (migration StarterContent) get the usage a team would have
 * given them; the demo adds its own below.
 */
export const STARTER_USAGE: Record<string, number> = {
  'Ask for steps to reproduce': 38,
  'Ask for a screenshot and browser': 24,
  'Checking in': 6,
};

/** S1: the team's most asked questions, with placeholders; usage counts as a team would have them. */
export const DEMO_SAVED_REPLIES: DemoSavedReply[] = [
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
];
