-- Notifications: the in-app notices (written in the transaction of the step they tell of), the
-- e-mail outbox (written in the same transaction, sent after it commits, retried with back-off),
-- each person's e-mail address and the kinds of e-mail they switched off.
-- Portable SQL for H2 2.x and PostgreSQL.
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);

CREATE SEQUENCE notice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notice (
    id          BIGINT                      NOT NULL,
    version     BIGINT                      NOT NULL,
    recipient   VARCHAR(100)                NOT NULL,
    kind        VARCHAR(30)                 NOT NULL,
    entry_slug  VARCHAR(80)                 NOT NULL,
    entry_title VARCHAR(500)                NOT NULL,
    actor       VARCHAR(100)                NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_notice PRIMARY KEY (id)
);
CREATE INDEX ix_notice_recipient ON notice (recipient, read_at);

CREATE SEQUENCE outgoing_mail_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id              BIGINT                      NOT NULL,
    recipient       VARCHAR(100)                NOT NULL,
    address         VARCHAR(254)                NOT NULL,
    language        VARCHAR(2)                  NOT NULL,
    subject         VARCHAR(500)                NOT NULL,
    body            VARCHAR(4000)               NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    delivery        VARCHAR(10)                 NOT NULL,
    sent_at         TIMESTAMP(6) WITH TIME ZONE,
    attempts        INTEGER                     NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    CONSTRAINT pk_outgoing_mail PRIMARY KEY (id)
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (delivery, next_attempt_at);

CREATE TABLE mail_opt_out (
    username VARCHAR(100) NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_mail_opt_out PRIMARY KEY (username, kind)
);
