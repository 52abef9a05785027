import { LIMITS } from '@tandem/shared';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { isUuid } from '../db/errors.js';
import { DomainError } from './domain-error.js';
import { isWholeNumberId } from './ids.js';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

/** Relay-style page arguments; `first` is capped so no request reads an unbounded list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.page.sizeDefault, description: `1 to ${LIMITS.page.sizeMax}.` })
  @Min(LIMITS.page.sizeMin)
  @Max(LIMITS.page.sizeMax)
  first: number = LIMITS.page.sizeDefault;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.page.cursorMax)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** A `<Name>Connection` type with `<Name>Edge`s for the node class. */
export function Connection<T extends object>(name: string, NodeClass: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => NodeClass)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Cost of a connection field: its selection, once per requested row. */
export const connectionComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + Number(args.first ?? LIMITS.page.sizeDefault) * childComplexity;

/** Opaque keyset cursor holding the sort key of the last row. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What each part of a cursor holds. A cursor comes from the client, so every part is checked
 * here, before it reaches SQL: a forged one is BAD_USER_INPUT, never a database error.
 */
export type CursorPart = 'uuid' | 'bigint' | 'int' | 'timestamp' | 'string';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function isTimestamp(value: string): boolean {
  if (value === 'infinity') return true;
  if (!ISO_TIMESTAMP.test(value)) return false;
  const parsed = new Date(value);
  // 2026-02-30 parses in JavaScript (as March 2nd) but not in PostgreSQL.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === value.slice(0, 19);
}

const PART_CHECKS: Record<CursorPart, (part: string | number) => boolean> = {
  uuid: (part) => typeof part === 'string' && isUuid(part),
  bigint: (part) => isWholeNumberId(String(part)),
  int: (part) => typeof part === 'number' && Number.isSafeInteger(part),
  timestamp: (part) => typeof part === 'string' && isTimestamp(part),
  // PostgreSQL text holds no NUL character.
  string: (part) => typeof part === 'string' && !part.includes('\u0000'),
};

export function decodeCursor(cursor: string, parts: readonly CursorPart[]): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((part, i) => (typeof part === 'string' || typeof part === 'number') && PART_CHECKS[parts[i]!](part))
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', 'The page cursor is not valid; start again from the first page.');
}

/**
 * Turns `first + 1` rows fetched in keyset order into a page: the extra row only tells whether a
 * next page exists.
 */
export function toConnection<T>(rows: T[], first: number, keyOf: (row: T) => (string | number)[]): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
