/** "Forgot your password?": throttled requests, a single-use link by e-mail, and choosing the new password with it. */
package com.careerbridge.crm.passwordreset;
