/**
 * The weekly progress digest to candidates who asked for it (planned per candidate's weekday, time and zone), its
 * preview and "send now" for consultants, the unsubscribe wiring, and the staff's scoped view of sent mail.
 */
package com.careerbridge.crm.digest;
