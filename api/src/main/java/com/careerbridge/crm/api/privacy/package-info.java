/** Candidate data export (ZIP) and erasure over the API. */
package com.careerbridge.crm.api.privacy;
