package nl.werkpad.uwv;

import org.springframework.data.jpa.repository.JpaRepository;

interface UwvVerzoekRepository extends JpaRepository<UwvVerzoek, Long> {}
