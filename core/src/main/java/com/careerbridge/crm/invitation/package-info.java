/** Inviting a candidate to the portal and app: their login, a single-use set-password link, and the e-mail. */
package com.careerbridge.crm.invitation;
