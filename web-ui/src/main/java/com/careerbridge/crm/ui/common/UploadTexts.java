package com.careerbridge.crm.ui.common;

import java.util.List;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's own texts of an upload field ("Upload File...", "Drop file here", its errors) from our bundles (#20). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.add.one")).setMany(t(upload, "upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop.one")).setMany(t(upload, "upload.drop.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.too-many"))
                .setFileIsTooBig(t(upload, "upload.error.too-big")).setIncorrectFileType(t(upload, "upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.status.connecting"))
                        .setStalled(t(upload, "upload.status.stalled")).setProcessing(t(upload, "upload.status.processing"))
                        .setHeld(t(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "upload.remaining"))
                        .setUnknown(t(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "upload.error.server"))
                        .setUnexpectedServerError(t(upload, "upload.error.server"))
                        .setForbidden(t(upload, "upload.error.forbidden"))
                        .setFileTooLarge(t(upload, "upload.error.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
