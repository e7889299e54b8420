package com.careerbridge.crm.messaging;

/** Which conversations a staff inbox lists: all it may see, or those whose last message is the candidate's. */
public enum InboxFilter { ALL, WAITING_FOR_ME }
