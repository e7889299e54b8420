/** Staff views of the e-mail the system sends (outbox, digest preview and "send now") and the unsubscribe page. */
package com.careerbridge.crm.ui.mail;
