/** The server-sent-events stream that tells the mobile app that something it shows has changed. */
package com.careerbridge.crm.api.events;
