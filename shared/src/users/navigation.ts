import { canChangeTeamSettings } from '../settings/settings-rules.js';
import { Role } from './roles.js';
import { canBeTrainer, hasRole, isOnRota, type Person } from './user-rules.js';

export const NavKey = {
  INBOX: 'INBOX',
  APPROVALS: 'APPROVALS',
  ESCALATIONS: 'ESCALATIONS',
  FEATURE_REQUESTS: 'FEATURE_REQUESTS',
  ROTA: 'ROTA',
  TRAINING: 'TRAINING',
  REPORTS: 'REPORTS',
  SAVED_REPLIES: 'SAVED_REPLIES',
  SETTINGS: 'SETTINGS',
  ADMIN: 'ADMIN',
} as const;
export type NavKey = (typeof NavKey)[keyof typeof NavKey];

export interface NavItem {
  key: NavKey;
  label: string;
  path: string;
  /** Who sees the item; the API enforces the same roles on the operations behind the page. */
  isVisibleTo: (person: Person) => boolean;
  /** The item is current on every page under this path (default: its own path). */
  section?: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: NavKey.INBOX, label: 'Inbox', path: '/inbox', isVisibleTo: isOnRota },
  {
    key: NavKey.APPROVALS,
    label: 'Approvals',
    path: '/approvals',
    isVisibleTo: (p) => hasRole(p, Role.MANAGER) || canBeTrainer(p),
  },
  {
    key: NavKey.ESCALATIONS,
    label: 'Escalations',
    path: '/escalations',
    isVisibleTo: (p) => hasRole(p, Role.ENGINEER, Role.MANAGER, Role.AGENT),
  },
  {
    key: NavKey.FEATURE_REQUESTS,
    label: 'Feature requests',
    path: '/feature-requests',
    isVisibleTo: (p) => hasRole(p, Role.PRODUCT, Role.MANAGER, Role.AGENT, Role.ENGINEER),
  },
  { key: NavKey.ROTA, label: 'Rota', path: '/rota', isVisibleTo: () => true },
  // T4: the training chain, for everyone on the rota and everyone who trains; graduation pages sit under it.
  {
    key: NavKey.TRAINING,
    label: 'Training',
    path: '/training',
    section: '/training/',
    isVisibleTo: (p) => isOnRota(p) || canBeTrainer(p),
  },
  {
    key: NavKey.REPORTS,
    label: 'Reports',
    path: '/reports',
    isVisibleTo: (p) => hasRole(p, Role.MANAGER, Role.ADMIN, Role.PRODUCT),
  },
  { key: NavKey.SAVED_REPLIES, label: 'Saved replies', path: '/saved-replies', isVisibleTo: isOnRota },
  {
    key: NavKey.SETTINGS,
    label: 'Team settings',
    path: '/settings',
    isVisibleTo: canChangeTeamSettings,
  },
  { key: NavKey.ADMIN, label: 'Admin', path: '/admin/users', section: '/admin/', isVisibleTo: (p) => hasRole(p, Role.ADMIN) },
];

/** The navigation a person sees, in display order. */
export function navigationFor(person: Person): NavItem[] {
  return NAV_ITEMS.filter((item) => item.isVisibleTo(person));
}

// Where people land: their queue when they are on the rota, otherwise the page of their job.
const HOME_PREFERENCE: NavKey[] = [NavKey.INBOX, NavKey.ADMIN, NavKey.ESCALATIONS, NavKey.FEATURE_REQUESTS];

/**
 * Where a person lands after signing in: engineers on their queue and product on the ranking, even
 * when they also take turns on support.
 */
export function homePathFor(person: Person): string {
  const visible = navigationFor(person);
  const preference = hasRole(person, Role.ENGINEER)
    ? [NavKey.ESCALATIONS, ...HOME_PREFERENCE]
    : hasRole(person, Role.PRODUCT)
      ? [NavKey.FEATURE_REQUESTS, ...HOME_PREFERENCE]
      : HOME_PREFERENCE;
  const preferred = preference.map((key) => visible.find((item) => item.key === key)).find(Boolean);
  return (preferred ?? visible[0])?.path ?? '/rota';
}
