package nl.werkpad.intake;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeDossierRepository extends JpaRepository<IntakeDossier, Long> {}
