package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A notice that a feature wants on every signed-in page, above the views (e.g. "the demo reports are still
 * loading"). {@link MainLayout} asks every Spring bean of this type once per layout it builds, so it shows
 * the features' notices without depending on any feature.
 */
public interface LayoutBanner {

    /** A new component for one layout (one browser tab), or empty when there is nothing to say. */
    Optional<Component> create();
}
