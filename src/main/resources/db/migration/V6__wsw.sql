-- The dienstverband of an existing Wsw employee (the Wsw is closed to newcomers since 2015): its
-- journey is of kind WSW. The indication (category, end date), the work form and employer, and how it
-- ended; the history of work forms and of herindicaties in their own tables.
create table wp_wsw_dienstverband (
    journey_id            bigint        not null primary key references wp_journey (id),
    woongemeente          varchar(4)    not null,
    uitvoerder            varchar(20),
    indicatie_categorie   varchar(10)   not null,
    indicatie_einddatum   date          not null,
    werkvorm              varchar(30)   not null,
    werkgever             varchar(200),
    ingangsdatum          date,
    einddatum             date,
    einde_reden           varchar(30)
);

create index wp_wsw_dienstverband_gemeente on wp_wsw_dienstverband (woongemeente, werkvorm, einddatum);

create sequence wp_wsw_werkvorm_seq start with 1 increment by 1;

create table wp_wsw_werkvorm (
    id          bigint        not null primary key,
    journey_id  bigint        not null references wp_journey (id),
    werkvorm    varchar(30)   not null,
    werkgever   varchar(200),
    vanaf       date          not null
);

create index wp_wsw_werkvorm_journey on wp_wsw_werkvorm (journey_id, vanaf);

-- Herindicatie by UWV on the college's request, at least 16 weeks before the indication ends.
create sequence wp_wsw_herindicatie_seq start with 1 increment by 1;

create table wp_wsw_herindicatie (
    id                  bigint        not null primary key,
    journey_id          bigint        not null references wp_journey (id),
    oude_einddatum      date          not null,
    aangevraagd_op      date,
    besluit             varchar(20),
    besluit_datum       date,
    nieuwe_einddatum    date,
    categorie           varchar(10)
);

create index wp_wsw_herindicatie_journey on wp_wsw_herindicatie (journey_id);
