/** The consultancy's knowledge of job roles, bilingual and versioned: drafts are edited, published versions never change. */
package com.careerbridge.crm.roleguide;
