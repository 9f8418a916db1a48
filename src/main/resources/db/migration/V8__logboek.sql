-- The processing log (logboek dataverwerkingen): one record per processing of one person's data by a user,
-- a koppeling or Werkpad itself. Never changed or deleted by the application but at the end of its own
-- retention term; each record is sealed into a keyed hash chain (volgnummer, hash) shortly after it is
-- written, so that a change behind the application's back shows in the check. bsn is personal data: the
-- privacy officer searches by it; it never appears in a log line.
create sequence wp_verwerking_seq start with 1 increment by 50;

create table wp_verwerking (
    id            bigint        not null primary key,
    tijdstip      timestamp(6) with time zone not null,
    trace_id      varchar(32)   not null,
    activiteit    varchar(40)   not null,
    handeling     varchar(20)   not null,
    resultaat     varchar(20)   not null,
    actor         varchar(100)  not null,
    actor_naam    varchar(200),
    actor_soort   varchar(20)   not null,
    namens        varchar(100),
    organisatie   varchar(20)   not null,
    bsn           varchar(9)    not null,
    klantreis     varchar(40),
    object        varchar(200)  not null,
    toelichting   varchar(500),
    volgnummer    bigint,
    hash          varchar(64),
    constraint wp_verwerking_volgnummer unique (volgnummer)
);

create index wp_verwerking_bsn on wp_verwerking (organisatie, bsn, tijdstip);
create index wp_verwerking_te_verzegelen on wp_verwerking (volgnummer, id);
create index wp_verwerking_tijdstip on wp_verwerking (tijdstip);

-- The head of the chain (one row): the last sealed record, and where the chain begins after records past
-- their term were removed (the hash before the first record kept).
create table wp_verwerking_keten (
    id                 integer      not null primary key,
    laatste_volgnummer bigint       not null,
    laatste_hash       varchar(64)  not null,
    begin_volgnummer   bigint       not null,
    begin_hash         varchar(64)  not null
);

insert into wp_verwerking_keten (id, laatste_volgnummer, laatste_hash, begin_volgnummer, begin_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 1,
        '0000000000000000000000000000000000000000000000000000000000000000');

-- Who last acted on a journey (and in which request), for the steps that run later on their behalf: the
-- BRP is told who asked, and the log says on whose behalf Werkpad did it.
alter table wp_journey add column laatste_actor varchar(100);
alter table wp_journey add column laatste_trace varchar(32);
