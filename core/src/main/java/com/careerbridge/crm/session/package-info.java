/** Coaching sessions: scheduling without double-booking, private notes, the summary shared with the candidate, action items. */
package com.careerbridge.crm.session;
