CREATE TABLE counter_view (
    counter_id VARCHAR(64) PRIMARY KEY,
    label      VARCHAR(255) NOT NULL,
    value      INT          NOT NULL,
    applied    INT          NOT NULL
);
