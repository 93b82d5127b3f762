-- Which provider's incident each case assures: written with the case's first event, so authorisation is never
-- behind the event store (the read model may be).
CREATE TABLE case_owner (
    case_id      text PRIMARY KEY,
    incident_id  text NOT NULL UNIQUE,
    provider_ods text NOT NULL
);

-- Read model: one row per assurance case, rebuilt from the event store by replay (processing group assurance.cases).
CREATE TABLE assurance_case_view (
    case_id                 text        PRIMARY KEY,
    incident_id             text        NOT NULL,
    provider_ods            text        NOT NULL,
    commissioner_ods        text        NOT NULL,
    framework               text        NOT NULL,
    status                  text        NOT NULL,
    submission              integer     NOT NULL,
    received_at             timestamptz NOT NULL,
    opened_at               timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    review_due_on           date,
    review_due_at           timestamptz,
    review_duration         text,
    review_state            text,
    review_approaching      boolean     NOT NULL DEFAULT false,
    reviewed_submission     integer,
    review_method           text,
    review_panel            jsonb,
    review_checklist        jsonb,
    review_comments         text,
    further_information     text,
    monitoring_agreed       boolean,
    monitoring_arrangement  text,
    closure_comments        text,
    closed_at               timestamptz,
    refusal_reasons         text[],
    refusal_comments        text,
    forum                   text,
    escalation_reason       text,
    escalated               boolean     NOT NULL DEFAULT false,
    open_actions            text[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX assurance_case_view_provider ON assurance_case_view (provider_ods, received_at DESC);
CREATE INDEX assurance_case_view_incident ON assurance_case_view (incident_id);
CREATE INDEX assurance_case_view_due ON assurance_case_view (review_due_at) WHERE review_state IN ('open', 'breached');

-- Incidents assurance has heard of that may carry an action plan: a serious incident whose report was submitted
-- (SIF 2015) or an incident whose safety actions were agreed (PSIRF 2022). Written by the inbound listener.
CREATE TABLE known_incident (
    incident_id  text PRIMARY KEY,
    provider_ods text NOT NULL,
    framework    text NOT NULL
);

-- Which provider and framework each safety action belongs to: written with the action's first event.
CREATE TABLE safety_action_owner (
    action_id    text PRIMARY KEY,
    provider_ods text NOT NULL,
    framework    text NOT NULL
);

-- Read model: one row per safety action (processing group assurance.safety-actions).
CREATE TABLE safety_action_view (
    action_id          text        PRIMARY KEY,
    plan_id            text        NOT NULL,
    incident_id        text        NOT NULL,
    provider_ods       text        NOT NULL,
    framework          text        NOT NULL,
    commissioner_ods   text        NOT NULL,
    status             text        NOT NULL,
    description        text        NOT NULL,
    owner_ods          text        NOT NULL,
    owner_role         text        NOT NULL,
    due_on             date        NOT NULL,
    due_at             timestamptz,
    measure_of_success text        NOT NULL,
    proposed_at        timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    agreed_by          text,
    evidence           text,
    rejection_reasons  text,
    verified_by        text,
    verified_at        timestamptz,
    clock_state        text,
    due_soon           boolean     NOT NULL DEFAULT false,
    overdue            boolean     NOT NULL DEFAULT false,
    escalated_forum    text,
    escalation_reason  text
);
CREATE INDEX safety_action_view_provider ON safety_action_view (provider_ods, due_on);
CREATE INDEX safety_action_view_incident ON safety_action_view (incident_id);

-- Which ICB's feed each awareness item is on: written with the item's first event.
CREATE TABLE awareness_owner (
    item_id      text PRIMARY KEY,
    incident_id  text NOT NULL,
    provider_ods text NOT NULL,
    icb_ods      text NOT NULL
);

-- Read model: each ICB's awareness feed (processing group assurance.awareness).
CREATE TABLE awareness_view (
    item_id          text        PRIMARY KEY,
    incident_id      text        NOT NULL,
    provider_ods     text        NOT NULL,
    icb_ods          text        NOT NULL,
    framework        text        NOT NULL,
    reasons          text[]      NOT NULL,
    never_event_type text,
    qualified_at     timestamptz NOT NULL,
    due_on           date        NOT NULL,
    due_at           timestamptz,
    acknowledged_by  text,
    acknowledged_at  timestamptz,
    unacknowledged_past_due boolean NOT NULL DEFAULT false
);
CREATE INDEX awareness_view_icb ON awareness_view (icb_ods, qualified_at DESC);

-- Trends (G4): monthly counts per provider and measure, pre-aggregated as incident-service's events arrive (in the
-- same transaction as the consumed event's de-duplication, so each incident is counted once per measure). Built from
-- consumed events, not from this service's event store: a rebuild would replay incident.events.v1.
CREATE TABLE trend_incident (
    incident_id  text NOT NULL,
    measure      text NOT NULL,
    provider_ods text NOT NULL,
    month        date NOT NULL,
    PRIMARY KEY (incident_id, measure)
);
CREATE TABLE trend_month (
    provider_ods text    NOT NULL,
    measure      text    NOT NULL,
    month        date    NOT NULL,
    count        integer NOT NULL,
    PRIMARY KEY (provider_ods, measure, month)
);

-- Duty of Candour steps overdue, from candour.events.v1 (candour-service owns the cases): for the oversight summary.
CREATE TABLE candour_overdue (
    candour_case_id text        NOT NULL,
    step            text        NOT NULL,
    incident_id     text        NOT NULL,
    provider_ods    text        NOT NULL,
    due_at          timestamptz NOT NULL,
    PRIMARY KEY (candour_case_id, step)
);
CREATE INDEX candour_overdue_provider ON candour_overdue (provider_ods);
