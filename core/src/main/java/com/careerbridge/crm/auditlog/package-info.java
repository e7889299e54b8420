/**
 * The security audit log: sign-ins, refusals, staff and caseload changes, exports, erasures and reads of private notes —
 * who, what, when and from where — for administrators to review. Not the candidate timeline (that is {@code audit}).
 */
package com.careerbridge.crm.auditlog;
