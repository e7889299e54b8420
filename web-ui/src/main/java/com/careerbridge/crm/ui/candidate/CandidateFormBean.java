package com.careerbridge.crm.ui.candidate;

import java.util.Arrays;
import java.util.List;

import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;

/**
 * The candidate form's editable state for the Binder: a plain mutable bean (the core's {@link CandidateForm} is an
 * immutable record). Tags are typed as one comma-separated line.
 */
public class CandidateFormBean {

    private String fullName = "";
    private String email = "";
    private String phone = "";
    private Language language = Language.KO;
    private String timeZone = Office.DEFAULT.timeZone().getId();
    private CareerStage careerStage = CareerStage.NEW_GRADUATE;
    private String currentCompany = "";
    private String currentTitle = "";
    private String tags = "";

    public static CandidateFormBean from(CandidateForm form) {
        CandidateFormBean bean = new CandidateFormBean();
        bean.fullName = nullToEmpty(form.fullName());
        bean.email = nullToEmpty(form.email());
        bean.phone = nullToEmpty(form.phone());
        bean.language = form.language();
        bean.timeZone = form.timeZone();
        bean.careerStage = form.careerStage();
        bean.currentCompany = nullToEmpty(form.currentCompany());
        bean.currentTitle = nullToEmpty(form.currentTitle());
        bean.tags = form.tags() == null ? "" : String.join(", ", form.tags());
        return bean;
    }

    public CandidateForm toForm() {
        List<String> tagList = tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
        return new CandidateForm(fullName, email, phone, language, timeZone, careerStage, currentCompany, currentTitle, tagList);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Language getLanguage() { return language; }
    public void setLanguage(Language language) { this.language = language; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public CareerStage getCareerStage() { return careerStage; }
    public void setCareerStage(CareerStage careerStage) { this.careerStage = careerStage; }
    public String getCurrentCompany() { return currentCompany; }
    public void setCurrentCompany(String currentCompany) { this.currentCompany = currentCompany; }
    public String getCurrentTitle() { return currentTitle; }
    public void setCurrentTitle(String currentTitle) { this.currentTitle = currentTitle; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
}
