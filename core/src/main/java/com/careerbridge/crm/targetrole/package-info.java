/** The roles a candidate aims at, with priority, target companies, status and current readiness. */
package com.careerbridge.crm.targetrole;
