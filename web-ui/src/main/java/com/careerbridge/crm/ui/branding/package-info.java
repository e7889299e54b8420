/** The consultancy's name and logo on every screen, and the admin's page that sets them. */
package com.careerbridge.crm.ui.branding;
