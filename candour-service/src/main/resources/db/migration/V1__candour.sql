-- Which provider owns a case: written with the case's first event, so actions are authorised before the view catches up.
CREATE TABLE candour_case_owner (
    case_id      TEXT PRIMARY KEY,
    provider_ods TEXT NOT NULL
);

-- One row per candour case (incident x patient), rebuilt from the events (processing group candour.cases).
CREATE TABLE candour_case_view (
    case_id              TEXT PRIMARY KEY,
    incident_id          TEXT NOT NULL,
    provider_ods         TEXT NOT NULL,
    patient_ref          TEXT NOT NULL,
    status               TEXT NOT NULL,
    provider_type        TEXT,
    ruleset              TEXT,
    incident_date        DATE,
    incident_reported_at TIMESTAMPTZ NOT NULL,
    never_event          BOOLEAN NOT NULL DEFAULT false,
    screened_harm        TEXT,
    harm_uncertain       BOOLEAN NOT NULL DEFAULT false,
    assessment_required  BOOLEAN NOT NULL DEFAULT false,
    assessment           JSONB,
    applicable           BOOLEAN,
    relevant_basis       TEXT,
    person_ref           TEXT,
    sealed_person        TEXT,
    notification         JSONB,
    notified_on          DATE,
    within_target        BOOLEAN,
    attempts             JSONB NOT NULL DEFAULT '[]'::jsonb,
    exemption            TEXT,
    exemption_reason     TEXT,
    due_on               DATE,
    due_at               TIMESTAMPTZ,
    deadline_state       TEXT,
    deadline_approaching BOOLEAN NOT NULL DEFAULT false,
    opened_at            TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);

CREATE INDEX candour_case_view_provider ON candour_case_view (provider_ods, opened_at DESC);
CREATE INDEX candour_case_view_incident ON candour_case_view (incident_id);
