-- The embedded zaaksysteem (werkpad.zaken.mode=embedded, the default). One zaak per journey number
-- and organisation (a municipality's CBS code, "0513", or an uitvoeringsorganisatie's code, "PROMEN"); its zaaknummer ZAAK-<organisation>-<year of startdatum>-<id> is
-- derived from the row and never stored. bsn is the zaak's client: personal data, never logged.
-- A zaak is closed when einddatum is set: after its resultaat and its end status (AFGEROND).
create sequence wp_zaak_seq start with 1 increment by 1;

create table wp_zaak (
    id                    bigint        not null primary key,
    journey_number        varchar(40)   not null,
    organisation          varchar(20)   not null,
    bsn                   varchar(9)    not null,
    omschrijving          varchar(80),
    startdatum            date          not null,
    einddatum             date,
    resultaat             varchar(100),
    resultaat_toelichting varchar(1000),
    created_at            timestamp(6) with time zone not null,
    constraint wp_zaak_journey_organisation unique (journey_number, organisation)
);

-- The status history of a zaak, in the order the statuses were set (id order).
create sequence wp_zaak_status_seq start with 1 increment by 1;

create table wp_zaak_status (
    id          bigint        not null primary key,
    zaak_id     bigint        not null,
    status      varchar(32)   not null,
    toelichting varchar(1000),
    gezet_op    timestamp(6) with time zone not null,
    constraint wp_zaak_status_zaak foreign key (zaak_id) references wp_zaak (id)
);

create index wp_zaak_status_zaak_idx on wp_zaak_status (zaak_id);

-- relevanteAndereZaken with aard vervolg: zaak_id continues andere_zaak_id, e.g. the uitvoeringsorganisatie's
-- zaak the municipality's. Zaken are not handled across organisations: each keeps its own, related.
create table wp_zaak_vervolg (
    zaak_id        bigint        not null,
    andere_zaak_id bigint        not null,
    constraint wp_zaak_vervolg_pk primary key (zaak_id, andere_zaak_id),
    constraint wp_zaak_vervolg_zaak foreign key (zaak_id) references wp_zaak (id),
    constraint wp_zaak_vervolg_andere_zaak foreign key (andere_zaak_id) references wp_zaak (id),
    constraint wp_zaak_vervolg_niet_zichzelf check (zaak_id <> andere_zaak_id)
);

create index wp_zaak_vervolg_andere_zaak_idx on wp_zaak_vervolg (andere_zaak_id);
