/** The staff side of self-service booking (#15): the admin's session types and each consultant's bookable time. */
package com.careerbridge.crm.ui.booking;
