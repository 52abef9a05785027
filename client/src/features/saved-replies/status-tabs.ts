import { SavedReplyStatus } from '@tandem/shared';

export interface StatusTab {
  /** In the address (?tab=suggestions), so a link can open a tab. */
  key: string;
  status: SavedReplyStatus;
  label: string;
  /** What an empty tab says; `canEdit`: the viewer curates the library. */
  empty: (canEdit: boolean) => string;
}

export const STATUS_TABS: readonly StatusTab[] = [
  {
    key: 'active',
    status: SavedReplyStatus.ACTIVE,
    label: 'Active',
    empty: (canEdit) =>
      canEdit
        ? 'The library is empty. Add answers to the questions customers ask most with “New saved reply”.'
        : 'The library is empty. A support manager adds answers to the questions customers ask most.',
  },
  {
    key: 'suggestions',
    status: SavedReplyStatus.SUGGESTED,
    label: 'Suggestions',
    empty: () => 'No suggestions waiting. Trainees can propose a reply as a saved reply when they submit a draft.',
  },
  {
    key: 'declined',
    status: SavedReplyStatus.DECLINED,
    label: 'Declined',
    empty: () => 'No declined suggestions.',
  },
  {
    key: 'archived',
    status: SavedReplyStatus.ARCHIVED,
    label: 'Archived',
    empty: () => 'Nothing is archived. Archived replies leave the library and stay here for reference.',
  },
];
