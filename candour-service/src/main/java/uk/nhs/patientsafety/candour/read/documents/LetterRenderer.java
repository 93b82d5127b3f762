package uk.nhs.patientsafety.candour.read.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * Renders a written notification's plain text as HTML (every character escaped: the text is the lead's) and as PDF
 * (OpenPDF). Paragraphs are separated by a blank line; a paragraph's first line is its heading when it has more.
 */
public final class LetterRenderer {

    private LetterRenderer() {}

    public static String html(String text, String providerOds, LocalDate sentOn) {
        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Duty of Candour: written"
                        + " notification</title></head><body>\n");
        html.append("<p class=\"provider\">").append(escape(providerOds)).append("</p>\n");
        html.append("<p class=\"status\">")
                .append(sentOn == null ? "Draft" : "Sent on " + sentOn)
                .append("</p>\n");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(escape(paragraph.strip()).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    public static byte[] pdf(String text, String providerOds, LocalDate sentOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Duty of Candour: written notification");
            document.open();
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            document.add(new Paragraph(providerOds + (sentOn == null ? " - draft" : " - sent on " + sentOn), small));
            for (String paragraph : text.split("\\n\\s*\\n")) {
                String[] lines = paragraph.strip().split("\\n", 2);
                Paragraph p = new Paragraph();
                p.setSpacingAfter(8);
                if (lines.length == 2) {
                    p.add(new com.lowagie.text.Chunk(lines[0] + "\n", heading));
                    p.add(new com.lowagie.text.Chunk(lines[1], body));
                } else {
                    p.add(new com.lowagie.text.Chunk(lines[0], body));
                }
                document.add(p);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be rendered as PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
