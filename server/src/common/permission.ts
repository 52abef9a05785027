import type { RuleResult } from '@tandem/shared';
import { Field, ObjectType } from 'type-graphql';
import { ROW_COLUMN } from './complexity.js';

/** A shared rule's answer for the client: may the viewer do it, and if not, why. */
@ObjectType('Permission')
export class Permission {
  @Field(() => Boolean, ROW_COLUMN)
  allowed!: boolean;

  @Field(() => String, { ...ROW_COLUMN, nullable: true, description: 'Why not, in a sentence (the same as the API error).' })
  reason!: string | null;

  @Field(() => String, { ...ROW_COLUMN, nullable: true, description: 'The error code the API would answer.' })
  code!: string | null;
}

export function toPermission(result: RuleResult): Permission {
  return result.ok ? { allowed: true, reason: null, code: null } : { allowed: false, reason: result.message, code: result.code };
}
