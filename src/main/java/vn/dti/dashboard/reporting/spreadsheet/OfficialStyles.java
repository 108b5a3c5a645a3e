package vn.dti.dashboard.reporting.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Fonts and cell styles of Vietnamese administrative documents (Times New Roman, as Nghị định 30/2020 sets for
 * official papers), shared by the report template and the demo workbooks so both look like what offices send.
 */
final class OfficialStyles {

    private OfficialStyles() {
    }

    static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    /** Vertically centred, optionally with thin borders all round (the cells of a table). */
    static CellStyle style(Workbook workbook, Font font, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
