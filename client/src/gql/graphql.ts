/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accepts a suggestion into the library, optionally with a better title, text or category. */
export type AcceptSavedReplySuggestionInput = {
  body?: string | null | undefined;
  category?: SavedReplyCategory | null | undefined;
  id: string | number;
  title?: string | null | undefined;
};

export type AddNoteInput = {
  body: string;
  /** People @mentioned in the note; they are notified. */
  mentionIds?: Array<string | number> | null | undefined;
  ticketId: string | number;
};

export type ApproveDraftInput = {
  /** The reply as edited by the reviewer; omitted: sent as written. */
  body?: string | null | undefined;
  draftId: string | number;
  /** The newest message the reviewer has read. */
  seenMessageId: string | number;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CreateSavedReplyInput = {
  body: string;
  category: SavedReplyCategory;
  title: string;
};

export type CreateUserInput = {
  canTrain?: boolean;
  email: string;
  name: string;
  /** Initial password; the person changes it after signing in. */
  password: string;
  roles: Array<Role>;
  timeZone?: string;
  /** Makes the new person a trainee of this trainer (T1). */
  trainerId?: string | number | null | undefined;
  workingHours?: WorkingHoursInput | null | undefined;
};

/** TRAINEE (T1) or NOVEL_REPLY (W6). */
export type DraftReason =
  | 'NOVEL_REPLY'
  | 'TRAINEE';

export type DraftStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'PENDING'
  | 'SUPERSEDED';

/** F1: REMIND the assignee, or send the follow-up AUTOmatically. */
export type FollowUpMode =
  | 'AUTO'
  | 'REMIND';

export type LoginInput = {
  email: string;
  password: string;
};

export type MailStatus =
  | 'FAILED'
  | 'NO_SMTP'
  | 'PENDING'
  | 'SENT';

/** How a customer message arrived. */
export type MessageChannel =
  | 'EMAIL'
  | 'LINK'
  | 'WEB_FORM';

export type NotificationKind =
  | 'ASSIGNED_TO_YOU'
  | 'DRAFT_REVIEWED'
  | 'DRAFT_TO_REVIEW'
  | 'FOLLOW_UP_DUE'
  | 'FRUSTRATED_CUSTOMER'
  | 'GOAL_MISSED'
  | 'GOAL_WARNING'
  | 'MENTION';

export type Plan =
  | 'FREE'
  | 'PREMIUM';

export type ReplyToTicketInput = {
  body: string;
  /** The saved reply this answer started from (W3, S2). */
  savedReplyId?: string | number | null | undefined;
  /** The newest message you have read (Ticket.latestMessageId); newer ones refuse the reply. */
  seenMessageId: string | number;
  ticketId: string | number;
};

export type RequestDraftChangesInput = {
  draftId: string | number;
  /** What to change; required (T2). */
  feedback: string;
};

/** A staff role; a person can hold several. */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'ENGINEER'
  | 'MANAGER'
  | 'PRODUCT';

export type SavedRepliesFilter = {
  category?: SavedReplyCategory | null | undefined;
  search?: string | null | undefined;
  status?: SavedReplyStatus;
};

export type SavedReplyCategory =
  | 'ACCOUNT_AND_BILLING'
  | 'ASK_FOR_INFO'
  | 'BUGS'
  | 'FEATURE_REQUESTS'
  | 'FOLLOW_UP'
  | 'GETTING_STARTED'
  | 'OTHER';

export type SavedReplyStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DECLINED'
  | 'SUGGESTED';

export type SubmitDraftInput = {
  body: string;
  /** The saved reply the draft started from. */
  savedReplyId?: string | number | null | undefined;
  /** The newest message you have read. */
  seenMessageId: string | number;
  /** T3: propose this answer as a new saved reply. */
  suggestAsSavedReply?: boolean;
  suggestedTitle?: string | null | undefined;
  ticketId: string | number;
};

export type TicketEventKind =
  | 'ASSIGNED'
  | 'CHANGES_REQUESTED'
  | 'CLAIMED'
  | 'CLOSED'
  | 'COMPLEX_SET'
  | 'CREATED'
  | 'DRAFT_APPROVED'
  | 'FRUSTRATION_DISMISSED'
  | 'FRUSTRATION_SET'
  | 'GROUP_SET'
  | 'LINKS_REVOKED'
  | 'LINK_CREATED'
  | 'RELEASED'
  | 'REOPENED'
  | 'TYPE_SET';

/** R3: where a ticket lives. */
export type TicketGroup =
  | 'DEVELOPMENT'
  | 'MARKETING'
  | 'SALES'
  | 'UNASSIGNED';

/** PENDING: waiting on the customer. */
export type TicketStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PENDING';

/** C1: what kind of ticket it is. */
export type TicketType =
  | 'BUG'
  | 'FEATURE_REQUEST'
  | 'MARKETING'
  | 'OTHER'
  | 'QUESTION'
  | 'SALES';

/** Queue filters; without a status, closed tickets are left out unless includeClosed. */
export type TicketsFilter = {
  assigneeId?: string | number | null | undefined;
  /** F1: only tickets whose follow-up is due. */
  followUpDue?: boolean;
  frustrated?: boolean;
  group?: TicketGroup | null | undefined;
  /** Only these tickets: a live update refreshes just the rows that changed. */
  ids?: Array<string | number> | null | undefined;
  /** Closed tickets too (a search across all tickets). */
  includeClosed?: boolean;
  /** Only tickets assigned to you. */
  mine?: boolean;
  /** Only tickets with a draft waiting for review. */
  needsReview?: boolean;
  /** Words of the subject or messages, customer name or e-mail, or a ticket number. */
  search?: string | null | undefined;
  status?: TicketStatus | null | undefined;
  /** Only tickets nobody has claimed (W1). */
  unassigned?: boolean;
};

export type TonePhraseInput = {
  avoid: string;
  suggestion: string;
};

export type UpdateSavedReplyInput = {
  body?: string | null | undefined;
  category?: SavedReplyCategory | null | undefined;
  id: string | number;
  title?: string | null | undefined;
  version: number;
};

export type UpdateTeamSettingsInput = {
  autoCloseAfterMinutes?: number | null | undefined;
  /** Empty: no closing mail. */
  closingMessage?: string | null | undefined;
  complexSeenFollowUpMinutes?: number | null | undefined;
  firstResponseMinutesFree?: number | null | undefined;
  firstResponseMinutesPremium?: number | null | undefined;
  followUpAfterMinutes?: number | null | undefined;
  followUpMode?: FollowUpMode | null | undefined;
  /** The saved reply follow-ups send; null: none (follow-ups then only remind). */
  followUpSavedReplyId?: string | number | null | undefined;
  goalWarningPercent?: number | null | undefined;
  highValueRevenueCents?: number | null | undefined;
  maxFollowUps?: number | null | undefined;
  maxFollowUpsHighValue?: number | null | undefined;
  reviewNovelReplies?: boolean | null | undefined;
  teamChatWebhookUrl?: string | null | undefined;
  toneGuide?: Array<TonePhraseInput> | null | undefined;
  version: number;
};

export type UpdateUserInput = {
  canTrain?: boolean | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
  timeZone?: string | null | undefined;
  trainerId?: string | number | null | undefined;
  /** The version you edited; a newer one on the server refuses the change. */
  version: number;
  workingHours?: WorkingHoursInput | null | undefined;
};

export type UsersFilter = {
  /** Only people who may train someone now (T4). */
  eligibleTrainers?: boolean;
  includeInactive?: boolean;
  role?: Role | null | undefined;
  /** Part of a name or e-mail address. */
  search?: string | null | undefined;
};

export type WorkingHoursInput = {
  days: Array<number>;
  end: string;
  start: string;
};

export type AccountPageUpdateMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AccountPageUpdateMutation = { updateUser: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'Viewer_UserFragment': Viewer_UserFragment } }
  ) };

export type AccountPagePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AccountPagePasswordMutation = { changePassword: boolean };

export type UserRow_UserFragment = { __typename: 'User', id: string, name: string, email: string, roles: Array<Role>, isActive: boolean, isTrainee: boolean, canTrain: boolean, timeZone: string, lastLoginAt: string | null, deactivatedAt: string | null, version: number, workingHours: { __typename: 'WorkingHours', start: string, end: string, days: Array<number> }, trainer: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'UserPermissions', editProfile: boolean, editAccess: boolean, deactivate: boolean, deactivateBlockedReason: string | null, reactivate: boolean } } & { ' $fragmentName'?: 'UserRow_UserFragment' };

export type UsersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UsersFilter | null | undefined;
}>;


export type UsersPageQuery = { users: { __typename: 'UserConnection', edges: Array<{ __typename: 'UserEdge', cursor: string, node: (
        { __typename: 'User', id: string }
        & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type TrainerOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainerOptionsQuery = { users: { __typename: 'UserConnection', edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string } }> } };

export type UsersPageCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UsersPageCreateMutation = { createUser: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
  ) };

export type UserEditorUpdateMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UserEditorUpdateMutation = { updateUser: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
  ) };

export type UserRowDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type UserRowDeactivateMutation = { deactivateUser: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
  ) };

export type UserRowReactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type UserRowReactivateMutation = { reactivateUser: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
  ) };

export type OutboxRow_MailFragment = { __typename: 'OutboxMail', id: string, ticketId: string, ticketNumber: number, kind: string, to: string, subject: string, createdAt: string, delivery: { __typename: 'MailDelivery', status: MailStatus, summary: string, sentAt: string | null, attempts: number, nextAttemptAt: string | null } } & { ' $fragmentName'?: 'OutboxRow_MailFragment' };

export type OutboxPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: MailStatus | null | undefined;
}>;


export type OutboxPageQuery = { outbox: { __typename: 'OutboxMailConnection', smtpConfigured: boolean, edges: Array<{ __typename: 'OutboxMailEdge', cursor: string, node: (
        { __typename: 'OutboxMail', id: string }
        & { ' $fragmentRefs'?: { 'OutboxRow_MailFragment': OutboxRow_MailFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OutboxRowRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type OutboxRowRetryMutation = { retryOutboxMail: (
    { __typename: 'OutboxMail' }
    & { ' $fragmentRefs'?: { 'OutboxRow_MailFragment': OutboxRow_MailFragment } }
  ) };

export type OutboxMailQueryVariables = Exact<{
  id: string | number;
}>;


export type OutboxMailQuery = { outboxMail: { __typename: 'OutboxMail', id: string, text: string, headers: Array<{ __typename: 'MailHeader', name: string, value: string }> } };

export type DraftConversation_TicketFragment = { __typename: 'Ticket', id: string, latestMessageId: string | null, customer: { __typename: 'Customer', id: string, name: string }, timeline: Array<
    | { __typename: 'CustomerMessage', body: string, id: string, createdAt: string, customer: { __typename: 'Customer', id: string, name: string } }
    | { __typename: 'Draft', id: string, createdAt: string }
    | { __typename: 'Note', id: string, createdAt: string }
    | { __typename: 'Reply', body: string, id: string, createdAt: string, author: { __typename: 'User', id: string, name: string } | null, approvedBy: { __typename: 'User', id: string, name: string } | null }
    | { __typename: 'TicketEvent', id: string, createdAt: string }
  > } & { ' $fragmentName'?: 'DraftConversation_TicketFragment' };

export type DraftReview_DraftFragment = { __typename: 'Draft', id: string, body: string, createdAt: string, reason: DraftReason, status: DraftStatus, suggestAsSavedReply: boolean, suggestedTitle: string | null, author: { __typename: 'User', id: string, name: string }, reviewer: { __typename: 'User', id: string, name: string } | null, savedReply: { __typename: 'SavedReply', id: string, title: string } | null, ticket: (
    { __typename: 'Ticket', id: string, number: number, subject: string, status: TicketStatus, type: TicketType | null, group: TicketGroup, latestMessageId: string | null, customer: { __typename: 'Customer', id: string, name: string, plan: Plan } }
    & { ' $fragmentRefs'?: { 'DraftConversation_TicketFragment': DraftConversation_TicketFragment } }
  ), viewerCan: { __typename: 'DraftPermissions', approve: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, requestChanges: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null } } } & { ' $fragmentName'?: 'DraftReview_DraftFragment' };

export type ApprovalsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ApprovalsPageQuery = { draftsToReview: { __typename: 'DraftConnection', edges: Array<{ __typename: 'DraftEdge', cursor: string, node: (
        { __typename: 'Draft', id: string, status: DraftStatus, ticket: { __typename: 'Ticket', id: string } }
        & { ' $fragmentRefs'?: { 'DraftReview_DraftFragment': DraftReview_DraftFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, teamSettings: { __typename: 'TeamSettings', toneGuide: Array<{ __typename: 'TonePhrase', avoid: string, suggestion: string }> } };

export type ApprovalsPageNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsPageNotificationsSubscription = { notificationsChanged: { __typename: 'NotificationsChange', unreadCount: number } };

export type ApprovalsPageQueueSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsPageQueueSubscription = { queueChanged: { __typename: 'QueueChange', ticketId: string } };

export type DraftReviewApproveMutationVariables = Exact<{
  input: ApproveDraftInput;
}>;


export type DraftReviewApproveMutation = { approveDraft: { __typename: 'Draft', id: string, status: DraftStatus, reviewedAt: string | null } };

export type DraftReviewRequestChangesMutationVariables = Exact<{
  input: RequestDraftChangesInput;
}>;


export type DraftReviewRequestChangesMutation = { requestDraftChanges: { __typename: 'Draft', id: string, status: DraftStatus, feedback: string | null, reviewedAt: string | null } };

export type Viewer_UserFragment = { __typename: 'User', id: string, name: string, email: string, roles: Array<Role>, isActive: boolean, isTrainee: boolean, canTrain: boolean, timeZone: string, version: number, workingHours: { __typename: 'WorkingHours', start: string, end: string, days: Array<number> }, trainer: { __typename: 'User', id: string, name: string } | null } & { ' $fragmentName'?: 'Viewer_UserFragment' };

export type AppViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AppViewerQuery = { viewer: (
    { __typename: 'User', id: string }
    & { ' $fragmentRefs'?: { 'Viewer_UserFragment': Viewer_UserFragment } }
  ) | null };

export type LoginPageMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPageMutation = { login: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'Viewer_UserFragment': Viewer_UserFragment } }
  ) };

export type UserMenuLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type UserMenuLogoutMutation = { logout: boolean };

export type InboxRow_TicketFragment = { __typename: 'Ticket', id: string, number: number, subject: string, status: TicketStatus, group: TicketGroup, type: TicketType | null, isFrustrated: boolean, isManagerAssigned: boolean, isGoalMissed: boolean, responseDueAt: string | null, pendingDraftCount: number, lastCustomerMessageAt: string | null, followUpDueAt: string | null, frustrationHint: { __typename: 'FrustrationHint', triggers: Array<string> } | null, customer: { __typename: 'Customer', id: string, name: string, company: string | null, plan: Plan, isHighValue: boolean }, assignee: { __typename: 'User', id: string, name: string } | null, viewers: Array<{ __typename: 'User', id: string, name: string }>, viewerCan: { __typename: 'TicketPermissions', claim: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null } } } & { ' $fragmentName'?: 'InboxRow_TicketFragment' };

export type InboxPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TicketsFilter | null | undefined;
}>;


export type InboxPageQuery = { tickets: { __typename: 'TicketConnection', edges: Array<{ __typename: 'TicketEdge', cursor: string, node: (
        { __typename: 'Ticket', id: string, viewerCan: { __typename: 'TicketPermissions', claim: { __typename: 'Permission', allowed: boolean } } }
        & { ' $fragmentRefs'?: { 'InboxRow_TicketFragment': InboxRow_TicketFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InboxQueueSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxQueueSubscription = { queueChanged: { __typename: 'QueueChange', ticketId: string } };

export type InboxRowClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type InboxRowClaimMutation = { claimTicket: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'InboxRow_TicketFragment': InboxRow_TicketFragment } }
  ) };

export type InboxChangedRowsQueryVariables = Exact<{
  first: number;
  filter: TicketsFilter;
}>;


export type InboxChangedRowsQuery = { tickets: { __typename: 'TicketConnection', edges: Array<{ __typename: 'TicketEdge', cursor: string, node: (
        { __typename: 'Ticket' }
        & { ' $fragmentRefs'?: { 'InboxRow_TicketFragment': InboxRow_TicketFragment } }
      ) }> } };

export type InboxSearchCountsQueryVariables = Exact<{
  inView: TicketsFilter;
  all: TicketsFilter;
}>;


export type InboxSearchCountsQuery = { inView: { __typename: 'TicketCount', count: number, hasMore: boolean }, all: { __typename: 'TicketCount', count: number, hasMore: boolean } };

export type InboxJumpQueryVariables = Exact<{
  filter: TicketsFilter;
}>;


export type InboxJumpQuery = { tickets: { __typename: 'TicketConnection', edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', id: string } }> } };

export type DeliveryStatus_DeliveryFragment = { __typename: 'MailDelivery', status: MailStatus, summary: string, sentAt: string | null, attempts: number, nextAttemptAt: string | null } & { ' $fragmentName'?: 'DeliveryStatus_DeliveryFragment' };

export type NotificationItem_NotificationFragment = { __typename: 'Notification', id: string, kind: NotificationKind, body: string, createdAt: string, readAt: string | null, actor: { __typename: 'User', id: string, name: string } | null, ticket: { __typename: 'Ticket', id: string, number: number } | null } & { ' $fragmentName'?: 'NotificationItem_NotificationFragment' };

export type NotificationsBellQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsBellQuery = { notifications: { __typename: 'NotificationConnection', unreadCount: number, edges: Array<{ __typename: 'NotificationEdge', cursor: string, node: { __typename: 'Notification', id: string, kind: NotificationKind, body: string, createdAt: string, readAt: string | null, actor: { __typename: 'User', id: string, name: string } | null, ticket: { __typename: 'Ticket', id: string, number: number } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type NotificationsBellSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationsBellSubscription = { notificationsChanged: { __typename: 'NotificationsChange', unreadCount: number } };

export type NotificationsBellMarkReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type NotificationsBellMarkReadMutation = { markNotificationsRead: number };

export type SavedReplyCard_SavedReplyFragment = { __typename: 'SavedReply', id: string, title: string, body: string, category: SavedReplyCategory, status: SavedReplyStatus, usageCount: number, version: number, updatedAt: string, suggestedBy: { __typename: 'User', id: string, name: string } | null, sourceDraft: { __typename: 'Draft', id: string, ticket: { __typename: 'Ticket', id: string, number: number } } | null, viewerCan: { __typename: 'SavedReplyPermissions', edit: { __typename: 'Permission', allowed: boolean, reason: string | null }, decide: { __typename: 'Permission', allowed: boolean, reason: string | null } } } & { ' $fragmentName'?: 'SavedReplyCard_SavedReplyFragment' };

export type SavedRepliesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SavedRepliesFilter | null | undefined;
}>;


export type SavedRepliesPageQuery = { savedReplies: { __typename: 'SavedReplyConnection', edges: Array<{ __typename: 'SavedReplyEdge', cursor: string, node: (
        { __typename: 'SavedReply', id: string }
        & { ' $fragmentRefs'?: { 'SavedReplyCard_SavedReplyFragment': SavedReplyCard_SavedReplyFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SavedReplyEditorCreateMutationVariables = Exact<{
  input: CreateSavedReplyInput;
}>;


export type SavedReplyEditorCreateMutation = { createSavedReply: (
    { __typename: 'SavedReply' }
    & { ' $fragmentRefs'?: { 'SavedReplyCard_SavedReplyFragment': SavedReplyCard_SavedReplyFragment } }
  ) };

export type SavedReplyEditorUpdateMutationVariables = Exact<{
  input: UpdateSavedReplyInput;
}>;


export type SavedReplyEditorUpdateMutation = { updateSavedReply: (
    { __typename: 'SavedReply' }
    & { ' $fragmentRefs'?: { 'SavedReplyCard_SavedReplyFragment': SavedReplyCard_SavedReplyFragment } }
  ) };

export type SavedReplyEditorAcceptMutationVariables = Exact<{
  input: AcceptSavedReplySuggestionInput;
}>;


export type SavedReplyEditorAcceptMutation = { acceptSavedReplySuggestion: (
    { __typename: 'SavedReply' }
    & { ' $fragmentRefs'?: { 'SavedReplyCard_SavedReplyFragment': SavedReplyCard_SavedReplyFragment } }
  ) };

export type SavedReplyCardArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type SavedReplyCardArchiveMutation = { archiveSavedReply: (
    { __typename: 'SavedReply' }
    & { ' $fragmentRefs'?: { 'SavedReplyCard_SavedReplyFragment': SavedReplyCard_SavedReplyFragment } }
  ) };

export type SavedReplyCardDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type SavedReplyCardDeclineMutation = { declineSavedReplySuggestion: (
    { __typename: 'SavedReply' }
    & { ' $fragmentRefs'?: { 'SavedReplyCard_SavedReplyFragment': SavedReplyCard_SavedReplyFragment } }
  ) };

export type TeamSettingsForm_SettingsFragment = { __typename: 'TeamSettings', version: number, updatedAt: string, firstResponseMinutesPremium: number, firstResponseMinutesFree: number, highValueRevenueCents: number, reviewNovelReplies: boolean, teamChatWebhookUrl: string | null, followUpAfterMinutes: number, complexSeenFollowUpMinutes: number, autoCloseAfterMinutes: number, maxFollowUps: number, maxFollowUpsHighValue: number, goalWarningPercent: number, followUpMode: FollowUpMode, followUpSavedReplyId: string | null, closingMessage: string | null, toneGuide: Array<{ __typename: 'TonePhrase', avoid: string, suggestion: string }> } & { ' $fragmentName'?: 'TeamSettingsForm_SettingsFragment' };

export type TeamSettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamSettingsPageQuery = { teamSettings: (
    { __typename: 'TeamSettings', version: number }
    & { ' $fragmentRefs'?: { 'TeamSettingsForm_SettingsFragment': TeamSettingsForm_SettingsFragment } }
  ) };

export type TeamSettingsFormUpdateMutationVariables = Exact<{
  input: UpdateTeamSettingsInput;
}>;


export type TeamSettingsFormUpdateMutation = { updateTeamSettings: (
    { __typename: 'TeamSettings' }
    & { ' $fragmentRefs'?: { 'TeamSettingsForm_SettingsFragment': TeamSettingsForm_SettingsFragment } }
  ) };

export type FollowUpSettingsSavedRepliesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpSettingsSavedRepliesQuery = { savedReplies: { __typename: 'SavedReplyConnection', edges: Array<{ __typename: 'SavedReplyEdge', node: { __typename: 'SavedReply', id: string, title: string, category: SavedReplyCategory, body: string } }> } };

export type MailSetupCardQueryVariables = Exact<{ [key: string]: never; }>;


export type MailSetupCardQuery = { teamSettings: { __typename: 'TeamSettings', mail: { __typename: 'MailSetup', supportAddress: string, smtpConfigured: boolean, inboundSmtpPort: number | null, inboundWebhookEnabled: boolean } } };

export type Composer_TicketFragment = { __typename: 'Ticket', id: string, subject: string, latestMessageId: string | null, pendingDraftCount: number, customer: { __typename: 'Customer', id: string, name: string }, viewerCan: { __typename: 'TicketPermissions', replyNeedsReview: boolean, reply: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, submitDraft: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, addNote: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null } } } & { ' $fragmentName'?: 'Composer_TicketFragment' };

export type ComposerDrafts_TicketFragment = { __typename: 'Ticket', id: string, timeline: Array<
    | { __typename: 'CustomerMessage', id: string }
    | { __typename: 'Draft', body: string, status: DraftStatus, feedback: string | null, suggestAsSavedReply: boolean, suggestedTitle: string | null, id: string, savedReply: { __typename: 'SavedReply', id: string, title: string, body: string } | null, author: { __typename: 'User', id: string }, reviewer: { __typename: 'User', id: string, name: string } | null, reviewedBy: { __typename: 'User', id: string, name: string } | null }
    | { __typename: 'Note', id: string }
    | { __typename: 'Reply', id: string }
    | { __typename: 'TicketEvent', id: string }
  > } & { ' $fragmentName'?: 'ComposerDrafts_TicketFragment' };

export type TicketActions_TicketFragment = { __typename: 'Ticket', id: string, status: TicketStatus, followUpDueAt: string | null, latestMessageId: string | null, assignee: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'TicketPermissions', claim: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, assign: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, release: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, close: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, reopen: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, reply: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null } } } & { ' $fragmentName'?: 'TicketActions_TicketFragment' };

export type TicketHeader_TicketFragment = (
  { __typename: 'Ticket', id: string, number: number, subject: string, status: TicketStatus, isFrustrated: boolean, isManagerAssigned: boolean, isGoalMissed: boolean, responseDueAt: string | null, firstResponseDueAt: string, firstResponseAt: string | null, followUpDueAt: string | null, followUpWaitsForMail: boolean, autoCloseAt: string | null, closedAt: string | null, version: number, frustrationHint: { __typename: 'FrustrationHint', signals: Array<string>, triggers: Array<string>, suggestedAt: string } | null, assignee: { __typename: 'User', id: string, name: string } | null, assignedBy: { __typename: 'User', id: string, name: string } | null, viewers: Array<{ __typename: 'User', id: string, name: string }> }
  & { ' $fragmentRefs'?: { 'TicketActions_TicketFragment': TicketActions_TicketFragment } }
) & { ' $fragmentName'?: 'TicketHeader_TicketFragment' };

export type TicketSidebar_TicketFragment = { __typename: 'Ticket', id: string, status: TicketStatus, group: TicketGroup, type: TicketType | null, isComplex: boolean, isFrustrated: boolean, isManagerAssigned: boolean, createdAt: string, responseDueAt: string | null, firstResponseDueAt: string, firstResponseAt: string | null, customer: { __typename: 'Customer', id: string, name: string, email: string, company: string | null, plan: Plan, monthlyRevenueCents: number, isHighValue: boolean }, assignee: { __typename: 'User', id: string, name: string } | null, frustrationHint: { __typename: 'FrustrationHint', signals: Array<string>, triggers: Array<string>, suggestedAt: string } | null, checklist: Array<{ __typename: 'ChecklistStep', id: string, label: string, status: string, reason: string | null }>, viewerCan: { __typename: 'TicketPermissions', triage: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null }, customerLink: { __typename: 'Permission', allowed: boolean, reason: string | null, code: string | null } } } & { ' $fragmentName'?: 'TicketSidebar_TicketFragment' };

export type Timeline_TicketFragment = { __typename: 'Ticket', id: string, timeline: Array<
    | { __typename: 'CustomerMessage', body: string, channel: MessageChannel | null, quotedText: string | null, id: string, createdAt: string, attachments: Array<{ __typename: 'Attachment', id: string, filename: string, contentType: string, sizeBytes: number }>, customer: { __typename: 'Customer', id: string, name: string } }
    | { __typename: 'Draft', body: string, status: DraftStatus, reason: DraftReason, feedback: string | null, suggestAsSavedReply: boolean, suggestedTitle: string | null, id: string, createdAt: string, savedReply: { __typename: 'SavedReply', id: string, title: string, body: string } | null, author: { __typename: 'User', id: string, name: string }, reviewer: { __typename: 'User', id: string, name: string } | null, reviewedBy: { __typename: 'User', id: string, name: string } | null }
    | { __typename: 'Note', body: string, id: string, createdAt: string, author: { __typename: 'User', id: string, name: string }, mentions: Array<{ __typename: 'User', id: string, name: string }> }
    | { __typename: 'Reply', body: string, seenAt: string | null, id: string, createdAt: string, replyAuthor: { __typename: 'User', id: string, name: string } | null, approvedBy: { __typename: 'User', id: string, name: string } | null, savedReply: { __typename: 'SavedReply', id: string, title: string } | null, delivery: { __typename: 'MailDelivery', status: MailStatus, summary: string, sentAt: string | null, attempts: number, nextAttemptAt: string | null } | null }
    | { __typename: 'TicketEvent', kind: TicketEventKind, text: string, id: string, createdAt: string, actor: { __typename: 'User', id: string, name: string } | null }
  > } & { ' $fragmentName'?: 'Timeline_TicketFragment' };

export type TicketPageQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketPageQuery = { ticket: (
    { __typename: 'Ticket', id: string }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'Timeline_TicketFragment': Timeline_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment;'ComposerDrafts_TicketFragment': ComposerDrafts_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment } }
  ), teamSettings: { __typename: 'TeamSettings', toneGuide: Array<{ __typename: 'TonePhrase', avoid: string, suggestion: string }> } };

export type TicketPageLiveSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TicketPageLiveSubscription = { ticketChanged: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'Timeline_TicketFragment': Timeline_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment;'ComposerDrafts_TicketFragment': ComposerDrafts_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment } }
  ) };

export type TicketPageViewingMutationVariables = Exact<{
  id: string | number;
  viewing: boolean;
}>;


export type TicketPageViewingMutation = { setTicketViewing: boolean };

export type TicketActionsClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type TicketActionsClaimMutation = { claimTicket: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketActionsReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type TicketActionsReleaseMutation = { releaseTicket: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketActionsAssignMutationVariables = Exact<{
  id: string | number;
  assigneeId: string | number;
}>;


export type TicketActionsAssignMutation = { assignTicket: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketActionsCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type TicketActionsCloseMutation = { closeTicket: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketActionsReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type TicketActionsReopenMutation = { reopenTicket: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketLinksRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type TicketLinksRevokeMutation = { revokeTicketLinks: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment } }
  ) };

export type CustomerLinkCreateMutationVariables = Exact<{
  id: string | number;
}>;


export type CustomerLinkCreateMutation = { createCustomerLink: { __typename: 'CustomerLink', url: string, ticket: (
      { __typename: 'Ticket' }
      & { ' $fragmentRefs'?: { 'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment } }
    ) } };

export type TicketTriageTypeMutationVariables = Exact<{
  id: string | number;
  type?: TicketType | null | undefined;
}>;


export type TicketTriageTypeMutation = { setTicketType: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketTriageGroupMutationVariables = Exact<{
  id: string | number;
  group: TicketGroup;
}>;


export type TicketTriageGroupMutation = { setTicketGroup: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketTriageComplexMutationVariables = Exact<{
  id: string | number;
  isComplex: boolean;
}>;


export type TicketTriageComplexMutation = { setTicketComplex: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketTriageFrustratedMutationVariables = Exact<{
  id: string | number;
  frustrated: boolean;
}>;


export type TicketTriageFrustratedMutation = { flagFrustrated: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type TicketTriageDismissFrustrationMutationVariables = Exact<{
  id: string | number;
}>;


export type TicketTriageDismissFrustrationMutation = { dismissFrustrationSuggestion: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment } }
  ) };

export type NoteEditorAddMutationVariables = Exact<{
  input: AddNoteInput;
}>;


export type NoteEditorAddMutation = { addNote: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'Timeline_TicketFragment': Timeline_TicketFragment } }
  ) };

export type ReplyEditorSendMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type ReplyEditorSendMutation = { replyToTicket: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'Timeline_TicketFragment': Timeline_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment;'ComposerDrafts_TicketFragment': ComposerDrafts_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment } }
  ) };

export type ReplyEditorSubmitDraftMutationVariables = Exact<{
  input: SubmitDraftInput;
}>;


export type ReplyEditorSubmitDraftMutation = { submitDraft: { __typename: 'Draft', id: string, status: DraftStatus, ticket: (
      { __typename: 'Ticket' }
      & { ' $fragmentRefs'?: { 'Timeline_TicketFragment': Timeline_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment;'ComposerDrafts_TicketFragment': ComposerDrafts_TicketFragment } }
    ) } };

export type SavedReplyPickerQueryVariables = Exact<{
  filter?: SavedRepliesFilter | null | undefined;
}>;


export type SavedReplyPickerQuery = { savedReplies: { __typename: 'SavedReplyConnection', edges: Array<{ __typename: 'SavedReplyEdge', node: { __typename: 'SavedReply', id: string, title: string, category: SavedReplyCategory, body: string, usageCount: number } }> } };

export type SavedReplyPickerRenderQueryVariables = Exact<{
  savedReplyId: string | number;
  ticketId: string | number;
}>;


export type SavedReplyPickerRenderQuery = { renderSavedReply: string };

export type TeammatePickerQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type TeammatePickerQuery = { users: { __typename: 'UserConnection', edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string, roles: Array<Role> } }> } };

export type TicketActionsFollowUpMutationVariables = Exact<{
  id: string | number;
  seenMessageId: string | number;
}>;


export type TicketActionsFollowUpMutation = { sendFollowUp: (
    { __typename: 'Ticket' }
    & { ' $fragmentRefs'?: { 'TicketHeader_TicketFragment': TicketHeader_TicketFragment;'Timeline_TicketFragment': Timeline_TicketFragment;'Composer_TicketFragment': Composer_TicketFragment;'ComposerDrafts_TicketFragment': ComposerDrafts_TicketFragment;'TicketSidebar_TicketFragment': TicketSidebar_TicketFragment } }
  ) };

export const UserRow_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isTrainee"}},{"kind":"Field","name":{"kind":"Name","value":"canTrain"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editProfile"}},{"kind":"Field","name":{"kind":"Name","value":"editAccess"}},{"kind":"Field","name":{"kind":"Name","value":"deactivate"}},{"kind":"Field","name":{"kind":"Name","value":"deactivateBlockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"reactivate"}}]}}]}}]} as unknown as DocumentNode<UserRow_UserFragment, unknown>;
export const DeliveryStatus_DeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryStatus_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<DeliveryStatus_DeliveryFragment, unknown>;
export const OutboxRow_MailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxRow_mail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryStatus_delivery"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},DeliveryStatus_DeliveryFragmentDoc.definitions[0]]} as unknown as DocumentNode<OutboxRow_MailFragment, unknown>;
export const DraftConversation_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftConversation_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latestMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftConversation_TicketFragment, unknown>;
export const DraftReview_DraftFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftReview_draft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suggestAsSavedReply"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTitle"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"latestMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftConversation_ticket"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},DraftConversation_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<DraftReview_DraftFragment, unknown>;
export const Viewer_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Viewer_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isTrainee"}},{"kind":"Field","name":{"kind":"Name","value":"canTrain"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Viewer_UserFragment, unknown>;
export const InboxRow_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isFrustrated"}},{"kind":"Field","name":{"kind":"Name","value":"frustrationHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isManagerAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"isGoalMissed"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDraftCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCustomerMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"isHighValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InboxRow_TicketFragment, unknown>;
export const NotificationItem_NotificationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem_notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<NotificationItem_NotificationFragment, unknown>;
export const SavedReplyCard_SavedReplyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReplyCard_savedReply"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedReply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SavedReplyCard_SavedReplyFragment, unknown>;
export const TeamSettingsForm_SettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamSettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesPremium"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesFree"}},{"kind":"Field","name":{"kind":"Name","value":"highValueRevenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNovelReplies"}},{"kind":"Field","name":{"kind":"Name","value":"teamChatWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"toneGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avoid"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"complexSeenFollowUpMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoCloseAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFollowUps"}},{"kind":"Field","name":{"kind":"Name","value":"maxFollowUpsHighValue"}},{"kind":"Field","name":{"kind":"Name","value":"goalWarningPercent"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMode"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSavedReplyId"}},{"kind":"Field","name":{"kind":"Name","value":"closingMessage"}}]}}]} as unknown as DocumentNode<TeamSettingsForm_SettingsFragment, unknown>;
export const Composer_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Composer_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"latestMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDraftCount"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submitDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyNeedsReview"}}]}}]}}]} as unknown as DocumentNode<Composer_TicketFragment, unknown>;
export const ComposerDrafts_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComposerDrafts_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"suggestAsSavedReply"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTitle"}},{"kind":"Field","name":{"kind":"Name","value":"savedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComposerDrafts_TicketFragment, unknown>;
export const TicketActions_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketActions_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"close"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TicketActions_TicketFragment, unknown>;
export const TicketHeader_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketHeader_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFrustrated"}},{"kind":"Field","name":{"kind":"Name","value":"isManagerAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"isGoalMissed"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpWaitsForMail"}},{"kind":"Field","name":{"kind":"Name","value":"autoCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"frustrationHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketActions_ticket"}}]}},TicketActions_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketHeader_TicketFragment, unknown>;
export const TicketSidebar_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSidebar_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isComplex"}},{"kind":"Field","name":{"kind":"Name","value":"isFrustrated"}},{"kind":"Field","name":{"kind":"Name","value":"isManagerAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRevenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"isHighValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frustrationHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TicketSidebar_TicketFragment, unknown>;
export const Timeline_TicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Timeline_ticket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quotedText"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","alias":{"kind":"Name","value":"replyAuthor"},"name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryStatus_delivery"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"suggestAsSavedReply"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTitle"}},{"kind":"Field","name":{"kind":"Name","value":"savedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},DeliveryStatus_DeliveryFragmentDoc.definitions[0]]} as unknown as DocumentNode<Timeline_TicketFragment, unknown>;
export const AccountPageUpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountPageUpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer_user"}}]}}]}},Viewer_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<AccountPageUpdateMutation, AccountPageUpdateMutationVariables>;
export const AccountPagePasswordMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountPagePasswordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AccountPagePasswordMutation, AccountPagePasswordMutationVariables>;
export const UsersPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsersFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_user"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},UserRow_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<UsersPageQuery, UsersPageQueryVariables>;
export const TrainerOptionsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainerOptionsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eligibleTrainers"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainerOptionsQuery, TrainerOptionsQueryVariables>;
export const UsersPageCreateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPageCreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_user"}}]}}]}},UserRow_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<UsersPageCreateMutation, UsersPageCreateMutationVariables>;
export const UserEditorUpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserEditorUpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_user"}}]}}]}},UserRow_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<UserEditorUpdateMutation, UserEditorUpdateMutationVariables>;
export const UserRowDeactivateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserRowDeactivateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_user"}}]}}]}},UserRow_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<UserRowDeactivateMutation, UserRowDeactivateMutationVariables>;
export const UserRowReactivateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserRowReactivateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_user"}}]}}]}},UserRow_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<UserRowReactivateMutation, UserRowReactivateMutationVariables>;
export const OutboxPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxRow_mail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},DeliveryStatus_DeliveryFragmentDoc.definitions[0],OutboxRow_MailFragmentDoc.definitions[0]]} as unknown as DocumentNode<OutboxPageQuery, OutboxPageQueryVariables>;
export const OutboxRowRetryMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutboxRowRetryMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryOutboxMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxRow_mail"}}]}}]}},DeliveryStatus_DeliveryFragmentDoc.definitions[0],OutboxRow_MailFragmentDoc.definitions[0]]} as unknown as DocumentNode<OutboxRowRetryMutation, OutboxRowRetryMutationVariables>;
export const OutboxMailQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxMailQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<OutboxMailQuery, OutboxMailQueryVariables>;
export const ApprovalsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalsPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftsToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftReview_draft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toneGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avoid"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}}]}}]}},DraftConversation_TicketFragmentDoc.definitions[0],DraftReview_DraftFragmentDoc.definitions[0]]} as unknown as DocumentNode<ApprovalsPageQuery, ApprovalsPageQueryVariables>;
export const ApprovalsPageNotificationsSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApprovalsPageNotificationsSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<ApprovalsPageNotificationsSubscription, ApprovalsPageNotificationsSubscriptionVariables>;
export const ApprovalsPageQueueSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApprovalsPageQueueSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}}]}}]}}]} as unknown as DocumentNode<ApprovalsPageQueueSubscription, ApprovalsPageQueueSubscriptionVariables>;
export const DraftReviewApproveMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftReviewApproveMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<DraftReviewApproveMutation, DraftReviewApproveMutationVariables>;
export const DraftReviewRequestChangesMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftReviewRequestChangesMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDraftChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDraftChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<DraftReviewRequestChangesMutation, DraftReviewRequestChangesMutationVariables>;
export const AppViewerQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppViewerQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer_user"}}]}}]}},Viewer_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<AppViewerQuery, AppViewerQueryVariables>;
export const LoginPageMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPageMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Viewer_user"}}]}}]}},Viewer_UserFragmentDoc.definitions[0]]} as unknown as DocumentNode<LoginPageMutation, LoginPageMutationVariables>;
export const UserMenuLogoutMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMenuLogoutMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<UserMenuLogoutMutation, UserMenuLogoutMutationVariables>;
export const InboxPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow_ticket"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},InboxRow_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<InboxPageQuery, InboxPageQueryVariables>;
export const InboxQueueSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxQueueSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}}]}}]}}]} as unknown as DocumentNode<InboxQueueSubscription, InboxQueueSubscriptionVariables>;
export const InboxRowClaimMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxRowClaimMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow_ticket"}}]}}]}},InboxRow_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<InboxRowClaimMutation, InboxRowClaimMutationVariables>;
export const InboxChangedRowsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxChangedRowsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow_ticket"}}]}}]}}]}}]}},InboxRow_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<InboxChangedRowsQuery, InboxChangedRowsQueryVariables>;
export const InboxSearchCountsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxSearchCountsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inView"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inView"},"name":{"kind":"Name","value":"ticketCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inView"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"ticketCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<InboxSearchCountsQuery, InboxSearchCountsQueryVariables>;
export const InboxJumpQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxJumpQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxJumpQuery, InboxJumpQueryVariables>;
export const NotificationsBellQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsBellQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem_notification"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},NotificationItem_NotificationFragmentDoc.definitions[0]]} as unknown as DocumentNode<NotificationsBellQuery, NotificationsBellQueryVariables>;
export const NotificationsBellSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationsBellSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<NotificationsBellSubscription, NotificationsBellSubscriptionVariables>;
export const NotificationsBellMarkReadMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsBellMarkReadMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<NotificationsBellMarkReadMutation, NotificationsBellMarkReadMutationVariables>;
export const SavedRepliesPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedRepliesPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedRepliesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReplyCard_savedReply"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},SavedReplyCard_SavedReplyFragmentDoc.definitions[0]]} as unknown as DocumentNode<SavedRepliesPageQuery, SavedRepliesPageQueryVariables>;
export const SavedReplyEditorCreateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavedReplyEditorCreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSavedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSavedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReplyCard_savedReply"}}]}}]}},SavedReplyCard_SavedReplyFragmentDoc.definitions[0]]} as unknown as DocumentNode<SavedReplyEditorCreateMutation, SavedReplyEditorCreateMutationVariables>;
export const SavedReplyEditorUpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavedReplyEditorUpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSavedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSavedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReplyCard_savedReply"}}]}}]}},SavedReplyCard_SavedReplyFragmentDoc.definitions[0]]} as unknown as DocumentNode<SavedReplyEditorUpdateMutation, SavedReplyEditorUpdateMutationVariables>;
export const SavedReplyEditorAcceptMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavedReplyEditorAcceptMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptSavedReplySuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSavedReplySuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReplyCard_savedReply"}}]}}]}},SavedReplyCard_SavedReplyFragmentDoc.definitions[0]]} as unknown as DocumentNode<SavedReplyEditorAcceptMutation, SavedReplyEditorAcceptMutationVariables>;
export const SavedReplyCardArchiveMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavedReplyCardArchiveMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveSavedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReplyCard_savedReply"}}]}}]}},SavedReplyCard_SavedReplyFragmentDoc.definitions[0]]} as unknown as DocumentNode<SavedReplyCardArchiveMutation, SavedReplyCardArchiveMutationVariables>;
export const SavedReplyCardDeclineMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavedReplyCardDeclineMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineSavedReplySuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReplyCard_savedReply"}}]}}]}},SavedReplyCard_SavedReplyFragmentDoc.definitions[0]]} as unknown as DocumentNode<SavedReplyCardDeclineMutation, SavedReplyCardDeclineMutationVariables>;
export const TeamSettingsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamSettingsPageQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamSettingsForm_settings"}}]}}]}},TeamSettingsForm_SettingsFragmentDoc.definitions[0]]} as unknown as DocumentNode<TeamSettingsPageQuery, TeamSettingsPageQueryVariables>;
export const TeamSettingsFormUpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSettingsFormUpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeamSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamSettingsForm_settings"}}]}}]}},TeamSettingsForm_SettingsFragmentDoc.definitions[0]]} as unknown as DocumentNode<TeamSettingsFormUpdateMutation, TeamSettingsFormUpdateMutationVariables>;
export const FollowUpSettingsSavedRepliesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpSettingsSavedRepliesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpSettingsSavedRepliesQuery, FollowUpSettingsSavedRepliesQueryVariables>;
export const MailSetupCardQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailSetupCardQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportAddress"}},{"kind":"Field","name":{"kind":"Name","value":"smtpConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"inboundSmtpPort"}},{"kind":"Field","name":{"kind":"Name","value":"inboundWebhookEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<MailSetupCardQuery, MailSetupCardQueryVariables>;
export const TicketPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComposerDrafts_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toneGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avoid"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],DeliveryStatus_DeliveryFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],Timeline_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0],ComposerDrafts_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketPageQuery, TicketPageQueryVariables>;
export const TicketPageLiveSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketPageLiveSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComposerDrafts_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],DeliveryStatus_DeliveryFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],Timeline_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0],ComposerDrafts_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketPageLiveSubscription, TicketPageLiveSubscriptionVariables>;
export const TicketPageViewingMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketPageViewingMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketViewing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"viewing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewing"}}}]}]}}]} as unknown as DocumentNode<TicketPageViewingMutation, TicketPageViewingMutationVariables>;
export const TicketActionsClaimMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketActionsClaimMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketActionsClaimMutation, TicketActionsClaimMutationVariables>;
export const TicketActionsReleaseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketActionsReleaseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketActionsReleaseMutation, TicketActionsReleaseMutationVariables>;
export const TicketActionsAssignMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketActionsAssignMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketActionsAssignMutation, TicketActionsAssignMutationVariables>;
export const TicketActionsCloseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketActionsCloseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketActionsCloseMutation, TicketActionsCloseMutationVariables>;
export const TicketActionsReopenMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketActionsReopenMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketActionsReopenMutation, TicketActionsReopenMutationVariables>;
export const TicketLinksRevokeMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketLinksRevokeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTicketLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}}]}}]}},TicketSidebar_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketLinksRevokeMutation, TicketLinksRevokeMutationVariables>;
export const CustomerLinkCreateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerLinkCreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomerLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}}]}}]}}]}},TicketSidebar_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<CustomerLinkCreateMutation, CustomerLinkCreateMutationVariables>;
export const TicketTriageTypeMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketTriageTypeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketTriageTypeMutation, TicketTriageTypeMutationVariables>;
export const TicketTriageGroupMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketTriageGroupMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketGroup"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketTriageGroupMutation, TicketTriageGroupMutationVariables>;
export const TicketTriageComplexMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketTriageComplexMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isComplex"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketComplex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"isComplex"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isComplex"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketTriageComplexMutation, TicketTriageComplexMutationVariables>;
export const TicketTriageFrustratedMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketTriageFrustratedMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frustrated"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagFrustrated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"frustrated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frustrated"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketTriageFrustratedMutation, TicketTriageFrustratedMutationVariables>;
export const TicketTriageDismissFrustrationMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketTriageDismissFrustrationMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissFrustrationSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketTriageDismissFrustrationMutation, TicketTriageDismissFrustrationMutationVariables>;
export const NoteEditorAddMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoteEditorAddMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_ticket"}}]}}]}},DeliveryStatus_DeliveryFragmentDoc.definitions[0],Timeline_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<NoteEditorAddMutation, NoteEditorAddMutationVariables>;
export const ReplyEditorSendMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyEditorSendMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComposerDrafts_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],DeliveryStatus_DeliveryFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],Timeline_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0],ComposerDrafts_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<ReplyEditorSendMutation, ReplyEditorSendMutationVariables>;
export const ReplyEditorSubmitDraftMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyEditorSubmitDraftMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComposerDrafts_ticket"}}]}}]}}]}},DeliveryStatus_DeliveryFragmentDoc.definitions[0],Timeline_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0],ComposerDrafts_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<ReplyEditorSubmitDraftMutation, ReplyEditorSubmitDraftMutationVariables>;
export const SavedReplyPickerQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedReplyPickerQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedRepliesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SavedReplyPickerQuery, SavedReplyPickerQueryVariables>;
export const SavedReplyPickerRenderQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedReplyPickerRenderQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"savedReplyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderSavedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"savedReplyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"savedReplyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}]}]}}]} as unknown as DocumentNode<SavedReplyPickerRenderQuery, SavedReplyPickerRenderQueryVariables>;
export const TeammatePickerQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeammatePickerQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeammatePickerQuery, TeammatePickerQueryVariables>;
export const TicketActionsFollowUpMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketActionsFollowUpMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seenMessageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"seenMessageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seenMessageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHeader_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Composer_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComposerDrafts_ticket"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSidebar_ticket"}}]}}]}},TicketActions_TicketFragmentDoc.definitions[0],DeliveryStatus_DeliveryFragmentDoc.definitions[0],TicketHeader_TicketFragmentDoc.definitions[0],Timeline_TicketFragmentDoc.definitions[0],Composer_TicketFragmentDoc.definitions[0],ComposerDrafts_TicketFragmentDoc.definitions[0],TicketSidebar_TicketFragmentDoc.definitions[0]]} as unknown as DocumentNode<TicketActionsFollowUpMutation, TicketActionsFollowUpMutationVariables>;