/** Staff edit a candidate's target roles: add, change priority, companies and status, remove. */
package com.careerbridge.crm.api.targetrole;
