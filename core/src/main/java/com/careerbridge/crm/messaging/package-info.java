/** Messages between a candidate and the staff who may see them: one conversation per candidate, read state, e-mail notices. */
package com.careerbridge.crm.messaging;
