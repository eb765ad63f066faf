-- Accounts of the people who sign in to the desk (editors, reviewers, administrators), their roles,
-- and what sign-in throttling needs (failed attempts, lock). Passwords are stored only as PBKDF2
-- hashes in Jakarta Security's Pbkdf2PasswordHash format. Portable SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE user_account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE user_account (
    id               BIGINT                      NOT NULL,
    version          BIGINT                      NOT NULL,
    username         VARCHAR(100)                NOT NULL,
    display_name     VARCHAR(200)                NOT NULL,
    password_hash    VARCHAR(500)                NOT NULL,
    enabled          BOOLEAN                     NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    failed_attempts  INTEGER                     NOT NULL,
    first_failure_at TIMESTAMP(6) WITH TIME ZONE,
    locked_until     TIMESTAMP(6) WITH TIME ZONE,
    last_sign_in_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
