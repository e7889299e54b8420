/**
 * Booking: which start times a consultant can still offer, computed from weekly wall-clock availability, dated
 * exceptions, booking rules and the time already taken — pure values and one calculator, no Spring and no persistence.
 */
package com.careerbridge.crm.booking;
