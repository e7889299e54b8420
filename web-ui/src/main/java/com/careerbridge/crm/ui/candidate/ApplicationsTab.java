package com.careerbridge.crm.ui.candidate;

import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.ui.application.ApplicationBoard;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** The candidate page's "Applications" tab: the candidate's application board, as their consultant works on it. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ApplicationsTab extends ApplicationBoard {

    ApplicationsTab(JobApplications applications, JobInterviews interviews, TargetRoleService targetRoles) {
        super(applications, interviews, targetRoles);
    }
}
