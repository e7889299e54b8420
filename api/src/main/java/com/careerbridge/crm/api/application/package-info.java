/** Job applications through the API: the candidate's own ({@code /me/applications}) and, for staff, a candidate's. */
package com.careerbridge.crm.api.application;
