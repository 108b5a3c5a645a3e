package vn.dti.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module rules a newcomer must not break by accident: features talk to each other only through
 * their public top-level API (Spring Modulith), Apache POI stays in the spreadsheet-reading package and
 * the export package, Vaadin stays in {@code ui} packages (plus the app shell and the security
 * configuration, which must name the login view).
 */
class ArchitectureTest {

    static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dti.dashboard");

    @Test
    void modules_reach_each_other_only_through_their_public_api_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void apache_poi_is_used_only_by_the_spreadsheet_reader_the_workbook_writers_and_the_exports() {
        noClasses().that().resideOutsideOfPackages("vn.dti.dashboard.shared.spreadsheet..",
                        "vn.dti.dashboard.reporting.spreadsheet..", "vn.dti.dashboard.export..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .because("uploads are read in one place (limits, zip-bomb and macro checks); workbooks are "
                        + "written only by the template and demo-report writers and the exports")
                .check(MAIN_CLASSES);
    }

    @Test
    void vaadin_is_used_only_in_ui_packages_the_app_shell_and_the_security_configuration() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .and().doNotHaveFullyQualifiedName("vn.dti.dashboard.security.SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("domain and services must stay testable and reusable without a UI")
                .check(MAIN_CLASSES);
    }

    @Test
    void services_and_controllers_do_not_use_views() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .and().doNotHaveFullyQualifiedName("vn.dti.dashboard.security.SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("vn.dti.dashboard..ui..")
                .check(MAIN_CLASSES);
    }
}
