package com.careerbridge.crm.application;

/** How an interview is held. */
public enum InterviewFormat {
    PHONE, VIDEO, ON_SITE, ASSESSMENT, CASE
}
