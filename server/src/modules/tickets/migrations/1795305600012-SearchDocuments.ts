import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search at any size: each ticket keeps one search document (its subject and every customer
 * message and reply, kept up to date by a trigger as messages arrive), indexed once for open
 * tickets (the inbox) and once for all (search across closed history); customers' names and
 * addresses get trigram indexes, so "part of a name" is found without reading every customer.
 */
export class SearchDocuments1795305600012 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`ALTER TABLE ticket ADD COLUMN search_document tsvector NOT NULL DEFAULT ''`);
    // The whole document: on a new ticket (no messages yet) and when its subject changes.
    await db.query(
      `CREATE FUNCTION ticket_search_document_new() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.search_document := to_tsvector('simple', NEW.subject) || coalesce(
           (SELECT to_tsvector('simple', string_agg(m.body, ' ' ORDER BY m.id)) FROM ticket_message m
             WHERE m.ticket_id = NEW.id AND m.kind IN ('CUSTOMER','REPLY')), '');
         RETURN NEW;
       END $$`,
    );
    await db.query(
      `CREATE TRIGGER ticket_search_document_new BEFORE INSERT OR UPDATE OF subject ON ticket
         FOR EACH ROW EXECUTE FUNCTION ticket_search_document_new()`,
    );
    // Every ticket there is, once.
    await db.query(`UPDATE ticket SET subject = subject`);
    await db.query(
      `CREATE FUNCTION ticket_search_document_message() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE ticket SET search_document = search_document || to_tsvector('simple', NEW.body) WHERE id = NEW.ticket_id;
         RETURN NULL;
       END $$`,
    );
    await db.query(
      `CREATE TRIGGER ticket_search_document_message AFTER INSERT ON ticket_message
         FOR EACH ROW WHEN (NEW.kind IN ('CUSTOMER','REPLY')) EXECUTE FUNCTION ticket_search_document_message()`,
    );
    await db.query(`CREATE INDEX ticket_search_open ON ticket USING gin (search_document) WHERE status <> 'CLOSED'`);
    await db.query(`CREATE INDEX ticket_search_all ON ticket USING gin (search_document)`);
    await db.query(`CREATE INDEX ticket_customer_open ON ticket (customer_id) WHERE status <> 'CLOSED'`);
    await db.query(`CREATE INDEX customer_name_trgm ON customer USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX customer_email_trgm ON customer USING gin (email gin_trgm_ops)`);
    // Replaced by the search document: the subject-only column and the per-message index.
    await db.query(`DROP INDEX ticket_message_search`);
    await db.query(`DROP INDEX ticket_search`);
    await db.query(`ALTER TABLE ticket DROP COLUMN search`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ticket ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', subject)) STORED`);
    await db.query(`CREATE INDEX ticket_search ON ticket USING gin (search)`);
    await db.query(
      `CREATE INDEX ticket_message_search ON ticket_message USING gin (to_tsvector('simple', body)) WHERE kind IN ('CUSTOMER','REPLY')`,
    );
    await db.query(`DROP INDEX customer_email_trgm`);
    await db.query(`DROP INDEX customer_name_trgm`);
    await db.query(`DROP INDEX ticket_customer_open`);
    await db.query(`DROP INDEX ticket_search_all`);
    await db.query(`DROP INDEX ticket_search_open`);
    await db.query(`DROP TRIGGER ticket_search_document_message ON ticket_message`);
    await db.query(`DROP FUNCTION ticket_search_document_message()`);
    await db.query(`DROP TRIGGER ticket_search_document_new ON ticket`);
    await db.query(`DROP FUNCTION ticket_search_document_new()`);
    await db.query(`ALTER TABLE ticket DROP COLUMN search_document`);
  }
}
