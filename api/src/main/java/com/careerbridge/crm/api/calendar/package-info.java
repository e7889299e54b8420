/** The candidate's personal iCalendar feed (RFC 5545) at a secret, revocable address. */
package com.careerbridge.crm.api.calendar;
