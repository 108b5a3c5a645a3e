/**
 * What every feature uses: reporting periods, the API error format, translations and the main layout.
 * Open module: features depend on it, it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.dti.dashboard.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
