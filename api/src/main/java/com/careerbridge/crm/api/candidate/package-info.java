/** Consultants' endpoints for their candidates: the caseload list, one candidate's overview, assigning guides. */
package com.careerbridge.crm.api.candidate;
