/** The activity timeline: who did what to which candidate and when, without copying personal data. */
package com.careerbridge.crm.timeline;
