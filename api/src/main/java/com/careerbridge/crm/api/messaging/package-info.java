/** The conversation between a candidate and their staff over the API: the candidate's own, staff's by candidate, the inbox. */
package com.careerbridge.crm.api.messaging;
