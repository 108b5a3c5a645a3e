package vn.dti.dashboard.hierarchy;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/**
 * Imports administrative units from a CSV or XLSX file, for administrators only (web UI and API alike):
 * all rows or none. Throws {@link UnitImportException} with every bad row when the file is refused.
 */
@Service
public class UnitImportService {

    private final UnitFileImport fileImport;

    UnitImportService(UnitFileImport fileImport) {
        this.fileImport = fileImport;
    }

    @RolesAllowed("ADMIN")
    public UnitImportResult importFile(String fileName, byte[] content) {
        return fileImport.importFile(fileName, content);
    }
}
