/** A candidate's job applications as a board, shared by the consultant's candidate page and the candidate's portal. */
package com.careerbridge.crm.ui.application;
