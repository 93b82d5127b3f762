-- Intake: which incident a provider's own reference belongs to, and its latest revision. Written in the same
-- transaction as the incident's events, so ownership and revisions are never behind the event store.
CREATE TABLE provider_reference (
    provider_ods  text        NOT NULL,
    reference     text        NOT NULL,
    incident_id   text        NOT NULL UNIQUE,
    revision      integer     NOT NULL,
    PRIMARY KEY (provider_ods, reference)
);

-- Read model: one row per incident, rebuilt from the event store by replay (processing group incident.incidents).
CREATE TABLE incident_view (
    incident_id          text        PRIMARY KEY,
    provider_ods         text        NOT NULL,
    provider_reference   text        NOT NULL,
    revision             integer     NOT NULL,
    framework            text        NOT NULL,
    kind                 text        NOT NULL,
    status               text        NOT NULL,
    occurred_on          date        NOT NULL,
    identified_at        timestamptz,
    reported_at          timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    description          text        NOT NULL,
    immediate_actions    text,
    near_miss            boolean     NOT NULL,
    never_event_type     text,
    outcome_type         text,
    risk_theme           text,
    risk_imminent        text,
    good_care            text,
    worst_harm           text,
    serious_incident     boolean     NOT NULL DEFAULT false,
    steis_log_number     text,
    investigation_level  text,
    learning_response    text,
    external_body        text,
    target_date          date,
    coordinating_ods     text,
    involved_ods         text[]      NOT NULL DEFAULT '{}',
    patients             jsonb       NOT NULL DEFAULT '[]',
    deadlines            jsonb       NOT NULL DEFAULT '{}',
    next_due_at          timestamptz
);
CREATE INDEX incident_view_provider ON incident_view (provider_ods, reported_at DESC);
CREATE INDEX incident_view_reported ON incident_view (reported_at DESC);
CREATE INDEX incident_view_next_due ON incident_view (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX incident_view_involved ON incident_view USING gin (involved_ods);
