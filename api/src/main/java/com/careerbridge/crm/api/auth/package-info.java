/** Token endpoints: sign-in, refresh, sign-out. */
package com.careerbridge.crm.api.auth;
