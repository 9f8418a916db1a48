-- A journey is a klantreis (KR-) or the dienstverband of an existing Wsw employee (WSW-).
alter table wp_journey add column soort varchar(10) default 'KLANTREIS' not null;

-- Every participatieladder measurement (VNG/Divosa), per client and date: at the brede intake, at
-- each evaluation of a trajectory or Wsw dienstverband. Managers count movement between the first and
-- the latest measurement of a client.
create sequence wp_ladder_meting_seq start with 1 increment by 1;

create table wp_ladder_meting (
    id            bigint       not null primary key,
    journey_id    bigint       not null references wp_journey (id),
    woongemeente  varchar(4)   not null,
    gemeten_op    date         not null,
    trede         integer      not null,
    bron          varchar(20)  not null
);

create index wp_ladder_meting_journey on wp_ladder_meting (journey_id, gemeten_op);
create index wp_ladder_meting_gemeente on wp_ladder_meting (woongemeente, gemeten_op);

-- The instruments of a trajectory, in order: a trajectory may change instrument without leaving the
-- journey. einddatum is set when the next instrument starts or the trajectory ends.
create sequence wp_traject_instrument_seq start with 1 increment by 1;

create table wp_traject_instrument (
    id                    bigint        not null primary key,
    journey_id            bigint        not null references wp_journey (id),
    woongemeente          varchar(4)    not null,
    uitvoerder            varchar(20),
    instrument            varchar(40)   not null,
    startdatum            date          not null,
    einddatum             date,
    werkplek              varchar(200),
    taaltraject           boolean       not null,
    loonkostensubsidie    boolean       not null,
    verlengingen          integer       not null,
    scholing_aangeboden   date,
    scholing_toelichting  varchar(1000)
);

create index wp_traject_instrument_journey on wp_traject_instrument (journey_id, startdatum);
create index wp_traject_instrument_gemeente on wp_traject_instrument (woongemeente, instrument, einddatum);

-- Loonwaarde measurements on the workplace (for loonkostensubsidie): re-measured yearly, every three
-- years in beschut werk.
create sequence wp_loonwaarde_meting_seq start with 1 increment by 1;

create table wp_loonwaarde_meting (
    id          bigint       not null primary key,
    journey_id  bigint       not null references wp_journey (id),
    gemeten_op  date         not null,
    loonwaarde  integer      not null,
    methode     varchar(40)  not null
);

create index wp_loonwaarde_meting_journey on wp_loonwaarde_meting (journey_id, gemeten_op);

-- Every periodic evaluation, with the proposal of the decision EvaluationOutcome.
create sequence wp_evaluatie_seq start with 1 increment by 1;

create table wp_evaluatie (
    id              bigint         not null primary key,
    journey_id      bigint         not null references wp_journey (id),
    geevalueerd_op  date           not null,
    trede           integer        not null,
    doelen_behaald  varchar(5)     not null,
    werk_gevonden   boolean        not null,
    opmerkingen     varchar(2000),
    voorstel        varchar(20),
    voorstel_reden  varchar(500)
);

create index wp_evaluatie_journey on wp_evaluatie (journey_id, geevalueerd_op);

-- Every outcome of a trajectory: uitstroom naar werk by kind, moved away, AOW age, stopped (with its
-- reason), or back to the klantmanager for a new plan (the journey then continues).
create sequence wp_traject_uitkomst_seq start with 1 increment by 1;

create table wp_traject_uitkomst (
    id              bigint         not null primary key,
    journey_id      bigint         not null references wp_journey (id),
    woongemeente    varchar(4)     not null,
    uitvoerder      varchar(20),
    vastgesteld_op  date           not null,
    uitkomst        varchar(40)    not null,
    reden           varchar(1000),
    toelichting     varchar(2000)
);

create index wp_traject_uitkomst_gemeente on wp_traject_uitkomst (woongemeente, vastgesteld_op);
