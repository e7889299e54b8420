/** What a consultant works on for one candidate, shaped like the candidate page: one door into core for that screen. */
package com.careerbridge.crm.workspace;
