-- Break-glass access (DOMAIN §9): someone who would see only aggregates asks to see one record, with a recorded
-- reason, for a limited time. Every grant is kept (the audit of why), and every read under it is audited as usual.
CREATE TABLE break_glass_grant (
    id          bigserial   PRIMARY KEY,
    subject     text        NOT NULL,
    org         text,
    org_type    text,
    record_id   text        NOT NULL,
    owner_ods   text        NOT NULL,
    reason      text        NOT NULL,
    granted_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX break_glass_grant_active ON break_glass_grant (record_id, subject, expires_at);
