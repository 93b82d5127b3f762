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

-- One row per risk summit (read/summits): participants, the latest round's outcome, its status.
CREATE TABLE summit_view (
    summit_id           text PRIMARY KEY,
    provider_ods        text        NOT NULL,
    format              text        NOT NULL,
    convenor_ods        text        NOT NULL,
    concern_id          text,
    status              text        NOT NULL,
    round               integer     NOT NULL DEFAULT 0,
    chair               text,
    held_on             date,
    invitees            text[]      NOT NULL DEFAULT '{}',
    attendees           text[]      NOT NULL DEFAULT '{}',
    intelligence_pack   jsonb       NOT NULL DEFAULT '[]',
    escalation_decision text,
    follow_up_needed    boolean,
    communications_line text,
    deescalated_to      text,
    requested_at        timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX summit_view_provider ON summit_view (provider_ods, requested_at DESC);

-- One row per agreed summit action (read/summits): owner, due date, state, overdue flag.
CREATE TABLE summit_action_view (
    action_id    text PRIMARY KEY,
    summit_id    text        NOT NULL,
    round        integer     NOT NULL,
    description  text        NOT NULL,
    owner_ods    text        NOT NULL,
    due_on       date        NOT NULL,
    state        text        NOT NULL,
    overdue      boolean     NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX summit_action_view_summit ON summit_action_view (summit_id);

-- One row per escalation (read/escalations): its current level, recipients so far, clocks and response.
CREATE TABLE escalation_view (
    escalation_id     text PRIMARY KEY,
    provider_ods      text        NOT NULL,
    region            text,
    direction         text        NOT NULL,
    raised_by_ods     text        NOT NULL,
    raised_to_ods     text        NOT NULL,
    recipients        text[]      NOT NULL DEFAULT '{}',
    status            text        NOT NULL,
    summary           text,
    concern_id        text,
    summit_id         text,
    decision          text,
    response_actions  text,
    action_owner_ods  text,
    acknowledge_by    date,
    respond_by        date,
    overdue           boolean     NOT NULL DEFAULT false,
    re_escalations    integer     NOT NULL DEFAULT 0,
    raised_at         timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX escalation_view_region ON escalation_view (region, raised_at DESC);

-- One row per provider whose escalation level was ever decided (read/levels); others are at the lowest level.
CREATE TABLE provider_level_view (
    provider_ods    text PRIMARY KEY,
    level           text        NOT NULL,
    previous_level  text,
    decision_maker  text,
    decided_by_ods  text,
    rationale       text,
    review_on       date,
    review_overdue  boolean     NOT NULL DEFAULT false,
    changed_at      timestamptz NOT NULL
);
