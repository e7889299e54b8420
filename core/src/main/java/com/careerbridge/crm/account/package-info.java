/** Who may sign in, with which role, and how their password is kept. */
package com.careerbridge.crm.account;
