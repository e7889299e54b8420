package com.careerbridge.crm.ui.account;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the drawn SVG back like a camera would (as pixels, through a QR decoder): what the app scans is the URI. */
class QrCodeSvgTest {

    private static final String URI = "otpauth://totp/CareerBridge:jiwoo.han@careerbridge.example?secret="
            + "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=CareerBridge&algorithm=SHA1&digits=6&period=30";
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @Test
    void theDrawnCodeDecodesToTheOtpauthUri() throws Exception {
        String svg = QrCodeSvg.svg(URI);

        Result decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels(svg, 4))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE, DecodeHintType.TRY_HARDER, Boolean.TRUE));

        assertThat(decoded.getText()).isEqualTo(URI);
        assertThat(decoded.getResultMetadata().get(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL))
                .isEqualTo(ErrorCorrectionLevel.M.name());
    }

    @Test
    void keepsAQuietZoneOfFourModules() {
        var modules = QrCodeSvg.encode(URI);
        for (int i = 0; i < modules.getWidth(); i++) {
            for (int edge = 0; edge < 4; edge++) {
                assertThat(modules.get(i, edge)).isFalse();
                assertThat(modules.get(edge, i)).isFalse();
            }
        }
        // Version 6 or so for a URI of this length: 41 modules and the margins.
        assertThat(modules.getWidth()).isBetween(21 + 8, 57 + 8);
    }

    /** Rasterizes the SVG's unit squares, {@code scale} pixels per module, black on white. */
    private static LuminanceSource pixels(String svg, int scale) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1)) * scale;
        int height = Integer.parseInt(box.group(2)) * scale;
        byte[] luminance = new byte[width * height];
        java.util.Arrays.fill(luminance, (byte) 0xff);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    luminance[(y * scale + dy) * width + x * scale + dx] = 0;
                }
            }
        }
        return new LuminanceSource(width, height) {
            @Override
            public byte[] getRow(int y, byte[] row) {
                byte[] out = row == null || row.length < width ? new byte[width] : row;
                System.arraycopy(luminance, y * width, out, 0, width);
                return out;
            }

            @Override
            public byte[] getMatrix() {
                return luminance;
            }
        };
    }
}
