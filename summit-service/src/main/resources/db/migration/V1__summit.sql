-- summit-service read models and own tables. The event store, tokens, deadlines, idempotency keys, inbox and
-- access audit come from the platform's db/eventsourcing migrations.

-- One row per quality concern (read/concerns). The description is free text: shown only to those who may see the
-- concern, never published.
CREATE TABLE concern_view (
    concern_id       text PRIMARY KEY,
    provider_ods     text        NOT NULL,
    service          text,
    source           text        NOT NULL,
    raised_by_ods    text        NOT NULL,
    description      text,
    linked_incidents text[]      NOT NULL DEFAULT '{}',
    rule             text,
    status           text        NOT NULL,
    outcome          text,
    reason           text,
    review_on        date,
    review_due_at    timestamptz,
    review_overdue   boolean     NOT NULL DEFAULT false,
    summit_id        text,
    raised_at        timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX concern_view_provider ON concern_view (provider_ods, raised_at DESC);
CREATE INDEX concern_view_raised_by ON concern_view (raised_by_ods, raised_at DESC);

-- Serious incidents seen on incident.events.v1, per provider (integration/inbound): the repeat-SI rule counts them.
CREATE TABLE serious_incident_seen (
    incident_id   text PRIMARY KEY,
    provider_ods  text NOT NULL,
    identified_on date NOT NULL
);
CREATE INDEX serious_incident_seen_provider ON serious_incident_seen (provider_ods, identified_on);
