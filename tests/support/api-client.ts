import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { graphql } from '../gql/index.js';

/**
 * An operation sent as text on purpose: malformed, hostile or over a limit, which codegen could
 * not validate (and must not: the server's answer to it is what the test checks). Every valid
 * operation is a typed `graphql(...)` document instead.
 */
export type UntypedOperation = string & { readonly __untyped: true };

/** Marks a deliberately invalid, hostile or over-limit operation that stays a string. */
export function untyped(query: string): UntypedOperation {
  return query as UntypedOperation;
}

/**
 * Variables that the operation's types forbid, sent on purpose (a wrong type, an unknown enum value,
 * nulls in a list of ids): the server's refusal is what the test checks.
 */
export function invalidVariables(variables: Record<string, unknown>): never {
  // `never` fits the variables of any operation: the types are what these variables break.
  return variables as never;
}

/** Variables: optional when the operation has none to require. */
type VariablesArg<TVars> = Record<string, never> extends TVars ? [variables?: TVars] : [variables: TVars];

export interface GraphQLResult<T = unknown> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  headers: Headers;
}

const SIGN_IN = graphql(`mutation SignIn($input: LoginInput!) { login(input: $input) { id } }`);

/** GraphQL over real HTTP with a cookie jar of one session cookie, as a browser would. */
export class ApiClient {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** A typed document (data and variables typed) or, for hostile operations only, `untyped(text)`. */
  async request<TData, TVars>(
    query: TypedDocumentNode<TData, TVars>,
    ...[variables, headers]: [...VariablesArg<TVars>, headers?: Record<string, string>]
  ): Promise<GraphQLResult<TData>>;
  async request<T = unknown>(
    query: UntypedOperation,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  async request(
    query: TypedDocumentNode<unknown, unknown> | string,
    variables?: unknown,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult> {
    const text = typeof query === 'string' ? query : print(query);
    return this.post(JSON.stringify({ query: text, variables }), headers);
  }

  async post<T = unknown>(body: string, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body,
    });
    this.remember(response);
    const text = await response.text();
    let json: { data?: T; errors?: GraphQLResult['errors'] } = {};
    try {
      json = JSON.parse(text);
    } catch {
      json = { errors: [{ message: text }] };
    }
    return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
  }

  /** Keeps the session cookie the server sets, and forgets it when the server clears it. */
  remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = pair!.split('=');
      if (name !== 'tandem_session') continue;
      this.cookie = value && !/expires=Thu, 01 Jan 1970/i.test(header) ? `${name}=${value}` : null;
    }
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    const result = await this.request(SIGN_IN, { input: { email, password } });
    expect(result.errors, `sign in as ${email}`).toBeUndefined();
  }

  /** Sends the query and returns `data`, failing the test on any error. */
  async ok<TData, TVars>(query: TypedDocumentNode<TData, TVars>, ...[variables]: VariablesArg<TVars>): Promise<TData>;
  async ok<T = unknown>(query: UntypedOperation, variables?: Record<string, unknown>): Promise<T>;
  async ok(query: TypedDocumentNode<unknown, unknown> | string, variables?: unknown): Promise<unknown> {
    const result = await this.request(query as TypedDocumentNode<unknown, unknown>, variables);
    expect(result.errors, 'GraphQL errors').toBeUndefined();
    return result.data;
  }
}

/** The `extensions.code` of the first error (or undefined when there was none). */
export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
