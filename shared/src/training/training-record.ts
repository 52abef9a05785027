import { LIMITS } from '../common/limits.js';

const WEEK_MS = 7 * 24 * 3600_000;

export interface TrainingFeedback {
  feedback: string;
  reviewedAt: Date | string;
  reviewerName: string;
  ticketNumber: number | null;
}

/** What the drafts tables say about one training, counted by the server. */
export interface TrainingRecordCounts {
  /** The training began (their first link since they last graduated). */
  startedAt: Date | string;
  /** It ended (graduated), or null while they are in training. */
  endedAt: Date | string | null;
  /** Every draft they submitted as a trainee in that time, resubmissions included. */
  draftsSubmitted: number;
  approvedAsWritten: number;
  approvedWithEdits: number;
  changesRequested: number;
  /** Waiting for review now. */
  pending: number;
  /** Reviewers' feedback, in any order (the summary keeps the newest). */
  feedback: readonly TrainingFeedback[];
}

export interface TrainingRecordSummary {
  /** Whole weeks from the start to the graduation (or to now while in training). */
  weeksInTraining: number;
  draftsSubmitted: number;
  approvedAsWritten: number;
  approvedWithEdits: number;
  changesRequested: number;
  pending: number;
  /** Drafts a trainer has decided on: approved (either way) or sent back. */
  reviewed: number;
  /** Of the reviewed drafts, the share approved as written (0-1); null before any review. */
  approvedAsWrittenShare: number | null;
  /** The newest feedback first, at most `LIMITS.training.recentFeedbackMax`. */
  recentFeedback: TrainingFeedback[];
  /** The record in one sentence, for the graduation page. */
  sentence: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** T4: a trainee's record for the graduation page, from the raw counts (`now`: while still in training). */
export function trainingRecordSummary(counts: TrainingRecordCounts, now: Date): TrainingRecordSummary {
  const start = new Date(counts.startedAt).getTime();
  const end = counts.endedAt === null ? now.getTime() : new Date(counts.endedAt).getTime();
  const weeksInTraining = Math.max(0, Math.floor((end - start) / WEEK_MS));
  const reviewed = counts.approvedAsWritten + counts.approvedWithEdits + counts.changesRequested;
  const recentFeedback = [...counts.feedback]
    .sort((a, b) => new Date(b.reviewedAt).getTime() - new Date(a.reviewedAt).getTime())
    .slice(0, LIMITS.training.recentFeedbackMax);
  const weeks = weeksInTraining === 0 ? 'Less than a week in training' : `${plural(weeksInTraining, 'week', 'weeks')} in training`;
  const sentence =
    counts.draftsSubmitted === 0
      ? `${weeks}, no drafts submitted yet.`
      : `${weeks}: ${plural(counts.draftsSubmitted, 'draft', 'drafts')} submitted, ${counts.approvedAsWritten} approved as written, ` +
        `${counts.approvedWithEdits} approved with edits, ${counts.changesRequested} sent back for changes.`;
  return {
    weeksInTraining,
    draftsSubmitted: counts.draftsSubmitted,
    approvedAsWritten: counts.approvedAsWritten,
    approvedWithEdits: counts.approvedWithEdits,
    changesRequested: counts.changesRequested,
    pending: counts.pending,
    reviewed,
    approvedAsWrittenShare: reviewed === 0 ? null : counts.approvedAsWritten / reviewed,
    recentFeedback,
    sentence,
  };
}
