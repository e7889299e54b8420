/** Response records shared by the candidate's own endpoints and the consultants' endpoints. */
package com.careerbridge.crm.api.view;
