package com.careerbridge.crm.roleguide;

public enum GuideVersionStatus {
    DRAFT,
    PUBLISHED
}
