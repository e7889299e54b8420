/** Scheduled clean-up of rows that have outlived their use (expired API tokens, old sync tombstones). */
package com.careerbridge.crm.housekeeping;
