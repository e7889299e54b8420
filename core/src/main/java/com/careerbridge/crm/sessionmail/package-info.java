/** Service mail about sessions: a reminder a day before, and a notice when a session is moved or cancelled. */
package com.careerbridge.crm.sessionmail;
