package org.ffw.subsidy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The contribution tables (V38). Package-private: other features read through {@link ContributionRecords}. */
@Mapper
interface ContributionRecordMapper {

    // records

    List<RecordedContribution> recorded(@Param("creditCode") String creditCode, @Param("residentId") String residentId,
                                        @Param("months") Collection<YearMonth> months);

    List<ContributionRecord> list(@Param("creditCode") String creditCode, @Param("residentId") String residentId,
                                  @Param("from") YearMonth from, @Param("to") YearMonth to,
                                  @Param("limit") int limit, @Param("offset") int offset);

    /** Locks the one row of contribution_import_lock until the transaction ends: imports run one at a time. */
    Integer lockImports();

    int deleteMonth(@Param("month") YearMonth month);

    int deleteEmployersOfMonth(@Param("month") YearMonth month, @Param("creditCodes") Collection<String> creditCodes);

    int insertRecords(@Param("rows") List<ContributionCsv.Row> rows, @Param("importId") long importId,
                      @Param("importedAt") Instant importedAt);

    // imports

    int insertImport(ImportRow row);

    int finishImport(ImportRow row);

    int insertMonth(@Param("importId") long importId, @Param("month") YearMonth month,
                    @Param("rowsAccepted") int rowsAccepted, @Param("recordsReplaced") int recordsReplaced);

    int insertRejections(@Param("importId") long importId, @Param("rejections") List<IndexedRejection> rejections);

    ImportRow findImport(@Param("id") long id);

    List<ImportRow> imports(@Param("limit") int limit, @Param("offset") int offset);

    List<ImportMonth> months(@Param("importId") long importId);

    List<ContributionImports.Rejection> rejections(@Param("importId") long importId);

    /** An import as stored; {@code id} is set by {@link #insertImport}. */
    final class ImportRow {
        Long id;
        String fileName;
        String fileSha256;
        ContributionImports.Replace replaceScope;
        YearMonth firstMonth;
        YearMonth lastMonth;
        int rowsAccepted;
        int rowsRejected;
        int problems;
        int recordsReplaced;
        String importedBy;
        Instant importedAt;

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getFileName() { return fileName; }
        public void setFileName(String v) { fileName = v; }
        public String getFileSha256() { return fileSha256; }
        public void setFileSha256(String v) { fileSha256 = v; }
        public ContributionImports.Replace getReplaceScope() { return replaceScope; }
        public void setReplaceScope(ContributionImports.Replace v) { replaceScope = v; }
        public YearMonth getFirstMonth() { return firstMonth; }
        public void setFirstMonth(YearMonth v) { firstMonth = v; }
        public YearMonth getLastMonth() { return lastMonth; }
        public void setLastMonth(YearMonth v) { lastMonth = v; }
        public int getRowsAccepted() { return rowsAccepted; }
        public void setRowsAccepted(int v) { rowsAccepted = v; }
        public int getRowsRejected() { return rowsRejected; }
        public void setRowsRejected(int v) { rowsRejected = v; }
        public int getProblems() { return problems; }
        public void setProblems(int v) { problems = v; }
        public int getRecordsReplaced() { return recordsReplaced; }
        public void setRecordsReplaced(int v) { recordsReplaced = v; }
        public String getImportedBy() { return importedBy; }
        public void setImportedBy(String v) { importedBy = v; }
        public Instant getImportedAt() { return importedAt; }
        public void setImportedAt(Instant v) { importedAt = v; }
    }

    /** One month an import covered. */
    record ImportMonth(YearMonth month, int rowsAccepted, int recordsReplaced) {
    }

    /** A rejection with its place in the report. */
    record IndexedRejection(int seq, ContributionImports.Rejection rejection) {
    }
}
