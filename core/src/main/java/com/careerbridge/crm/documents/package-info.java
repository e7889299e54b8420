/**
 * Documents on a candidate's record (CV, cover letter, portfolio, exercise answers): versions whose content is streamed
 * into and out of PostgreSQL large objects, the type decided from the content, PDF previews, and comments on a version.
 */
package com.careerbridge.crm.documents;
