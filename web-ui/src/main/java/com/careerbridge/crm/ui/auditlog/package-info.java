/** The administrators' view of the security audit log. */
package com.careerbridge.crm.ui.auditlog;
