package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** Gives date pickers the texts of the UI language and the Vietnamese day/month/year order. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker localized(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(picker.getTranslation("shared.datepicker.months")));
        i18n.setWeekdays(list(picker.getTranslation("shared.datepicker.weekdays")));
        i18n.setWeekdaysShort(list(picker.getTranslation("shared.datepicker.weekdays-short")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("shared.datepicker.today"));
        i18n.setCancel(picker.getTranslation("shared.datepicker.cancel"));
        i18n.setDateFormat("dd/MM/yyyy");
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
