package vn.dti.dashboard.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * User-facing texts in Vietnamese (default) and English. Each feature keeps its own bundle,
 * {@code i18n/<feature>_vi.properties} and {@code i18n/<feature>_en.properties} (UTF-8), so features add
 * texts without touching one shared file; keys start with the feature name. Services use this for the
 * API's messages, the Vaadin UI through {@code TranslationProvider}. A test fails when a key is missing
 * in either language.
 */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    static final String BUNDLE_PATTERN = "classpath*:i18n/*_%s.properties";

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final Map<String, Map<String, String>> textsByLanguage = new HashMap<>();

    public Messages() {
        for (Locale locale : LOCALES) {
            textsByLanguage.put(locale.getLanguage(), loadAll(locale.getLanguage()));
        }
    }

    /** All texts of a language ({@code vi} or {@code en}) from every feature bundle: key to text. */
    public static Map<String, String> loadAll(String language) {
        Map<String, String> texts = new HashMap<>();
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver()
                    .getResources(BUNDLE_PATTERN.formatted(language));
            for (Resource bundle : bundles) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> texts.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translation bundles", e);
        }
        return texts;
    }

    /** English when the locale's language is English, Vietnamese otherwise. */
    public static Locale supported(@Nullable Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    public String get(@Nullable Locale locale, String key, Object... params) {
        Locale language = supported(locale);
        String text = textsByLanguage.get(language.getLanguage()).get(key);
        if (text == null) {
            // The i18n test keeps this from happening in a build; show the key rather than fail a page.
            log.warn("Missing translation '{}' for {}", key, language);
            return "!" + key;
        }
        return params.length == 0 ? text : new MessageFormat(text, language).format(params);
    }

    /** Vietnamese text: the API's language. */
    public String vi(String key, Object... params) {
        return get(VIETNAMESE, key, params);
    }
}
