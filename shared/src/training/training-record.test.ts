import { describe, expect, it } from 'vitest';
import { LIMITS } from '../common/limits.js';
import { trainingRecordSummary, type TrainingRecordCounts } from './training-record.js';

const NOW = new Date('2026-03-03T12:00:00Z');
const base: TrainingRecordCounts = {
  startedAt: '2026-01-06T09:00:00Z',
  endedAt: null,
  draftsSubmitted: 12,
  approvedAsWritten: 6,
  approvedWithEdits: 2,
  changesRequested: 2,
  pending: 1,
  feedback: [],
};

describe('T4 trainingRecordSummary: the record on the graduation page', () => {
  it.each<[string, Partial<TrainingRecordCounts>, number]>([
    ['T4: in training, weeks until now', {}, 8],
    ['T4: graduated, weeks until the graduation', { endedAt: '2026-02-03T09:00:00Z' }, 4],
    ['T4: started today', { startedAt: NOW.toISOString() }, 0],
    ['T4: six days is not a week yet', { startedAt: '2026-02-25T12:00:01Z' }, 0],
    ['T4: a clock set back (start after now) counts no weeks', { startedAt: '2026-04-01T00:00:00Z' }, 0],
  ])('%s', (_, counts, weeks) => {
    expect(trainingRecordSummary({ ...base, ...counts }, NOW).weeksInTraining).toBe(weeks);
  });

  it('T4: counts what the trainer decided and the share approved as written', () => {
    expect(trainingRecordSummary(base, NOW)).toMatchObject({
      draftsSubmitted: 12,
      approvedAsWritten: 6,
      approvedWithEdits: 2,
      changesRequested: 2,
      pending: 1,
      reviewed: 10,
      approvedAsWrittenShare: 0.6,
      sentence: '8 weeks in training: 12 drafts submitted, 6 approved as written, 2 approved with edits, 2 sent back for changes.',
    });
  });

  it('T4: no drafts yet: no share, and says so', () => {
    const empty = { ...base, draftsSubmitted: 0, approvedAsWritten: 0, approvedWithEdits: 0, changesRequested: 0, pending: 0 };
    expect(trainingRecordSummary({ ...empty, startedAt: '2026-03-01T00:00:00Z' }, NOW)).toMatchObject({
      reviewed: 0,
      approvedAsWrittenShare: null,
      sentence: 'Less than a week in training, no drafts submitted yet.',
    });
    expect(trainingRecordSummary({ ...empty, draftsSubmitted: 1, pending: 1, startedAt: '2026-02-20T00:00:00Z' }, NOW).sentence).toBe(
      '1 week in training: 1 draft submitted, 0 approved as written, 0 approved with edits, 0 sent back for changes.',
    );
  });

  it('T4: recent feedback is the newest first, at most the limit', () => {
    const feedback = Array.from({ length: LIMITS.training.recentFeedbackMax + 2 }, (_, i) => ({
      feedback: `Note ${i}`,
      reviewedAt: new Date(Date.UTC(2026, 1, 1 + i)).toISOString(),
      reviewerName: 'Peyton',
      ticketNumber: 1000 + i,
    }));
    const recent = trainingRecordSummary({ ...base, feedback }, NOW).recentFeedback;
    expect(recent).toHaveLength(LIMITS.training.recentFeedbackMax);
    expect(recent[0]!.feedback).toBe(`Note ${LIMITS.training.recentFeedbackMax + 1}`);
  });
});
