import type { BugsFilter } from '../../gql/graphql';

export interface BugView {
  key: string;
  label: string;
  filter: BugsFilter;
  /** What an empty tab says. */
  empty: string;
}

/** The Escalations page's tabs; without a status the API lists every bug engineering still works on. */
export const BUG_VIEWS: readonly BugView[] = [
  { key: 'open', label: 'All open', filter: {}, empty: 'No open bugs. Engineering is all caught up.' },
  { key: 'new', label: 'New', filter: { status: ['NEW'] }, empty: 'No new bugs: every escalated bug has been looked at.' },
  { key: 'mine', label: 'Mine', filter: { mine: true }, empty: 'No open bugs are assigned to you.' },
  {
    key: 'needs-info',
    label: 'Needs info',
    filter: { status: ['NEEDS_INFO'] },
    empty: 'No bug is waiting for an answer from the customers.',
  },
  {
    key: 'in-progress',
    label: 'In progress',
    filter: { status: ['ACKNOWLEDGED', 'IN_PROGRESS'] },
    empty: 'Nobody is working on a bug right now.',
  },
  { key: 'fixed', label: 'Fixed', filter: { status: ['FIXED'] }, empty: 'No fixed bugs yet.' },
];

export const BUG_PAGE_SIZE = 25;
