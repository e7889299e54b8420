/** Log output that cannot be forged: one event per line, whatever text a user managed to get into a message. */
package com.careerbridge.crm.app.logging;
