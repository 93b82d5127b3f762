-- Which provider owns a case: written with the case's first event, so actions are authorised before the view catches up.
CREATE TABLE candour_case_owner (
    case_id      TEXT PRIMARY KEY,
    incident_id  TEXT NOT NULL,
    provider_ods TEXT NOT NULL
);
CREATE INDEX candour_case_owner_incident ON candour_case_owner (incident_id);

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
    -- the written notification (20(4)) and what follows it
    written_due_on       DATE,
    written_due_at       TIMESTAMPTZ,
    written_state        TEXT,
    written_sent_on      DATE,
    written_within_target BOOLEAN,
    written_document_id  TEXT,
    updates              JSONB NOT NULL DEFAULT '[]'::jsonb,
    response_concluded   TEXT,
    findings_shared_on   DATE,
    findings             JSONB,
    completed_at         TIMESTAMPTZ,
    -- family involvement for SIs and PSIIs
    family_involvement   TEXT,
    family_meetings      JSONB NOT NULL DEFAULT '[]'::jsonb,
    family_concerns      JSONB NOT NULL DEFAULT '[]'::jsonb,
    family_documents     JSONB NOT NULL DEFAULT '[]'::jsonb,
    opened_at            TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);

CREATE INDEX candour_case_view_provider ON candour_case_view (provider_ods, opened_at DESC);
CREATE INDEX candour_case_view_incident ON candour_case_view (incident_id);

-- Every draft of a case's written notification and every uploaded copy, sealed under the case's vault key.
CREATE TABLE candour_document (
    document_id  TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL,
    provider_ods TEXT NOT NULL,
    kind         TEXT NOT NULL,            -- draft | copy
    version      INTEGER,
    edited       BOOLEAN NOT NULL DEFAULT false,
    content_type TEXT NOT NULL,            -- text/plain (a draft's text, rendered as HTML or PDF) | application/pdf
    person_ref   TEXT NOT NULL,
    sealed       TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sent_on      DATE,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX candour_document_case ON candour_document (case_id);
