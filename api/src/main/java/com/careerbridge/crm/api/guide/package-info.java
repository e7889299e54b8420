/** The role guide catalogue for staff: published guides and a version's full content, in Korean or English. */
package com.careerbridge.crm.api.guide;
