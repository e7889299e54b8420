/** The OpenAPI document and the Swagger UI for developers. */
package com.careerbridge.crm.api.docs;
