/** Inviting candidates (staff) and accepting an invitation by setting the first password. */
package com.careerbridge.crm.api.invitation;
