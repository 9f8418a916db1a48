-- Beschut werk (Participatiewet art. 10b), one row per journey: the request to UWV, UWV's advice, the
-- municipality's decision. Placements are counted per municipality and year (toegekend_op) against the
-- taakstelling; the waiting list is ordered by advies_datum.
create table wp_beschut_werk (
    journey_id          bigint        not null primary key references wp_journey (id),
    woongemeente        varchar(4)    not null,
    status              varchar(20),
    aanvraag_kenmerk    varchar(60),
    aangevraagd_op      date,
    zelf_aangevraagd    boolean       not null,
    uwv_advies          varchar(10),
    advies_datum        date,
    besluit             varchar(20),
    besluit_reden       varchar(1000),
    wachtlijst_sinds    date,
    toegekend_op        date,
    boven_taakstelling  boolean       not null,
    besluit_datum       date,
    uren_per_week       integer,
    toelichting         varchar(2000),
    doelgroepregister   boolean,
    bijgewerkt_op       timestamp(6) with time zone not null
);

create index wp_beschut_werk_plaatsingen on wp_beschut_werk (woongemeente, status, toegekend_op);
create index wp_beschut_werk_wachtlijst on wp_beschut_werk (woongemeente, status, advies_datum, journey_id);

-- What the embedded UWV channel recorded: every request to UWV (advice on beschut werk, Wsw
-- herindicatie) for a journey. No personal data: the journey holds the person.
create sequence wp_uwv_verzoek_seq start with 1 increment by 1;

create table wp_uwv_verzoek (
    id              bigint        not null primary key,
    soort           varchar(30)   not null,
    journey_number  varchar(40)   not null,
    organisatie     varchar(20)   not null,
    aangemaakt_op   timestamp(6) with time zone not null
);
