/** Reusable HTTP building blocks of the API: entity tags and conditional requests, paging parameters and pages. */
package com.careerbridge.crm.api.http;
