package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.shared.Messages;

/** Vaadin's view of {@link Messages}: Vietnamese first, English second. */
@Component
class TranslationProvider implements I18NProvider {

    private final Messages messages;

    TranslationProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        return messages.get(locale, key, params);
    }
}
