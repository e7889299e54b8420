/** A document's links to a target role and a checklist item, shared by the staff's Documents tab and the portal's page. */
package com.careerbridge.crm.ui.documents;
