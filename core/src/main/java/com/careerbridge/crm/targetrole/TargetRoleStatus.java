package com.careerbridge.crm.targetrole;

/** How far a candidate has got towards one role. */
public enum TargetRoleStatus {
    EXPLORING,
    PREPARING,
    APPLYING,
    OFFER
}
