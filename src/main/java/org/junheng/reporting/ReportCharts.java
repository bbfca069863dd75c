package org.junheng.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The charts of a report, drawn with Java2D into PNG at twice their printed size (no chart library:
 * two kinds of chart, and the same font as the PDF so Chinese labels draw on any machine).
 */
final class ReportCharts {

    static final int WIDTH_PT = 440;
    private static final int SCALE = 2;
    private static final Color BAR = new Color(0x2e75b6);
    private static final Color OVER = new Color(0xb00020);
    private static final Color LIMIT = new Color(0xc55a11);
    private static final Color[] LINES = {new Color(0x2e75b6), new Color(0x70ad47), new Color(0xc55a11)};
    private static Font chinese;
    private static Font latin;

    private ReportCharts() {
    }

    private static synchronized void loadFonts() {
        if (chinese == null) {
            try (InputStream cjk = PdfReport.font(PdfReport.FONT); InputStream western = PdfReport.font(PdfReport.LATIN_FONT)) {
                chinese = Font.createFont(Font.TRUETYPE_FONT, cjk).deriveFont(10f);
                latin = Font.createFont(Font.TRUETYPE_FONT, western).deriveFont(10f);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the report fonts cannot be read", e);
            }
        }
    }

    /** Draws text in runs: Latin letters, digits and signs in DejaVu Sans, the rest in the Chinese font. */
    private static int text(Graphics2D g, String text, int x, int y) {
        loadFonts();
        int at = x;
        int start = 0;
        while (start < text.length()) {
            boolean western = latin.canDisplay(text.charAt(start));
            int end = start + 1;
            while (end < text.length() && latin.canDisplay(text.charAt(end)) == western) {
                end++;
            }
            g.setFont(western ? latin : chinese);
            String run = text.substring(start, end);
            g.drawString(run, at, y);
            at += g.getFontMetrics().stringWidth(run);
            start = end;
        }
        return at - x;
    }

    /** One bar of a coefficient chart: an indicator's coefficient (null when undefined) and its limit. */
    record Bar(String label, Double value, double limit, String shown) {
    }

    /** Horizontal bars, one per indicator, each with its limit marked; bars over their limit in red. */
    static byte[] coefficients(List<Bar> bars, String limitLegend) {
        int rowHeight = 26;
        int labelWidth = 90;
        int width = WIDTH_PT;
        int height = 30 + bars.size() * rowHeight + 24;
        double most = bars.stream().mapToDouble(b -> Math.max(b.limit(), b.value() == null ? 0 : b.value())).max().orElse(1)
                * 1.15;
        BufferedImage image = canvas(width, height);
        Graphics2D g = graphics(image);
        int plotLeft = labelWidth;
        int plotWidth = width - labelWidth - 60;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 20 + i * rowHeight;
            g.setColor(Color.DARK_GRAY);
            text(g, bar.label(), 4, y + 14);
            if (bar.value() != null) {
                int length = (int) Math.round(bar.value() / most * plotWidth);
                g.setColor(bar.value() > bar.limit() ? OVER : BAR);
                g.fillRect(plotLeft, y + 3, Math.max(length, 1), rowHeight - 10);
                g.setColor(Color.DARK_GRAY);
                text(g, bar.shown(), plotLeft + length + 4, y + 14);
            } else {
                g.setColor(OVER);
                text(g, "—", plotLeft + 4, y + 14);
            }
            int limitX = plotLeft + (int) Math.round(bar.limit() / most * plotWidth);
            g.setColor(LIMIT);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(limitX, y, limitX, y + rowHeight - 4);
        }
        g.setColor(LIMIT);
        g.drawLine(plotLeft, height - 12, plotLeft + 16, height - 12);
        g.setColor(Color.DARK_GRAY);
        text(g, limitLegend, plotLeft + 22, height - 8);
        g.dispose();
        return png(image);
    }

    /** Lines over years (0–100), one per series, e.g. the share of compliant schools of each stage. */
    static byte[] lines(List<Integer> years, List<String> series, List<List<Double>> values, String axis) {
        int width = WIDTH_PT;
        int height = 200;
        BufferedImage image = canvas(width, height);
        Graphics2D g = graphics(image);
        int left = 40;
        int right = width - 110;
        int top = 14;
        int bottom = height - 30;
        g.setColor(Color.LIGHT_GRAY);
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = bottom - (bottom - top) * pct / 100;
            g.drawLine(left, y, right, y);
            g.setColor(Color.DARK_GRAY);
            text(g, pct + "%", 4, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.DARK_GRAY);
        text(g, axis, left, height - 4);
        for (int i = 0; i < years.size(); i++) {
            text(g, String.valueOf(years.get(i)), x(i, years.size(), left, right) - 12, bottom + 14);
        }
        g.setStroke(new BasicStroke(2f));
        for (int s = 0; s < series.size(); s++) {
            g.setColor(LINES[s % LINES.length]);
            List<Double> points = values.get(s);
            for (int i = 0; i < points.size(); i++) {
                if (points.get(i) == null) {
                    continue;
                }
                int x = x(i, years.size(), left, right);
                int y = bottom - (int) Math.round((bottom - top) * points.get(i) / 100);
                g.fillOval(x - 3, y - 3, 6, 6);
                if (i > 0 && points.get(i - 1) != null) {
                    g.drawLine(x(i - 1, years.size(), left, right),
                            bottom - (int) Math.round((bottom - top) * points.get(i - 1) / 100), x, y);
                }
            }
            g.drawLine(right + 12, top + 8 + s * 16, right + 28, top + 8 + s * 16);
            text(g, series.get(s), right + 32, top + 12 + s * 16);
        }
        g.dispose();
        return png(image);
    }

    static int height(byte[] png) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(png)).getHeight() / SCALE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int x(int index, int count, int left, int right) {
        return count == 1 ? (left + right) / 2 : left + 10 + (right - left - 20) * index / (count - 1);
    }

    private static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
