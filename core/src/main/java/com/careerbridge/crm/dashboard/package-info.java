/** Read-only overviews for a consultant's day: caseload, upcoming sessions, what is overdue or stalled, recent activity. */
package com.careerbridge.crm.dashboard;
