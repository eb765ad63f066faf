-- The language each person chose for the desk; mail and notices to them are written in it.
-- Empty until they choose: the desk then follows the browser's language. Portable SQL for H2 2.x and PostgreSQL.
ALTER TABLE user_account ADD COLUMN language VARCHAR(2);
