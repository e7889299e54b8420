/** What a message is about, shared by the staff's Messages tab and the portal's messages page: the picker and the chip. */
package com.careerbridge.crm.ui.messaging;
