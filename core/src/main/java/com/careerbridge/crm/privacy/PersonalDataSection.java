package com.careerbridge.crm.privacy;

import java.util.List;

/**
 * Implemented by every feature that keeps data about a candidate: it reads its own tables for the export, so that the
 * export never reaches into another feature's storage and a new feature adds its part by implementing this (and by
 * listening to {@link CandidateErasing} to scrub the same data). Ordered with {@link org.springframework.core.annotation.Order}.
 */
public interface PersonalDataSection {

    /** The feature's tables about the subject; staff-only columns or rows only when {@code scope} includes them. */
    List<DataTable> export(DataSubject subject, ExportScope scope);
}
