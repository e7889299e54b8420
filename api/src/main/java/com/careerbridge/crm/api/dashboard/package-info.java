/** The consultant's dashboard through the API: the same figures as the web dashboard, in one request. */
package com.careerbridge.crm.api.dashboard;
