/**
 * E-mail to candidates and staff: templates in Korean and English, an outbox written in the caller's transaction, a
 * dispatcher that sends each message exactly once across instances, retries and one-click unsubscribe links.
 */
package com.careerbridge.crm.notification;
