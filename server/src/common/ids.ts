import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { isUuid } from '../db/errors.js';
import { DomainError } from './domain-error.js';

/**
<<<<<<< HEAD
 * Every `ID` a client sends is a UUID, except message, notification and feature-ask ids, which are
 * whole numbers (`bigint` in PostgreSQL). Listed by `Type.field` (input fields) or `Type.field(arg)`.
=======
 * Every `ID` a client sends is a UUID, except message, notification and feature-ask ids, which are whole
 * numbers (`bigint` in PostgreSQL). Listed by `Type.field` (input fields) or `Type.field(arg)`.
>>>>>>> fr-ticket
 */
export const WHOLE_NUMBER_IDS: ReadonlySet<string> = new Set([
  'ReplyToTicketInput.seenMessageId',
  'SubmitDraftInput.seenMessageId',
  'ApproveDraftInput.seenMessageId',
  'Mutation.sendFollowUp(seenMessageId)',
  'Mutation.markNotificationsRead(ids)',
  'Mutation.unlinkAsk(id)',
]);

const MAX_BIGINT = 9223372036854775807n;

export function isWholeNumberId(value: string): boolean {
  return /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= MAX_BIGINT;
}

/** Filters narrow a list: an id there that fits nothing simply matches nothing. */
function isFilter(typeName: string): boolean {
  return typeName.endsWith('Filter');
}

type IdCheck = (value: unknown, path: string) => void;

function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * An id naming what to act on (a ticket, a person, a saved reply) that cannot exist: NOT_FOUND, as
 * for one that no longer exists. A message, notification or ask number that is no number: BAD_USER_INPUT.
 */
function checkId(coordinate: string): IdCheck {
  if (WHOLE_NUMBER_IDS.has(coordinate)) {
    return (value, path) => {
      if (typeof value === 'string' && !isWholeNumberId(value)) {
        throw new DomainError('BAD_USER_INPUT', `${path}: ${shown(value)} is not a message, notification or ask number.`);
      }
    };
  }
  return (value, path) => {
    if (typeof value === 'string' && !isUuid(value)) {
      throw new DomainError('NOT_FOUND', `Nothing has the id ${shown(value)} (${path}).`);
    }
  };
}

/** A check for the ids inside a value of this input type, or null when it holds none to check. */
function checkFor(type: GraphQLInputType, coordinate: string, seen: Set<string>): IdCheck | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = checkFor(nullable.ofType, coordinate, seen);
    if (!item) return null;
    return (value, path) => {
      if (Array.isArray(value)) value.forEach((entry, i) => item(entry, `${path}[${i}]`));
    };
  }
  if (isInputObjectType(nullable)) {
    if (isFilter(nullable.name) || seen.has(nullable.name)) return null;
    seen.add(nullable.name);
    const fields = Object.values(nullable.getFields()).flatMap((field) => {
      const check = checkFor(field.type, `${nullable.name}.${field.name}`, seen);
      return check ? [{ name: field.name, check }] : [];
    });
    seen.delete(nullable.name);
    if (fields.length === 0) return null;
    return (value, path) => {
      if (value === null || typeof value !== 'object') return;
      for (const { name, check } of fields) check((value as Record<string, unknown>)[name], `${path}.${name}`);
    };
  }
  return getNamedType(nullable).name === 'ID' ? checkId(coordinate) : null;
}

const checksByField = new WeakMap<GraphQLField<unknown, unknown>, IdCheck | null>();

function checksOf(parentType: string, field: GraphQLField<unknown, unknown>): IdCheck | null {
  if (checksByField.has(field)) return checksByField.get(field)!;
  const args = field.args.flatMap((arg) => {
    const check = checkFor(arg.type, `${parentType}.${field.name}(${arg.name})`, new Set());
    return check ? [{ name: arg.name, check }] : [];
  });
  const check: IdCheck | null = args.length
    ? (value) => {
        for (const { name, check: one } of args) one((value as Record<string, unknown>)[name], name);
      }
    : null;
  checksByField.set(field, check);
  return check;
}

/**
 * The one place ids from clients are checked: an id that cannot exist (`""`, `"not-a-uuid"`, a
 * UUID where a message number belongs) is refused before any resolver runs, so it never reaches
 * PostgreSQL (which would refuse it with a server error). Only the fields that take ids are
 * wrapped: the others run as they are, with nothing between them and their value.
 */
export function checkIdArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const check = checksOf(type.name, field);
      if (!check) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(args, '');
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          check(args, '');
          return subscribe(source, args, context, info);
        };
      }
    }
  }
}
