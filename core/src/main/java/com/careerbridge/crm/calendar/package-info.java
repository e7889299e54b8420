/** A candidate's personal calendar feed: a secret, revocable address from which phones read their sessions. */
package com.careerbridge.crm.calendar;
