-- Hand-written: the schema does not change. Live updates are announced by lib/events/emit.ts,
-- which writes the event and sends pg_notify('factmark_events', …) in the same transaction
-- (PostgreSQL delivers it on commit, never for a rolled-back change), once per article for a
-- bulk import instead of once per row. The trigger would announce every row a second time.
-- An instance still running the previous build during a rolling deploy announces nothing until
-- it is replaced; its readers catch up on their next heartbeat.
DROP TRIGGER IF EXISTS "AuditEvent_notify" ON "AuditEvent";
DROP FUNCTION IF EXISTS "notify_audit_event"();
