/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Ticket($id: ID!) { ticket(id: $id) {\n  assignee { name } isFrustrated\n  timeline { __typename ... on Reply { body author { name } approvedBy { name } } ... on Draft { body status feedback } }\n} }": typeof types.TicketDocument,
    "mutation SetTicketType($id: ID!) { setTicketType(id: $id, type: QUESTION) { id type } }": typeof types.SetTicketTypeDocument,
    "mutation SubmitDraft($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }": typeof types.SubmitDraftDocument,
    "mutation RequestDraftChanges($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id } }": typeof types.RequestDraftChangesDocument,
    "mutation ApproveDraft($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }": typeof types.ApproveDraftDocument,
    "query TicketInApprovals($id: ID!) { ticket(id: $id) { timeline { ... on Draft { __typename status suggestAsSavedReply suggestedTitle } } } }": typeof types.TicketInApprovalsDocument,
    "query TicketTimelineInApprovals($id: ID!) { ticket(id: $id) { timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } }\n  ... on Draft { id status feedback reviewedBy { name } } } } }": typeof types.TicketTimelineInApprovalsDocument,
    "query TicketInCustomerLink($id: ID!) { ticket(id: $id) {\n  status\n  timeline { __typename ... on Reply { seenAt delivery { status } } ... on CustomerMessage { body channel } }\n} }": typeof types.TicketInCustomerLinkDocument,
    "mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }": typeof types.ReplyToTicketDocument,
    "mutation EscalateForQueue($input: EscalateTicketInput!) { escalateTicket(input: $input) { id bug { id reference } } }": typeof types.EscalateForQueueDocument,
    "mutation LinkForQueue($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }": typeof types.LinkForQueueDocument,
    "query EscalatedTicketBug($id: ID!) { ticket(id: $id) {\n  customer { name }\n  bug { id reference severity stepsToReproduce expectedResult environment usersAffected ticketCount }\n} }": typeof types.EscalatedTicketBugDocument,
    "mutation EscalateForBrowserTest($input: EscalateTicketInput!) {\n  escalateTicket(input: $input) { bug { id reference } }\n}": typeof types.EscalateForBrowserTestDocument,
    "mutation MarkFixedForBrowserTest($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }": typeof types.MarkFixedForBrowserTestDocument,
    "mutation LinkForBrowserTest($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id isToldOfFix } }": typeof types.LinkForBrowserTestDocument,
    "query LinkedTicketAsks($id: ID!) { ticket(id: $id) {\n  askCount\n  asks { quote importance linkedBy { name } featureRequest { id reference title tag status description createdBy { name } } }\n} }": typeof types.LinkedTicketAsksDocument,
    "query FeatureCardTally($id: ID!) { featureRequest(id: $id) { id reference askCount customerCount } }": typeof types.FeatureCardTallyDocument,
    "mutation CreateCardForProduct($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id reference } } }": typeof types.CreateCardForProductDocument,
    "mutation SubmitDraftInSavedReplies($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }": typeof types.SubmitDraftInSavedRepliesDocument,
    "mutation ApproveDraftInSavedReplies($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }": typeof types.ApproveDraftInSavedRepliesDocument,
    "mutation UpdateSavedReply($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id version } }": typeof types.UpdateSavedReplyDocument,
    "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { isActive } }": typeof types.DeactivateUserDocument,
    "query TeamSettings { teamSettings { followUpAfterMinutes maxFollowUps maxFollowUpsHighValue followUpMode closingMessage } }": typeof types.TeamSettingsDocument,
    "mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }": typeof types.UpdateTeamSettingsDocument,
    "query RepliesInTrainingChain($id: ID!) { ticket(id: $id) {\n  timeline { __typename ... on Reply { author { name } approvedBy { name } } ... on Draft { status } } } }": typeof types.RepliesInTrainingChainDocument,
    "mutation ClaimTicket($id: ID!) { claimTicket(id: $id) { id } }": typeof types.ClaimTicketDocument,
    "mutation CreateUserInApiErrors($i: CreateUserInput!) { createUser(input: $i) { id } }": typeof types.CreateUserInApiErrorsDocument,
    "query UsersInApiErrors { users(first: 1) { edges { node { id version } } } }": typeof types.UsersInApiErrorsDocument,
    "mutation UpdateUserInApiErrors($i: UpdateUserInput!) { updateUser(input: $i) { id } }": typeof types.UpdateUserInApiErrorsDocument,
    "query OutboxPage($a: String) { outbox(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }": typeof types.OutboxPageDocument,
    "query UsersPage($a: String) { users(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }": typeof types.UsersPageDocument,
    "query TicketsPage($a: String) { tickets(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }": typeof types.TicketsPageDocument,
    "query NotificationsPage($a: String) { notifications(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }": typeof types.NotificationsPageDocument,
    "query Tickets($status: TicketStatus) { tickets(first: 5, filter: { status: $status }) { edges { node { id } } } }": typeof types.TicketsDocument,
    "query TicketsInApiHardening($first: Int!) { tickets(first: $first) { edges { node { id } } } }": typeof types.TicketsInApiHardeningDocument,
    "query Users { users(first: 101) { edges { node { id } } } }": typeof types.UsersDocument,
    "query UsersInApiHardening { users { edges { node { id } } } }": typeof types.UsersInApiHardeningDocument,
    "query Viewer { viewer { id } }": typeof types.ViewerDocument,
    "query IntrospectionQueryType { __schema { queryType { name } } }": typeof types.IntrospectionQueryTypeDocument,
    "mutation Login($input: LoginInput!) { login(input: $input) { id name } }": typeof types.LoginDocument,
    "query ViewerInAuth { viewer { id email } }": typeof types.ViewerInAuthDocument,
    "mutation DeactivateUserInAuth($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.DeactivateUserInAuthDocument,
    "query UsersInAuth { users { edges { node { id } } } }": typeof types.UsersInAuthDocument,
    "mutation CreateCustomerLink($id: ID!) { createCustomerLink(id: $id) { url ticket { id timeline { __typename ... on TicketEvent { kind text } } } } }": typeof types.CreateCustomerLinkDocument,
    "query OutboxMail($id: ID!) { outboxMail(id: $id) { id subject text headers { name value } } }": typeof types.OutboxMailDocument,
    "mutation RevokeTicketLinks($id: ID!) { revokeTicketLinks(id: $id) { id } }": typeof types.RevokeTicketLinksDocument,
    "mutation LinkFeatureForCustomerPage($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id askCount } }": typeof types.LinkFeatureForCustomerPageDocument,
    "mutation CreateFeatureForCustomerPage($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id } } }": typeof types.CreateFeatureForCustomerPageDocument,
    "mutation MergeFeaturesForCustomerPage($duplicateId: ID!, $survivorId: ID!) { mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id } }": typeof types.MergeFeaturesForCustomerPageDocument,
    "mutation ReplyToTicketInCustomerMail($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status } }": typeof types.ReplyToTicketInCustomerMailDocument,
    "query TicketInCustomerMail($id: ID!) { ticket(id: $id) {\n  id number status subject customer { email }\n  timeline { __typename ... on CustomerMessage { body channel quotedText attachments { id filename sizeBytes } }\n    ... on Reply { body seenAt delivery { status summary attempts } } }\n} }": typeof types.TicketInCustomerMailDocument,
    "mutation RetryOutboxMail($id: ID!) { retryOutboxMail(id: $id) { id } }": typeof types.RetryOutboxMailDocument,
    "query Outbox { outbox(first: 5) { smtpConfigured edges { node { ticketNumber to subject delivery { status } } } } }": typeof types.OutboxDocument,
    "query OutboxInCustomerMail { outbox(first: 5) { smtpConfigured } }": typeof types.OutboxInCustomerMailDocument,
    "query TicketAsShownToAgent($id: ID!) { ticket(id: $id) {\n    subject customer { name email }\n    timeline { __typename ... on CustomerMessage { body attachments { filename } } }\n  } }": typeof types.TicketAsShownToAgentDocument,
    "mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }": typeof types.AddNoteDocument,
    "mutation SetTicketComplex($id: ID!) { setTicketComplex(id: $id, isComplex: true) { id } }": typeof types.SetTicketComplexDocument,
    "query ChainInDemo { trainingChain { nodes { id depth status startedAt graduatedAt\n  person { name isTrainee canTrain } trainer { name } currentTrainees { name } } } }": typeof types.ChainInDemoDocument,
    "query RecordInDemo($id: ID!) { trainingRecord(traineeId: $id) { status weeksInTraining draftsSubmitted\n  approvedAsWritten changesRequested recentFeedback { feedback } note graduatedBy { name } } }": typeof types.RecordInDemoDocument,
    "mutation SubmitDraftInDrafts($input: SubmitDraftInput!) { submitDraft(input: $input) { id status reason reviewer { name } author { name } } }": typeof types.SubmitDraftInDraftsDocument,
    "mutation ApproveDraftInDrafts($input: ApproveDraftInput!) { approveDraft(input: $input) { id status reviewedBy { name } } }": typeof types.ApproveDraftInDraftsDocument,
    "mutation RequestDraftChangesInDrafts($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status feedback } }": typeof types.RequestDraftChangesInDraftsDocument,
    "query DraftsToReview { draftsToReview(first: 50) { edges { node { id body author { name } ticket { id }\n  viewerCan { approve { allowed reason } requestChanges { allowed } } } } } }": typeof types.DraftsToReviewDocument,
    "query TicketInDrafts($id: ID!) { ticket(id: $id) { status assignee { id } pendingDraftCount timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } } ... on Draft { status feedback } ... on TicketEvent { kind text } } } }": typeof types.TicketInDraftsDocument,
    "query Notifications { notifications(first: 1) { unreadCount edges { node { kind body } } } }": typeof types.NotificationsDocument,
    "query SavedReplies { savedReplies(filter: { status: SUGGESTED }) { edges { node { id title suggestedBy { name } viewerCan { decide { allowed } } } } } }": typeof types.SavedRepliesDocument,
    "mutation DeclineSavedReplySuggestion($id: ID!) { declineSavedReplySuggestion(id: $id) { id } }": typeof types.DeclineSavedReplySuggestionDocument,
    "mutation AcceptSavedReplySuggestion($input: AcceptSavedReplySuggestionInput!) { acceptSavedReplySuggestion(input: $input) { status category } }": typeof types.AcceptSavedReplySuggestionDocument,
    "query NotificationsInDrafts { notifications(first: 50) { unreadCount edges { node { id kind ticket { id } } } } }": typeof types.NotificationsInDraftsDocument,
    "query NotificationsInDrafts2 { notifications(first: 50, includeDone: true) { edges { node { kind doneAt readAt ticket { id } } } } }": typeof types.NotificationsInDrafts2Document,
    "mutation SetTicketViewing($id: ID!) { setTicketViewing(id: $id, viewing: true) }": typeof types.SetTicketViewingDocument,
    "mutation EscalateInFixAnnouncement($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }": typeof types.EscalateInFixAnnouncementDocument,
    "mutation LinkInFixAnnouncement($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }": typeof types.LinkInFixAnnouncementDocument,
    "mutation MarkBugFixedInFixAnnouncement($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }": typeof types.MarkBugFixedInFixAnnouncementDocument,
    "query BugInFixAnnouncement($id: ID!) { bug(id: $id) { ticketCount customerCount\n  fixPreview { tickets customers closedTickets } fixProgress { sent total isDone } } }": typeof types.BugInFixAnnouncementDocument,
    "mutation SubmitTicketForEscalation($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }": typeof types.SubmitTicketForEscalationDocument,
    "query EscalationDefaultsOfTicket($id: ID!) { ticket(id: $id) { escalationDefaults { title actualResult environment } } }": typeof types.EscalationDefaultsOfTicketDocument,
    "mutation EscalateInEscalations($input: EscalateTicketInput!) { escalateTicket(input: $input) {\n  id bug { id number reference status title severity ticketCount customerCount usersAffected escalatedBy { name } }\n  checklist { id status reason }\n  timeline { __typename ... on TicketEvent { kind text } } } }": typeof types.EscalateInEscalationsDocument,
    "mutation LinkInEscalations($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) {\n  id status isToldOfFix bug { id reference } checklist { id status reason } } }": typeof types.LinkInEscalationsDocument,
    "mutation UnlinkInEscalations($ticketId: ID!) { unlinkTicketFromBug(ticketId: $ticketId) {\n  id bug { id } checklist { id status reason } } }": typeof types.UnlinkInEscalationsDocument,
    "query TicketInEscalations($id: ID!) { ticket(id: $id) {\n  id number status isToldOfFix bug { id reference status } checklist { id status reason } viewerCan { close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text actor { name } } ... on Note { body author { name } } ... on Reply { body replyAuthor: author { name } } } } }": typeof types.TicketInEscalationsDocument,
    "query BugInEscalations($id: ID!) { bug(id: $id) {\n  id number reference status version title stepsToReproduce severity trackerUrl\n  ticketCount customerCount usersAffected revenueCents highValueCount\n  engineer { id name } escalatedBy { name } fixedBy { name } fixMessage duplicateOf { id }\n  fixPreview { tickets customers closedTickets sentence }\n  fixProgress { sent total isDone sentence }\n  timeline { kind text bugNumber question }\n  tickets(first: 100) { edges { node { ticket { id } usersAffected fixAnnouncedAt linkedBy { name } } } }\n  viewerCan { edit { allowed } markFixed { allowed reason } } } }": typeof types.BugInEscalationsDocument,
    "query BugsInEscalations($first: Int, $after: String, $filter: BugsFilter) {\n  bugs(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference severity status revenueCents engineer { id } } }\n    pageInfo { hasNextPage endCursor } } }": typeof types.BugsInEscalationsDocument,
    "query SimilarInEscalations($title: String!, $steps: String!) {\n  similarBugs(title: $title, stepsToReproduce: $steps) { similarity bug { id } } }": typeof types.SimilarInEscalationsDocument,
    "mutation UpdateBugInEscalations($input: UpdateBugInput!) { updateBug(input: $input) { id version title trackerUrl } }": typeof types.UpdateBugInEscalationsDocument,
    "mutation AssignBugInEscalations($id: ID!, $engineerId: ID, $version: Int!) {\n  assignBug(id: $id, engineerId: $engineerId, version: $version) { id version engineer { id name } } }": typeof types.AssignBugInEscalationsDocument,
    "mutation SetBugStatusInEscalations($input: SetBugStatusInput!) { setBugStatus(input: $input) { id version status } }": typeof types.SetBugStatusInEscalationsDocument,
    "mutation AskForBugInfoInEscalations($id: ID!, $question: String!, $version: Int!) {\n  askForBugInfo(id: $id, question: $question, version: $version) { id version status } }": typeof types.AskForBugInfoInEscalationsDocument,
    "mutation MarkBugFixedInEscalations($input: MarkBugFixedInput!) { markBugFixed(input: $input) {\n  id status fixMessage fixedBy { name } } }": typeof types.MarkBugFixedInEscalationsDocument,
    "mutation MergeBugsInEscalations($duplicateId: ID!, $originalId: ID!) {\n  mergeBugs(duplicateId: $duplicateId, originalId: $originalId) { id ticketCount customerCount } }": typeof types.MergeBugsInEscalationsDocument,
    "mutation CloseTicketInEscalations($id: ID!) { closeTicket(id: $id) { id status } }": typeof types.CloseTicketInEscalationsDocument,
    "mutation ClaimTicketInEscalations($id: ID!) { claimTicket(id: $id) { id } }": typeof types.ClaimTicketInEscalationsDocument,
    "query NotificationsInEscalations { notifications(first: 50) { edges { node { kind path body ticket { id } } } } }": typeof types.NotificationsInEscalationsDocument,
    "query TeamSettingsInEscalations { teamSettings { version } }": typeof types.TeamSettingsInEscalationsDocument,
    "mutation UpdateTeamSettingsInEscalations($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) {\n      engineeringChatWebhookUrl } }": typeof types.UpdateTeamSettingsInEscalationsDocument,
    "query HighValueInEscalations { teamSettings { highValueRevenueCents } }": typeof types.HighValueInEscalationsDocument,
    "mutation CreateInReportSchedule($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id reference } } }": typeof types.CreateInReportScheduleDocument,
    "mutation LinkInReportSchedule($input: LinkTicketToFeatureRequestInput!) {\n  linkTicketToFeatureRequest(input: $input) { id } }": typeof types.LinkInReportScheduleDocument,
    "query ReportInReportSchedule($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel compiledAt compiledBy { id } entries { rank reference customers } } }": typeof types.ReportInReportScheduleDocument,
    "query SettingsInReportSchedule { teamSettings { version timeZone featureReportDay featureReportIntervalMonths } }": typeof types.SettingsInReportScheduleDocument,
    "mutation UpdateSettingsInReportSchedule($input: UpdateTeamSettingsInput!) {\n  updateTeamSettings(input: $input) { version timeZone } }": typeof types.UpdateSettingsInReportScheduleDocument,
    "mutation CreateInFeatureRequests($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id number reference title description tag status askCount customerCount createdBy { name } }\n  ticket { id askCount asks { id quote importance featureRequest { id reference } } checklist { id status reason } } } }": typeof types.CreateInFeatureRequestsDocument,
    "mutation LinkInFeatureRequests($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) {\n  id askCount asks { id quote importance linkedBy { name } featureRequest { id reference status customerCount } }\n  checklist { id status reason } } }": typeof types.LinkInFeatureRequestsDocument,
    "mutation UnlinkInFeatureRequests($id: ID!) { unlinkAsk(id: $id) {\n  id askCount asks { id } checklist { id status reason } } }": typeof types.UnlinkInFeatureRequestsDocument,
    "mutation UpdateInFeatureRequests($input: UpdateFeatureRequestInput!) { updateFeatureRequest(input: $input) {\n  id version title description tag status owner { id } declinedAt } }": typeof types.UpdateInFeatureRequestsDocument,
    "mutation MergeInFeatureRequests($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount revenueCents } }": typeof types.MergeInFeatureRequestsDocument,
    "mutation SplitInFeatureRequests($id: ID!) { splitFeatureRequest(id: $id) {\n  id status askCount customerCount mergedInto { id } } }": typeof types.SplitInFeatureRequestsDocument,
    "mutation ShipInFeatureRequests($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) {\n  id status shippedAt announcementMessage } }": typeof types.ShipInFeatureRequestsDocument,
    "query CardInFeatureRequests($id: ID!) { featureRequest(id: $id) {\n  id number reference title description tag status version\n  askCount customerCount companyCount revenueCents highValueCount blockerCount lastAskedAt recentAsks previousAsks trend\n  owner { id } createdBy { name } mergedInto { id } announcementMessage shippedAt declinedAt\n  shipPreview { customers tickets closedTickets sentence }\n  announcementProgress { kind sent total isDone sentence }\n  viewerCan { edit { allowed code reason } merge { allowed } markShipped { allowed code } link { allowed code } }\n  asks(first: 100) { edges { node { id quote importance ticket { id } customer { id } linkedBy { name } featureRequest { id } } }\n    pageInfo { hasNextPage endCursor } }\n  history { kind text } } }": typeof types.CardInFeatureRequestsDocument,
    "query RankingInFeatureRequests($first: Int, $after: String, $filter: FeatureRequestsFilter) {\n  featureRequests(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference status tag askCount customerCount revenueCents trend recentAsks owner { id } } }\n    pageInfo { hasNextPage endCursor } } }": typeof types.RankingInFeatureRequestsDocument,
    "query SimilarInFeatureRequests($title: String!, $quote: String!, $first: Int) {\n  similarFeatureRequests(title: $title, quote: $quote, first: $first) { similarity featureRequest { id } } }": typeof types.SimilarInFeatureRequestsDocument,
    "query TicketInFeatureRequests($id: ID!) { ticket(id: $id) {\n  id number status askCount askQuote asks { id quote importance featureRequest { id reference status title } }\n  checklist { id status reason } viewerCan { reply { allowed code reason } close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text } ... on Reply { body } } } }": typeof types.TicketInFeatureRequestsDocument,
    "mutation ClaimInFeatureRequests($id: ID!) { claimTicket(id: $id) { id } }": typeof types.ClaimInFeatureRequestsDocument,
    "mutation CloseInFeatureRequests($id: ID!) { closeTicket(id: $id) { id status } }": typeof types.CloseInFeatureRequestsDocument,
    "mutation ReplyInFeatureRequests($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }": typeof types.ReplyInFeatureRequestsDocument,
    "mutation DraftInFeatureRequests($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }": typeof types.DraftInFeatureRequestsDocument,
    "mutation ApproveInFeatureRequests($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }": typeof types.ApproveInFeatureRequestsDocument,
    "query ReportsInFeatureRequests($first: Int, $after: String) { featureReports(first: $first, after: $after) {\n  edges { node { id kind status periodLabel } } pageInfo { hasNextPage endCursor } } }": typeof types.ReportsInFeatureRequestsDocument,
    "query ReportInFeatureRequests($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel size compiledAt publishedAt compiledBy { name } publishedBy { name }\n  entries { rank previousRank change { kind by label } reference title tag status asks customers companies revenueCents\n    highValueCustomers blockers trend note }\n  shipped { reference title customers }\n  markdown csv viewerCan { change { allowed code } } } }": typeof types.ReportInFeatureRequestsDocument,
    "mutation CompileInFeatureRequests { compileFeatureReport { id kind status periodLabel entries { rank reference } } }": typeof types.CompileInFeatureRequestsDocument,
    "mutation NoteInFeatureRequests($reportId: ID!, $featureRequestId: ID!, $note: String!) {\n  setFeatureReportNote(reportId: $reportId, featureRequestId: $featureRequestId, note: $note) { rank reference note } }": typeof types.NoteInFeatureRequestsDocument,
    "mutation PublishInFeatureRequests($id: ID!) { publishFeatureReport(id: $id) {\n  id status publishedAt publishedBy { name } } }": typeof types.PublishInFeatureRequestsDocument,
    "query CardAsksInFeatureRequests($id: ID!, $first: Int!, $after: String) { featureRequest(id: $id) {\n      asks(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }": typeof types.CardAsksInFeatureRequestsDocument,
    "mutation CreateInShipAnnouncement($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id } } }": typeof types.CreateInShipAnnouncementDocument,
    "mutation MergeInShipAnnouncement($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount } }": typeof types.MergeInShipAnnouncementDocument,
    "mutation ShipInShipAnnouncement($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) { id status } }": typeof types.ShipInShipAnnouncementDocument,
    "query CardInShipAnnouncement($id: ID!) { featureRequest(id: $id) { askCount customerCount\n  shipPreview { customers tickets } announcementProgress { sent total isDone } } }": typeof types.CardInShipAnnouncementDocument,
    "mutation FlagFrustrated($id: ID!, $f: Boolean) { flagFrustrated(id: $id, frustrated: $f) { id isFrustrated frustrationHint { signals } } }": typeof types.FlagFrustratedDocument,
    "query TicketInFrustration($id: ID!) { ticket(id: $id) { frustrationHint { signals } } }": typeof types.TicketInFrustrationDocument,
    "query TeamSettingsInFrustration { teamSettings { version } }": typeof types.TeamSettingsInFrustrationDocument,
    "query NotificationsInFrustration { notifications(first: 50, unreadOnly: true) { edges { node { kind ticket { id } } } } }": typeof types.NotificationsInFrustrationDocument,
    "query TicketFrustrationHint($id: ID!) { ticket(id: $id) { id isFrustrated frustrationHint { triggers signals suggestedAt }\n  timeline { __typename ... on TicketEvent { kind text } } } }": typeof types.TicketFrustrationHintDocument,
    "mutation DismissFrustrationSuggestion($id: ID!) { dismissFrustrationSuggestion(id: $id) { id isFrustrated frustrationHint { triggers } } }": typeof types.DismissFrustrationSuggestionDocument,
    "query TicketsInFrustration { tickets(first: 100) { edges { node { id frustrationHint { triggers } } } } }": typeof types.TicketsInFrustrationDocument,
    "mutation CreateCustomerLinkInFrustration($id: ID!) { createCustomerLink(id: $id) { url } }": typeof types.CreateCustomerLinkInFrustrationDocument,
    "mutation SubmitTicket($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }": typeof types.SubmitTicketDocument,
    "query TeamSettingsInIntakeAndSettings { teamSettings { firstResponseMinutesPremium firstResponseMinutesFree highValueRevenueCents reviewNovelReplies\n  toneGuide { avoid suggestion } version } }": typeof types.TeamSettingsInIntakeAndSettingsDocument,
    "mutation UpdateTeamSettingsInIntakeAndSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { firstResponseMinutesPremium\n  teamChatWebhookUrl toneGuide { avoid } version } }": typeof types.UpdateTeamSettingsInIntakeAndSettingsDocument,
    "query TeamChatWebhook { teamSettings { teamChatWebhookUrl } }": typeof types.TeamChatWebhookDocument,
    "subscription OnTicketAssigneeChanged($id: ID!) { ticketChanged(id: $id) { id assignee { name } } }": typeof types.OnTicketAssigneeChangedDocument,
    "query NotificationsInLiveUpdates { notifications(first: 1) { unreadCount } }": typeof types.NotificationsInLiveUpdatesDocument,
    "mutation FlagFrustratedInLiveUpdates($id: ID!) { flagFrustrated(id: $id) { id } }": typeof types.FlagFrustratedInLiveUpdatesDocument,
    "subscription OnTicketViewersChanged($id: ID!) { ticketChanged(id: $id) { id viewers { name } } }": typeof types.OnTicketViewersChangedDocument,
    "mutation SetTicketViewingInLiveUpdates($id: ID!) { setTicketViewing(id: $id, viewing: false) }": typeof types.SetTicketViewingInLiveUpdatesDocument,
    "query UnreadNotificationCount { notifications { unreadCount } }": typeof types.UnreadNotificationCountDocument,
    "query FirstUnreadNotification { notifications(first: 1, unreadOnly: true) { unreadCount edges { node { id } } } }": typeof types.FirstUnreadNotificationDocument,
    "mutation MarkNotificationsReadInLiveUpdates { markNotificationsRead }": typeof types.MarkNotificationsReadInLiveUpdatesDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.CreateUserDocument,
    "mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id } }": typeof types.UpdateUserDocument,
    "query SavedRepliesInNewInstall { savedReplies(first: 25, filter: { category: ASK_FOR_INFO }) { edges { node { title body } } } }": typeof types.SavedRepliesInNewInstallDocument,
    "query TeamSettingsInNewInstall { teamSettings { followUpSavedReplyId closingMessage } }": typeof types.TeamSettingsInNewInstallDocument,
    "query SavedRepliesInNewInstall2 { savedReplies(first: 25, filter: { category: FOLLOW_UP }) { edges { node { id title } } } }": typeof types.SavedRepliesInNewInstall2Document,
    "query TeamToneGuide { teamSettings { toneGuide { avoid suggestion } } }": typeof types.TeamToneGuideDocument,
    "query NotificationsInNotifications { notifications(first: 50) { unreadCount edges { node { kind ticket { id } } } } }": typeof types.NotificationsInNotificationsDocument,
    "mutation CloseTicket($id: ID!) { closeTicket(id: $id) { id } }": typeof types.CloseTicketDocument,
    "mutation ReplyInOutboxBatches($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }": typeof types.ReplyInOutboxBatchesDocument,
    "query TicketInOutboxBatches($id: ID!) { ticket(id: $id) {\n  followUpDueAt timeline { __typename ... on Reply { delivery { status summary attempts } } }\n} }": typeof types.TicketInOutboxBatchesDocument,
    "query SavedRepliesInSavedReplies($filter: SavedRepliesFilter, $first: Int, $after: String) { savedReplies(filter: $filter, first: $first, after: $after) {\n  edges { node { id title category usageCount status viewerCan { edit { allowed } } } } pageInfo { hasNextPage endCursor } } }": typeof types.SavedRepliesInSavedRepliesDocument,
    "mutation CreateSavedReply($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title body category status version } }": typeof types.CreateSavedReplyDocument,
    "mutation UpdateSavedReplyInSavedReplies($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title version } }": typeof types.UpdateSavedReplyInSavedRepliesDocument,
    "mutation ArchiveSavedReply($id: ID!) { archiveSavedReply(id: $id) { id status } }": typeof types.ArchiveSavedReplyDocument,
    "query RenderSavedReply($s: ID!, $t: ID!) { renderSavedReply(savedReplyId: $s, ticketId: $t) }": typeof types.RenderSavedReplyDocument,
    "query UsersInStartup { users(first: 100) { edges { node { email } } } }": typeof types.UsersInStartupDocument,
    "mutation CreateUserInStartup { createUser(input: { name: \"Persisted Person\", email: \"persisted@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }": typeof types.CreateUserInStartupDocument,
    "query TicketsInStartup { tickets(first: 5, filter: { search: \"Printing fails\" }) { edges { node { id latestMessageId } } } }": typeof types.TicketsInStartupDocument,
    "mutation SetTicketTypeInStartup($id: ID!) { setTicketType(id: $id, type: QUESTION) { id } }": typeof types.SetTicketTypeInStartupDocument,
    "mutation CreateUserInStartup2 { createUser(input: { name: \"Before Crash\", email: \"before-crash@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }": typeof types.CreateUserInStartup2Document,
    "mutation ClaimInStatementCount($id: ID!) { claimTicket(id: $id) { id } }": typeof types.ClaimInStatementCountDocument,
    "mutation ViewingInStatementCount($id: ID!) { setTicketViewing(id: $id, viewing: true) }": typeof types.ViewingInStatementCountDocument,
    "mutation EscalateInStatementCount($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }": typeof types.EscalateInStatementCountDocument,
    "mutation LinkInStatementCount($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }": typeof types.LinkInStatementCountDocument,
    "query InboxWithBugsInStatementCount($first: Int) { tickets(first: $first) { edges { node {\n  id subject isToldOfFix bug { id reference status } checklist { id status } viewerCan { close { allowed reason } } } } } }": typeof types.InboxWithBugsInStatementCountDocument,
    "query TicketWithBugInStatementCount($id: ID!) { ticket(id: $id) {\n  id isToldOfFix bug { id reference status ticketCount } checklist { id status reason } viewerCan { close { allowed reason } } } }": typeof types.TicketWithBugInStatementCountDocument,
    "query BugQueueInStatementCount($first: Int) { bugs(first: $first) {\n  edges { cursor node { id reference title severity status ticketCount customerCount usersAffected revenueCents highValueCount createdAt\n    engineer { id name } escalatedBy { id name } viewerCan { edit { allowed } assign { allowed } markFixed { allowed reason } merge { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }": typeof types.BugQueueInStatementCountDocument,
    "query RankingInStatementCount($first: Int, $filter: FeatureRequestsFilter) { featureRequests(first: $first, filter: $filter) {\n  edges { cursor node { id reference title tag status askCount customerCount companyCount revenueCents highValueCount blockerCount trend\n    recentAsks lastAskedAt owner { id name } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }": typeof types.RankingInStatementCountDocument,
    "query CardPageInStatementCount($id: ID!, $first: Int!) { featureRequest(id: $id) {\n  id reference title description tag status version askCount customerCount revenueCents owner { id name } createdBy { id name }\n  mergedInto { id } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } }\n  asks(first: $first) { edges { node { id quote importance linkedAt ticket { id number subject status } customer { id name company }\n    linkedBy { id name } featureRequest { id } } } pageInfo { hasNextPage endCursor } } } }": typeof types.CardPageInStatementCountDocument,
    "mutation LinkAskInStatementCount($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id } }": typeof types.LinkAskInStatementCountDocument,
    "mutation CreateCardInStatementCount($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id } } }": typeof types.CreateCardInStatementCountDocument,
    "query TicketWithAsksInStatementCount($id: ID!) { ticket(id: $id) {\n  id askCount asks { id quote importance featureRequest { id reference title status } } checklist { id status reason }\n  viewerCan { close { allowed reason } reply { allowed reason } } } }": typeof types.TicketWithAsksInStatementCountDocument,
    "query TrainingChainInStatementCount { trainingChain { nodes { id depth status startedAt endedAt graduatedAt\n  trainedCount person { id name isTrainee canTrain } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason } } } }": typeof types.TrainingChainInStatementCountDocument,
    "query TrainingRecordInStatementCount($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending recentFeedback { feedback reviewerName }\n  trainee { id name version } trainer { id name } graduatedBy { id name } viewerCanGraduate { allowed reason } } }": typeof types.TrainingRecordInStatementCountDocument,
    "query TicketInTickets($id: ID!) { ticket(id: $id) { id number status group type isManagerAssigned isComplex isFrustrated responseDueAt firstResponseAt\n  assignee { id name } latestMessageId pendingDraftCount\n  checklist { id status reason }\n  viewerCan { claim { allowed reason code } reply { allowed reason code } replyNeedsReview submitDraft { allowed } close { allowed } }\n  timeline { __typename id ... on Reply { body author { name } approvedBy { name } savedReply { title } }\n    ... on Note { body mentions { name } } ... on TicketEvent { kind text } ... on CustomerMessage { body customer { email } } } } }": typeof types.TicketInTicketsDocument,
    "query TicketsInTickets($filter: TicketsFilter, $first: Int, $after: String) {\n  tickets(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id subject isFrustrated isManagerAssigned responseDueAt assignee { id } } }\n    pageInfo { hasNextPage endCursor } } }": typeof types.TicketsInTicketsDocument,
    "mutation ClaimTicketInTickets($id: ID!) { claimTicket(id: $id) { id assignee { id } } }": typeof types.ClaimTicketInTicketsDocument,
    "mutation AssignTicket($id: ID!, $to: ID!) { assignTicket(id: $id, assigneeId: $to) { id isManagerAssigned assignee { id } } }": typeof types.AssignTicketDocument,
    "mutation ReleaseTicket($id: ID!) { releaseTicket(id: $id) { id assignee { id } } }": typeof types.ReleaseTicketDocument,
    "mutation SetTicketTypeInTickets($id: ID!, $type: TicketType) { setTicketType(id: $id, type: $type) { id type group } }": typeof types.SetTicketTypeInTicketsDocument,
    "mutation SetTicketGroup($id: ID!, $group: TicketGroup!) { setTicketGroup(id: $id, group: $group) { id group } }": typeof types.SetTicketGroupDocument,
    "mutation SetTicketComplexInTickets($id: ID!, $c: Boolean!) { setTicketComplex(id: $id, isComplex: $c) { id isComplex } }": typeof types.SetTicketComplexInTicketsDocument,
    "mutation ReplyToTicketInTickets($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status firstResponseAt responseDueAt assignee { id } } }": typeof types.ReplyToTicketInTicketsDocument,
    "mutation CloseTicketInTickets($id: ID!) { closeTicket(id: $id) { id status } }": typeof types.CloseTicketInTicketsDocument,
    "mutation ReopenTicket($id: ID!) { reopenTicket(id: $id) { id status responseDueAt } }": typeof types.ReopenTicketDocument,
    "query TicketCount($filter: TicketsFilter) { ticketCount(filter: $filter) { count hasMore } }": typeof types.TicketCountDocument,
    "query NotificationsInTickets { notifications(first: 5) { unreadCount edges { node { kind body ticket { id } } } } }": typeof types.NotificationsInTicketsDocument,
    "query TeamSettingsInTickets { teamSettings { version } }": typeof types.TeamSettingsInTicketsDocument,
    "mutation UpdateTeamSettingsInTickets($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { reviewNovelReplies } }": typeof types.UpdateTeamSettingsInTicketsDocument,
    "mutation SendFollowUp($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { status } }": typeof types.SendFollowUpDocument,
    "query TeamSettingsInTimers { teamSettings { version } }": typeof types.TeamSettingsInTimersDocument,
    "query TicketsInTimers { tickets(first: 50, filter: { followUpDue: true }) { edges { node { id } } } }": typeof types.TicketsInTimersDocument,
    "mutation SendFollowUpId($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { id } }": typeof types.SendFollowUpIdDocument,
    "query FollowUpSettings { teamSettings { version maxFollowUps maxFollowUpsHighValue closingMessage } }": typeof types.FollowUpSettingsDocument,
    "query TicketInTimers($id: ID!) { ticket(id: $id) { status followUpDueAt autoCloseAt followUpWaitsForMail } }": typeof types.TicketInTimersDocument,
    "mutation ReopenTicketInTimers($id: ID!) { reopenTicket(id: $id) { id } }": typeof types.ReopenTicketInTimersDocument,
    "mutation GraduateInTraining($input: GraduateTraineeInput!) { graduateTrainee(input: $input) {\n  id isTrainee canTrain graduatedAt version trainer { id } } }": typeof types.GraduateInTrainingDocument,
    "query ChainInTraining { trainingChain { nodes { id depth status startedAt endedAt graduatedAt trainedCount\n  person { id name } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason code } } } }": typeof types.ChainInTrainingDocument,
    "query RecordInTraining($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt graduatedAt note\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending approvedAsWrittenShare sentence\n  recentFeedback { feedback reviewerName ticketNumber } trainee { id } trainer { id } graduatedBy { id }\n  viewerCanGraduate { allowed reason } } }": typeof types.RecordInTrainingDocument,
    "mutation UpdateUserInTraining($input: UpdateUserInput!) { updateUser(input: $input) { id version isTrainee trainer { id } } }": typeof types.UpdateUserInTrainingDocument,
    "mutation CreateUserInTraining($input: CreateUserInput!) { createUser(input: $input) { id isTrainee trainer { id } } }": typeof types.CreateUserInTrainingDocument,
    "mutation SubmitInTraining($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }": typeof types.SubmitInTrainingDocument,
    "mutation ApproveInTraining($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }": typeof types.ApproveInTrainingDocument,
    "mutation ChangesInTraining($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status } }": typeof types.ChangesInTrainingDocument,
    "mutation ReplyInTraining($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status assignee { id } } }": typeof types.ReplyInTrainingDocument,
    "query TicketCanInTraining($id: ID!) { ticket(id: $id) { id viewerCan { reply { allowed code } } } }": typeof types.TicketCanInTrainingDocument,
    "query TicketsInUnstorableText($filter: TicketsFilter) { tickets(filter: $filter) { edges { node { id } } } }": typeof types.TicketsInUnstorableTextDocument,
    "mutation CreateSavedReplyInUnstorableText($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id } }": typeof types.CreateSavedReplyInUnstorableTextDocument,
    "mutation LoginInUnstorableText($input: LoginInput!) { login(input: $input) { id } }": typeof types.LoginInUnstorableTextDocument,
    "query UsersInUsers($first: Int, $after: String, $filter: UsersFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id name email roles isActive isTrainee trainer { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.UsersInUsersDocument,
    "mutation CreateUserInUsers($input: CreateUserInput!) {\n  createUser(input: $input) { id name email roles timeZone workingHours { start end days } isTrainee trainer { id } version }\n}": typeof types.CreateUserInUsersDocument,
    "mutation UpdateUserInUsers($input: UpdateUserInput!) {\n  updateUser(input: $input) { id name roles timeZone workingHours { start end days } isTrainee graduatedAt version }\n}": typeof types.UpdateUserInUsersDocument,
    "mutation DeactivateUserInUsers($id: ID!) { deactivateUser(id: $id) { id isActive deactivatedAt } }": typeof types.DeactivateUserInUsersDocument,
    "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id isActive } }": typeof types.ReactivateUserDocument,
    "query UsersInUsers2 { users(first: 100, filter: { eligibleTrainers: true, includeInactive: true }) { edges { node { email } } } }": typeof types.UsersInUsers2Document,
    "query UsersLastLogin { users(first: 1) { edges { node { lastLoginAt } } } }": typeof types.UsersLastLoginDocument,
    "mutation SignIn($input: LoginInput!) { login(input: $input) { id } }": typeof types.SignInDocument,
};
const documents: Documents = {
    "query Ticket($id: ID!) { ticket(id: $id) {\n  assignee { name } isFrustrated\n  timeline { __typename ... on Reply { body author { name } approvedBy { name } } ... on Draft { body status feedback } }\n} }": types.TicketDocument,
    "mutation SetTicketType($id: ID!) { setTicketType(id: $id, type: QUESTION) { id type } }": types.SetTicketTypeDocument,
    "mutation SubmitDraft($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }": types.SubmitDraftDocument,
    "mutation RequestDraftChanges($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id } }": types.RequestDraftChangesDocument,
    "mutation ApproveDraft($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }": types.ApproveDraftDocument,
    "query TicketInApprovals($id: ID!) { ticket(id: $id) { timeline { ... on Draft { __typename status suggestAsSavedReply suggestedTitle } } } }": types.TicketInApprovalsDocument,
    "query TicketTimelineInApprovals($id: ID!) { ticket(id: $id) { timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } }\n  ... on Draft { id status feedback reviewedBy { name } } } } }": types.TicketTimelineInApprovalsDocument,
    "query TicketInCustomerLink($id: ID!) { ticket(id: $id) {\n  status\n  timeline { __typename ... on Reply { seenAt delivery { status } } ... on CustomerMessage { body channel } }\n} }": types.TicketInCustomerLinkDocument,
    "mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }": types.ReplyToTicketDocument,
    "mutation EscalateForQueue($input: EscalateTicketInput!) { escalateTicket(input: $input) { id bug { id reference } } }": types.EscalateForQueueDocument,
    "mutation LinkForQueue($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }": types.LinkForQueueDocument,
    "query EscalatedTicketBug($id: ID!) { ticket(id: $id) {\n  customer { name }\n  bug { id reference severity stepsToReproduce expectedResult environment usersAffected ticketCount }\n} }": types.EscalatedTicketBugDocument,
    "mutation EscalateForBrowserTest($input: EscalateTicketInput!) {\n  escalateTicket(input: $input) { bug { id reference } }\n}": types.EscalateForBrowserTestDocument,
    "mutation MarkFixedForBrowserTest($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }": types.MarkFixedForBrowserTestDocument,
    "mutation LinkForBrowserTest($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id isToldOfFix } }": types.LinkForBrowserTestDocument,
    "query LinkedTicketAsks($id: ID!) { ticket(id: $id) {\n  askCount\n  asks { quote importance linkedBy { name } featureRequest { id reference title tag status description createdBy { name } } }\n} }": types.LinkedTicketAsksDocument,
    "query FeatureCardTally($id: ID!) { featureRequest(id: $id) { id reference askCount customerCount } }": types.FeatureCardTallyDocument,
    "mutation CreateCardForProduct($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id reference } } }": types.CreateCardForProductDocument,
    "mutation SubmitDraftInSavedReplies($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }": types.SubmitDraftInSavedRepliesDocument,
    "mutation ApproveDraftInSavedReplies($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }": types.ApproveDraftInSavedRepliesDocument,
    "mutation UpdateSavedReply($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id version } }": types.UpdateSavedReplyDocument,
    "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { isActive } }": types.DeactivateUserDocument,
    "query TeamSettings { teamSettings { followUpAfterMinutes maxFollowUps maxFollowUpsHighValue followUpMode closingMessage } }": types.TeamSettingsDocument,
    "mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }": types.UpdateTeamSettingsDocument,
    "query RepliesInTrainingChain($id: ID!) { ticket(id: $id) {\n  timeline { __typename ... on Reply { author { name } approvedBy { name } } ... on Draft { status } } } }": types.RepliesInTrainingChainDocument,
    "mutation ClaimTicket($id: ID!) { claimTicket(id: $id) { id } }": types.ClaimTicketDocument,
    "mutation CreateUserInApiErrors($i: CreateUserInput!) { createUser(input: $i) { id } }": types.CreateUserInApiErrorsDocument,
    "query UsersInApiErrors { users(first: 1) { edges { node { id version } } } }": types.UsersInApiErrorsDocument,
    "mutation UpdateUserInApiErrors($i: UpdateUserInput!) { updateUser(input: $i) { id } }": types.UpdateUserInApiErrorsDocument,
    "query OutboxPage($a: String) { outbox(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }": types.OutboxPageDocument,
    "query UsersPage($a: String) { users(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }": types.UsersPageDocument,
    "query TicketsPage($a: String) { tickets(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }": types.TicketsPageDocument,
    "query NotificationsPage($a: String) { notifications(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }": types.NotificationsPageDocument,
    "query Tickets($status: TicketStatus) { tickets(first: 5, filter: { status: $status }) { edges { node { id } } } }": types.TicketsDocument,
    "query TicketsInApiHardening($first: Int!) { tickets(first: $first) { edges { node { id } } } }": types.TicketsInApiHardeningDocument,
    "query Users { users(first: 101) { edges { node { id } } } }": types.UsersDocument,
    "query UsersInApiHardening { users { edges { node { id } } } }": types.UsersInApiHardeningDocument,
    "query Viewer { viewer { id } }": types.ViewerDocument,
    "query IntrospectionQueryType { __schema { queryType { name } } }": types.IntrospectionQueryTypeDocument,
    "mutation Login($input: LoginInput!) { login(input: $input) { id name } }": types.LoginDocument,
    "query ViewerInAuth { viewer { id email } }": types.ViewerInAuthDocument,
    "mutation DeactivateUserInAuth($id: ID!) { deactivateUser(id: $id) { id } }": types.DeactivateUserInAuthDocument,
    "query UsersInAuth { users { edges { node { id } } } }": types.UsersInAuthDocument,
    "mutation CreateCustomerLink($id: ID!) { createCustomerLink(id: $id) { url ticket { id timeline { __typename ... on TicketEvent { kind text } } } } }": types.CreateCustomerLinkDocument,
    "query OutboxMail($id: ID!) { outboxMail(id: $id) { id subject text headers { name value } } }": types.OutboxMailDocument,
    "mutation RevokeTicketLinks($id: ID!) { revokeTicketLinks(id: $id) { id } }": types.RevokeTicketLinksDocument,
    "mutation LinkFeatureForCustomerPage($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id askCount } }": types.LinkFeatureForCustomerPageDocument,
    "mutation CreateFeatureForCustomerPage($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id } } }": types.CreateFeatureForCustomerPageDocument,
    "mutation MergeFeaturesForCustomerPage($duplicateId: ID!, $survivorId: ID!) { mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id } }": types.MergeFeaturesForCustomerPageDocument,
    "mutation ReplyToTicketInCustomerMail($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status } }": types.ReplyToTicketInCustomerMailDocument,
    "query TicketInCustomerMail($id: ID!) { ticket(id: $id) {\n  id number status subject customer { email }\n  timeline { __typename ... on CustomerMessage { body channel quotedText attachments { id filename sizeBytes } }\n    ... on Reply { body seenAt delivery { status summary attempts } } }\n} }": types.TicketInCustomerMailDocument,
    "mutation RetryOutboxMail($id: ID!) { retryOutboxMail(id: $id) { id } }": types.RetryOutboxMailDocument,
    "query Outbox { outbox(first: 5) { smtpConfigured edges { node { ticketNumber to subject delivery { status } } } } }": types.OutboxDocument,
    "query OutboxInCustomerMail { outbox(first: 5) { smtpConfigured } }": types.OutboxInCustomerMailDocument,
    "query TicketAsShownToAgent($id: ID!) { ticket(id: $id) {\n    subject customer { name email }\n    timeline { __typename ... on CustomerMessage { body attachments { filename } } }\n  } }": types.TicketAsShownToAgentDocument,
    "mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }": types.AddNoteDocument,
    "mutation SetTicketComplex($id: ID!) { setTicketComplex(id: $id, isComplex: true) { id } }": types.SetTicketComplexDocument,
    "query ChainInDemo { trainingChain { nodes { id depth status startedAt graduatedAt\n  person { name isTrainee canTrain } trainer { name } currentTrainees { name } } } }": types.ChainInDemoDocument,
    "query RecordInDemo($id: ID!) { trainingRecord(traineeId: $id) { status weeksInTraining draftsSubmitted\n  approvedAsWritten changesRequested recentFeedback { feedback } note graduatedBy { name } } }": types.RecordInDemoDocument,
    "mutation SubmitDraftInDrafts($input: SubmitDraftInput!) { submitDraft(input: $input) { id status reason reviewer { name } author { name } } }": types.SubmitDraftInDraftsDocument,
    "mutation ApproveDraftInDrafts($input: ApproveDraftInput!) { approveDraft(input: $input) { id status reviewedBy { name } } }": types.ApproveDraftInDraftsDocument,
    "mutation RequestDraftChangesInDrafts($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status feedback } }": types.RequestDraftChangesInDraftsDocument,
    "query DraftsToReview { draftsToReview(first: 50) { edges { node { id body author { name } ticket { id }\n  viewerCan { approve { allowed reason } requestChanges { allowed } } } } } }": types.DraftsToReviewDocument,
    "query TicketInDrafts($id: ID!) { ticket(id: $id) { status assignee { id } pendingDraftCount timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } } ... on Draft { status feedback } ... on TicketEvent { kind text } } } }": types.TicketInDraftsDocument,
    "query Notifications { notifications(first: 1) { unreadCount edges { node { kind body } } } }": types.NotificationsDocument,
    "query SavedReplies { savedReplies(filter: { status: SUGGESTED }) { edges { node { id title suggestedBy { name } viewerCan { decide { allowed } } } } } }": types.SavedRepliesDocument,
    "mutation DeclineSavedReplySuggestion($id: ID!) { declineSavedReplySuggestion(id: $id) { id } }": types.DeclineSavedReplySuggestionDocument,
    "mutation AcceptSavedReplySuggestion($input: AcceptSavedReplySuggestionInput!) { acceptSavedReplySuggestion(input: $input) { status category } }": types.AcceptSavedReplySuggestionDocument,
    "query NotificationsInDrafts { notifications(first: 50) { unreadCount edges { node { id kind ticket { id } } } } }": types.NotificationsInDraftsDocument,
    "query NotificationsInDrafts2 { notifications(first: 50, includeDone: true) { edges { node { kind doneAt readAt ticket { id } } } } }": types.NotificationsInDrafts2Document,
    "mutation SetTicketViewing($id: ID!) { setTicketViewing(id: $id, viewing: true) }": types.SetTicketViewingDocument,
    "mutation EscalateInFixAnnouncement($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }": types.EscalateInFixAnnouncementDocument,
    "mutation LinkInFixAnnouncement($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }": types.LinkInFixAnnouncementDocument,
    "mutation MarkBugFixedInFixAnnouncement($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }": types.MarkBugFixedInFixAnnouncementDocument,
    "query BugInFixAnnouncement($id: ID!) { bug(id: $id) { ticketCount customerCount\n  fixPreview { tickets customers closedTickets } fixProgress { sent total isDone } } }": types.BugInFixAnnouncementDocument,
    "mutation SubmitTicketForEscalation($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }": types.SubmitTicketForEscalationDocument,
    "query EscalationDefaultsOfTicket($id: ID!) { ticket(id: $id) { escalationDefaults { title actualResult environment } } }": types.EscalationDefaultsOfTicketDocument,
    "mutation EscalateInEscalations($input: EscalateTicketInput!) { escalateTicket(input: $input) {\n  id bug { id number reference status title severity ticketCount customerCount usersAffected escalatedBy { name } }\n  checklist { id status reason }\n  timeline { __typename ... on TicketEvent { kind text } } } }": types.EscalateInEscalationsDocument,
    "mutation LinkInEscalations($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) {\n  id status isToldOfFix bug { id reference } checklist { id status reason } } }": types.LinkInEscalationsDocument,
    "mutation UnlinkInEscalations($ticketId: ID!) { unlinkTicketFromBug(ticketId: $ticketId) {\n  id bug { id } checklist { id status reason } } }": types.UnlinkInEscalationsDocument,
    "query TicketInEscalations($id: ID!) { ticket(id: $id) {\n  id number status isToldOfFix bug { id reference status } checklist { id status reason } viewerCan { close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text actor { name } } ... on Note { body author { name } } ... on Reply { body replyAuthor: author { name } } } } }": types.TicketInEscalationsDocument,
    "query BugInEscalations($id: ID!) { bug(id: $id) {\n  id number reference status version title stepsToReproduce severity trackerUrl\n  ticketCount customerCount usersAffected revenueCents highValueCount\n  engineer { id name } escalatedBy { name } fixedBy { name } fixMessage duplicateOf { id }\n  fixPreview { tickets customers closedTickets sentence }\n  fixProgress { sent total isDone sentence }\n  timeline { kind text bugNumber question }\n  tickets(first: 100) { edges { node { ticket { id } usersAffected fixAnnouncedAt linkedBy { name } } } }\n  viewerCan { edit { allowed } markFixed { allowed reason } } } }": types.BugInEscalationsDocument,
    "query BugsInEscalations($first: Int, $after: String, $filter: BugsFilter) {\n  bugs(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference severity status revenueCents engineer { id } } }\n    pageInfo { hasNextPage endCursor } } }": types.BugsInEscalationsDocument,
    "query SimilarInEscalations($title: String!, $steps: String!) {\n  similarBugs(title: $title, stepsToReproduce: $steps) { similarity bug { id } } }": types.SimilarInEscalationsDocument,
    "mutation UpdateBugInEscalations($input: UpdateBugInput!) { updateBug(input: $input) { id version title trackerUrl } }": types.UpdateBugInEscalationsDocument,
    "mutation AssignBugInEscalations($id: ID!, $engineerId: ID, $version: Int!) {\n  assignBug(id: $id, engineerId: $engineerId, version: $version) { id version engineer { id name } } }": types.AssignBugInEscalationsDocument,
    "mutation SetBugStatusInEscalations($input: SetBugStatusInput!) { setBugStatus(input: $input) { id version status } }": types.SetBugStatusInEscalationsDocument,
    "mutation AskForBugInfoInEscalations($id: ID!, $question: String!, $version: Int!) {\n  askForBugInfo(id: $id, question: $question, version: $version) { id version status } }": types.AskForBugInfoInEscalationsDocument,
    "mutation MarkBugFixedInEscalations($input: MarkBugFixedInput!) { markBugFixed(input: $input) {\n  id status fixMessage fixedBy { name } } }": types.MarkBugFixedInEscalationsDocument,
    "mutation MergeBugsInEscalations($duplicateId: ID!, $originalId: ID!) {\n  mergeBugs(duplicateId: $duplicateId, originalId: $originalId) { id ticketCount customerCount } }": types.MergeBugsInEscalationsDocument,
    "mutation CloseTicketInEscalations($id: ID!) { closeTicket(id: $id) { id status } }": types.CloseTicketInEscalationsDocument,
    "mutation ClaimTicketInEscalations($id: ID!) { claimTicket(id: $id) { id } }": types.ClaimTicketInEscalationsDocument,
    "query NotificationsInEscalations { notifications(first: 50) { edges { node { kind path body ticket { id } } } } }": types.NotificationsInEscalationsDocument,
    "query TeamSettingsInEscalations { teamSettings { version } }": types.TeamSettingsInEscalationsDocument,
    "mutation UpdateTeamSettingsInEscalations($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) {\n      engineeringChatWebhookUrl } }": types.UpdateTeamSettingsInEscalationsDocument,
    "query HighValueInEscalations { teamSettings { highValueRevenueCents } }": types.HighValueInEscalationsDocument,
    "mutation CreateInReportSchedule($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id reference } } }": types.CreateInReportScheduleDocument,
    "mutation LinkInReportSchedule($input: LinkTicketToFeatureRequestInput!) {\n  linkTicketToFeatureRequest(input: $input) { id } }": types.LinkInReportScheduleDocument,
    "query ReportInReportSchedule($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel compiledAt compiledBy { id } entries { rank reference customers } } }": types.ReportInReportScheduleDocument,
    "query SettingsInReportSchedule { teamSettings { version timeZone featureReportDay featureReportIntervalMonths } }": types.SettingsInReportScheduleDocument,
    "mutation UpdateSettingsInReportSchedule($input: UpdateTeamSettingsInput!) {\n  updateTeamSettings(input: $input) { version timeZone } }": types.UpdateSettingsInReportScheduleDocument,
    "mutation CreateInFeatureRequests($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id number reference title description tag status askCount customerCount createdBy { name } }\n  ticket { id askCount asks { id quote importance featureRequest { id reference } } checklist { id status reason } } } }": types.CreateInFeatureRequestsDocument,
    "mutation LinkInFeatureRequests($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) {\n  id askCount asks { id quote importance linkedBy { name } featureRequest { id reference status customerCount } }\n  checklist { id status reason } } }": types.LinkInFeatureRequestsDocument,
    "mutation UnlinkInFeatureRequests($id: ID!) { unlinkAsk(id: $id) {\n  id askCount asks { id } checklist { id status reason } } }": types.UnlinkInFeatureRequestsDocument,
    "mutation UpdateInFeatureRequests($input: UpdateFeatureRequestInput!) { updateFeatureRequest(input: $input) {\n  id version title description tag status owner { id } declinedAt } }": types.UpdateInFeatureRequestsDocument,
    "mutation MergeInFeatureRequests($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount revenueCents } }": types.MergeInFeatureRequestsDocument,
    "mutation SplitInFeatureRequests($id: ID!) { splitFeatureRequest(id: $id) {\n  id status askCount customerCount mergedInto { id } } }": types.SplitInFeatureRequestsDocument,
    "mutation ShipInFeatureRequests($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) {\n  id status shippedAt announcementMessage } }": types.ShipInFeatureRequestsDocument,
    "query CardInFeatureRequests($id: ID!) { featureRequest(id: $id) {\n  id number reference title description tag status version\n  askCount customerCount companyCount revenueCents highValueCount blockerCount lastAskedAt recentAsks previousAsks trend\n  owner { id } createdBy { name } mergedInto { id } announcementMessage shippedAt declinedAt\n  shipPreview { customers tickets closedTickets sentence }\n  announcementProgress { kind sent total isDone sentence }\n  viewerCan { edit { allowed code reason } merge { allowed } markShipped { allowed code } link { allowed code } }\n  asks(first: 100) { edges { node { id quote importance ticket { id } customer { id } linkedBy { name } featureRequest { id } } }\n    pageInfo { hasNextPage endCursor } }\n  history { kind text } } }": types.CardInFeatureRequestsDocument,
    "query RankingInFeatureRequests($first: Int, $after: String, $filter: FeatureRequestsFilter) {\n  featureRequests(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference status tag askCount customerCount revenueCents trend recentAsks owner { id } } }\n    pageInfo { hasNextPage endCursor } } }": types.RankingInFeatureRequestsDocument,
    "query SimilarInFeatureRequests($title: String!, $quote: String!, $first: Int) {\n  similarFeatureRequests(title: $title, quote: $quote, first: $first) { similarity featureRequest { id } } }": types.SimilarInFeatureRequestsDocument,
    "query TicketInFeatureRequests($id: ID!) { ticket(id: $id) {\n  id number status askCount askQuote asks { id quote importance featureRequest { id reference status title } }\n  checklist { id status reason } viewerCan { reply { allowed code reason } close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text } ... on Reply { body } } } }": types.TicketInFeatureRequestsDocument,
    "mutation ClaimInFeatureRequests($id: ID!) { claimTicket(id: $id) { id } }": types.ClaimInFeatureRequestsDocument,
    "mutation CloseInFeatureRequests($id: ID!) { closeTicket(id: $id) { id status } }": types.CloseInFeatureRequestsDocument,
    "mutation ReplyInFeatureRequests($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }": types.ReplyInFeatureRequestsDocument,
    "mutation DraftInFeatureRequests($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }": types.DraftInFeatureRequestsDocument,
    "mutation ApproveInFeatureRequests($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }": types.ApproveInFeatureRequestsDocument,
    "query ReportsInFeatureRequests($first: Int, $after: String) { featureReports(first: $first, after: $after) {\n  edges { node { id kind status periodLabel } } pageInfo { hasNextPage endCursor } } }": types.ReportsInFeatureRequestsDocument,
    "query ReportInFeatureRequests($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel size compiledAt publishedAt compiledBy { name } publishedBy { name }\n  entries { rank previousRank change { kind by label } reference title tag status asks customers companies revenueCents\n    highValueCustomers blockers trend note }\n  shipped { reference title customers }\n  markdown csv viewerCan { change { allowed code } } } }": types.ReportInFeatureRequestsDocument,
    "mutation CompileInFeatureRequests { compileFeatureReport { id kind status periodLabel entries { rank reference } } }": types.CompileInFeatureRequestsDocument,
    "mutation NoteInFeatureRequests($reportId: ID!, $featureRequestId: ID!, $note: String!) {\n  setFeatureReportNote(reportId: $reportId, featureRequestId: $featureRequestId, note: $note) { rank reference note } }": types.NoteInFeatureRequestsDocument,
    "mutation PublishInFeatureRequests($id: ID!) { publishFeatureReport(id: $id) {\n  id status publishedAt publishedBy { name } } }": types.PublishInFeatureRequestsDocument,
    "query CardAsksInFeatureRequests($id: ID!, $first: Int!, $after: String) { featureRequest(id: $id) {\n      asks(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }": types.CardAsksInFeatureRequestsDocument,
    "mutation CreateInShipAnnouncement($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id } } }": types.CreateInShipAnnouncementDocument,
    "mutation MergeInShipAnnouncement($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount } }": types.MergeInShipAnnouncementDocument,
    "mutation ShipInShipAnnouncement($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) { id status } }": types.ShipInShipAnnouncementDocument,
    "query CardInShipAnnouncement($id: ID!) { featureRequest(id: $id) { askCount customerCount\n  shipPreview { customers tickets } announcementProgress { sent total isDone } } }": types.CardInShipAnnouncementDocument,
    "mutation FlagFrustrated($id: ID!, $f: Boolean) { flagFrustrated(id: $id, frustrated: $f) { id isFrustrated frustrationHint { signals } } }": types.FlagFrustratedDocument,
    "query TicketInFrustration($id: ID!) { ticket(id: $id) { frustrationHint { signals } } }": types.TicketInFrustrationDocument,
    "query TeamSettingsInFrustration { teamSettings { version } }": types.TeamSettingsInFrustrationDocument,
    "query NotificationsInFrustration { notifications(first: 50, unreadOnly: true) { edges { node { kind ticket { id } } } } }": types.NotificationsInFrustrationDocument,
    "query TicketFrustrationHint($id: ID!) { ticket(id: $id) { id isFrustrated frustrationHint { triggers signals suggestedAt }\n  timeline { __typename ... on TicketEvent { kind text } } } }": types.TicketFrustrationHintDocument,
    "mutation DismissFrustrationSuggestion($id: ID!) { dismissFrustrationSuggestion(id: $id) { id isFrustrated frustrationHint { triggers } } }": types.DismissFrustrationSuggestionDocument,
    "query TicketsInFrustration { tickets(first: 100) { edges { node { id frustrationHint { triggers } } } } }": types.TicketsInFrustrationDocument,
    "mutation CreateCustomerLinkInFrustration($id: ID!) { createCustomerLink(id: $id) { url } }": types.CreateCustomerLinkInFrustrationDocument,
    "mutation SubmitTicket($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }": types.SubmitTicketDocument,
    "query TeamSettingsInIntakeAndSettings { teamSettings { firstResponseMinutesPremium firstResponseMinutesFree highValueRevenueCents reviewNovelReplies\n  toneGuide { avoid suggestion } version } }": types.TeamSettingsInIntakeAndSettingsDocument,
    "mutation UpdateTeamSettingsInIntakeAndSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { firstResponseMinutesPremium\n  teamChatWebhookUrl toneGuide { avoid } version } }": types.UpdateTeamSettingsInIntakeAndSettingsDocument,
    "query TeamChatWebhook { teamSettings { teamChatWebhookUrl } }": types.TeamChatWebhookDocument,
    "subscription OnTicketAssigneeChanged($id: ID!) { ticketChanged(id: $id) { id assignee { name } } }": types.OnTicketAssigneeChangedDocument,
    "query NotificationsInLiveUpdates { notifications(first: 1) { unreadCount } }": types.NotificationsInLiveUpdatesDocument,
    "mutation FlagFrustratedInLiveUpdates($id: ID!) { flagFrustrated(id: $id) { id } }": types.FlagFrustratedInLiveUpdatesDocument,
    "subscription OnTicketViewersChanged($id: ID!) { ticketChanged(id: $id) { id viewers { name } } }": types.OnTicketViewersChangedDocument,
    "mutation SetTicketViewingInLiveUpdates($id: ID!) { setTicketViewing(id: $id, viewing: false) }": types.SetTicketViewingInLiveUpdatesDocument,
    "query UnreadNotificationCount { notifications { unreadCount } }": types.UnreadNotificationCountDocument,
    "query FirstUnreadNotification { notifications(first: 1, unreadOnly: true) { unreadCount edges { node { id } } } }": types.FirstUnreadNotificationDocument,
    "mutation MarkNotificationsReadInLiveUpdates { markNotificationsRead }": types.MarkNotificationsReadInLiveUpdatesDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.CreateUserDocument,
    "mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id } }": types.UpdateUserDocument,
    "query SavedRepliesInNewInstall { savedReplies(first: 25, filter: { category: ASK_FOR_INFO }) { edges { node { title body } } } }": types.SavedRepliesInNewInstallDocument,
    "query TeamSettingsInNewInstall { teamSettings { followUpSavedReplyId closingMessage } }": types.TeamSettingsInNewInstallDocument,
    "query SavedRepliesInNewInstall2 { savedReplies(first: 25, filter: { category: FOLLOW_UP }) { edges { node { id title } } } }": types.SavedRepliesInNewInstall2Document,
    "query TeamToneGuide { teamSettings { toneGuide { avoid suggestion } } }": types.TeamToneGuideDocument,
    "query NotificationsInNotifications { notifications(first: 50) { unreadCount edges { node { kind ticket { id } } } } }": types.NotificationsInNotificationsDocument,
    "mutation CloseTicket($id: ID!) { closeTicket(id: $id) { id } }": types.CloseTicketDocument,
    "mutation ReplyInOutboxBatches($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }": types.ReplyInOutboxBatchesDocument,
    "query TicketInOutboxBatches($id: ID!) { ticket(id: $id) {\n  followUpDueAt timeline { __typename ... on Reply { delivery { status summary attempts } } }\n} }": types.TicketInOutboxBatchesDocument,
    "query SavedRepliesInSavedReplies($filter: SavedRepliesFilter, $first: Int, $after: String) { savedReplies(filter: $filter, first: $first, after: $after) {\n  edges { node { id title category usageCount status viewerCan { edit { allowed } } } } pageInfo { hasNextPage endCursor } } }": types.SavedRepliesInSavedRepliesDocument,
    "mutation CreateSavedReply($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title body category status version } }": types.CreateSavedReplyDocument,
    "mutation UpdateSavedReplyInSavedReplies($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title version } }": types.UpdateSavedReplyInSavedRepliesDocument,
    "mutation ArchiveSavedReply($id: ID!) { archiveSavedReply(id: $id) { id status } }": types.ArchiveSavedReplyDocument,
    "query RenderSavedReply($s: ID!, $t: ID!) { renderSavedReply(savedReplyId: $s, ticketId: $t) }": types.RenderSavedReplyDocument,
    "query UsersInStartup { users(first: 100) { edges { node { email } } } }": types.UsersInStartupDocument,
    "mutation CreateUserInStartup { createUser(input: { name: \"Persisted Person\", email: \"persisted@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }": types.CreateUserInStartupDocument,
    "query TicketsInStartup { tickets(first: 5, filter: { search: \"Printing fails\" }) { edges { node { id latestMessageId } } } }": types.TicketsInStartupDocument,
    "mutation SetTicketTypeInStartup($id: ID!) { setTicketType(id: $id, type: QUESTION) { id } }": types.SetTicketTypeInStartupDocument,
    "mutation CreateUserInStartup2 { createUser(input: { name: \"Before Crash\", email: \"before-crash@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }": types.CreateUserInStartup2Document,
    "mutation ClaimInStatementCount($id: ID!) { claimTicket(id: $id) { id } }": types.ClaimInStatementCountDocument,
    "mutation ViewingInStatementCount($id: ID!) { setTicketViewing(id: $id, viewing: true) }": types.ViewingInStatementCountDocument,
    "mutation EscalateInStatementCount($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }": types.EscalateInStatementCountDocument,
    "mutation LinkInStatementCount($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }": types.LinkInStatementCountDocument,
    "query InboxWithBugsInStatementCount($first: Int) { tickets(first: $first) { edges { node {\n  id subject isToldOfFix bug { id reference status } checklist { id status } viewerCan { close { allowed reason } } } } } }": types.InboxWithBugsInStatementCountDocument,
    "query TicketWithBugInStatementCount($id: ID!) { ticket(id: $id) {\n  id isToldOfFix bug { id reference status ticketCount } checklist { id status reason } viewerCan { close { allowed reason } } } }": types.TicketWithBugInStatementCountDocument,
    "query BugQueueInStatementCount($first: Int) { bugs(first: $first) {\n  edges { cursor node { id reference title severity status ticketCount customerCount usersAffected revenueCents highValueCount createdAt\n    engineer { id name } escalatedBy { id name } viewerCan { edit { allowed } assign { allowed } markFixed { allowed reason } merge { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }": types.BugQueueInStatementCountDocument,
    "query RankingInStatementCount($first: Int, $filter: FeatureRequestsFilter) { featureRequests(first: $first, filter: $filter) {\n  edges { cursor node { id reference title tag status askCount customerCount companyCount revenueCents highValueCount blockerCount trend\n    recentAsks lastAskedAt owner { id name } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }": types.RankingInStatementCountDocument,
    "query CardPageInStatementCount($id: ID!, $first: Int!) { featureRequest(id: $id) {\n  id reference title description tag status version askCount customerCount revenueCents owner { id name } createdBy { id name }\n  mergedInto { id } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } }\n  asks(first: $first) { edges { node { id quote importance linkedAt ticket { id number subject status } customer { id name company }\n    linkedBy { id name } featureRequest { id } } } pageInfo { hasNextPage endCursor } } } }": types.CardPageInStatementCountDocument,
    "mutation LinkAskInStatementCount($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id } }": types.LinkAskInStatementCountDocument,
    "mutation CreateCardInStatementCount($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id } } }": types.CreateCardInStatementCountDocument,
    "query TicketWithAsksInStatementCount($id: ID!) { ticket(id: $id) {\n  id askCount asks { id quote importance featureRequest { id reference title status } } checklist { id status reason }\n  viewerCan { close { allowed reason } reply { allowed reason } } } }": types.TicketWithAsksInStatementCountDocument,
    "query TrainingChainInStatementCount { trainingChain { nodes { id depth status startedAt endedAt graduatedAt\n  trainedCount person { id name isTrainee canTrain } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason } } } }": types.TrainingChainInStatementCountDocument,
    "query TrainingRecordInStatementCount($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending recentFeedback { feedback reviewerName }\n  trainee { id name version } trainer { id name } graduatedBy { id name } viewerCanGraduate { allowed reason } } }": types.TrainingRecordInStatementCountDocument,
    "query TicketInTickets($id: ID!) { ticket(id: $id) { id number status group type isManagerAssigned isComplex isFrustrated responseDueAt firstResponseAt\n  assignee { id name } latestMessageId pendingDraftCount\n  checklist { id status reason }\n  viewerCan { claim { allowed reason code } reply { allowed reason code } replyNeedsReview submitDraft { allowed } close { allowed } }\n  timeline { __typename id ... on Reply { body author { name } approvedBy { name } savedReply { title } }\n    ... on Note { body mentions { name } } ... on TicketEvent { kind text } ... on CustomerMessage { body customer { email } } } } }": types.TicketInTicketsDocument,
    "query TicketsInTickets($filter: TicketsFilter, $first: Int, $after: String) {\n  tickets(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id subject isFrustrated isManagerAssigned responseDueAt assignee { id } } }\n    pageInfo { hasNextPage endCursor } } }": types.TicketsInTicketsDocument,
    "mutation ClaimTicketInTickets($id: ID!) { claimTicket(id: $id) { id assignee { id } } }": types.ClaimTicketInTicketsDocument,
    "mutation AssignTicket($id: ID!, $to: ID!) { assignTicket(id: $id, assigneeId: $to) { id isManagerAssigned assignee { id } } }": types.AssignTicketDocument,
    "mutation ReleaseTicket($id: ID!) { releaseTicket(id: $id) { id assignee { id } } }": types.ReleaseTicketDocument,
    "mutation SetTicketTypeInTickets($id: ID!, $type: TicketType) { setTicketType(id: $id, type: $type) { id type group } }": types.SetTicketTypeInTicketsDocument,
    "mutation SetTicketGroup($id: ID!, $group: TicketGroup!) { setTicketGroup(id: $id, group: $group) { id group } }": types.SetTicketGroupDocument,
    "mutation SetTicketComplexInTickets($id: ID!, $c: Boolean!) { setTicketComplex(id: $id, isComplex: $c) { id isComplex } }": types.SetTicketComplexInTicketsDocument,
    "mutation ReplyToTicketInTickets($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status firstResponseAt responseDueAt assignee { id } } }": types.ReplyToTicketInTicketsDocument,
    "mutation CloseTicketInTickets($id: ID!) { closeTicket(id: $id) { id status } }": types.CloseTicketInTicketsDocument,
    "mutation ReopenTicket($id: ID!) { reopenTicket(id: $id) { id status responseDueAt } }": types.ReopenTicketDocument,
    "query TicketCount($filter: TicketsFilter) { ticketCount(filter: $filter) { count hasMore } }": types.TicketCountDocument,
    "query NotificationsInTickets { notifications(first: 5) { unreadCount edges { node { kind body ticket { id } } } } }": types.NotificationsInTicketsDocument,
    "query TeamSettingsInTickets { teamSettings { version } }": types.TeamSettingsInTicketsDocument,
    "mutation UpdateTeamSettingsInTickets($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { reviewNovelReplies } }": types.UpdateTeamSettingsInTicketsDocument,
    "mutation SendFollowUp($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { status } }": types.SendFollowUpDocument,
    "query TeamSettingsInTimers { teamSettings { version } }": types.TeamSettingsInTimersDocument,
    "query TicketsInTimers { tickets(first: 50, filter: { followUpDue: true }) { edges { node { id } } } }": types.TicketsInTimersDocument,
    "mutation SendFollowUpId($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { id } }": types.SendFollowUpIdDocument,
    "query FollowUpSettings { teamSettings { version maxFollowUps maxFollowUpsHighValue closingMessage } }": types.FollowUpSettingsDocument,
    "query TicketInTimers($id: ID!) { ticket(id: $id) { status followUpDueAt autoCloseAt followUpWaitsForMail } }": types.TicketInTimersDocument,
    "mutation ReopenTicketInTimers($id: ID!) { reopenTicket(id: $id) { id } }": types.ReopenTicketInTimersDocument,
    "mutation GraduateInTraining($input: GraduateTraineeInput!) { graduateTrainee(input: $input) {\n  id isTrainee canTrain graduatedAt version trainer { id } } }": types.GraduateInTrainingDocument,
    "query ChainInTraining { trainingChain { nodes { id depth status startedAt endedAt graduatedAt trainedCount\n  person { id name } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason code } } } }": types.ChainInTrainingDocument,
    "query RecordInTraining($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt graduatedAt note\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending approvedAsWrittenShare sentence\n  recentFeedback { feedback reviewerName ticketNumber } trainee { id } trainer { id } graduatedBy { id }\n  viewerCanGraduate { allowed reason } } }": types.RecordInTrainingDocument,
    "mutation UpdateUserInTraining($input: UpdateUserInput!) { updateUser(input: $input) { id version isTrainee trainer { id } } }": types.UpdateUserInTrainingDocument,
    "mutation CreateUserInTraining($input: CreateUserInput!) { createUser(input: $input) { id isTrainee trainer { id } } }": types.CreateUserInTrainingDocument,
    "mutation SubmitInTraining($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }": types.SubmitInTrainingDocument,
    "mutation ApproveInTraining($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }": types.ApproveInTrainingDocument,
    "mutation ChangesInTraining($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status } }": types.ChangesInTrainingDocument,
    "mutation ReplyInTraining($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status assignee { id } } }": types.ReplyInTrainingDocument,
    "query TicketCanInTraining($id: ID!) { ticket(id: $id) { id viewerCan { reply { allowed code } } } }": types.TicketCanInTrainingDocument,
    "query TicketsInUnstorableText($filter: TicketsFilter) { tickets(filter: $filter) { edges { node { id } } } }": types.TicketsInUnstorableTextDocument,
    "mutation CreateSavedReplyInUnstorableText($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id } }": types.CreateSavedReplyInUnstorableTextDocument,
    "mutation LoginInUnstorableText($input: LoginInput!) { login(input: $input) { id } }": types.LoginInUnstorableTextDocument,
    "query UsersInUsers($first: Int, $after: String, $filter: UsersFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id name email roles isActive isTrainee trainer { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.UsersInUsersDocument,
    "mutation CreateUserInUsers($input: CreateUserInput!) {\n  createUser(input: $input) { id name email roles timeZone workingHours { start end days } isTrainee trainer { id } version }\n}": types.CreateUserInUsersDocument,
    "mutation UpdateUserInUsers($input: UpdateUserInput!) {\n  updateUser(input: $input) { id name roles timeZone workingHours { start end days } isTrainee graduatedAt version }\n}": types.UpdateUserInUsersDocument,
    "mutation DeactivateUserInUsers($id: ID!) { deactivateUser(id: $id) { id isActive deactivatedAt } }": types.DeactivateUserInUsersDocument,
    "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id isActive } }": types.ReactivateUserDocument,
    "query UsersInUsers2 { users(first: 100, filter: { eligibleTrainers: true, includeInactive: true }) { edges { node { email } } } }": types.UsersInUsers2Document,
    "query UsersLastLogin { users(first: 1) { edges { node { lastLoginAt } } } }": types.UsersLastLoginDocument,
    "mutation SignIn($input: LoginInput!) { login(input: $input) { id } }": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Ticket($id: ID!) { ticket(id: $id) {\n  assignee { name } isFrustrated\n  timeline { __typename ... on Reply { body author { name } approvedBy { name } } ... on Draft { body status feedback } }\n} }"): (typeof documents)["query Ticket($id: ID!) { ticket(id: $id) {\n  assignee { name } isFrustrated\n  timeline { __typename ... on Reply { body author { name } approvedBy { name } } ... on Draft { body status feedback } }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketType($id: ID!) { setTicketType(id: $id, type: QUESTION) { id type } }"): (typeof documents)["mutation SetTicketType($id: ID!) { setTicketType(id: $id, type: QUESTION) { id type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitDraft($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }"): (typeof documents)["mutation SubmitDraft($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestDraftChanges($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id } }"): (typeof documents)["mutation RequestDraftChanges($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveDraft($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }"): (typeof documents)["mutation ApproveDraft($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInApprovals($id: ID!) { ticket(id: $id) { timeline { ... on Draft { __typename status suggestAsSavedReply suggestedTitle } } } }"): (typeof documents)["query TicketInApprovals($id: ID!) { ticket(id: $id) { timeline { ... on Draft { __typename status suggestAsSavedReply suggestedTitle } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketTimelineInApprovals($id: ID!) { ticket(id: $id) { timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } }\n  ... on Draft { id status feedback reviewedBy { name } } } } }"): (typeof documents)["query TicketTimelineInApprovals($id: ID!) { ticket(id: $id) { timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } }\n  ... on Draft { id status feedback reviewedBy { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInCustomerLink($id: ID!) { ticket(id: $id) {\n  status\n  timeline { __typename ... on Reply { seenAt delivery { status } } ... on CustomerMessage { body channel } }\n} }"): (typeof documents)["query TicketInCustomerLink($id: ID!) { ticket(id: $id) {\n  status\n  timeline { __typename ... on Reply { seenAt delivery { status } } ... on CustomerMessage { body channel } }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }"): (typeof documents)["mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EscalateForQueue($input: EscalateTicketInput!) { escalateTicket(input: $input) { id bug { id reference } } }"): (typeof documents)["mutation EscalateForQueue($input: EscalateTicketInput!) { escalateTicket(input: $input) { id bug { id reference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkForQueue($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }"): (typeof documents)["mutation LinkForQueue($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EscalatedTicketBug($id: ID!) { ticket(id: $id) {\n  customer { name }\n  bug { id reference severity stepsToReproduce expectedResult environment usersAffected ticketCount }\n} }"): (typeof documents)["query EscalatedTicketBug($id: ID!) { ticket(id: $id) {\n  customer { name }\n  bug { id reference severity stepsToReproduce expectedResult environment usersAffected ticketCount }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EscalateForBrowserTest($input: EscalateTicketInput!) {\n  escalateTicket(input: $input) { bug { id reference } }\n}"): (typeof documents)["mutation EscalateForBrowserTest($input: EscalateTicketInput!) {\n  escalateTicket(input: $input) { bug { id reference } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkFixedForBrowserTest($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }"): (typeof documents)["mutation MarkFixedForBrowserTest($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkForBrowserTest($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id isToldOfFix } }"): (typeof documents)["mutation LinkForBrowserTest($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id isToldOfFix } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinkedTicketAsks($id: ID!) { ticket(id: $id) {\n  askCount\n  asks { quote importance linkedBy { name } featureRequest { id reference title tag status description createdBy { name } } }\n} }"): (typeof documents)["query LinkedTicketAsks($id: ID!) { ticket(id: $id) {\n  askCount\n  asks { quote importance linkedBy { name } featureRequest { id reference title tag status description createdBy { name } } }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeatureCardTally($id: ID!) { featureRequest(id: $id) { id reference askCount customerCount } }"): (typeof documents)["query FeatureCardTally($id: ID!) { featureRequest(id: $id) { id reference askCount customerCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCardForProduct($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id reference } } }"): (typeof documents)["mutation CreateCardForProduct($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id reference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitDraftInSavedReplies($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }"): (typeof documents)["mutation SubmitDraftInSavedReplies($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveDraftInSavedReplies($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }"): (typeof documents)["mutation ApproveDraftInSavedReplies($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSavedReply($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id version } }"): (typeof documents)["mutation UpdateSavedReply($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { isActive } }"): (typeof documents)["mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSettings { teamSettings { followUpAfterMinutes maxFollowUps maxFollowUpsHighValue followUpMode closingMessage } }"): (typeof documents)["query TeamSettings { teamSettings { followUpAfterMinutes maxFollowUps maxFollowUpsHighValue followUpMode closingMessage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }"): (typeof documents)["mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RepliesInTrainingChain($id: ID!) { ticket(id: $id) {\n  timeline { __typename ... on Reply { author { name } approvedBy { name } } ... on Draft { status } } } }"): (typeof documents)["query RepliesInTrainingChain($id: ID!) { ticket(id: $id) {\n  timeline { __typename ... on Reply { author { name } approvedBy { name } } ... on Draft { status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimTicket($id: ID!) { claimTicket(id: $id) { id } }"): (typeof documents)["mutation ClaimTicket($id: ID!) { claimTicket(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUserInApiErrors($i: CreateUserInput!) { createUser(input: $i) { id } }"): (typeof documents)["mutation CreateUserInApiErrors($i: CreateUserInput!) { createUser(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersInApiErrors { users(first: 1) { edges { node { id version } } } }"): (typeof documents)["query UsersInApiErrors { users(first: 1) { edges { node { id version } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUserInApiErrors($i: UpdateUserInput!) { updateUser(input: $i) { id } }"): (typeof documents)["mutation UpdateUserInApiErrors($i: UpdateUserInput!) { updateUser(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxPage($a: String) { outbox(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }"): (typeof documents)["query OutboxPage($a: String) { outbox(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersPage($a: String) { users(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }"): (typeof documents)["query UsersPage($a: String) { users(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsPage($a: String) { tickets(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }"): (typeof documents)["query TicketsPage($a: String) { tickets(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsPage($a: String) { notifications(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }"): (typeof documents)["query NotificationsPage($a: String) { notifications(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tickets($status: TicketStatus) { tickets(first: 5, filter: { status: $status }) { edges { node { id } } } }"): (typeof documents)["query Tickets($status: TicketStatus) { tickets(first: 5, filter: { status: $status }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsInApiHardening($first: Int!) { tickets(first: $first) { edges { node { id } } } }"): (typeof documents)["query TicketsInApiHardening($first: Int!) { tickets(first: $first) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users { users(first: 101) { edges { node { id } } } }"): (typeof documents)["query Users { users(first: 101) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersInApiHardening { users { edges { node { id } } } }"): (typeof documents)["query UsersInApiHardening { users { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer { viewer { id } }"): (typeof documents)["query Viewer { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntrospectionQueryType { __schema { queryType { name } } }"): (typeof documents)["query IntrospectionQueryType { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) { login(input: $input) { id name } }"): (typeof documents)["mutation Login($input: LoginInput!) { login(input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerInAuth { viewer { id email } }"): (typeof documents)["query ViewerInAuth { viewer { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateUserInAuth($id: ID!) { deactivateUser(id: $id) { id } }"): (typeof documents)["mutation DeactivateUserInAuth($id: ID!) { deactivateUser(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersInAuth { users { edges { node { id } } } }"): (typeof documents)["query UsersInAuth { users { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCustomerLink($id: ID!) { createCustomerLink(id: $id) { url ticket { id timeline { __typename ... on TicketEvent { kind text } } } } }"): (typeof documents)["mutation CreateCustomerLink($id: ID!) { createCustomerLink(id: $id) { url ticket { id timeline { __typename ... on TicketEvent { kind text } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxMail($id: ID!) { outboxMail(id: $id) { id subject text headers { name value } } }"): (typeof documents)["query OutboxMail($id: ID!) { outboxMail(id: $id) { id subject text headers { name value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeTicketLinks($id: ID!) { revokeTicketLinks(id: $id) { id } }"): (typeof documents)["mutation RevokeTicketLinks($id: ID!) { revokeTicketLinks(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkFeatureForCustomerPage($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id askCount } }"): (typeof documents)["mutation LinkFeatureForCustomerPage($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id askCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFeatureForCustomerPage($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id } } }"): (typeof documents)["mutation CreateFeatureForCustomerPage($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeFeaturesForCustomerPage($duplicateId: ID!, $survivorId: ID!) { mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id } }"): (typeof documents)["mutation MergeFeaturesForCustomerPage($duplicateId: ID!, $survivorId: ID!) { mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyToTicketInCustomerMail($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status } }"): (typeof documents)["mutation ReplyToTicketInCustomerMail($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInCustomerMail($id: ID!) { ticket(id: $id) {\n  id number status subject customer { email }\n  timeline { __typename ... on CustomerMessage { body channel quotedText attachments { id filename sizeBytes } }\n    ... on Reply { body seenAt delivery { status summary attempts } } }\n} }"): (typeof documents)["query TicketInCustomerMail($id: ID!) { ticket(id: $id) {\n  id number status subject customer { email }\n  timeline { __typename ... on CustomerMessage { body channel quotedText attachments { id filename sizeBytes } }\n    ... on Reply { body seenAt delivery { status summary attempts } } }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetryOutboxMail($id: ID!) { retryOutboxMail(id: $id) { id } }"): (typeof documents)["mutation RetryOutboxMail($id: ID!) { retryOutboxMail(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Outbox { outbox(first: 5) { smtpConfigured edges { node { ticketNumber to subject delivery { status } } } } }"): (typeof documents)["query Outbox { outbox(first: 5) { smtpConfigured edges { node { ticketNumber to subject delivery { status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxInCustomerMail { outbox(first: 5) { smtpConfigured } }"): (typeof documents)["query OutboxInCustomerMail { outbox(first: 5) { smtpConfigured } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketAsShownToAgent($id: ID!) { ticket(id: $id) {\n    subject customer { name email }\n    timeline { __typename ... on CustomerMessage { body attachments { filename } } }\n  } }"): (typeof documents)["query TicketAsShownToAgent($id: ID!) { ticket(id: $id) {\n    subject customer { name email }\n    timeline { __typename ... on CustomerMessage { body attachments { filename } } }\n  } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }"): (typeof documents)["mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketComplex($id: ID!) { setTicketComplex(id: $id, isComplex: true) { id } }"): (typeof documents)["mutation SetTicketComplex($id: ID!) { setTicketComplex(id: $id, isComplex: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainInDemo { trainingChain { nodes { id depth status startedAt graduatedAt\n  person { name isTrainee canTrain } trainer { name } currentTrainees { name } } } }"): (typeof documents)["query ChainInDemo { trainingChain { nodes { id depth status startedAt graduatedAt\n  person { name isTrainee canTrain } trainer { name } currentTrainees { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordInDemo($id: ID!) { trainingRecord(traineeId: $id) { status weeksInTraining draftsSubmitted\n  approvedAsWritten changesRequested recentFeedback { feedback } note graduatedBy { name } } }"): (typeof documents)["query RecordInDemo($id: ID!) { trainingRecord(traineeId: $id) { status weeksInTraining draftsSubmitted\n  approvedAsWritten changesRequested recentFeedback { feedback } note graduatedBy { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitDraftInDrafts($input: SubmitDraftInput!) { submitDraft(input: $input) { id status reason reviewer { name } author { name } } }"): (typeof documents)["mutation SubmitDraftInDrafts($input: SubmitDraftInput!) { submitDraft(input: $input) { id status reason reviewer { name } author { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveDraftInDrafts($input: ApproveDraftInput!) { approveDraft(input: $input) { id status reviewedBy { name } } }"): (typeof documents)["mutation ApproveDraftInDrafts($input: ApproveDraftInput!) { approveDraft(input: $input) { id status reviewedBy { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestDraftChangesInDrafts($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status feedback } }"): (typeof documents)["mutation RequestDraftChangesInDrafts($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status feedback } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsToReview { draftsToReview(first: 50) { edges { node { id body author { name } ticket { id }\n  viewerCan { approve { allowed reason } requestChanges { allowed } } } } } }"): (typeof documents)["query DraftsToReview { draftsToReview(first: 50) { edges { node { id body author { name } ticket { id }\n  viewerCan { approve { allowed reason } requestChanges { allowed } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInDrafts($id: ID!) { ticket(id: $id) { status assignee { id } pendingDraftCount timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } } ... on Draft { status feedback } ... on TicketEvent { kind text } } } }"): (typeof documents)["query TicketInDrafts($id: ID!) { ticket(id: $id) { status assignee { id } pendingDraftCount timeline { __typename\n  ... on Reply { body author { name } approvedBy { name } } ... on Draft { status feedback } ... on TicketEvent { kind text } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications { notifications(first: 1) { unreadCount edges { node { kind body } } } }"): (typeof documents)["query Notifications { notifications(first: 1) { unreadCount edges { node { kind body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedReplies { savedReplies(filter: { status: SUGGESTED }) { edges { node { id title suggestedBy { name } viewerCan { decide { allowed } } } } } }"): (typeof documents)["query SavedReplies { savedReplies(filter: { status: SUGGESTED }) { edges { node { id title suggestedBy { name } viewerCan { decide { allowed } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineSavedReplySuggestion($id: ID!) { declineSavedReplySuggestion(id: $id) { id } }"): (typeof documents)["mutation DeclineSavedReplySuggestion($id: ID!) { declineSavedReplySuggestion(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptSavedReplySuggestion($input: AcceptSavedReplySuggestionInput!) { acceptSavedReplySuggestion(input: $input) { status category } }"): (typeof documents)["mutation AcceptSavedReplySuggestion($input: AcceptSavedReplySuggestionInput!) { acceptSavedReplySuggestion(input: $input) { status category } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInDrafts { notifications(first: 50) { unreadCount edges { node { id kind ticket { id } } } } }"): (typeof documents)["query NotificationsInDrafts { notifications(first: 50) { unreadCount edges { node { id kind ticket { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInDrafts2 { notifications(first: 50, includeDone: true) { edges { node { kind doneAt readAt ticket { id } } } } }"): (typeof documents)["query NotificationsInDrafts2 { notifications(first: 50, includeDone: true) { edges { node { kind doneAt readAt ticket { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketViewing($id: ID!) { setTicketViewing(id: $id, viewing: true) }"): (typeof documents)["mutation SetTicketViewing($id: ID!) { setTicketViewing(id: $id, viewing: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EscalateInFixAnnouncement($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }"): (typeof documents)["mutation EscalateInFixAnnouncement($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkInFixAnnouncement($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }"): (typeof documents)["mutation LinkInFixAnnouncement($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkBugFixedInFixAnnouncement($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }"): (typeof documents)["mutation MarkBugFixedInFixAnnouncement($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BugInFixAnnouncement($id: ID!) { bug(id: $id) { ticketCount customerCount\n  fixPreview { tickets customers closedTickets } fixProgress { sent total isDone } } }"): (typeof documents)["query BugInFixAnnouncement($id: ID!) { bug(id: $id) { ticketCount customerCount\n  fixPreview { tickets customers closedTickets } fixProgress { sent total isDone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitTicketForEscalation($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }"): (typeof documents)["mutation SubmitTicketForEscalation($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EscalationDefaultsOfTicket($id: ID!) { ticket(id: $id) { escalationDefaults { title actualResult environment } } }"): (typeof documents)["query EscalationDefaultsOfTicket($id: ID!) { ticket(id: $id) { escalationDefaults { title actualResult environment } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EscalateInEscalations($input: EscalateTicketInput!) { escalateTicket(input: $input) {\n  id bug { id number reference status title severity ticketCount customerCount usersAffected escalatedBy { name } }\n  checklist { id status reason }\n  timeline { __typename ... on TicketEvent { kind text } } } }"): (typeof documents)["mutation EscalateInEscalations($input: EscalateTicketInput!) { escalateTicket(input: $input) {\n  id bug { id number reference status title severity ticketCount customerCount usersAffected escalatedBy { name } }\n  checklist { id status reason }\n  timeline { __typename ... on TicketEvent { kind text } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkInEscalations($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) {\n  id status isToldOfFix bug { id reference } checklist { id status reason } } }"): (typeof documents)["mutation LinkInEscalations($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) {\n  id status isToldOfFix bug { id reference } checklist { id status reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkInEscalations($ticketId: ID!) { unlinkTicketFromBug(ticketId: $ticketId) {\n  id bug { id } checklist { id status reason } } }"): (typeof documents)["mutation UnlinkInEscalations($ticketId: ID!) { unlinkTicketFromBug(ticketId: $ticketId) {\n  id bug { id } checklist { id status reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInEscalations($id: ID!) { ticket(id: $id) {\n  id number status isToldOfFix bug { id reference status } checklist { id status reason } viewerCan { close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text actor { name } } ... on Note { body author { name } } ... on Reply { body replyAuthor: author { name } } } } }"): (typeof documents)["query TicketInEscalations($id: ID!) { ticket(id: $id) {\n  id number status isToldOfFix bug { id reference status } checklist { id status reason } viewerCan { close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text actor { name } } ... on Note { body author { name } } ... on Reply { body replyAuthor: author { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BugInEscalations($id: ID!) { bug(id: $id) {\n  id number reference status version title stepsToReproduce severity trackerUrl\n  ticketCount customerCount usersAffected revenueCents highValueCount\n  engineer { id name } escalatedBy { name } fixedBy { name } fixMessage duplicateOf { id }\n  fixPreview { tickets customers closedTickets sentence }\n  fixProgress { sent total isDone sentence }\n  timeline { kind text bugNumber question }\n  tickets(first: 100) { edges { node { ticket { id } usersAffected fixAnnouncedAt linkedBy { name } } } }\n  viewerCan { edit { allowed } markFixed { allowed reason } } } }"): (typeof documents)["query BugInEscalations($id: ID!) { bug(id: $id) {\n  id number reference status version title stepsToReproduce severity trackerUrl\n  ticketCount customerCount usersAffected revenueCents highValueCount\n  engineer { id name } escalatedBy { name } fixedBy { name } fixMessage duplicateOf { id }\n  fixPreview { tickets customers closedTickets sentence }\n  fixProgress { sent total isDone sentence }\n  timeline { kind text bugNumber question }\n  tickets(first: 100) { edges { node { ticket { id } usersAffected fixAnnouncedAt linkedBy { name } } } }\n  viewerCan { edit { allowed } markFixed { allowed reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BugsInEscalations($first: Int, $after: String, $filter: BugsFilter) {\n  bugs(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference severity status revenueCents engineer { id } } }\n    pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query BugsInEscalations($first: Int, $after: String, $filter: BugsFilter) {\n  bugs(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference severity status revenueCents engineer { id } } }\n    pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SimilarInEscalations($title: String!, $steps: String!) {\n  similarBugs(title: $title, stepsToReproduce: $steps) { similarity bug { id } } }"): (typeof documents)["query SimilarInEscalations($title: String!, $steps: String!) {\n  similarBugs(title: $title, stepsToReproduce: $steps) { similarity bug { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBugInEscalations($input: UpdateBugInput!) { updateBug(input: $input) { id version title trackerUrl } }"): (typeof documents)["mutation UpdateBugInEscalations($input: UpdateBugInput!) { updateBug(input: $input) { id version title trackerUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignBugInEscalations($id: ID!, $engineerId: ID, $version: Int!) {\n  assignBug(id: $id, engineerId: $engineerId, version: $version) { id version engineer { id name } } }"): (typeof documents)["mutation AssignBugInEscalations($id: ID!, $engineerId: ID, $version: Int!) {\n  assignBug(id: $id, engineerId: $engineerId, version: $version) { id version engineer { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetBugStatusInEscalations($input: SetBugStatusInput!) { setBugStatus(input: $input) { id version status } }"): (typeof documents)["mutation SetBugStatusInEscalations($input: SetBugStatusInput!) { setBugStatus(input: $input) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskForBugInfoInEscalations($id: ID!, $question: String!, $version: Int!) {\n  askForBugInfo(id: $id, question: $question, version: $version) { id version status } }"): (typeof documents)["mutation AskForBugInfoInEscalations($id: ID!, $question: String!, $version: Int!) {\n  askForBugInfo(id: $id, question: $question, version: $version) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkBugFixedInEscalations($input: MarkBugFixedInput!) { markBugFixed(input: $input) {\n  id status fixMessage fixedBy { name } } }"): (typeof documents)["mutation MarkBugFixedInEscalations($input: MarkBugFixedInput!) { markBugFixed(input: $input) {\n  id status fixMessage fixedBy { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeBugsInEscalations($duplicateId: ID!, $originalId: ID!) {\n  mergeBugs(duplicateId: $duplicateId, originalId: $originalId) { id ticketCount customerCount } }"): (typeof documents)["mutation MergeBugsInEscalations($duplicateId: ID!, $originalId: ID!) {\n  mergeBugs(duplicateId: $duplicateId, originalId: $originalId) { id ticketCount customerCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseTicketInEscalations($id: ID!) { closeTicket(id: $id) { id status } }"): (typeof documents)["mutation CloseTicketInEscalations($id: ID!) { closeTicket(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimTicketInEscalations($id: ID!) { claimTicket(id: $id) { id } }"): (typeof documents)["mutation ClaimTicketInEscalations($id: ID!) { claimTicket(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInEscalations { notifications(first: 50) { edges { node { kind path body ticket { id } } } } }"): (typeof documents)["query NotificationsInEscalations { notifications(first: 50) { edges { node { kind path body ticket { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSettingsInEscalations { teamSettings { version } }"): (typeof documents)["query TeamSettingsInEscalations { teamSettings { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTeamSettingsInEscalations($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) {\n      engineeringChatWebhookUrl } }"): (typeof documents)["mutation UpdateTeamSettingsInEscalations($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) {\n      engineeringChatWebhookUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HighValueInEscalations { teamSettings { highValueRevenueCents } }"): (typeof documents)["query HighValueInEscalations { teamSettings { highValueRevenueCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInReportSchedule($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id reference } } }"): (typeof documents)["mutation CreateInReportSchedule($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id reference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkInReportSchedule($input: LinkTicketToFeatureRequestInput!) {\n  linkTicketToFeatureRequest(input: $input) { id } }"): (typeof documents)["mutation LinkInReportSchedule($input: LinkTicketToFeatureRequestInput!) {\n  linkTicketToFeatureRequest(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportInReportSchedule($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel compiledAt compiledBy { id } entries { rank reference customers } } }"): (typeof documents)["query ReportInReportSchedule($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel compiledAt compiledBy { id } entries { rank reference customers } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsInReportSchedule { teamSettings { version timeZone featureReportDay featureReportIntervalMonths } }"): (typeof documents)["query SettingsInReportSchedule { teamSettings { version timeZone featureReportDay featureReportIntervalMonths } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSettingsInReportSchedule($input: UpdateTeamSettingsInput!) {\n  updateTeamSettings(input: $input) { version timeZone } }"): (typeof documents)["mutation UpdateSettingsInReportSchedule($input: UpdateTeamSettingsInput!) {\n  updateTeamSettings(input: $input) { version timeZone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInFeatureRequests($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id number reference title description tag status askCount customerCount createdBy { name } }\n  ticket { id askCount asks { id quote importance featureRequest { id reference } } checklist { id status reason } } } }"): (typeof documents)["mutation CreateInFeatureRequests($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id number reference title description tag status askCount customerCount createdBy { name } }\n  ticket { id askCount asks { id quote importance featureRequest { id reference } } checklist { id status reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkInFeatureRequests($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) {\n  id askCount asks { id quote importance linkedBy { name } featureRequest { id reference status customerCount } }\n  checklist { id status reason } } }"): (typeof documents)["mutation LinkInFeatureRequests($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) {\n  id askCount asks { id quote importance linkedBy { name } featureRequest { id reference status customerCount } }\n  checklist { id status reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkInFeatureRequests($id: ID!) { unlinkAsk(id: $id) {\n  id askCount asks { id } checklist { id status reason } } }"): (typeof documents)["mutation UnlinkInFeatureRequests($id: ID!) { unlinkAsk(id: $id) {\n  id askCount asks { id } checklist { id status reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInFeatureRequests($input: UpdateFeatureRequestInput!) { updateFeatureRequest(input: $input) {\n  id version title description tag status owner { id } declinedAt } }"): (typeof documents)["mutation UpdateInFeatureRequests($input: UpdateFeatureRequestInput!) { updateFeatureRequest(input: $input) {\n  id version title description tag status owner { id } declinedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeInFeatureRequests($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount revenueCents } }"): (typeof documents)["mutation MergeInFeatureRequests($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount revenueCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SplitInFeatureRequests($id: ID!) { splitFeatureRequest(id: $id) {\n  id status askCount customerCount mergedInto { id } } }"): (typeof documents)["mutation SplitInFeatureRequests($id: ID!) { splitFeatureRequest(id: $id) {\n  id status askCount customerCount mergedInto { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShipInFeatureRequests($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) {\n  id status shippedAt announcementMessage } }"): (typeof documents)["mutation ShipInFeatureRequests($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) {\n  id status shippedAt announcementMessage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CardInFeatureRequests($id: ID!) { featureRequest(id: $id) {\n  id number reference title description tag status version\n  askCount customerCount companyCount revenueCents highValueCount blockerCount lastAskedAt recentAsks previousAsks trend\n  owner { id } createdBy { name } mergedInto { id } announcementMessage shippedAt declinedAt\n  shipPreview { customers tickets closedTickets sentence }\n  announcementProgress { kind sent total isDone sentence }\n  viewerCan { edit { allowed code reason } merge { allowed } markShipped { allowed code } link { allowed code } }\n  asks(first: 100) { edges { node { id quote importance ticket { id } customer { id } linkedBy { name } featureRequest { id } } }\n    pageInfo { hasNextPage endCursor } }\n  history { kind text } } }"): (typeof documents)["query CardInFeatureRequests($id: ID!) { featureRequest(id: $id) {\n  id number reference title description tag status version\n  askCount customerCount companyCount revenueCents highValueCount blockerCount lastAskedAt recentAsks previousAsks trend\n  owner { id } createdBy { name } mergedInto { id } announcementMessage shippedAt declinedAt\n  shipPreview { customers tickets closedTickets sentence }\n  announcementProgress { kind sent total isDone sentence }\n  viewerCan { edit { allowed code reason } merge { allowed } markShipped { allowed code } link { allowed code } }\n  asks(first: 100) { edges { node { id quote importance ticket { id } customer { id } linkedBy { name } featureRequest { id } } }\n    pageInfo { hasNextPage endCursor } }\n  history { kind text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RankingInFeatureRequests($first: Int, $after: String, $filter: FeatureRequestsFilter) {\n  featureRequests(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference status tag askCount customerCount revenueCents trend recentAsks owner { id } } }\n    pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query RankingInFeatureRequests($first: Int, $after: String, $filter: FeatureRequestsFilter) {\n  featureRequests(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id number reference status tag askCount customerCount revenueCents trend recentAsks owner { id } } }\n    pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SimilarInFeatureRequests($title: String!, $quote: String!, $first: Int) {\n  similarFeatureRequests(title: $title, quote: $quote, first: $first) { similarity featureRequest { id } } }"): (typeof documents)["query SimilarInFeatureRequests($title: String!, $quote: String!, $first: Int) {\n  similarFeatureRequests(title: $title, quote: $quote, first: $first) { similarity featureRequest { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInFeatureRequests($id: ID!) { ticket(id: $id) {\n  id number status askCount askQuote asks { id quote importance featureRequest { id reference status title } }\n  checklist { id status reason } viewerCan { reply { allowed code reason } close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text } ... on Reply { body } } } }"): (typeof documents)["query TicketInFeatureRequests($id: ID!) { ticket(id: $id) {\n  id number status askCount askQuote asks { id quote importance featureRequest { id reference status title } }\n  checklist { id status reason } viewerCan { reply { allowed code reason } close { allowed code reason } }\n  timeline { __typename ... on TicketEvent { kind text } ... on Reply { body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimInFeatureRequests($id: ID!) { claimTicket(id: $id) { id } }"): (typeof documents)["mutation ClaimInFeatureRequests($id: ID!) { claimTicket(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseInFeatureRequests($id: ID!) { closeTicket(id: $id) { id status } }"): (typeof documents)["mutation CloseInFeatureRequests($id: ID!) { closeTicket(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyInFeatureRequests($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }"): (typeof documents)["mutation ReplyInFeatureRequests($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftInFeatureRequests($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }"): (typeof documents)["mutation DraftInFeatureRequests($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveInFeatureRequests($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }"): (typeof documents)["mutation ApproveInFeatureRequests($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsInFeatureRequests($first: Int, $after: String) { featureReports(first: $first, after: $after) {\n  edges { node { id kind status periodLabel } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query ReportsInFeatureRequests($first: Int, $after: String) { featureReports(first: $first, after: $after) {\n  edges { node { id kind status periodLabel } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportInFeatureRequests($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel size compiledAt publishedAt compiledBy { name } publishedBy { name }\n  entries { rank previousRank change { kind by label } reference title tag status asks customers companies revenueCents\n    highValueCustomers blockers trend note }\n  shipped { reference title customers }\n  markdown csv viewerCan { change { allowed code } } } }"): (typeof documents)["query ReportInFeatureRequests($id: ID!) { featureReport(id: $id) {\n  id kind status periodStart periodEnd periodLabel size compiledAt publishedAt compiledBy { name } publishedBy { name }\n  entries { rank previousRank change { kind by label } reference title tag status asks customers companies revenueCents\n    highValueCustomers blockers trend note }\n  shipped { reference title customers }\n  markdown csv viewerCan { change { allowed code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompileInFeatureRequests { compileFeatureReport { id kind status periodLabel entries { rank reference } } }"): (typeof documents)["mutation CompileInFeatureRequests { compileFeatureReport { id kind status periodLabel entries { rank reference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoteInFeatureRequests($reportId: ID!, $featureRequestId: ID!, $note: String!) {\n  setFeatureReportNote(reportId: $reportId, featureRequestId: $featureRequestId, note: $note) { rank reference note } }"): (typeof documents)["mutation NoteInFeatureRequests($reportId: ID!, $featureRequestId: ID!, $note: String!) {\n  setFeatureReportNote(reportId: $reportId, featureRequestId: $featureRequestId, note: $note) { rank reference note } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishInFeatureRequests($id: ID!) { publishFeatureReport(id: $id) {\n  id status publishedAt publishedBy { name } } }"): (typeof documents)["mutation PublishInFeatureRequests($id: ID!) { publishFeatureReport(id: $id) {\n  id status publishedAt publishedBy { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CardAsksInFeatureRequests($id: ID!, $first: Int!, $after: String) { featureRequest(id: $id) {\n      asks(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CardAsksInFeatureRequests($id: ID!, $first: Int!, $after: String) { featureRequest(id: $id) {\n      asks(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInShipAnnouncement($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id } } }"): (typeof documents)["mutation CreateInShipAnnouncement($input: CreateFeatureRequestInput!) {\n  createFeatureRequest(input: $input) { featureRequest { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeInShipAnnouncement($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount } }"): (typeof documents)["mutation MergeInShipAnnouncement($duplicateId: ID!, $survivorId: ID!) {\n  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShipInShipAnnouncement($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) { id status } }"): (typeof documents)["mutation ShipInShipAnnouncement($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CardInShipAnnouncement($id: ID!) { featureRequest(id: $id) { askCount customerCount\n  shipPreview { customers tickets } announcementProgress { sent total isDone } } }"): (typeof documents)["query CardInShipAnnouncement($id: ID!) { featureRequest(id: $id) { askCount customerCount\n  shipPreview { customers tickets } announcementProgress { sent total isDone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlagFrustrated($id: ID!, $f: Boolean) { flagFrustrated(id: $id, frustrated: $f) { id isFrustrated frustrationHint { signals } } }"): (typeof documents)["mutation FlagFrustrated($id: ID!, $f: Boolean) { flagFrustrated(id: $id, frustrated: $f) { id isFrustrated frustrationHint { signals } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInFrustration($id: ID!) { ticket(id: $id) { frustrationHint { signals } } }"): (typeof documents)["query TicketInFrustration($id: ID!) { ticket(id: $id) { frustrationHint { signals } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSettingsInFrustration { teamSettings { version } }"): (typeof documents)["query TeamSettingsInFrustration { teamSettings { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInFrustration { notifications(first: 50, unreadOnly: true) { edges { node { kind ticket { id } } } } }"): (typeof documents)["query NotificationsInFrustration { notifications(first: 50, unreadOnly: true) { edges { node { kind ticket { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketFrustrationHint($id: ID!) { ticket(id: $id) { id isFrustrated frustrationHint { triggers signals suggestedAt }\n  timeline { __typename ... on TicketEvent { kind text } } } }"): (typeof documents)["query TicketFrustrationHint($id: ID!) { ticket(id: $id) { id isFrustrated frustrationHint { triggers signals suggestedAt }\n  timeline { __typename ... on TicketEvent { kind text } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissFrustrationSuggestion($id: ID!) { dismissFrustrationSuggestion(id: $id) { id isFrustrated frustrationHint { triggers } } }"): (typeof documents)["mutation DismissFrustrationSuggestion($id: ID!) { dismissFrustrationSuggestion(id: $id) { id isFrustrated frustrationHint { triggers } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsInFrustration { tickets(first: 100) { edges { node { id frustrationHint { triggers } } } } }"): (typeof documents)["query TicketsInFrustration { tickets(first: 100) { edges { node { id frustrationHint { triggers } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCustomerLinkInFrustration($id: ID!) { createCustomerLink(id: $id) { url } }"): (typeof documents)["mutation CreateCustomerLinkInFrustration($id: ID!) { createCustomerLink(id: $id) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitTicket($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }"): (typeof documents)["mutation SubmitTicket($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSettingsInIntakeAndSettings { teamSettings { firstResponseMinutesPremium firstResponseMinutesFree highValueRevenueCents reviewNovelReplies\n  toneGuide { avoid suggestion } version } }"): (typeof documents)["query TeamSettingsInIntakeAndSettings { teamSettings { firstResponseMinutesPremium firstResponseMinutesFree highValueRevenueCents reviewNovelReplies\n  toneGuide { avoid suggestion } version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTeamSettingsInIntakeAndSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { firstResponseMinutesPremium\n  teamChatWebhookUrl toneGuide { avoid } version } }"): (typeof documents)["mutation UpdateTeamSettingsInIntakeAndSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { firstResponseMinutesPremium\n  teamChatWebhookUrl toneGuide { avoid } version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamChatWebhook { teamSettings { teamChatWebhookUrl } }"): (typeof documents)["query TeamChatWebhook { teamSettings { teamChatWebhookUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OnTicketAssigneeChanged($id: ID!) { ticketChanged(id: $id) { id assignee { name } } }"): (typeof documents)["subscription OnTicketAssigneeChanged($id: ID!) { ticketChanged(id: $id) { id assignee { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInLiveUpdates { notifications(first: 1) { unreadCount } }"): (typeof documents)["query NotificationsInLiveUpdates { notifications(first: 1) { unreadCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlagFrustratedInLiveUpdates($id: ID!) { flagFrustrated(id: $id) { id } }"): (typeof documents)["mutation FlagFrustratedInLiveUpdates($id: ID!) { flagFrustrated(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OnTicketViewersChanged($id: ID!) { ticketChanged(id: $id) { id viewers { name } } }"): (typeof documents)["subscription OnTicketViewersChanged($id: ID!) { ticketChanged(id: $id) { id viewers { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketViewingInLiveUpdates($id: ID!) { setTicketViewing(id: $id, viewing: false) }"): (typeof documents)["mutation SetTicketViewingInLiveUpdates($id: ID!) { setTicketViewing(id: $id, viewing: false) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount { notifications { unreadCount } }"): (typeof documents)["query UnreadNotificationCount { notifications { unreadCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstUnreadNotification { notifications(first: 1, unreadOnly: true) { unreadCount edges { node { id } } } }"): (typeof documents)["query FirstUnreadNotification { notifications(first: 1, unreadOnly: true) { unreadCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsReadInLiveUpdates { markNotificationsRead }"): (typeof documents)["mutation MarkNotificationsReadInLiveUpdates { markNotificationsRead }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id } }"): (typeof documents)["mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedRepliesInNewInstall { savedReplies(first: 25, filter: { category: ASK_FOR_INFO }) { edges { node { title body } } } }"): (typeof documents)["query SavedRepliesInNewInstall { savedReplies(first: 25, filter: { category: ASK_FOR_INFO }) { edges { node { title body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSettingsInNewInstall { teamSettings { followUpSavedReplyId closingMessage } }"): (typeof documents)["query TeamSettingsInNewInstall { teamSettings { followUpSavedReplyId closingMessage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedRepliesInNewInstall2 { savedReplies(first: 25, filter: { category: FOLLOW_UP }) { edges { node { id title } } } }"): (typeof documents)["query SavedRepliesInNewInstall2 { savedReplies(first: 25, filter: { category: FOLLOW_UP }) { edges { node { id title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamToneGuide { teamSettings { toneGuide { avoid suggestion } } }"): (typeof documents)["query TeamToneGuide { teamSettings { toneGuide { avoid suggestion } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInNotifications { notifications(first: 50) { unreadCount edges { node { kind ticket { id } } } } }"): (typeof documents)["query NotificationsInNotifications { notifications(first: 50) { unreadCount edges { node { kind ticket { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseTicket($id: ID!) { closeTicket(id: $id) { id } }"): (typeof documents)["mutation CloseTicket($id: ID!) { closeTicket(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyInOutboxBatches($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }"): (typeof documents)["mutation ReplyInOutboxBatches($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInOutboxBatches($id: ID!) { ticket(id: $id) {\n  followUpDueAt timeline { __typename ... on Reply { delivery { status summary attempts } } }\n} }"): (typeof documents)["query TicketInOutboxBatches($id: ID!) { ticket(id: $id) {\n  followUpDueAt timeline { __typename ... on Reply { delivery { status summary attempts } } }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedRepliesInSavedReplies($filter: SavedRepliesFilter, $first: Int, $after: String) { savedReplies(filter: $filter, first: $first, after: $after) {\n  edges { node { id title category usageCount status viewerCan { edit { allowed } } } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query SavedRepliesInSavedReplies($filter: SavedRepliesFilter, $first: Int, $after: String) { savedReplies(filter: $filter, first: $first, after: $after) {\n  edges { node { id title category usageCount status viewerCan { edit { allowed } } } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSavedReply($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title body category status version } }"): (typeof documents)["mutation CreateSavedReply($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title body category status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSavedReplyInSavedReplies($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title version } }"): (typeof documents)["mutation UpdateSavedReplyInSavedReplies($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveSavedReply($id: ID!) { archiveSavedReply(id: $id) { id status } }"): (typeof documents)["mutation ArchiveSavedReply($id: ID!) { archiveSavedReply(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenderSavedReply($s: ID!, $t: ID!) { renderSavedReply(savedReplyId: $s, ticketId: $t) }"): (typeof documents)["query RenderSavedReply($s: ID!, $t: ID!) { renderSavedReply(savedReplyId: $s, ticketId: $t) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersInStartup { users(first: 100) { edges { node { email } } } }"): (typeof documents)["query UsersInStartup { users(first: 100) { edges { node { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUserInStartup { createUser(input: { name: \"Persisted Person\", email: \"persisted@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }"): (typeof documents)["mutation CreateUserInStartup { createUser(input: { name: \"Persisted Person\", email: \"persisted@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsInStartup { tickets(first: 5, filter: { search: \"Printing fails\" }) { edges { node { id latestMessageId } } } }"): (typeof documents)["query TicketsInStartup { tickets(first: 5, filter: { search: \"Printing fails\" }) { edges { node { id latestMessageId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketTypeInStartup($id: ID!) { setTicketType(id: $id, type: QUESTION) { id } }"): (typeof documents)["mutation SetTicketTypeInStartup($id: ID!) { setTicketType(id: $id, type: QUESTION) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUserInStartup2 { createUser(input: { name: \"Before Crash\", email: \"before-crash@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }"): (typeof documents)["mutation CreateUserInStartup2 { createUser(input: { name: \"Before Crash\", email: \"before-crash@test.example\", password: \"a-long-password\", roles: [AGENT] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimInStatementCount($id: ID!) { claimTicket(id: $id) { id } }"): (typeof documents)["mutation ClaimInStatementCount($id: ID!) { claimTicket(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewingInStatementCount($id: ID!) { setTicketViewing(id: $id, viewing: true) }"): (typeof documents)["mutation ViewingInStatementCount($id: ID!) { setTicketViewing(id: $id, viewing: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EscalateInStatementCount($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }"): (typeof documents)["mutation EscalateInStatementCount($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkInStatementCount($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }"): (typeof documents)["mutation LinkInStatementCount($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InboxWithBugsInStatementCount($first: Int) { tickets(first: $first) { edges { node {\n  id subject isToldOfFix bug { id reference status } checklist { id status } viewerCan { close { allowed reason } } } } } }"): (typeof documents)["query InboxWithBugsInStatementCount($first: Int) { tickets(first: $first) { edges { node {\n  id subject isToldOfFix bug { id reference status } checklist { id status } viewerCan { close { allowed reason } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketWithBugInStatementCount($id: ID!) { ticket(id: $id) {\n  id isToldOfFix bug { id reference status ticketCount } checklist { id status reason } viewerCan { close { allowed reason } } } }"): (typeof documents)["query TicketWithBugInStatementCount($id: ID!) { ticket(id: $id) {\n  id isToldOfFix bug { id reference status ticketCount } checklist { id status reason } viewerCan { close { allowed reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BugQueueInStatementCount($first: Int) { bugs(first: $first) {\n  edges { cursor node { id reference title severity status ticketCount customerCount usersAffected revenueCents highValueCount createdAt\n    engineer { id name } escalatedBy { id name } viewerCan { edit { allowed } assign { allowed } markFixed { allowed reason } merge { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query BugQueueInStatementCount($first: Int) { bugs(first: $first) {\n  edges { cursor node { id reference title severity status ticketCount customerCount usersAffected revenueCents highValueCount createdAt\n    engineer { id name } escalatedBy { id name } viewerCan { edit { allowed } assign { allowed } markFixed { allowed reason } merge { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RankingInStatementCount($first: Int, $filter: FeatureRequestsFilter) { featureRequests(first: $first, filter: $filter) {\n  edges { cursor node { id reference title tag status askCount customerCount companyCount revenueCents highValueCount blockerCount trend\n    recentAsks lastAskedAt owner { id name } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query RankingInStatementCount($first: Int, $filter: FeatureRequestsFilter) { featureRequests(first: $first, filter: $filter) {\n  edges { cursor node { id reference title tag status askCount customerCount companyCount revenueCents highValueCount blockerCount trend\n    recentAsks lastAskedAt owner { id name } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } } } }\n  pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CardPageInStatementCount($id: ID!, $first: Int!) { featureRequest(id: $id) {\n  id reference title description tag status version askCount customerCount revenueCents owner { id name } createdBy { id name }\n  mergedInto { id } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } }\n  asks(first: $first) { edges { node { id quote importance linkedAt ticket { id number subject status } customer { id name company }\n    linkedBy { id name } featureRequest { id } } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CardPageInStatementCount($id: ID!, $first: Int!) { featureRequest(id: $id) {\n  id reference title description tag status version askCount customerCount revenueCents owner { id name } createdBy { id name }\n  mergedInto { id } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } }\n  asks(first: $first) { edges { node { id quote importance linkedAt ticket { id number subject status } customer { id name company }\n    linkedBy { id name } featureRequest { id } } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkAskInStatementCount($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id } }"): (typeof documents)["mutation LinkAskInStatementCount($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCardInStatementCount($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id } } }"): (typeof documents)["mutation CreateCardInStatementCount($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {\n  featureRequest { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketWithAsksInStatementCount($id: ID!) { ticket(id: $id) {\n  id askCount asks { id quote importance featureRequest { id reference title status } } checklist { id status reason }\n  viewerCan { close { allowed reason } reply { allowed reason } } } }"): (typeof documents)["query TicketWithAsksInStatementCount($id: ID!) { ticket(id: $id) {\n  id askCount asks { id quote importance featureRequest { id reference title status } } checklist { id status reason }\n  viewerCan { close { allowed reason } reply { allowed reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingChainInStatementCount { trainingChain { nodes { id depth status startedAt endedAt graduatedAt\n  trainedCount person { id name isTrainee canTrain } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason } } } }"): (typeof documents)["query TrainingChainInStatementCount { trainingChain { nodes { id depth status startedAt endedAt graduatedAt\n  trainedCount person { id name isTrainee canTrain } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingRecordInStatementCount($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending recentFeedback { feedback reviewerName }\n  trainee { id name version } trainer { id name } graduatedBy { id name } viewerCanGraduate { allowed reason } } }"): (typeof documents)["query TrainingRecordInStatementCount($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending recentFeedback { feedback reviewerName }\n  trainee { id name version } trainer { id name } graduatedBy { id name } viewerCanGraduate { allowed reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInTickets($id: ID!) { ticket(id: $id) { id number status group type isManagerAssigned isComplex isFrustrated responseDueAt firstResponseAt\n  assignee { id name } latestMessageId pendingDraftCount\n  checklist { id status reason }\n  viewerCan { claim { allowed reason code } reply { allowed reason code } replyNeedsReview submitDraft { allowed } close { allowed } }\n  timeline { __typename id ... on Reply { body author { name } approvedBy { name } savedReply { title } }\n    ... on Note { body mentions { name } } ... on TicketEvent { kind text } ... on CustomerMessage { body customer { email } } } } }"): (typeof documents)["query TicketInTickets($id: ID!) { ticket(id: $id) { id number status group type isManagerAssigned isComplex isFrustrated responseDueAt firstResponseAt\n  assignee { id name } latestMessageId pendingDraftCount\n  checklist { id status reason }\n  viewerCan { claim { allowed reason code } reply { allowed reason code } replyNeedsReview submitDraft { allowed } close { allowed } }\n  timeline { __typename id ... on Reply { body author { name } approvedBy { name } savedReply { title } }\n    ... on Note { body mentions { name } } ... on TicketEvent { kind text } ... on CustomerMessage { body customer { email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsInTickets($filter: TicketsFilter, $first: Int, $after: String) {\n  tickets(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id subject isFrustrated isManagerAssigned responseDueAt assignee { id } } }\n    pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query TicketsInTickets($filter: TicketsFilter, $first: Int, $after: String) {\n  tickets(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id subject isFrustrated isManagerAssigned responseDueAt assignee { id } } }\n    pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimTicketInTickets($id: ID!) { claimTicket(id: $id) { id assignee { id } } }"): (typeof documents)["mutation ClaimTicketInTickets($id: ID!) { claimTicket(id: $id) { id assignee { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTicket($id: ID!, $to: ID!) { assignTicket(id: $id, assigneeId: $to) { id isManagerAssigned assignee { id } } }"): (typeof documents)["mutation AssignTicket($id: ID!, $to: ID!) { assignTicket(id: $id, assigneeId: $to) { id isManagerAssigned assignee { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseTicket($id: ID!) { releaseTicket(id: $id) { id assignee { id } } }"): (typeof documents)["mutation ReleaseTicket($id: ID!) { releaseTicket(id: $id) { id assignee { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketTypeInTickets($id: ID!, $type: TicketType) { setTicketType(id: $id, type: $type) { id type group } }"): (typeof documents)["mutation SetTicketTypeInTickets($id: ID!, $type: TicketType) { setTicketType(id: $id, type: $type) { id type group } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketGroup($id: ID!, $group: TicketGroup!) { setTicketGroup(id: $id, group: $group) { id group } }"): (typeof documents)["mutation SetTicketGroup($id: ID!, $group: TicketGroup!) { setTicketGroup(id: $id, group: $group) { id group } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTicketComplexInTickets($id: ID!, $c: Boolean!) { setTicketComplex(id: $id, isComplex: $c) { id isComplex } }"): (typeof documents)["mutation SetTicketComplexInTickets($id: ID!, $c: Boolean!) { setTicketComplex(id: $id, isComplex: $c) { id isComplex } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyToTicketInTickets($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status firstResponseAt responseDueAt assignee { id } } }"): (typeof documents)["mutation ReplyToTicketInTickets($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status firstResponseAt responseDueAt assignee { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseTicketInTickets($id: ID!) { closeTicket(id: $id) { id status } }"): (typeof documents)["mutation CloseTicketInTickets($id: ID!) { closeTicket(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenTicket($id: ID!) { reopenTicket(id: $id) { id status responseDueAt } }"): (typeof documents)["mutation ReopenTicket($id: ID!) { reopenTicket(id: $id) { id status responseDueAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketCount($filter: TicketsFilter) { ticketCount(filter: $filter) { count hasMore } }"): (typeof documents)["query TicketCount($filter: TicketsFilter) { ticketCount(filter: $filter) { count hasMore } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInTickets { notifications(first: 5) { unreadCount edges { node { kind body ticket { id } } } } }"): (typeof documents)["query NotificationsInTickets { notifications(first: 5) { unreadCount edges { node { kind body ticket { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSettingsInTickets { teamSettings { version } }"): (typeof documents)["query TeamSettingsInTickets { teamSettings { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTeamSettingsInTickets($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { reviewNovelReplies } }"): (typeof documents)["mutation UpdateTeamSettingsInTickets($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { reviewNovelReplies } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendFollowUp($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { status } }"): (typeof documents)["mutation SendFollowUp($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSettingsInTimers { teamSettings { version } }"): (typeof documents)["query TeamSettingsInTimers { teamSettings { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsInTimers { tickets(first: 50, filter: { followUpDue: true }) { edges { node { id } } } }"): (typeof documents)["query TicketsInTimers { tickets(first: 50, filter: { followUpDue: true }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendFollowUpId($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { id } }"): (typeof documents)["mutation SendFollowUpId($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpSettings { teamSettings { version maxFollowUps maxFollowUpsHighValue closingMessage } }"): (typeof documents)["query FollowUpSettings { teamSettings { version maxFollowUps maxFollowUpsHighValue closingMessage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketInTimers($id: ID!) { ticket(id: $id) { status followUpDueAt autoCloseAt followUpWaitsForMail } }"): (typeof documents)["query TicketInTimers($id: ID!) { ticket(id: $id) { status followUpDueAt autoCloseAt followUpWaitsForMail } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenTicketInTimers($id: ID!) { reopenTicket(id: $id) { id } }"): (typeof documents)["mutation ReopenTicketInTimers($id: ID!) { reopenTicket(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraduateInTraining($input: GraduateTraineeInput!) { graduateTrainee(input: $input) {\n  id isTrainee canTrain graduatedAt version trainer { id } } }"): (typeof documents)["mutation GraduateInTraining($input: GraduateTraineeInput!) { graduateTrainee(input: $input) {\n  id isTrainee canTrain graduatedAt version trainer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainInTraining { trainingChain { nodes { id depth status startedAt endedAt graduatedAt trainedCount\n  person { id name } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason code } } } }"): (typeof documents)["query ChainInTraining { trainingChain { nodes { id depth status startedAt endedAt graduatedAt trainedCount\n  person { id name } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordInTraining($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt graduatedAt note\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending approvedAsWrittenShare sentence\n  recentFeedback { feedback reviewerName ticketNumber } trainee { id } trainer { id } graduatedBy { id }\n  viewerCanGraduate { allowed reason } } }"): (typeof documents)["query RecordInTraining($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt graduatedAt note\n  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending approvedAsWrittenShare sentence\n  recentFeedback { feedback reviewerName ticketNumber } trainee { id } trainer { id } graduatedBy { id }\n  viewerCanGraduate { allowed reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUserInTraining($input: UpdateUserInput!) { updateUser(input: $input) { id version isTrainee trainer { id } } }"): (typeof documents)["mutation UpdateUserInTraining($input: UpdateUserInput!) { updateUser(input: $input) { id version isTrainee trainer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUserInTraining($input: CreateUserInput!) { createUser(input: $input) { id isTrainee trainer { id } } }"): (typeof documents)["mutation CreateUserInTraining($input: CreateUserInput!) { createUser(input: $input) { id isTrainee trainer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitInTraining($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }"): (typeof documents)["mutation SubmitInTraining($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveInTraining($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }"): (typeof documents)["mutation ApproveInTraining($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangesInTraining($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status } }"): (typeof documents)["mutation ChangesInTraining($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyInTraining($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status assignee { id } } }"): (typeof documents)["mutation ReplyInTraining($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status assignee { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketCanInTraining($id: ID!) { ticket(id: $id) { id viewerCan { reply { allowed code } } } }"): (typeof documents)["query TicketCanInTraining($id: ID!) { ticket(id: $id) { id viewerCan { reply { allowed code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsInUnstorableText($filter: TicketsFilter) { tickets(filter: $filter) { edges { node { id } } } }"): (typeof documents)["query TicketsInUnstorableText($filter: TicketsFilter) { tickets(filter: $filter) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSavedReplyInUnstorableText($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id } }"): (typeof documents)["mutation CreateSavedReplyInUnstorableText($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInUnstorableText($input: LoginInput!) { login(input: $input) { id } }"): (typeof documents)["mutation LoginInUnstorableText($input: LoginInput!) { login(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersInUsers($first: Int, $after: String, $filter: UsersFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id name email roles isActive isTrainee trainer { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query UsersInUsers($first: Int, $after: String, $filter: UsersFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges { cursor node { id name email roles isActive isTrainee trainer { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUserInUsers($input: CreateUserInput!) {\n  createUser(input: $input) { id name email roles timeZone workingHours { start end days } isTrainee trainer { id } version }\n}"): (typeof documents)["mutation CreateUserInUsers($input: CreateUserInput!) {\n  createUser(input: $input) { id name email roles timeZone workingHours { start end days } isTrainee trainer { id } version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUserInUsers($input: UpdateUserInput!) {\n  updateUser(input: $input) { id name roles timeZone workingHours { start end days } isTrainee graduatedAt version }\n}"): (typeof documents)["mutation UpdateUserInUsers($input: UpdateUserInput!) {\n  updateUser(input: $input) { id name roles timeZone workingHours { start end days } isTrainee graduatedAt version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateUserInUsers($id: ID!) { deactivateUser(id: $id) { id isActive deactivatedAt } }"): (typeof documents)["mutation DeactivateUserInUsers($id: ID!) { deactivateUser(id: $id) { id isActive deactivatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id isActive } }"): (typeof documents)["mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersInUsers2 { users(first: 100, filter: { eligibleTrainers: true, includeInactive: true }) { edges { node { email } } } }"): (typeof documents)["query UsersInUsers2 { users(first: 100, filter: { eligibleTrainers: true, includeInactive: true }) { edges { node { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersLastLogin { users(first: 1) { edges { node { lastLoginAt } } } }"): (typeof documents)["query UsersLastLogin { users(first: 1) { edges { node { lastLoginAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: LoginInput!) { login(input: $input) { id } }"): (typeof documents)["mutation SignIn($input: LoginInput!) { login(input: $input) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;