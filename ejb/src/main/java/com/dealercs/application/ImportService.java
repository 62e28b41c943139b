package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.DataImport;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Imports of data files (interfaces.md §1), for HQ staff and administrators. A file is checked
 * for its format and columns at once (a wrong file is refused before anything starts); its rows
 * are then validated and applied by the import batch job.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ImportService {

    /** The largest file accepted (100 MB). */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    @Inject
    ImportJobs jobs;

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Resource
    SessionContext session;

    /** Checks the file and starts its import; the job runs on in the background. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView start(String kindName, byte[] content, String fileName) {
        ImportKind kind = ImportKind.fromPath(kindName)
                .orElseThrow(() -> new NotFoundException("import.kind.unknown", kindName));
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(Problem.of("file", "import.file.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        return find(jobs.start(kind, content, fileName, session.getCallerPrincipal().getName()));
    }

    public ImportView find(long id) {
        DataImport upload = em.find(DataImport.class, id);
        if (upload == null) {
            throw new NotFoundException("import.notFound", id);
        }
        return view(upload, jobs.rejections(id));
    }

    /** The latest imports, newest first, without their rejected rows. */
    public List<ImportView> history(int limit) {
        return em.createQuery("select d from DataImport d order by d.startedAt desc, d.id desc", DataImport.class)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList().stream().map(upload -> view(upload, List.of())).toList();
    }

    private static ImportView view(DataImport upload, List<ImportView.LineProblem> errors) {
        Problem failure = upload.getFailureKey() == null ? null
                : new Problem("file", upload.getFailureKey(), List.<Object>copyOf(upload.getFailureArgs()));
        return new ImportView(upload.getId(), ImportKind.valueOf(upload.getKind()).pathName(),
                upload.getStatus().name(), upload.getRead(), upload.getWritten(), upload.getRejected(), errors, failure,
                upload.getFileName(), upload.getStartedBy(), upload.getStartedAt(), upload.getFinishedAt());
    }
}
