/** The REST API under /api/v1 for the mobile app and the candidate web portal: stateless, bearer tokens, JSON. */
package com.careerbridge.crm.api;
