package com.careerbridge.crm.application;

/** Where the candidate found the position. */
public enum ApplicationSource {
    REFERRAL, HEADHUNTER, JOB_BOARD, COMPANY_SITE, CONSULTANCY_NETWORK
}
