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
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    UnitImportService(UnitFileImport fileImport,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.fileImport = fileImport;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    /**
     * What importing the file would do, without doing it: the same checks and the same counts, in a
     * transaction that is always rolled back (nothing stored, no event after commit, so no rollup rebuild).
     *
     * @throws UnitImportException with every bad row, exactly as the import would
     */
    @RolesAllowed("ADMIN")
    public UnitImportResult preview(String fileName, byte[] content) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return fileImport.importFile(fileName, content);
        });
    }

    @RolesAllowed("ADMIN")
    public UnitImportResult importFile(String fileName, byte[] content) {
        return fileImport.importFile(fileName, content);
    }
}
