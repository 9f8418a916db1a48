-- One row per client journey; its number (KR-<year>-<id>) is derived from the id and start date. active_bsn is the BSN while the journey is active and NULL after it
-- ended: the unique index then allows exactly one active journey per person, also under two
-- simultaneous starts.
create sequence wp_journey_seq start with 1 increment by 1;

create table wp_journey (
    id                  bigint       not null primary key,
    bsn                 varchar(9)   not null,
    active_bsn          varchar(9)   unique,
    woongemeente        varchar(4)   not null,
    process_instance_id varchar(64)  not null unique,
    started_at          timestamp(6) with time zone not null,
    ended_at            timestamp(6) with time zone,
    uitkomst            varchar(64)
);
