const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients; anything that is not a UUID can match no row (and must not reach SQL). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** PostgreSQL's unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  const pgError = (error as { driverError?: { code?: string }; code?: string }) ?? {};
  return (pgError.driverError?.code ?? pgError.code) === '23505';
}
