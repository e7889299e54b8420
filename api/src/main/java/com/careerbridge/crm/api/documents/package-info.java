/**
 * Documents on a candidate's record over the API: the candidate's own ({@code /me/documents}), staff's view of a
 * candidate's, and — for both — versions, downloads served so that no browser runs them, previews and comments.
 */
package com.careerbridge.crm.api.documents;
