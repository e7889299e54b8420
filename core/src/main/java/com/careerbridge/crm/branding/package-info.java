/** The consultancy's own name and logo, which an admin sets and every screen and e-mail shows. */
package com.careerbridge.crm.branding;
