import type { DraftReason } from '@tandem/shared';

// Candidates for shared/ (next to draftStatusLabel) once another page needs them.
export const draftReasonLabel: Record<DraftReason, string> = {
  TRAINEE: 'Trainee draft',
  NOVEL_REPLY: 'Novel reply (W6)',
};

export const draftReasonHelp: Record<DraftReason, string> = {
  TRAINEE: 'Trainees never write to customers directly: you approve their replies (T1).',
  NOVEL_REPLY: 'A reply that starts from no saved reply: your team reviews these first (W6).',
};
