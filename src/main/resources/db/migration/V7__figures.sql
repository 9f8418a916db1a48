-- What the managers' figures count, recorded as it happens: the stage a journey is in now, when its
-- plan van aanpak was set, and the timings of each referral.
alter table wp_journey add column fase varchar(20);
alter table wp_journey add column fase_sinds timestamp(6) with time zone;

create index wp_journey_gemeente_fase on wp_journey (woongemeente, fase, ended_at);
create index wp_journey_gemeente_einde on wp_journey (woongemeente, ended_at);

alter table wp_intake_dossier add column plan_vastgesteld_op timestamp(6) with time zone;
alter table wp_intake_dossier add column dagen_tot_plan integer;

create index wp_intake_dossier_plan on wp_intake_dossier (plan_vastgesteld_op);

-- One row per referral to an uitvoerder (a journey may be referred again after a new plan or a return).
create sequence wp_verwijzing_seq start with 1 increment by 1;

create table wp_verwijzing (
    id                   bigint       not null primary key,
    journey_id           bigint       not null references wp_journey (id),
    woongemeente         varchar(4)   not null,
    uitvoerder           varchar(20),
    verwezen_op          timestamp(6) with time zone not null,
    termijn_tot          timestamp(6) with time zone,
    termijn_verstreken   boolean      not null,
    beoordeling          varchar(20),
    beoordeeld_op        timestamp(6) with time zone,
    dagen_tot_beoordeling integer,
    traject_gestart_op   date,
    dagen_tot_start      integer
);

create index wp_verwijzing_journey on wp_verwijzing (journey_id, id);
create index wp_verwijzing_gemeente on wp_verwijzing (woongemeente, verwezen_op);
