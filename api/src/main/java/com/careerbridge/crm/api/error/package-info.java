/** How the API says no: RFC 9457 problem documents with stable types and translated texts. */
package com.careerbridge.crm.api.error;
