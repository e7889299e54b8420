/** Delta sync for offline clients: which ids left a list since a moment (tombstones). */
package com.careerbridge.crm.sync;
