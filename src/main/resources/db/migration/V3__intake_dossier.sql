-- The client dossier of the intake, one row per journey. The key figures are columns (managers
-- count them); all answers of the brede intake are kept as JSON in "antwoorden".
create table wp_intake_dossier (
    journey_id                 bigint        not null primary key references wp_journey (id),
    naam                       varchar(200),
    geboortedatum              date,
    adres                      varchar(300),
    geheimhouding              boolean       not null,
    gemeente_van_inschrijving  varchar(4),
    zaaknummer                 varchar(64),
    participatieladder         integer,
    arbeidsvermogen            boolean,
    route_voorgesteld          varchar(40),
    route_reden                varchar(500),
    route_gekozen              varchar(40),
    route_afwijking_reden      varchar(2000),
    doelen                     varchar(4000),
    evaluatie_interval_maanden integer,
    taaltraject                boolean,
    antwoorden                 varchar(10000),
    bijgewerkt_op              timestamp(6) with time zone not null
);
