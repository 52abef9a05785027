import type { AskImportance, FeatureStatus, FeatureTag } from '@tandem/shared';
import type { DemoStep, DemoTicket } from './demo-tickets.js';

/** A card product keeps (FR1), created before the demo's tickets ask for it. */
export interface DemoFeatureRequest {
  key: string;
  title: string;
  description: string;
  tag: FeatureTag;
  /** Hours before the demo starts. */
  createdAt: number;
  by: string;
  owner?: string;
  /** Set by product after the asks came in (SHIPPED and MERGED come from their own steps below). */
  status?: Exclude<FeatureStatus, 'SHIPPED' | 'MERGED'>;
}

export const DEMO_FEATURE_REQUESTS: DemoFeatureRequest[] = [
  {
    key: 'dark-mode',
    title: 'Dark mode',
    description: 'A dark colour scheme for the whole app, following the system setting.',
    tag: 'UI',
    createdAt: 24 * 125,
    by: 'priya',
    owner: 'priya',
    status: 'PLANNED',
  },
  {
    key: 'csv-export',
    title: 'Export checklist results to CSV',
    description: 'Download the answers of every run of a checklist as a spreadsheet.',
    tag: 'TECHNICAL',
    createdAt: 24 * 135,
    by: 'priya',
    owner: 'priya',
  },
  {
    key: 'offline',
    title: 'Offline mode for the mobile app',
    description: 'Fill in checklists without a connection; they sync when the phone is back online.',
    tag: 'TECHNICAL',
    createdAt: 24 * 130,
    by: 'priya',
    owner: 'priya',
    status: 'IN_PROGRESS',
  },
  {
    key: 'sso',
    title: 'Single sign-on (SAML)',
    description: 'Sign in through Okta, Azure AD or Google Workspace.',
    tag: 'TECHNICAL',
    createdAt: 24 * 128,
    by: 'priya',
  },
  {
    key: 'recurring',
    title: 'Recurring checklists',
    description: 'Start a checklist by itself every Monday, every month, or after each shift.',
    tag: 'UX',
    createdAt: 24 * 126,
    by: 'priya',
    owner: 'priya',
    status: 'PLANNED',
  },
  {
    key: 'bulk-edit',
    title: 'Edit many checklists at once',
    description: 'Select several checklists and change their owner or due date together.',
    tag: 'UX',
    createdAt: 24 * 124,
    by: 'lena',
  },
  {
    key: 'photos',
    title: 'Attach photos to checklist items',
    description: 'Take a photo as proof that a step was done.',
    tag: 'UI',
    createdAt: 24 * 122,
    by: 'ben',
  },
  {
    key: 'slack',
    title: 'Slack alerts for overdue checklists',
    description: 'Post to a channel when a checklist is late.',
    tag: 'TECHNICAL',
    createdAt: 24 * 121,
    by: 'priya',
  },
  {
    key: 'shortcuts',
    title: 'Keyboard shortcuts in the editor',
    description: 'Add, move and tick items without the mouse.',
    tag: 'UX',
    createdAt: 24 * 120,
    by: 'priya',
  },
  {
    key: 'custom-fields',
    title: 'Custom fields on checklist items',
    description: 'Numbers, dates and dropdowns beside the tick box.',
    tag: 'UX',
    createdAt: 24 * 119,
    by: 'priya',
  },
  {
    key: 'german',
    title: 'German interface',
    description: 'The app in German.',
    tag: 'UI',
    createdAt: 24 * 118,
    by: 'lena',
    status: 'DECLINED',
  },
  {
    key: 'zapier',
    title: 'Zapier integration',
    description: 'Start checklists from other tools and send results onwards.',
    tag: 'TECHNICAL',
    createdAt: 24 * 117,
    by: 'priya',
  },
  // A duplicate an agent created before searching; product merges it into Dark mode (its ask moves along).
  { key: 'night-theme', title: 'Night theme for the app', description: '', tag: 'UI', createdAt: 24 * 12, by: 'lena' },
];

/**
 * A closed ticket that asked for a feature: the customer writes, an agent claims it, types it,
 * links it to the card with the customer's words (C4/FR1), answers from the saved reply and closes it.
 */
function asked(
  subject: string,
  customer: string,
  hoursAgo: number,
  by: string,
  feature: string,
  message: string,
  importance: AskImportance,
): DemoTicket {
  const steps: DemoStep[] = [
    { at: hoursAgo, customer: message },
    { at: hoursAgo - 1, by, claim: true },
    { at: hoursAgo - 1, by, type: 'FEATURE_REQUEST' },
    { at: hoursAgo - 1, by, group: 'DEVELOPMENT' },
    { at: hoursAgo - 1, by, linkFeature: feature, importance },
    {
      at: hoursAgo - 1,
      by,
      reply: `Hi, thank you for the idea! I have added it to the request our product team ranks, and we will tell you when it ships. Is there anything else we can help with in the meantime?`,
      savedReply: 'feature-request',
    },
    { at: hoursAgo - 2, by, close: true },
  ];
  return { subject, customer, steps };
}

/**
 * Tickets #1019 onwards: the asks behind the ranking, over the last four months (so that the report
 * of the last period, whenever the demo starts, has asks from before its date).
 */
export const DEMO_FEATURE_TICKETS: DemoTicket[] = [
  asked(
    'Dark theme?',
    'hannah',
    24 * 95,
    'lena',
    'dark-mode',
    'Hello! Our night shift would love a dark theme. Could you add one?',
    'IMPORTANT',
  ),
  asked(
    'Dark mode for the night shift',
    'nina',
    24 * 20,
    'ben',
    'dark-mode',
    'We need a dark mode before we roll Tandem out to the night crews: the bright screens are a problem in the cabs.',
    'BLOCKER',
  ),
  asked(
    'CSV export',
    'julia',
    24 * 110,
    'lena',
    'csv-export',
    'Is it possible to export checklist results to CSV for our monthly audit?',
    'IMPORTANT',
  ),
  asked(
    'Export to Excel',
    'marcus',
    24 * 75,
    'ben',
    'csv-export',
    'Please add an export of the results to Excel or CSV, our QA team asks for it every week.',
    'IMPORTANT',
  ),
  asked('Download results', 'pedro', 24 * 50, 'lena', 'csv-export', 'Could I download all answers as a spreadsheet?', 'NICE_TO_HAVE'),
  asked(
    'Offline checklists',
    'grace',
    24 * 100,
    'ben',
    'offline',
    'Our cold stores have no signal. We need checklists to work offline, otherwise we cannot renew.',
    'BLOCKER',
  ),
  asked(
    'No signal in the warehouse',
    'ravi',
    24 * 65,
    'lena',
    'offline',
    'Would be great if the app worked without internet in the warehouse.',
    'IMPORTANT',
  ),
  asked('App offline?', 'sofia', 24 * 9, 'ben', 'offline', 'Please let the mobile app work offline in our cellars.', 'IMPORTANT'),
  asked(
    'SAML login',
    'hannah',
    24 * 85,
    'ben',
    'sso',
    'Our security team requires SAML single sign-on through Okta for every tool.',
    'BLOCKER',
  ),
  asked('Sign in with Azure AD', 'li', 24 * 6, 'lena', 'sso', 'Could we sign in with our Azure AD accounts?', 'IMPORTANT'),
  asked(
    'Weekly checklists',
    'marcus',
    24 * 70,
    'lena',
    'recurring',
    'We would like the Monday safety checklist to start by itself every week.',
    'IMPORTANT',
  ),
  asked('Repeat a checklist', 'omar', 24 * 4, 'ben', 'recurring', 'Is there a way to repeat a checklist every month?', 'NICE_TO_HAVE'),
  asked('Photos as proof', 'grace', 24 * 55, 'lena', 'photos', 'Could the inspectors attach a photo to each item as proof?', 'IMPORTANT'),
  asked(
    'Change owner of many lists',
    'nina',
    24 * 80,
    'ben',
    'bulk-edit',
    'We want to change the owner of 40 checklists at once when someone leaves.',
    'NICE_TO_HAVE',
  ),
  asked('Slack reminder', 'sofia', 24 * 62, 'lena', 'slack', 'Please post to Slack when a checklist is overdue.', 'NICE_TO_HAVE'),
  asked('Deutsch?', 'tom', 24 * 90, 'ben', 'german', 'Gibt es die App auch auf Deutsch? Would be nice for our bakers.', 'NICE_TO_HAVE'),
  asked(
    'Night theme',
    'sofia',
    24 * 12,
    'lena',
    'night-theme',
    'Any chance of a night theme? The white is blinding at 5am.',
    'NICE_TO_HAVE',
  ),
];
