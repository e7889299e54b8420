/** The staff inbox: the conversations with candidates, unread and unanswered first (#16). */
package com.careerbridge.crm.ui.inbox;
