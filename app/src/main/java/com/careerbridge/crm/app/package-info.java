/** What only the executable needs: its own security for operations endpoints and clear start-up failures. */
package com.careerbridge.crm.app;
