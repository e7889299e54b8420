/** The signed-in candidate's own preparation, shaped like their portal and the candidate API: one door for both. */
package com.careerbridge.crm.preparation;
