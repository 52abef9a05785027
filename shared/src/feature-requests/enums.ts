/** FR1: what part of the product a request is about; every card has one. */
export const FeatureTag = { UI: 'UI', UX: 'UX', TECHNICAL: 'TECHNICAL' } as const;
export type FeatureTag = (typeof FeatureTag)[keyof typeof FeatureTag];

export const FEATURE_TAGS: readonly FeatureTag[] = ['UI', 'UX', 'TECHNICAL'];

export const featureTagLabel: Record<FeatureTag, string> = { UI: 'UI', UX: 'UX', TECHNICAL: 'Technical' };

/** The one-line meaning of each tag, shown beside the choice. */
export const featureTagMeaning: Record<FeatureTag, string> = {
  UI: 'How it looks: screens, layout, colours, dark mode.',
  UX: 'How it works for the person: flows, steps, shortcuts, wording.',
  TECHNICAL: 'Under the hood: integrations, API, exports, performance, security.',
};

/** Where a request stands. SHIPPED comes only from markFeatureShipped (FR4), MERGED only from mergeFeatureRequests. */
export const FeatureStatus = {
  OPEN: 'OPEN',
  PLANNED: 'PLANNED',
  IN_PROGRESS: 'IN_PROGRESS',
  SHIPPED: 'SHIPPED',
  DECLINED: 'DECLINED',
  MERGED: 'MERGED',
} as const;
export type FeatureStatus = (typeof FeatureStatus)[keyof typeof FeatureStatus];

export const FEATURE_STATUSES: readonly FeatureStatus[] = ['OPEN', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED', 'MERGED'];

export const featureStatusLabel: Record<FeatureStatus, string> = {
  OPEN: 'Open',
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  SHIPPED: 'Shipped',
  DECLINED: 'Declined',
  MERGED: 'Merged',
};

/** Requests product still decides on or works on: the ranking's default, the report's candidates. */
export const OPEN_FEATURE_STATUSES: readonly FeatureStatus[] = ['OPEN', 'PLANNED', 'IN_PROGRESS'];

/** The statuses updateFeatureRequest sets (SHIPPED is markFeatureShipped's, MERGED mergeFeatureRequests'). */
export const SETTABLE_FEATURE_STATUSES: readonly FeatureStatus[] = ['OPEN', 'PLANNED', 'IN_PROGRESS', 'DECLINED'];

/** How much one customer needs it (Productboard's importance per piece of feedback). */
export const AskImportance = { NICE_TO_HAVE: 'NICE_TO_HAVE', IMPORTANT: 'IMPORTANT', BLOCKER: 'BLOCKER' } as const;
export type AskImportance = (typeof AskImportance)[keyof typeof AskImportance];

export const ASK_IMPORTANCES: readonly AskImportance[] = ['NICE_TO_HAVE', 'IMPORTANT', 'BLOCKER'];

export const askImportanceLabel: Record<AskImportance, string> = {
  NICE_TO_HAVE: 'Nice to have',
  IMPORTANT: 'Important',
  BLOCKER: 'Blocker',
};

export const askImportanceMeaning: Record<AskImportance, string> = {
  NICE_TO_HAVE: 'They would like it; nothing stops them without it.',
  IMPORTANT: 'It costs them time or workarounds every week.',
  BLOCKER: 'They cannot adopt, renew or grow without it.',
};

/** "FR-12". */
export function featureReference(number: number): string {
  return `FR-${number}`;
}

/** The orders of the ranking (FR2). */
export const FeatureOrder = { ASKS: 'ASKS', CUSTOMERS: 'CUSTOMERS', REVENUE: 'REVENUE', TREND: 'TREND', NEWEST: 'NEWEST' } as const;
export type FeatureOrder = (typeof FeatureOrder)[keyof typeof FeatureOrder];

export const featureOrderLabel: Record<FeatureOrder, string> = {
  ASKS: 'Asks',
  CUSTOMERS: 'Customers',
  REVENUE: 'Revenue',
  TREND: 'Trend',
  NEWEST: 'Newest',
};

/** FR3: a compiled report is a draft product may annotate; published, it is frozen. */
export const FeatureReportStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
export type FeatureReportStatus = (typeof FeatureReportStatus)[keyof typeof FeatureReportStatus];

/** What happened to a card, in its own history. */
export const FeatureEventKind = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  STATUS_SET: 'STATUS_SET',
  ASK_LINKED: 'ASK_LINKED',
  ASK_UNLINKED: 'ASK_UNLINKED',
  MERGED_INTO: 'MERGED_INTO',
  MERGED_FROM: 'MERGED_FROM',
  SPLIT_OUT: 'SPLIT_OUT',
  SHIPPED: 'SHIPPED',
  DECLINED: 'DECLINED',
} as const;
export type FeatureEventKind = (typeof FeatureEventKind)[keyof typeof FeatureEventKind];

/** What an event carries, for its sentence. */
export interface FeatureEventData {
  ticketNumber?: number;
  customerName?: string;
  status?: FeatureStatus;
  otherNumber?: number;
  customers?: number;
  fields?: string[];
}

/** The sentence of a card's event: "Ben linked #1042 (Acme)". */
export function describeFeatureEvent(kind: FeatureEventKind, data: FeatureEventData, actor: string): string {
  const ticket = data.ticketNumber !== undefined ? `#${data.ticketNumber}` : 'a ticket';
  const customer = data.customerName ? ` (${data.customerName})` : '';
  const other = data.otherNumber !== undefined ? featureReference(data.otherNumber) : 'another request';
  switch (kind) {
    case 'CREATED':
      return `${actor} created the request${data.ticketNumber !== undefined ? ` from ${ticket}${customer}` : ''}`;
    case 'UPDATED':
      return `${actor} changed ${data.fields?.length ? data.fields.join(', ') : 'the request'}`;
    case 'STATUS_SET':
      return `${actor} set the status to ${data.status ? featureStatusLabel[data.status] : 'another status'}`;
    case 'ASK_LINKED':
      return `${actor} linked ${ticket}${customer}`;
    case 'ASK_UNLINKED':
      return `${actor} unlinked ${ticket}${customer}`;
    case 'MERGED_INTO':
      return `${actor} merged this request into ${other}`;
    case 'MERGED_FROM':
      return `${actor} merged ${other} into this request`;
    case 'SPLIT_OUT':
      return `${actor} split ${other} back out`;
    case 'SHIPPED': {
      const n = data.customers ?? 0;
      return `${actor} marked it shipped and told ${n.toLocaleString('en')} customer${n === 1 ? '' : 's'}`;
    }
    case 'DECLINED':
      return `${actor} declined the request${data.customers ? `, telling ${data.customers.toLocaleString('en')} customer${data.customers === 1 ? '' : 's'}` : ''}`;
  }
}
