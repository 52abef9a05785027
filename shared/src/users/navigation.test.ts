import { describe, expect, it } from 'vitest';
import type { Role } from './roles.js';
import { homePathFor, navigationFor } from './navigation.js';
import type { Person } from './user-rules.js';

const who = (roles: Role[], extra: Partial<Person> = {}): Person => ({
  id: 'p',
  roles,
  isActive: true,
  trainerId: null,
  canTrain: false,
  ...extra,
});

describe('navigationFor', () => {
  it.each([
    ['an agent', who(['AGENT']), ['Inbox', 'Escalations', 'Feature requests', 'Rota', 'Training', 'Saved replies'], '/inbox'],
    [
      'a trainee',
      who(['AGENT'], { trainerId: 't' }),
      ['Inbox', 'Escalations', 'Feature requests', 'Rota', 'Training', 'Saved replies'],
      '/inbox',
    ],
    [
      'a graduate allowed to train',
      who(['AGENT'], { canTrain: true }),
      ['Inbox', 'Approvals', 'Escalations', 'Feature requests', 'Rota', 'Training', 'Saved replies'],
      '/inbox',
    ],
    [
      'a support manager',
      who(['MANAGER']),
      ['Inbox', 'Approvals', 'Escalations', 'Feature requests', 'Rota', 'Training', 'Reports', 'Saved replies', 'Team settings'],
      '/inbox',
    ],
    [
      'an engineer off the rota reads the feature requests too',
      who(['ENGINEER']),
      ['Escalations', 'Feature requests', 'Rota'],
      '/escalations',
    ],
    [
      'an engineer also on the rota lands on the engineering queue',
      who(['ENGINEER', 'AGENT']),
      ['Inbox', 'Escalations', 'Feature requests', 'Rota', 'Training', 'Saved replies'],
      '/escalations',
    ],
    [
      'T4: an engineer off the rota who trains sees the training chain',
      who(['ENGINEER'], { canTrain: true }),
      ['Approvals', 'Escalations', 'Feature requests', 'Rota', 'Training'],
      '/escalations',
    ],
    ['product off the rota', who(['PRODUCT']), ['Feature requests', 'Rota', 'Reports'], '/feature-requests'],
    [
      'product also on the rota lands on the ranking (FR2)',
      who(['PRODUCT', 'AGENT']),
      ['Inbox', 'Escalations', 'Feature requests', 'Rota', 'Training', 'Reports', 'Saved replies'],
      '/feature-requests',
    ],
    ['an admin', who(['ADMIN']), ['Rota', 'Reports', 'Team settings', 'Admin'], '/admin/users'],
  ])('%s', (_, person, labels, home) => {
    expect(navigationFor(person).map((item) => item.label)).toEqual(labels);
    expect(homePathFor(person)).toBe(home);
  });
});
