/** The buttons for a candidate's data: export (administrators, and the candidate in the portal) and erasure. */
package com.careerbridge.crm.ui.privacy;
