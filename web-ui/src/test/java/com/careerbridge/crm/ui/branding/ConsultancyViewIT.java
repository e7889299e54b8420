package com.careerbridge.crm.ui.branding;

import com.careerbridge.testsupport.BrandDefaults;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import com.careerbridge.crm.ui.layout.MainLayout;
import com.careerbridge.crm.ui.login.LoginView;
import com.careerbridge.crm.ui.portal.PortalView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultancyViewIT extends BrowserlessUiTest {

    static final LocalizedText DEFAULT_NAME = BrandDefaults.NAME;

    @Autowired ConsultancyBrand brand;

    /** The brand is the whole consultancy's: the views other tests open expect the default. */
    @AfterEach
    void backToTheDefault() {
        BrandDefaults.restore(brand);
    }

    @Test
    void anAdminRenamesTheConsultancyAndTheFrameShowsTheNewNameAtOnce() {
        signIn(staff("Admin", Role.ADMIN));
        navigate(DashboardView.class);
        SideNavItem item = $(SideNavItem.class).withCondition(nav -> "Consultancy".equals(nav.getLabel())).single();
        assertThat(item.getPath()).isEqualTo("admin/consultancy");
        ConsultancyView view = navigate(ConsultancyView.class);
        assertThat(view.nameKo.getValue()).isEqualTo("CareerBridge");
        assertThat(brandInLayout()).isEqualTo("CareerBridge");

        test(view.nameKo).setValue("브릿지 커리어 컨설팅");
        test(view.nameEn).setValue("  Bridge Career Consulting ");
        test(view.save).click();

        assertThat(notificationTexts()).contains("The consultancy's name has been saved.");
        assertThat(view.nameEn.getValue()).as("as saved, without the spaces").isEqualTo("Bridge Career Consulting");
        assertThat(brandInLayout()).as("the English screen shows the English name").isEqualTo("Bridge Career Consulting");
        assertThat(brand.current().name()).isEqualTo(LocalizedText.of("브릿지 커리어 컨설팅", "Bridge Career Consulting"));
    }

    @Test
    void anEmptyOrTooLongNameIsRefusedAtItsField() {
        signIn(staff("Admin", Role.ADMIN));
        ConsultancyView view = navigate(ConsultancyView.class);
        long version = brand.current().version();

        test(view.nameKo).setValue("   ");
        // the field stops typing at 80 characters; a value pasted past it is still the service's to refuse
        view.nameEn.setMaxLength(200);
        test(view.nameEn).setValue("x".repeat(81));
        test(view.save).click();

        assertThat(view.nameKo.isInvalid()).isTrue();
        assertThat(view.nameKo.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(view.nameEn.isInvalid()).isTrue();
        assertThat(view.nameEn.getErrorMessage()).isEqualTo("This value is too long.");
        assertThat(brand.current().version()).isEqualTo(version);
    }

    @Test
    void anUploadedLogoIsPreviewedAndShownBesideTheNameAndCanBeRemoved() {
        signIn(staff("Admin", Role.ADMIN));
        ConsultancyView view = navigate(ConsultancyView.class);
        assertThat($(Upload.class).from(view.logo).single().getI18n().getAddFiles().getOne()).isEqualTo("Choose file…");
        assertThat(view.logo.remove.isVisible()).isFalse();

        view.logoUploaded(png(160, 64));

        Brand withLogo = brand.current();
        assertThat(withLogo.hasLogo()).isTrue();
        assertThat(notificationTexts()).contains("The new logo has been saved.");
        Image preview = $(Image.class).from(view.logo.preview).single();
        assertThat(preview.getSrc()).isEqualTo("api/v1/brand/logo?v=" + withLogo.version());
        assertThat(preview.getAlt()).hasValue("CareerBridge");
        Div frame = $(Div.class).from($(MainLayout.class).single()).withClassName("brand").single();
        Image logo = $(Image.class).from(frame).single();
        assertThat(logo.getSrc()).isEqualTo("api/v1/brand/logo?v=" + withLogo.version());
        assertThat(logo.getAlt()).as("the name is the logo's alternative text").hasValue("CareerBridge");
        assertThat($(Span.class).from(frame).single().getElement().getAttribute("aria-hidden"))
                .as("read once, from the logo").isEqualTo("true");
        assertThat(view.logo.remove.isVisible()).isTrue();

        test(view.logo.remove).click();

        assertThat(brand.current().hasLogo()).isFalse();
        assertThat($(Image.class).from(view.logo.preview).exists()).isFalse();
        assertThat($(Image.class).from(frame).exists()).isFalse();
        assertThat($(Span.class).from(frame).single().getElement().hasAttribute("aria-hidden")).isFalse();
    }

    @Test
    void aFileThatIsNoPngOrJpegIsRefusedAtTheLogoField() {
        signIn(staff("Admin", Role.ADMIN));
        ConsultancyView view = navigate(ConsultancyView.class);

        view.logoUploaded("<!DOCTYPE html><html><body>not a picture</body></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(view.logo.isInvalid()).isTrue();
        assertThat(view.logo.error.getText()).isEqualTo("Only a PNG or JPEG image can be the logo.");
        assertThat(brand.current().hasLogo()).isFalse();

        view.logoUploaded(png(1200, 40));
        assertThat(view.logo.error.getText()).isEqualTo("The logo may be at most 1024 × 1024 pixels.");

        view.logoUploaded(png(100, 40));
        assertThat(view.logo.isInvalid()).as("a good file clears the refusal").isFalse();
        assertThat(brand.current().hasLogo()).isTrue();
    }

    @Test
    void aRenameAfterSomeoneElseChangedTheBrandKeepsWhatWasTypedAndSaysSo() {
        signIn(staff("Admin", Role.ADMIN));
        ConsultancyView view = navigate(ConsultancyView.class);
        SystemWork.run(() -> brand.rename(brand.current().version(), LocalizedText.of("다른 관리자", "Other admin")));

        test(view.nameKo).setValue("내 이름");
        test(view.nameEn).setValue("My name");
        test(view.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getText()).startsWith("Someone else saved this in the meantime.");
        assertThat(view.nameKo.getValue()).isEqualTo("내 이름");
        assertThat(view.nameEn.getValue()).isEqualTo("My name");
        assertThat(brand.current().name(com.careerbridge.crm.shared.Language.EN)).isEqualTo("Other admin");
    }

    @Test
    void aConsultantHasNoConsultancyPageAndCannotOpenIt() {
        signIn(staff("Mina", Role.CONSULTANT));
        navigate(DashboardView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Consultancy")
                .contains("Candidates");
        assertThat(navigate("admin/consultancy", AccessDeniedView.class)).isNotNull();
        assertThat($(ConsultancyView.class).exists()).isFalse();
    }

    @Test
    void theSignInPageAndTheCandidatePortalShowTheLogoAndTheNameInTheViewersLanguage() {
        SystemWork.run(() -> {
            Brand named = brand.rename(brand.current().version(), LocalizedText.of("브릿지 커리어 컨설팅",
                    "Bridge Career Consulting"));
            brand.replaceLogo(named.version(), png(160, 64));
        });

        navigate(LoginView.class);
        H1 heading = $(H1.class).withClassName("login-brand").single();
        assertThat($(Image.class).from(heading).single().getAlt()).hasValue("Bridge Career Consulting");
        assertThat(heading.getElement().getTextRecursively()).isEqualTo("Bridge Career Consulting");

        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
        navigate(LoginView.class);
        assertThat($(Image.class).from($(H1.class).withClassName("login-brand").single()).single().getAlt())
                .hasValue("브릿지 커리어 컨설팅");

        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UserAccount consultant = staff("Coach", Role.CONSULTANT);
        signIn(consultant);
        Candidate candidate = candidate("Portal Reader");
        String temporary = "temporary password 1";
        UserAccount login = candidateService.createLogin(candidate.getId(), temporary);
        SystemWork.run(() -> accounts.changePassword(login.getId(), temporary, PASSWORD));
        signIn(login);
        PortalView portal = navigate(PortalView.class);
        Div header = $(Div.class).from(portal).withClassName("portal-brand").single();
        assertThat($(Image.class).from(header).single().getAlt()).hasValue("Bridge Career Consulting");
        assertThat(header.getElement().getTextRecursively()).isEqualTo("Bridge Career Consulting");
    }

    private String brandInLayout() {
        return $(Div.class).from($(MainLayout.class).single()).withClassName("brand").single().getElement()
                .getTextRecursively();
    }

    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
