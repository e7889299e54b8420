/** A candidate's overview as their consultant opens it, read in one transaction with a fixed number of statements. */
package com.careerbridge.crm.overview;
