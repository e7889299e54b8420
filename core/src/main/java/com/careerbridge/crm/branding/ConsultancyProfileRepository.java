package com.careerbridge.crm.branding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultancyProfileRepository extends JpaRepository<ConsultancyProfile, Long> {

    /** The brand without the logo's bytes: what every page reads. */
    @Query("""
            select new com.careerbridge.crm.branding.ConsultancyProfileRepository$BrandRow(p.nameKo, p.nameEn,
                   p.logoContentType, p.version)
            from ConsultancyProfile p where p.id = 1""")
    Optional<BrandRow> findBrand();

    @Query("""
            select new com.careerbridge.crm.branding.BrandLogo(p.logo, p.logoContentType, p.version)
            from ConsultancyProfile p where p.id = 1 and p.logo is not null""")
    Optional<BrandLogo> findLogo();

    record BrandRow(String nameKo, String nameEn, String logoContentType, long version) {
    }
}
