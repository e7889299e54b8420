package com.careerbridge.crm.branding;

import java.time.Instant;

import com.careerbridge.crm.shared.BaseEntity;
import com.careerbridge.crm.shared.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row of the consultancy's brand (the migration creates it; its id is always {@value #ID}, so it needs no
 * sequence). Loaded only to be changed: screens read {@link Brand} through a projection without the logo's bytes.
 */
@Entity
@Table(name = "consultancy_brand")
public class ConsultancyProfile extends BaseEntity {

    static final long ID = 1;
    /** Longest name in either language. */
    public static final int NAME_MAX = 80;
    /** Largest logo file, in bytes (256 KB). */
    public static final int LOGO_MAX_BYTES = 256 * 1024;
    /** Widest and tallest logo, in pixels. */
    public static final int LOGO_MAX_SIDE = 1024;

    @Id
    private Long id;

    @Column(name = "name_ko", nullable = false)
    private String nameKo;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private byte[] logo;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected ConsultancyProfile() {
    }

    /** The name as validated by the service. */
    void rename(LocalizedText name, Long by, Instant now) {
        this.nameKo = name.ko();
        this.nameEn = name.en();
        touched(by, now);
    }

    /** A logo the service has checked ({@link LogoImage}). */
    void replaceLogo(byte[] image, String contentType, Long by, Instant now) {
        this.logo = image.clone();
        this.logoContentType = contentType;
        touched(by, now);
    }

    /** @return whether there was a logo to remove */
    boolean removeLogo(Long by, Instant now) {
        if (logo == null) {
            return false;
        }
        this.logo = null;
        this.logoContentType = null;
        touched(by, now);
        return true;
    }

    private void touched(Long by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    Brand brand() {
        return new Brand(LocalizedText.of(nameKo, nameEn), logoContentType, getVersion());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
