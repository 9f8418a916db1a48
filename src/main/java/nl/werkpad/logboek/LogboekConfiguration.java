package nl.werkpad.logboek;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sealer runs on Spring's scheduler, on every node; the chain's head row makes them take turns. */
@Configuration
@EnableScheduling
class LogboekConfiguration {}
