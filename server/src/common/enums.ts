import { Role } from '@tandem/shared';
import { registerEnumType } from 'type-graphql';

// GraphQL enums are registered from the shared `as const` objects, so names exist once.
registerEnumType(Role, { name: 'Role', description: 'A staff role; a person can hold several.' });

export { Role };
