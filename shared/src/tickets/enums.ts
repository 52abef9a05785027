/** Ticket status: PENDING means waiting on the customer. */
export const TicketStatus = { OPEN: 'OPEN', PENDING: 'PENDING', CLOSED: 'CLOSED' } as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

/** R3: the groups tickets live in. */
export const TicketGroup = {
  UNASSIGNED: 'UNASSIGNED',
  MARKETING: 'MARKETING',
  DEVELOPMENT: 'DEVELOPMENT',
  SALES: 'SALES',
} as const;
export type TicketGroup = (typeof TicketGroup)[keyof typeof TicketGroup];

/** C1: what kind of ticket it is. */
export const TicketType = {
  QUESTION: 'QUESTION',
  BUG: 'BUG',
  FEATURE_REQUEST: 'FEATURE_REQUEST',
  MARKETING: 'MARKETING',
  SALES: 'SALES',
  OTHER: 'OTHER',
} as const;
export type TicketType = (typeof TicketType)[keyof typeof TicketType];

export const Plan = { FREE: 'FREE', PREMIUM: 'PREMIUM' } as const;
export type Plan = (typeof Plan)[keyof typeof Plan];

export const DraftStatus = {
  PENDING: 'PENDING',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  APPROVED: 'APPROVED',
  SUPERSEDED: 'SUPERSEDED',
} as const;
export type DraftStatus = (typeof DraftStatus)[keyof typeof DraftStatus];

/** Why a reply waits for review: a trainee's draft (T1) or a trained agent's novel reply (W6). */
export const DraftReason = { TRAINEE: 'TRAINEE', NOVEL_REPLY: 'NOVEL_REPLY' } as const;
export type DraftReason = (typeof DraftReason)[keyof typeof DraftReason];

export const SavedReplyStatus = {
  ACTIVE: 'ACTIVE',
  SUGGESTED: 'SUGGESTED',
  DECLINED: 'DECLINED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type SavedReplyStatus = (typeof SavedReplyStatus)[keyof typeof SavedReplyStatus];

/** S1/W4: saved-reply categories; ASK_FOR_INFO is the built-in "ask for more information" set. */
export const SavedReplyCategory = {
  ASK_FOR_INFO: 'ASK_FOR_INFO',
  GETTING_STARTED: 'GETTING_STARTED',
  ACCOUNT_AND_BILLING: 'ACCOUNT_AND_BILLING',
  BUGS: 'BUGS',
  FEATURE_REQUESTS: 'FEATURE_REQUESTS',
  FOLLOW_UP: 'FOLLOW_UP',
  OTHER: 'OTHER',
} as const;
export type SavedReplyCategory = (typeof SavedReplyCategory)[keyof typeof SavedReplyCategory];

export const NotificationKind = {
  MENTION: 'MENTION',
  DRAFT_TO_REVIEW: 'DRAFT_TO_REVIEW',
  DRAFT_REVIEWED: 'DRAFT_REVIEWED',
  FRUSTRATED_CUSTOMER: 'FRUSTRATED_CUSTOMER',
  ASSIGNED_TO_YOU: 'ASSIGNED_TO_YOU',
  FOLLOW_UP_DUE: 'FOLLOW_UP_DUE',
  GOAL_WARNING: 'GOAL_WARNING',
  GOAL_MISSED: 'GOAL_MISSED',
  /** E2: a new bug reached engineering. */
  BUG_ESCALATED: 'BUG_ESCALATED',
  BUG_ASSIGNED: 'BUG_ASSIGNED',
  /** An engineer needs more information about a bug this ticket is linked to. */
  BUG_NEEDS_INFO: 'BUG_NEEDS_INFO',
  /** FR3: a scheduled feature-request report was compiled and waits for product. */
  FEATURE_REPORT_READY: 'FEATURE_REPORT_READY',
  /** FR3: product published the report for engineering. */
  FEATURE_REPORT_PUBLISHED: 'FEATURE_REPORT_PUBLISHED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const ticketStatusLabel: Record<TicketStatus, string> = { OPEN: 'Open', PENDING: 'Waiting on customer', CLOSED: 'Closed' };
export const draftStatusLabel: Record<DraftStatus, string> = {
  PENDING: 'waiting for review',
  APPROVED: 'approved and sent',
  CHANGES_REQUESTED: 'changes requested',
  SUPERSEDED: 'replaced by a newer draft',
};
export const ticketGroupLabel: Record<TicketGroup, string> = {
  UNASSIGNED: 'Unassigned',
  MARKETING: 'Marketing',
  DEVELOPMENT: 'Development',
  SALES: 'Sales',
};
export const ticketTypeLabel: Record<TicketType, string> = {
  QUESTION: 'Question',
  BUG: 'Bug',
  FEATURE_REQUEST: 'Feature request',
  MARKETING: 'Marketing',
  SALES: 'Sales',
  OTHER: 'Other',
};
export const savedReplyCategoryLabel: Record<SavedReplyCategory, string> = {
  ASK_FOR_INFO: 'Ask for more information',
  GETTING_STARTED: 'Getting started',
  ACCOUNT_AND_BILLING: 'Account and billing',
  BUGS: 'Bugs',
  FEATURE_REQUESTS: 'Feature requests',
  FOLLOW_UP: 'Follow-up',
  OTHER: 'Other',
};

/** The group a ticket type usually belongs to (R3), offered when the type is set. */
export const suggestedGroupForType: Record<TicketType, TicketGroup | null> = {
  QUESTION: null,
  BUG: 'DEVELOPMENT',
  FEATURE_REQUEST: 'DEVELOPMENT',
  MARKETING: 'MARKETING',
  SALES: 'SALES',
  OTHER: null,
};
