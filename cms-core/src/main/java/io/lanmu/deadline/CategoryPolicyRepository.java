package io.lanmu.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryPolicyRepository extends JpaRepository<CategoryPolicy, InformationCategory> {

    List<CategoryPolicy> findAllByOrderByCategory();
}
