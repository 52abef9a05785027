import type { DataSource, EntityTarget, ValueTransformer } from 'typeorm';

/**
 * Builds entities from rows a hand-written statement returned, without TypeORM's query builder and
 * hydration on hot read paths: each column as PostgreSQL's driver gave it, or as `to_jsonb` wrote
 * it (timestamps as text, read back as dates).
 */
export function rowReader<T>(db: DataSource, entity: EntityTarget<T>): (row: Record<string, unknown>) => T {
  const metadata = db.getMetadata(entity);
  const columns = metadata.columns.map((c) => ({
    property: c.propertyName,
    column: c.databaseName,
    isDate: ['timestamptz', 'timestamp with time zone', 'timestamp', 'date'].includes(String(c.type)) || c.type === Date,
    transformers: ([] as ValueTransformer[]).concat(c.transformer ?? []),
    // bigint: the driver gives text, to_jsonb a number.
    isBigint: c.type === 'bigint',
  }));
  return (row) => {
    const value = metadata.create() as Record<string, unknown>;
    for (const { property, column, isDate, isBigint, transformers } of columns) {
      const raw = row[column];
      const read = isDate && typeof raw === 'string' ? new Date(raw) : isBigint && typeof raw === 'number' ? String(raw) : raw;
      // As TypeORM applies them on reading: the last one first.
      value[property] = transformers.reduceRight((v, t) => t.from(v), read);
    }
    return value as T;
  };
}

/** The entity's columns as one JSON object per row of `alias` (never a column hidden with select: false). */
export function jsonColumns(db: DataSource, entity: EntityTarget<unknown>, alias: string): string {
  const columns = db.getMetadata(entity).columns.filter((c) => c.isSelect);
  return `jsonb_build_object(${columns.map((c) => `'${c.databaseName}', ${alias}."${c.databaseName}"`).join(', ')})`;
}

/** The entity's columns, qualified by `alias`, for a hand-written SELECT that `rowReader` reads back. */
export function columnList(db: DataSource, entity: EntityTarget<unknown>, alias: string): string {
  return db
    .getMetadata(entity)
    .columns.map((c) => `${alias}."${c.databaseName}"`)
    .join(', ');
}
