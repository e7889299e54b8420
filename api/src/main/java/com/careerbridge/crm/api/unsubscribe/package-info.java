/** The RFC 8058 one-click unsubscribe endpoint that mail clients call from the List-Unsubscribe header. */
package com.careerbridge.crm.api.unsubscribe;
