/**
 * Live refresh across instances: every committed change about a candidate is announced through PostgreSQL
 * {@code LISTEN/NOTIFY}, so open web pages and the mobile app's event stream on any instance learn of it within moments.
 */
package com.careerbridge.crm.live;
