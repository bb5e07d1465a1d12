package io.lanmu.inbox;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Contributions extends JpaRepository<Contribution, Long> {

    List<Contribution> findByContributorIdOrderByCreatedAtDesc(long contributorId);

    List<Contribution> findByStatusOrderByCreatedAt(ContributionStatus status);

    List<Contribution> findAllByOrderByCreatedAtDesc();
}
