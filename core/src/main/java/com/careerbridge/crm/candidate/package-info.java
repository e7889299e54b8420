/** The consultancy's clients (candidates): who they are, where they stand in the pipeline, and who coaches them. */
package com.careerbridge.crm.candidate;
