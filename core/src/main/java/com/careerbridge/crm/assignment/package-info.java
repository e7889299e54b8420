/** Guides given to candidates: the exact version they got, when they read it, and their checklist progress. */
package com.careerbridge.crm.assignment;
