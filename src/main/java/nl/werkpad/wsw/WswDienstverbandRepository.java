package nl.werkpad.wsw;

import org.springframework.data.jpa.repository.JpaRepository;

interface WswDienstverbandRepository extends JpaRepository<WswDienstverband, Long> {}
