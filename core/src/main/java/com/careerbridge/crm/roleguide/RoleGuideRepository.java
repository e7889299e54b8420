package com.careerbridge.crm.roleguide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGuideRepository extends JpaRepository<RoleGuide, Long> {

    Optional<RoleGuide> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<RoleGuide> findBySlugIn(Collection<String> slugs);
}
