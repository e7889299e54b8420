package com.careerbridge.crm.api.documents;

import io.swagger.v3.oas.annotations.media.Schema;

/** A comment on a version: plain text with line breaks. */
record CommentRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
}
