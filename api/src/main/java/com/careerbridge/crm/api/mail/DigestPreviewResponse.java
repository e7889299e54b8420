package com.careerbridge.crm.api.mail;

import com.careerbridge.crm.digest.DigestPreview;

/** The candidate's next progress digest as it would be sent now, in the candidate's language: subject, text, HTML. */
record DigestPreviewResponse(long candidateId, String subject, String text, String html) {

    static DigestPreviewResponse from(DigestPreview preview) {
        return new DigestPreviewResponse(preview.candidateId(), preview.subject(), preview.text(), preview.html());
    }
}
