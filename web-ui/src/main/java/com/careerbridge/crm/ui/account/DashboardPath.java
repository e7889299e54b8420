package com.careerbridge.crm.ui.account;

/**
 * The dashboard's route by its path. The sign-in steps lead there when done; naming DashboardView's class would make
 * the packages account and dashboard part of one cycle (dashboard → security → account), which ArchitectureTest forbids.
 */
final class DashboardPath {

    static final String VALUE = "";

    private DashboardPath() {
    }
}
