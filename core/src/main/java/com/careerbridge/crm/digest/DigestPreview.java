package com.careerbridge.crm.digest;

import com.careerbridge.crm.notification.WeeklyDigestMail;

/** The digest a candidate would get if it were built now, rendered as the mail would look. */
public record DigestPreview(long candidateId, String subject, String html, String text, WeeklyDigestMail model) {
}
