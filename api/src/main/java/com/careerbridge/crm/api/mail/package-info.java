/** A candidate's e-mails for staff: what was sent and what waits, the digest as it would look now, and sending it. */
package com.careerbridge.crm.api.mail;
