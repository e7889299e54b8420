package com.careerbridge.crm.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careerbridge.crm.shared.Violations;

/**
 * An interview as entered: the local start in the time zone it takes place in (an on-site round in Singapore is at
 * 10:00 Asia/Singapore, whoever enters it), the round (null: the one after the last), the format, who interviews
 * (their roles, e.g. "hiring manager, sales director") and, afterwards, the candidate's notes.
 */
public record InterviewPlan(LocalDateTime start, String timeZone, Integer round, InterviewFormat format,
                            String interviewers, String notes) {

    public static final int MAX_ROUND = 20;

    Instant validate() {
        new Violations()
                .required("start", start)
                .zoneId("timeZone", timeZone)
                .between("round", round, 1, MAX_ROUND)
                .required("format", format)
                .maxLength("interviewers", strip(interviewers), JobInterview.INTERVIEWERS_MAX)
                .noControlCharacters("interviewers", interviewers)
                .maxLength("notes", strip(notes), JobInterview.NOTES_MAX)
                .noControlCharacters("notes", notes)
                .throwIfAny();
        return start.atZone(ZoneId.of(timeZone.strip())).toInstant();
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
