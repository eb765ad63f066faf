-- Hibernate Search's outbox-polling coordination, used by a cluster's nodes
-- (projectdesk.search.coordination=outbox-polling, see persistence.xml): each change to indexed
-- data is written here in the transaction that makes it, and one node's event processor carries
-- it to the shared index; the agents are the nodes' processors, which share the work by leases.
-- One server (coordination none) leaves both tables empty. Flyway owns the schema, so they are
-- created here, as Hibernate Search 7.2 maps them (columns named after its properties; payloads:
-- byte arrays of length LONG32, bytea).
create table hsearch_agent (
    id uuid not null,
    type varchar(64) not null,
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(32) not null,
    totalShardCount integer,
    assignedShardIndex integer,
    tenantId varchar(255),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    id uuid not null,
    entityName varchar(256) not null,
    entityId varchar(256) not null,
    entityIdHash integer not null,
    payload bytea not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    status varchar(32) not null,
    tenantId varchar(255),
    primary key (id)
);

create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entityIdHash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (processAfter);
