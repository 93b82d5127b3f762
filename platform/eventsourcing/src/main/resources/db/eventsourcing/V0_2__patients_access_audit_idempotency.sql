-- Patients (PatientVault): one data key per subject, wrapped under the master key; erasure destroys it
-- (crypto-shredding, ADR 6).
CREATE TABLE patient_subject (
    ref           text        PRIMARY KEY,
    wrapped_key   bytea,
    key_version   smallint    NOT NULL,  -- which derived key wraps it, so that the master key can be rotated
    created_at    timestamptz NOT NULL DEFAULT now(),
    erased_at     timestamptz,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);

-- Access (AccessAudit): every read of another organisation's record (DOMAIN §9).
CREATE TABLE access_audit (
    id            bigserial   PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    subject       text        NOT NULL,
    org           text,
    org_type      text,
    record_id     text        NOT NULL,
    owner_ods     text        NOT NULL,
    view          text        NOT NULL,
    purpose       text        NOT NULL
);
CREATE INDEX access_audit_record ON access_audit (record_id, at);

-- Idempotency (IdempotentRequests): the answers to requests sent with an Idempotency-Key, per scope, for retries.
CREATE TABLE idempotency_key (
    scope         text        NOT NULL,
    key           text        NOT NULL,
    request_hash  text        NOT NULL,
    status        integer     NOT NULL,
    resource_id   text        NOT NULL,
    response      text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
