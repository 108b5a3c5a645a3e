package vn.dti.dashboard.hierarchy;

import org.jspecify.annotations.Nullable;

/**
 * One data row of a units import file as text, with its spreadsheet row number. Columns follow the API
 * contract: {@code code,name,level,parent_code[,valid_from,valid_to,successor_code]}. An optional column
 * that the file does not have is null (an update then keeps the stored value); a blank cell is "".
 */
record UnitRow(int row, String code, String name, String level, String parentCode, @Nullable String validFrom,
        @Nullable String validTo, @Nullable String successorCode) {
}
