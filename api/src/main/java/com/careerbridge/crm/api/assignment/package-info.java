/** A candidate's assigned guides for staff: read one with its checklist, move it to the newest version, re-date, remove. */
package com.careerbridge.crm.api.assignment;
