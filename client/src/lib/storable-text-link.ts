import { ApolloLink } from '@apollo/client';
import { stripForbiddenCharacters } from '@tandem/shared';

/**
 * Text pasted from a PDF, a terminal or a spreadsheet can carry invisible control characters
 * (form feeds, NULs, half an emoji) that the API refuses by the shared rule; a person could not
 * find them to remove them, so every variable's text leaves without them.
 */
export const storableTextLink = new ApolloLink((operation, forward) => {
  operation.variables = withoutForbiddenCharacters(operation.variables) as typeof operation.variables;
  return forward(operation);
});

function withoutForbiddenCharacters(value: unknown): unknown {
  if (typeof value === 'string') return stripForbiddenCharacters(value);
  if (Array.isArray(value)) return value.map(withoutForbiddenCharacters);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutForbiddenCharacters(item)]));
  }
  return value;
}
