/** A candidate's rights over their data: a complete export, and erasure that leaves statistics without identity. */
package com.careerbridge.crm.privacy;
