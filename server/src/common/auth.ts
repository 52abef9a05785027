import type { Role } from '@tandem/shared';
import { Authorized, Extensions, type AuthCheckerFn } from 'type-graphql';
import type { ViewerContext } from './viewer.js';
import { DomainError } from './domain-error.js';

/**
 * Every operation carries exactly one of these three decisions, recorded in the schema as the
 * field extension `auth` so a test can walk the schema and find any operation without one.
 */
export type AuthDecision = 'PUBLIC' | 'LOGGED_IN' | Role[];

type FieldDecorator = MethodDecorator & PropertyDecorator;

function combine(...decorators: FieldDecorator[]): FieldDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const decorate of decorators) decorate(target, key, descriptor as never);
  };
}

/** Anyone, signed in or not (sign-in itself, public intake forms). */
export function Public(): FieldDecorator {
  return Extensions({ auth: 'PUBLIC' satisfies AuthDecision }) as FieldDecorator;
}

/** Any active, signed-in staff member. */
export function LoggedIn(): FieldDecorator {
  return combine(Authorized(), Extensions({ auth: 'LOGGED_IN' satisfies AuthDecision }) as FieldDecorator);
}

/** Staff members holding at least one of the roles. */
export function Roles(...roles: Role[]): FieldDecorator {
  return combine(Authorized(...roles), Extensions({ auth: roles satisfies AuthDecision }) as FieldDecorator);
}

/** The one auth checker: no viewer -> UNAUTHENTICATED; viewer without a listed role -> FORBIDDEN. */
export const authChecker: AuthCheckerFn<ViewerContext, Role> = ({ context }, roles) => {
  ensureViewerHolds(context, roles);
  return true;
};

function ensureViewerHolds(context: ViewerContext, roles: readonly Role[]): void {
  const viewer = context.viewer;
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role))) {
    throw new DomainError('FORBIDDEN', 'Your role does not allow this.');
  }
}

/**
 * The topics of a subscription open to some roles only: type-graphql checks `@Roles` on each event
 * it delivers, not when the subscription starts, so the start is refused here, with the same answer.
 */
export function topicsFor<T extends { context: ViewerContext }>(roles: readonly Role[], topics: (data: T) => string) {
  return (data: T): string => {
    ensureViewerHolds(data.context, roles);
    return topics(data);
  };
}
