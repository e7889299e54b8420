/** Self-service booking over the API: candidates book, move and cancel sessions; staff keep consultants' bookable time. */
package com.careerbridge.crm.api.booking;
