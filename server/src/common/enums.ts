import {
  BugSeverity,
  BugStatus,
  AskImportance,
  DraftReason,
  FeatureOrder,
  FeatureReportStatus,
  FeatureStatus,
  FeatureTag,
  FollowUpMode,
  DraftStatus,
  MailStatus,
  MessageChannel,
  NotificationKind,
  OutboxKind,
  Plan,
  Role,
  SavedReplyCategory,
  SavedReplyStatus,
  TicketGroup,
  TicketStatus,
  TicketType,
  TrainingStatus,
} from '@tandem/shared';
import { registerEnumType } from 'type-graphql';

// GraphQL enums are registered from the shared `as const` objects, so names exist once.
registerEnumType(Role, { name: 'Role', description: 'A staff role; a person can hold several.' });
registerEnumType(TicketStatus, { name: 'TicketStatus', description: 'PENDING: waiting on the customer.' });
registerEnumType(TicketGroup, { name: 'TicketGroup', description: 'R3: where a ticket lives.' });
registerEnumType(TicketType, { name: 'TicketType', description: 'C1: what kind of ticket it is.' });
registerEnumType(Plan, { name: 'Plan' });
registerEnumType(DraftStatus, { name: 'DraftStatus' });
registerEnumType(DraftReason, { name: 'DraftReason', description: 'TRAINEE (T1) or NOVEL_REPLY (W6).' });
registerEnumType(SavedReplyStatus, { name: 'SavedReplyStatus' });
registerEnumType(SavedReplyCategory, { name: 'SavedReplyCategory' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(MailStatus, { name: 'MailStatus' });
registerEnumType(MessageChannel, { name: 'MessageChannel', description: 'How a customer message arrived.' });
registerEnumType(BugSeverity, { name: 'BugSeverity', description: 'How bad a bug is (see bugSeverityMeaning).' });
registerEnumType(BugStatus, { name: 'BugStatus' });
registerEnumType(FeatureTag, { name: 'FeatureTag', description: 'FR1: UI, UX or TECHNICAL (see featureTagMeaning).' });
registerEnumType(FeatureStatus, { name: 'FeatureStatus' });
registerEnumType(AskImportance, { name: 'AskImportance', description: 'How much this customer needs it.' });
registerEnumType(FeatureOrder, { name: 'FeatureOrder', description: 'FR2: the orders of the ranking.' });
registerEnumType(FeatureReportStatus, { name: 'FeatureReportStatus', description: 'FR3: a DRAFT may be annotated; PUBLISHED is frozen.' });
registerEnumType(TrainingStatus, { name: 'TrainingStatus', description: 'T4: where someone stands in their latest training.' });
registerEnumType(FollowUpMode, { name: 'FollowUpMode', description: 'F1: REMIND the assignee, or send the follow-up AUTOmatically.' });

/** The shared object under the GraphQL enum's name, for decorators (the type keeps the shared name). */
export const FollowUpModeEnum = FollowUpMode;

export {
  AskImportance,
  BugSeverity,
  BugStatus,
  DraftReason,
  FeatureOrder,
  FeatureReportStatus,
  FeatureStatus,
  FeatureTag,
  DraftStatus,
  MailStatus,
  MessageChannel,
  NotificationKind,
  OutboxKind,
  Plan,
  Role,
  SavedReplyCategory,
  SavedReplyStatus,
  TicketGroup,
  TicketStatus,
  TicketType,
  TrainingStatus,
};
