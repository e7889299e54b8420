/** Consultants' endpoints for their coaching sessions: the calendar, one session, recording the outcome. */
package com.careerbridge.crm.api.session;
