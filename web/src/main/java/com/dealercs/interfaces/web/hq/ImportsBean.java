package com.dealercs.interfaces.web.hq;

import static com.dealercs.interfaces.web.portal.PageTexts.locale;
import static com.dealercs.interfaces.web.portal.PageTexts.text;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.ImportService;
import com.dealercs.application.ImportView;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Problem;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.interfaces.web.export.SpreadsheetDownload;
import com.dealercs.interfaces.web.export.SpreadsheetTable;
import com.dealercs.interfaces.web.portal.PageTexts;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The HQ page "数据导入 / Imports": choose the kind of data, upload a CSV or XLSX file, follow the
 * import while it runs, then read its result and rejected rows; below, the latest imports. Talks
 * to {@link ImportService} only; whatever it refuses comes back as a message in the user's language.
 */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportsBean.class.getName());

    /** The distributor works on Beijing time; stored instants are UTC. */
    static final int HISTORY_LIMIT = 50;
    static final String FORM_ID = "importForm";
    static final String KIND_ID = "kind";
    static final String HISTORY_CLIENT_ID = FORM_ID + ":history";
    static final String MESSAGES_CLIENT_ID = FORM_ID + ":messages";
    static final String STARTED = "STARTED";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    @Inject
    ImportService imports;

    private String kind;
    /** The import shown in the result panel, or {@code null}. */
    private ImportRow current;
    private List<RejectionRow> rejections = List.of();
    private List<ImportRow> history;
    private boolean historyUnavailable;

    // ------------------------------------------------------------------ choosing the kind

    /** The path names of the kinds ({@code dealers}, …), for the select and bundle keys {@code imports.kind.*}. */
    public List<String> getKinds() {
        return Arrays.stream(ImportKind.values()).map(ImportKind::pathName).toList();
    }

    /** The columns a file of the chosen kind must have; empty while no kind is chosen. */
    public List<String> getRequiredColumns() {
        return chosen().map(ImportKind::requiredColumns).orElse(List.of());
    }

    /** The columns a file of the chosen kind may have besides. */
    public List<String> getOptionalColumns() {
        return chosen().map(ImportKind::optionalColumns).orElse(List.of());
    }

    private Optional<ImportKind> chosen() {
        return ImportKind.fromPath(kind);
    }

    /** The largest file accepted, in bytes (the uploader checks it in the browser as well). */
    public long getMaxBytes() {
        return ImportService.MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return ImportService.MAX_BYTES / (1024 * 1024);
    }

    // ------------------------------------------------------------------ upload

    /** Starts the import of an uploaded file as the chosen kind. */
    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        UploadedFile file = event.getFile();
        try {
            String kindName = kindOf(event.getComponent(), faces);
            if (kindName == null) {
                return;
            }
            if (file == null) {
                error(faces, null, text(faces, "imports.upload.unreadable"));
                return;
            }
            if (file.getSize() > ImportService.MAX_BYTES) {
                error(faces, null, text(faces, "imports.upload.tooLarge", getMaxMegabytes()));
                return;
            }
            byte[] content = file.getContent();
            if (content.length > ImportService.MAX_BYTES) {
                error(faces, null, text(faces, "imports.upload.tooLarge", getMaxMegabytes()));
                return;
            }
            ImportView started = imports.start(kindName, content, fileName(file));
            show(started, locale);
            history = null;
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                error(faces, null, problem.message(locale));
            }
            if (e.problems().isEmpty()) {
                error(faces, null, e.message(locale));
            }
        } catch (ApplicationFailure e) {
            error(faces, null, e.message(locale));
        } catch (FacesException e) {
            // the uploaded part could not be read
            LOG.log(Level.WARNING, "Cannot read an uploaded import file", e);
            error(faces, null, text(faces, "imports.upload.unreadable"));
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "An import could not be started", e);
            error(faces, null, text(faces, "imports.upload.failed"));
        } catch (RuntimeException e) {
            // never a stack trace on the page: log it, say it plainly
            LOG.log(Level.SEVERE, "Unexpected failure while starting an import", e);
            error(faces, null, text(faces, "imports.upload.failed"));
        } finally {
            discard(file);
        }
    }

    /**
     * The kind the upload is for. The select is processed with the upload, whose listener runs
     * before the model is updated: read the select's own, validated value.
     */
    private String kindOf(UIComponent upload, FacesContext faces) {
        UIComponent component = upload.findComponent(KIND_ID);
        if (component instanceof UIInput input) {
            if (!input.isValid()) {
                return null; // the select reported why
            }
            // the value submitted with the upload, or else the one the select's own request stored
            kind = input.getValue() instanceof String value && !value.isBlank() ? value : null;
        }
        if (ImportKind.fromPath(kind).isEmpty()) {
            String text = text(faces, "imports.upload.chooseKind");
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
            if (component instanceof UIInput input) {
                input.setValid(false);
                faces.addMessage(component.getClientId(faces), message);
            } else {
                faces.addMessage(null, message);
            }
            faces.validationFailed();
            return null;
        }
        return kind;
    }

    private static String fileName(UploadedFile file) {
        String name = file.getFileName();
        if (name == null) {
            return null;
        }
        // some browsers send the whole path
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? null : name;
    }

    private static void discard(UploadedFile file) {
        if (file == null) {
            return;
        }
        try {
            file.delete();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot delete the temporary copy of an upload", e);
        }
    }

    // ------------------------------------------------------------------ result

    public ImportRow getCurrent() {
        return current;
    }

    /** Whether the shown import is still running: the page polls until it is not. */
    public boolean isRunning() {
        return current != null && current.isRunning();
    }

    /** The rejected rows of the shown import, by line. */
    public List<RejectionRow> getRejections() {
        return rejections;
    }

    public int getRejectionCount() {
        return rejections.size();
    }

    /** The name of the Excel file of rejected rows, without extension. */
    public String getExportFileName() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(faces, "imports.rejections.fileName", current == null ? "" : Long.toString(current.getId()));
    }

    /** The export button: the rejected rows as an Excel workbook (line numbers as numbers). */
    public void exportRejections() {
        FacesContext faces = FacesContext.getCurrentInstance();
        SpreadsheetTable<RejectionRow> table = new SpreadsheetTable<RejectionRow>(getExportFileName(),
                PageTexts.DISPLAY_ZONE)
                .integer(text(faces, "imports.rejections.col.line"), RejectionRow::getLine)
                .text(text(faces, "imports.rejections.col.column"), RejectionRow::getColumn)
                .text(text(faces, "imports.rejections.col.reason"), RejectionRow::getReason);
        SpreadsheetDownload.send(faces, getExportFileName(), table, rejections);
    }

    /** The poll while an import runs: reads it again; once it ends, the history shows its outcome too. */
    public void refresh() {
        if (current == null || !current.isRunning()) {
            return;
        }
        load(current.getId());
        if (current == null || !current.isRunning()) {
            history = null;
            PrimeFaces.current().ajax().update(HISTORY_CLIENT_ID);
        }
    }

    /** A click on a row of the history shows that import. */
    public void select(SelectEvent<ImportRow> event) {
        ImportRow row = event.getObject();
        if (row != null) {
            load(row.getId());
        }
    }

    private void load(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        try {
            show(imports.find(id), locale);
        } catch (ApplicationFailure e) {
            current = null;
            rejections = List.of();
            error(faces, null, e.message(locale));
            PrimeFaces.current().ajax().update(MESSAGES_CLIENT_ID);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read import " + id, e);
            error(faces, null, text(faces, "imports.load.failed"));
            PrimeFaces.current().ajax().update(MESSAGES_CLIENT_ID);
        }
    }

    private void show(ImportView view, Locale locale) {
        current = new ImportRow(view, locale);
        rejections = view.errors().stream()
                .map(e -> new RejectionRow(e.line(), e.problem().field(), e.problem().message(locale)))
                .sorted(Comparator.comparingInt(RejectionRow::getLine))
                .toList();
    }

    // ------------------------------------------------------------------ history

    /** The latest imports, newest first. */
    public List<ImportRow> getHistory() {
        if (history == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = locale(faces);
            try {
                history = imports.history(HISTORY_LIMIT).stream().map(v -> new ImportRow(v, locale)).toList();
                historyUnavailable = false;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Cannot read the import history", e);
                history = List.of();
                historyUnavailable = true;
            }
        }
        return history;
    }

    public boolean isHistoryUnavailable() {
        getHistory();
        return historyUnavailable;
    }

    /** How many imports the history shows at most. */
    public int getHistoryLimit() {
        return HISTORY_LIMIT;
    }

    public int getHistoryCount() {
        return getHistory().size();
    }

    /** The history row of the shown import, highlighted in the table. */
    public ImportRow getSelectedRow() {
        if (current == null) {
            return null;
        }
        return getHistory().stream().filter(r -> r.getId() == current.getId()).findFirst().orElse(null);
    }

    public void setSelectedRow(ImportRow row) {
        // the rowSelect listener loads the import
    }

    // ------------------------------------------------------------------ helpers

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    // ------------------------------------------------------------------ rows

    /** One import as the page shows it; texts are rendered in the page's language when read. */
    public static final class ImportRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String kind;
        private final String status;
        private final int read;
        private final int written;
        private final int rejected;
        private final String failure;
        private final String fileName;
        private final String startedBy;
        private final Instant startedAt;
        private final Instant finishedAt;

        ImportRow(ImportView view, Locale locale) {
            this.id = view.id();
            this.kind = view.kind();
            this.status = view.status();
            this.read = view.read();
            this.written = view.written();
            this.rejected = view.rejected();
            this.failure = view.failure() == null ? null : view.failure().message(locale);
            this.fileName = view.fileName();
            this.startedBy = view.startedBy();
            this.startedAt = view.startedAt();
            this.finishedAt = view.finishedAt();
        }

        public long getId() {
            return id;
        }

        /** The kind's path name ({@code dealers}, …). */
        public String getKind() {
            return kind;
        }

        /** {@code STARTED}, {@code COMPLETED} or {@code FAILED}. */
        public String getStatus() {
            return status;
        }

        public boolean isRunning() {
            return STARTED.equals(status);
        }

        public boolean isCompleted() {
            return COMPLETED.equals(status);
        }

        public boolean isFailed() {
            return FAILED.equals(status);
        }

        /** The colour of the status tag. */
        public String getStatusSeverity() {
            return switch (status) {
                case COMPLETED -> "success";
                case FAILED -> "danger";
                default -> "info";
            };
        }

        public int getRead() {
            return read;
        }

        public int getWritten() {
            return written;
        }

        public int getRejected() {
            return rejected;
        }

        /** Why the whole file was refused, in the page's language; {@code null} unless it was. */
        public String getFailure() {
            return failure;
        }

        public String getFileName() {
            return fileName;
        }

        public String getStartedBy() {
            return startedBy;
        }

        public Instant getStartedAt() {
            return startedAt;
        }

        public Instant getFinishedAt() {
            return finishedAt;
        }

        /** Start on Beijing time, {@code yyyy-MM-dd HH:mm}. */
        public String getStartedAtText() {
            return format(startedAt);
        }

        /** End on Beijing time, {@code yyyy-MM-dd HH:mm}; empty while running. */
        public String getFinishedAtText() {
            return format(finishedAt);
        }

        static String format(Instant instant) {
            return PageTexts.timestamp(instant);
        }
    }

    /** One rejected line of a file: where and why. */
    public static final class RejectionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final String column;
        private final String reason;

        RejectionRow(int line, String column, String reason) {
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        public int getLine() {
            return line;
        }

        /** The column concerned; {@code null} when the whole row is (a repeated key, say). */
        public String getColumn() {
            return column;
        }

        public String getReason() {
            return reason;
        }
    }
}
