package com.dealercs.interfaces.web.inspections;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.ConflictException;
import com.dealercs.application.InspectionPhotoService;
import com.dealercs.application.InspectionRequests.ResultEntry;
import com.dealercs.application.InspectionRequests.ResultsChange;
import com.dealercs.application.InspectionService;
import com.dealercs.application.InspectionView;
import com.dealercs.application.InspectionView.CheckpointEntry;
import com.dealercs.application.InspectionView.Item;
import com.dealercs.application.Problem;
import com.dealercs.interfaces.web.portal.CurrentUser;
import com.dealercs.interfaces.web.portal.LanguageBean;
import com.dealercs.interfaces.web.portal.PageTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The page "巡检录入 / Inspection" ({@code /hq/inspection.xhtml?id=…}): one inspection's checklist
 * item by item. While it is a draft HQ staff mark each checkpoint PASS / FAIL / N/A with a comment;
 * the page saves what changed as a draft on demand and by itself a few seconds after the last
 * change, with the version it read, so a second person's save is never overwritten (a conflict
 * shows what the other saved, and keeps the caller's own entries on screen beside it). The points
 * and the count of unanswered checkpoints are the service's, after each save. Another HQ user than
 * the author approves or returns a submitted inspection; an approved one is reopened with a reason.
 * Talks to {@link InspectionService} and {@link InspectionPhotoService} only.
 */
@Named
@ViewScoped
public class InspectionBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InspectionBean.class.getName());

    @Inject
    InspectionService inspections;

    @Inject
    InspectionPhotoService photos;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageBean language;

    private Long id;
    private InspectionView view;
    /** What the page holds per checkpoint code: the result (PASS, FAIL, NA or null) and the comment. */
    private final Map<String, String> marks = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    /** Per checkpoint code, why the last submission refused it. */
    private final Map<String, String> problems = new HashMap<>();
    /** Per checkpoint code, what the caller had entered when someone else's save won (a conflict). */
    private final Map<String, String> yours = new HashMap<>();
    private List<String> conflictDetails = List.of();
    private String conflict;
    /** Why there is no inspection to show (not found, not the caller's to see). */
    private String problem;
    private long version;
    private String reason;

    // ------------------------------------------------------------------ loading

    public Long getId() {
        return id;
    }

    /** The {@code ?id=} of the page. */
    public void setId(Long id) {
        this.id = id;
    }

    /** The view action: reads the inspection once per view (a reload reads what was saved). */
    public void load() {
        if (view != null || id == null) {
            if (id == null) {
                problem = text("inspection.page.noId");
            }
            return;
        }
        try {
            show(inspections.one(id, locale()));
        } catch (ApplicationFailure e) {
            problem = e.message(locale());
        }
    }

    private void show(InspectionView shown) {
        view = shown;
        version = shown.version();
        marks.clear();
        comments.clear();
        for (Item item : shown.items()) {
            for (CheckpointEntry entry : item.checkpoints()) {
                marks.put(entry.code(), entry.result());
                comments.put(entry.code(), entry.comment());
            }
        }
    }

    // ------------------------------------------------------------------ saving

    /** Saves what changed since the last save (the autosave's remote command and the save button). */
    public void save() {
        if (saveChanges()) {
            info(text("inspection.saved", PageTexts.timestampWithSeconds(view.savedAt())));
        }
    }

    /** The autosave a few seconds after the last change: quiet unless refused. */
    public void autosave() {
        saveChanges();
    }

    /** Saves the changes, if any; false (and a message) when the save was refused. */
    private boolean saveChanges() {
        if (!isEditable()) {
            return false;
        }
        List<ResultEntry> changes = changes();
        if (changes.isEmpty()) {
            return true;
        }
        try {
            InspectionView saved = inspections.saveResults(view.id(), new ResultsChange(version, changes), locale());
            yours.clear();
            conflict = null;
            conflictDetails = List.of();
            // what the page holds stays as typed; only what the server now knows is taken over
            view = saved;
            version = saved.version();
            return true;
        } catch (ConflictException e) {
            conflict(e, changes);
            FacesContext.getCurrentInstance().validationFailed();
            // the checklist shows what the other person saved
            org.primefaces.PrimeFaces.current().ajax().update(isEditable() ? "inspectionForm:checklist" : "inspectionForm");
            return false;
        } catch (ApplicationFailure e) {
            error(failure(e));
            return false;
        }
    }

    /**
     * Someone else saved meanwhile: nothing of ours was saved. The page now shows what the other
     * person saved (never overwritten) and keeps, beside each checkpoint concerned, what we had entered.
     */
    private void conflict(ConflictException e, List<ResultEntry> ours) {
        Locale locale = locale();
        Map<String, String> entered = new LinkedHashMap<>();
        for (ResultEntry entry : ours) {
            entered.put(entry.checkpointCode(), describe(entry.result(), entry.comment()));
        }
        try {
            show(inspections.one(view.id(), locale));
            // the page has reloaded already: who saved and when (on the page's clock), not the API's "reload"
            conflict = text("inspection.conflict.savedBy", view.savedBy() == null ? "—" : view.savedBy(),
                    PageTexts.timestampWithSeconds(view.savedAt()));
        } catch (ApplicationFailure failure) {
            conflict = e.message(locale);
            error(failure.message(locale));
        }
        // each checkpoint concerned with its name and what it holds now, in the page's words
        Map<String, CheckpointEntry> now = new HashMap<>();
        view.items().forEach(item -> item.checkpoints().forEach(c -> now.put(c.code(), c)));
        conflictDetails = e.problems().stream().map(p -> now.containsKey(p.field())
                ? text("inspection.conflict.detail", p.field(), now.get(p.field()).name(),
                        describe(now.get(p.field()).result(), now.get(p.field()).comment()))
                : p.message(locale)).toList();
        yours.clear();
        entered.forEach((code, text) -> {
            if (!Objects.equals(text, describe(marks.get(code), comments.get(code)))) {
                yours.put(code, text);
            }
        });
    }

    private String describe(String result, String comment) {
        String mark = result == null ? text("inspection.result.none") : text("inspection.result." + result);
        return blank(comment) ? mark : mark + " · " + comment.strip();
    }

    /** The checkpoints whose result or comment differ from what the server holds. */
    private List<ResultEntry> changes() {
        List<ResultEntry> changes = new ArrayList<>();
        for (Item item : view.items()) {
            for (CheckpointEntry entry : item.checkpoints()) {
                String mark = normal(marks.get(entry.code()));
                String comment = normal(comments.get(entry.code()));
                if (mark == null && entry.result() == null) {
                    continue; // a comment alone waits for its result
                }
                if (!Objects.equals(mark, entry.result()) || !Objects.equals(comment, normal(entry.comment()))) {
                    changes.add(new ResultEntry(entry.code(), mark, comment));
                }
            }
        }
        return changes;
    }

    // ------------------------------------------------------------------ the workflow

    /** Saves, then hands the inspection over for approval; refusals are shown beside their checkpoints. */
    public void submit() {
        problems.clear();
        if (!saveChanges()) {
            return;
        }
        try {
            show(inspections.submit(view.id(), locale()));
            info(text("inspection.submitted"));
        } catch (ApplicationFailure e) {
            Locale locale = locale();
            List<String> general = new ArrayList<>();
            for (Problem p : e.problems()) {
                if (marks.containsKey(p.field())) {
                    problems.put(p.field(), p.message(locale));
                } else {
                    general.add(p.message(locale));
                }
            }
            error(e.problems().isEmpty() ? e.message(locale)
                    : problems.isEmpty() ? String.join(" ", general)
                    : text("inspection.submit.refused", problems.size()) + (general.isEmpty() ? "" : " " + String.join(" ", general)));
        }
    }

    public void approve() {
        act(() -> inspections.approve(view.id(), locale()), "inspection.approved");
    }

    public void returnToAuthor() {
        act(() -> inspections.returnToAuthor(view.id(), reason, locale()), "inspection.returned");
    }

    public void reopen() {
        act(() -> inspections.reopen(view.id(), reason, locale()), "inspection.reopened");
    }

    private void act(java.util.function.Supplier<InspectionView> action, String done) {
        try {
            show(action.get());
            reason = null;
            problems.clear();
            info(text(done));
        } catch (ApplicationFailure e) {
            error(failure(e));
        }
    }

    /** What went wrong in the user's words: the rule each problem broke, else the failure's own message. */
    private String failure(ApplicationFailure e) {
        return e.problems().isEmpty() ? e.message(locale())
                : e.problems().stream().map(p -> p.message(locale())).collect(java.util.stream.Collectors.joining(" "));
    }

    // ------------------------------------------------------------------ photos

    /** A photo for one checkpoint ({@code checkpoint} attribute of the upload). */
    public void upload(FileUploadEvent event) {
        String code = (String) event.getComponent().getAttributes().get("checkpoint");
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            photos.add(view.id(), code, in.readAllBytes());
            show(inspections.one(view.id(), locale()));
            info(text("inspection.photo.added", code));
        } catch (ApplicationFailure e) {
            error(failure(e));
        } catch (IOException e) {
            error(text("inspection.photo.failed"));
        } finally {
            try {
                file.delete();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Cannot delete the temporary copy of a photo", e);
            }
        }
    }

    public void removePhoto(long photoId) {
        try {
            photos.remove(view.id(), photoId);
            show(inspections.one(view.id(), locale()));
        } catch (ApplicationFailure e) {
            error(failure(e));
        }
    }

    public int getMaxPhotos() {
        return InspectionPhotoService.MAX_PER_CHECKPOINT;
    }

    public long getMaxPhotoBytes() {
        return InspectionPhotoService.MAX_BYTES;
    }

    // ------------------------------------------------------------------ what the page shows

    public InspectionView getView() {
        return view;
    }

    public String getProblem() {
        return problem;
    }

    public Map<String, String> getMarks() {
        return marks;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public Map<String, String> getYours() {
        return yours;
    }

    public String getConflict() {
        return conflict;
    }

    public List<String> getConflictDetails() {
        return conflictDetails;
    }

    public long getVersion() {
        return version;
    }

    /** The version the page read, sent back with each save (optimistic locking). */
    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isHq() {
        return currentUser.isSupervisor() || currentUser.isAdmin();
    }

    /** Whether the caller may enter results: HQ staff on a draft. */
    public boolean isEditable() {
        return view != null && isHq() && "DRAFT".equals(view.status());
    }

    public boolean isAuthor() {
        return view != null && Objects.equals(view.author(), currentUser.getUsername());
    }

    /** Approve and return are offered to another HQ user than the author only. */
    public boolean isApprovable() {
        return view != null && isHq() && "SUBMITTED".equals(view.status()) && !isAuthor();
    }

    public boolean isReopenable() {
        return view != null && isHq() && "APPROVED".equals(view.status()) && "ENTERED".equals(view.source());
    }

    /** The tag colour of a status. */
    public String severity(String status) {
        return InspectionsBean.statusSeverity(status);
    }

    // ------------------------------------------------------------------ helpers

    private Locale locale() {
        return language.getLocale();
    }

    private static String text(String key, Object... arguments) {
        return PageTexts.text(FacesContext.getCurrentInstance(), key, arguments);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static String normal(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
