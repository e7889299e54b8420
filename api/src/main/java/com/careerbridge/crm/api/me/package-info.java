/** The signed-in account's own data and preferences. */
package com.careerbridge.crm.api.me;
