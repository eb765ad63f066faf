-- Security state that must survive a restart and hold for every server sharing the database.
-- Portable SQL for H2 2.x and PostgreSQL 15.

-- Sessions of an account signed in before this moment are ended on their next desk request
-- (set when an administrator disables the account, changes its roles or resets its password).
ALTER TABLE user_account ADD COLUMN sessions_valid_after TIMESTAMP(6) WITH TIME ZONE;

-- Failed sign-ins per client address (sign-in throttling by address, see SignInPolicy).
CREATE TABLE sign_in_address (
    address          VARCHAR(64)                 NOT NULL,
    failures         INTEGER                     NOT NULL,
    first_failure_at TIMESTAMP(6) WITH TIME ZONE,
    locked_until     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_sign_in_address PRIMARY KEY (address)
);

-- One row that an import locks while it writes, so that imports of the same address names run one
-- after the other, each checking the names against what the one before it stored.
CREATE TABLE import_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_import_lock PRIMARY KEY (id)
);
INSERT INTO import_lock (id) VALUES (1);
