/** Staff roles. A person can hold several; being a trainee is not a role but a state (see `isTrainee`). */
export const Role = {
  ADMIN: 'ADMIN',
  MANAGER: 'MANAGER',
  AGENT: 'AGENT',
  ENGINEER: 'ENGINEER',
  PRODUCT: 'PRODUCT',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export const roleLabel: Record<Role, string> = {
  ADMIN: 'Admin',
  MANAGER: 'Support manager',
  AGENT: 'Agent',
  ENGINEER: 'Engineer',
  PRODUCT: 'Product',
};
