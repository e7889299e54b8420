/** The Vaadin web UI: consultants' and admins' workspace, and the candidates' portal. */
package com.careerbridge.crm.ui;
