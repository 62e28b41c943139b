package com.dealercs.infrastructure.persistence.jpa;

import static com.dealercs.infrastructure.persistence.jpa.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.facts.CheckpointResult;
import com.dealercs.domain.model.facts.CrisisAssessment;
import com.dealercs.domain.model.facts.CscItem;
import com.dealercs.domain.model.facts.CscResponse;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.InspectionStatus;
import com.dealercs.domain.model.facts.JdpFactorScore;
import com.dealercs.domain.model.facts.JdpStudy;
import com.dealercs.domain.model.facts.PurchaseVolume;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.facts.SocKind;
import com.dealercs.domain.model.facts.SocScore;
import com.dealercs.domain.model.facts.TrainingScore;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.imports.DataImport;
import com.dealercs.domain.model.imports.ImportStatus;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.scheme.FactorComponent;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.MissingPolicy;
import com.dealercs.domain.model.year.PayoutTier;
import com.dealercs.domain.model.year.YearState;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every entity survives the trip to the database built by the real migrations and back: written
 * in one transaction, read in another (the test unit has no shared cache).
 */
class EntityMappingTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.emptiedBeforeEach();

    // --- the entities that came before the facts ---

    @Test
    void userAccount() {
        Instant created = Instant.parse("2025-01-02T03:04:05.678Z");
        db.run(em -> {
            em.persist(new UserAccount("Dealer.One", "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==", Role.DEALER,
                    "D0001", created, "admin"));
            em.persist(new UserAccount("hq-staff", "hash", Role.SUPERVISOR, null, created, "admin"));
        });

        db.run(em -> {
            UserAccount dealer = em.createQuery("select u from UserAccount u where u.username = 'dealer.one'",
                    UserAccount.class).getSingleResult();
            assertNotNull(dealer.getId());
            assertEquals("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==", dealer.getPasswordHash());
            assertEquals(Role.DEALER, dealer.getRole());
            assertEquals("D0001", dealer.getDealerCode());
            assertTrue(dealer.isEnabled());
            assertEquals(created, dealer.getCreatedAt());
            assertEquals("admin", dealer.getCreatedBy());
            UserAccount staff = em.createQuery("select u from UserAccount u where u.username = 'hq-staff'",
                    UserAccount.class).getSingleResult();
            assertNull(staff.getDealerCode());
        });
    }

    @Test
    void regionAndDealer() {
        db.run(em -> {
            Dealer dealer = new Dealer("D0001", "北京宏达斯巴鲁汽车销售服务有限公司", Fixtures.region(em, "华北"), "北京",
                    "北京", LocalDate.of(2022, 8, 15), DealerStatus.ACTIVE);
            em.persist(dealer);
        });

        db.run(em -> {
            Dealer dealer = Fixtures.findDealer(em, "D0001");
            assertEquals("北京宏达斯巴鲁汽车销售服务有限公司", dealer.getName());
            assertEquals("华北", dealer.getRegion().getName());
            assertEquals("北京", dealer.getProvince());
            assertEquals("北京", dealer.getCity());
            assertEquals(LocalDate.of(2022, 8, 15), dealer.getOpenedOn());
            assertEquals(DealerStatus.ACTIVE, dealer.getStatus());
            dealer.update("北京宏达", dealer.getRegion(), "北京", "北京", dealer.getOpenedOn(), DealerStatus.CLOSED);
        });

        db.run(em -> {
            Dealer dealer = Fixtures.findDealer(em, "D0001");
            assertEquals("北京宏达", dealer.getName());
            assertFalse(dealer.isActive());
        });
    }

    @Test
    void evaluationYearWithItsPolicyAndPayoutTiers() {
        db.run(em -> {
            em.persist(new EvaluationYear(2024, EvaluationYear.Policy.defaults(), NOW));
        });

        db.run(em -> {
            EvaluationYear year = Fixtures.findYear(em, 2024);
            assertEquals(YearState.OPEN, year.getState());
            assertEquals(NOW, year.getDataChangedAt());
            EvaluationYear.Policy policy = year.policy();
            assertEquals(MissingPolicy.RENORMALIZE, policy.missingPolicy());
            assertEquals(new BigDecimal("60.00"), policy.minCoverage());
            assertEquals(30, policy.jdpMinSample());
            assertEquals(5, policy.cscMinResponses());
            assertEquals(10, policy.socBonusTopN());
            assertEquals(new BigDecimal("30000.00"), policy.socBonusAmount());
            assertEquals(new BigDecimal("4000.00"), policy.rebatePerUnit());
            assertEquals(new BigDecimal("0.1500"), policy.csShare());
            assertEquals(new BigDecimal("0.1500"), policy.overallWeight());
            assertEquals(EvaluationYear.Policy.defaults().payoutTiers(), policy.payoutTiers(),
                    "tiers come back by decreasing threshold");
            year.changePolicy(new EvaluationYear.Policy(MissingPolicy.ZERO, new BigDecimal("50"), 20, 3, 5,
                    new BigDecimal("10000.00"), new BigDecimal("3000.00"), new BigDecimal("0.2"),
                    new BigDecimal("0.1"), List.of(new PayoutTier(new BigDecimal("85.5"), BigDecimal.ONE),
                    new PayoutTier(BigDecimal.ZERO, new BigDecimal("0.25")))));
            year.dataChanged(NOW.plusSeconds(60));
        });

        db.run(em -> {
            EvaluationYear year = Fixtures.findYear(em, 2024);
            assertEquals(MissingPolicy.ZERO, year.policy().missingPolicy());
            assertEquals(List.of(new PayoutTier(new BigDecimal("85.5"), BigDecimal.ONE),
                    new PayoutTier(BigDecimal.ZERO, new BigDecimal("0.25"))), year.policy().payoutTiers());
            assertEquals(NOW.plusSeconds(60), year.getDataChangedAt());
        });
    }

    @Test
    void checklistsAndFactorsOfTheDefaultScheme() {
        db.run(em -> {
            Fixtures.year(em, 2024);
        });

        db.run(em -> {
            EvaluationYear year = Fixtures.findYear(em, 2024);
            List<ChecklistItem> items = em.createQuery("select i from ChecklistItem i where i.year = :year"
                    + " order by i.map desc, i.sortOrder", ChecklistItem.class).setParameter("year", year).getResultList();
            assertEquals(12, items.size(), "8 SSI-MAP and 4 CS-MAP items");
            ChecklistItem first = items.get(0);
            assertEquals(ChecklistMap.SSI_MAP, first.getMap());
            assertEquals("SSI-ENV", first.getCode());
            assertEquals("展厅内外环境", first.getNameZh());
            assertEquals("Showroom environment", first.getNameEn());
            assertEquals(new BigDecimal("1.00"), first.getItemMax());
            assertEquals(2024, first.getYear().getYear());
            List<Checkpoint> checkpoints = first.getCheckpoints();
            assertEquals(9, checkpoints.size());
            assertEquals(List.of("SSI-ENV-01", "SSI-ENV-02", "SSI-ENV-03"),
                    checkpoints.stream().limit(3).map(Checkpoint::getCode).toList(), "in their sort order");
            assertEquals("展厅外部环境", checkpoints.get(0).getNameZh());
            assertEquals("Showroom exterior", checkpoints.get(0).getNameEn());
            assertEquals(65, em.createQuery("select count(c) from Checkpoint c where c.year = :year", Long.class)
                    .setParameter("year", year).getSingleResult());
            for (ChecklistMap map : ChecklistMap.values()) {
                assertEquals(0, new BigDecimal("15").compareTo(items.stream().filter(item -> item.getMap() == map)
                        .map(ChecklistItem::getItemMax).reduce(BigDecimal.ZERO, BigDecimal::add)), map.name());
            }

            ScoringFactor quality = Fixtures.factor(em, year, "SERVICE_QUALITY");
            assertEquals(FactorComponent.JDP_CSI, quality.getComponent());
            assertEquals("服务质量", quality.getNameZh());
            assertEquals("Service quality", quality.getNameEn());
            assertEquals(new BigDecimal("3.00"), quality.getWeight());
            assertEquals(2024, quality.getYear().getYear());
            assertEquals(16, em.createQuery("select count(f) from ScoringFactor f where f.year = :year", Long.class)
                    .setParameter("year", year).getSingleResult());
        });
    }

    @Test
    void dataImportWithItsFileAndOutcome() {
        byte[] file = "year,dealer_code,units\n2024,D0001,120\n".getBytes(StandardCharsets.UTF_8);
        Long completedId = db.call(em -> {
            DataImport started = new DataImport("VOLUMES", " volumes.csv ", file, "a".repeat(64), "supervisor", NOW);
            em.persist(started);
            started.completed(1, 1, 0, NOW.plusMillis(1500));
            return started;
        }).getId();
        Long failedId = db.call(em -> {
            DataImport started = new DataImport("SOC", null, new byte[] {1, 2, 3}, "b".repeat(64), "admin", NOW);
            em.persist(started);
            started.failed("import.tooManyRejected", List.of(7, "10%"), 10, 7, NOW.plusSeconds(2));
            return started;
        }).getId();

        db.run(em -> {
            DataImport completed = em.find(DataImport.class, completedId);
            assertEquals("VOLUMES", completed.getKind());
            assertEquals("volumes.csv", completed.getFileName());
            assertArrayEquals(file, completed.getContent());
            assertEquals("a".repeat(64), completed.getContentSha256());
            assertEquals(file.length, completed.getSizeBytes());
            assertEquals(ImportStatus.COMPLETED, completed.getStatus());
            assertEquals(1, completed.getRead());
            assertEquals(1, completed.getWritten());
            assertEquals(0, completed.getRejected());
            assertNull(completed.getJobExecutionId(), "set by the import store with plain SQL, not by the entity");
            assertEquals("supervisor", completed.getStartedBy());
            assertEquals(NOW, completed.getStartedAt());
            assertEquals(NOW.plusMillis(1500), completed.getFinishedAt());
            assertNull(completed.getFailureKey());
            assertEquals(List.of(), completed.getFailureArgs());

            DataImport failed = em.find(DataImport.class, failedId);
            assertEquals(ImportStatus.FAILED, failed.getStatus());
            assertNull(failed.getFileName());
            assertEquals("import.tooManyRejected", failed.getFailureKey());
            assertEquals(List.of("7", "10%"), failed.getFailureArgs());
            assertEquals(7, failed.getRejected());
            assertNull(failed.getJobExecutionId());
        });
    }

    // --- the facts ---

    @Test
    void inspectionWithItsCheckpointResults() {
        Long id = db.call(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            em.flush();
            Inspection inspection = new Inspection(year, 1, dealer, ChecklistMap.SSI_MAP, LocalDate.of(2024, 3, 8),
                    "李娜");
            inspection.record(Fixtures.checkpoint(em, year, "SSI-ENV-01"), CheckpointOutcome.PASS, null);
            inspection.record(Fixtures.checkpoint(em, year, "SSI-ENV-02"), CheckpointOutcome.FAIL, "展车有灰尘");
            inspection.record(Fixtures.checkpoint(em, year, "SSI-ENV-03"), CheckpointOutcome.NA, "  ");
            inspection.approve();
            em.persist(inspection);
            return inspection;
        }).getId();

        db.run(em -> {
            Inspection inspection = em.find(Inspection.class, id);
            assertEquals(2024, inspection.getYear().getYear());
            assertEquals(1, inspection.getQuarter());
            assertEquals("D0001", inspection.getDealer().getCode());
            assertEquals(ChecklistMap.SSI_MAP, inspection.getMap());
            assertEquals(LocalDate.of(2024, 3, 8), inspection.getInspectionDate());
            assertEquals("李娜", inspection.getInspector());
            assertEquals(InspectionStatus.APPROVED, inspection.getStatus());
            assertEquals(3, inspection.getResults().size());
            CheckpointResult failed = inspection.result(Fixtures.checkpoint(em, inspection.getYear(), "SSI-ENV-02"))
                    .orElseThrow();
            assertEquals(CheckpointOutcome.FAIL, failed.getOutcome());
            assertEquals("展车有灰尘", failed.getComment());
            assertEquals("SSI-ENV", failed.getCheckpoint().getItem().getCode());
            assertNull(inspection.result(Fixtures.checkpoint(em, inspection.getYear(), "SSI-ENV-03")).orElseThrow()
                    .getComment(), "a blank comment is none");
            assertEquals(id, em.find(CheckpointResult.class, new CheckpointResult.Key(id,
                    failed.getCheckpoint().getId())).getInspection().getId());

            // a re-import marks the same checkpoint again: the row changes, no second row appears
            inspection.record(failed.getCheckpoint(), CheckpointOutcome.PASS, "已整改");
            inspection.record(Fixtures.checkpoint(em, inspection.getYear(), "SSI-ENV-04"), CheckpointOutcome.PASS, null);
            inspection.revise(2, "王伟");
        });

        db.run(em -> {
            Inspection inspection = em.find(Inspection.class, id);
            assertEquals(2, inspection.getQuarter());
            assertEquals("王伟", inspection.getInspector());
            assertEquals(4, inspection.getResults().size());
            CheckpointResult corrected = inspection.result(Fixtures.checkpoint(em, inspection.getYear(), "SSI-ENV-02"))
                    .orElseThrow();
            assertEquals(CheckpointOutcome.PASS, corrected.getOutcome());
            assertEquals("已整改", corrected.getComment());
            em.remove(inspection);
        });

        db.run(em -> {
            assertNull(em.find(Inspection.class, id));
            assertEquals(0L, em.createQuery("select count(r) from CheckpointResult r", Long.class).getSingleResult(),
                    "results go with their inspection");
        });
    }

    @Test
    void anInspectionIsVersioned() {
        Long id = db.call(em -> {
            Inspection inspection = new Inspection(Fixtures.year(em, 2024), 4,
                    Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001"), ChecklistMap.CS_MAP,
                    LocalDate.of(2024, 12, 2), "李娜");
            em.persist(inspection);
            return inspection;
        }).getId();

        var first = db.emf().createEntityManager();
        var second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(Inspection.class, id).revise(4, "张三");
            second.find(Inspection.class, id).revise(4, "李四");
            first.getTransaction().commit();
            RollbackException lost = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(lost.getCause() instanceof OptimisticLockException, String.valueOf(lost.getCause()));
        } finally {
            TestDatabase.close(first);
            TestDatabase.close(second);
        }
        assertEquals("张三", db.call(em -> em.find(Inspection.class, id)).getInspector());
    }

    @Test
    void socScores() {
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            em.persist(new SocScore(year, dealer, SocKind.BASELINE, LocalDate.of(2024, 1, 20), new BigDecimal("71")));
            em.persist(new SocScore(year, dealer, SocKind.FINAL, LocalDate.of(2024, 11, 5), new BigDecimal("80.5")));
            em.persist(new SocScore(year, dealer, SocKind.SPOT, LocalDate.of(2024, 5, 6), new BigDecimal("76.00")));
            em.persist(new SocScore(year, dealer, SocKind.SPOT, LocalDate.of(2024, 9, 9), new BigDecimal("79.25")));
        });

        db.run(em -> {
            List<SocScore> scores = em.createQuery("select s from SocScore s order by s.visitDate", SocScore.class)
                    .getResultList();
            assertEquals(List.of("BASELINE", "SPOT:2024-05-06", "SPOT:2024-09-09", "FINAL"),
                    scores.stream().map(SocScore::getSlot).toList());
            assertEquals(List.of(new BigDecimal("71.00"), new BigDecimal("76.00"), new BigDecimal("79.25"),
                    new BigDecimal("80.50")), scores.stream().map(SocScore::getScore).toList());
            SocScore finalScore = scores.get(3);
            assertEquals(SocKind.FINAL, finalScore.getKind());
            assertEquals(LocalDate.of(2024, 11, 5), finalScore.getVisitDate());
            assertEquals("D0001", finalScore.getDealer().getCode());
            assertEquals(2024, finalScore.getYear().getYear());
            finalScore.replace(LocalDate.of(2024, 12, 1), new BigDecimal("82.10"));
        });

        db.run(em -> {
            SocScore finalScore = em.createQuery("select s from SocScore s where s.slot = 'FINAL'", SocScore.class)
                    .getSingleResult();
            assertEquals(LocalDate.of(2024, 12, 1), finalScore.getVisitDate());
            assertEquals(new BigDecimal("82.10"), finalScore.getScore());
        });
    }

    @Test
    void jdpFactorScores() {
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            em.flush();
            em.persist(new JdpFactorScore(year, dealer, Fixtures.factor(em, year, "DEAL"), new BigDecimal("750"), 45));
            em.persist(new JdpFactorScore(year, dealer, Fixtures.factor(em, year, "SERVICE_QUALITY"),
                    new BigDecimal("1000"), 0));
        });

        db.run(em -> {
            List<JdpFactorScore> scores = em.createQuery("select j from JdpFactorScore j order by j.study desc",
                    JdpFactorScore.class).getResultList();
            JdpFactorScore deal = scores.get(0);
            assertEquals(JdpStudy.SSI, deal.getStudy());
            assertEquals("DEAL", deal.getFactorCode());
            assertEquals(new BigDecimal("750.00"), deal.getIndex());
            assertEquals(45, deal.getSampleSize());
            assertEquals("D0001", deal.getDealer().getCode());
            JdpFactorScore quality = scores.get(1);
            assertEquals(JdpStudy.CSI, quality.getStudy());
            assertEquals(new BigDecimal("1000.00"), quality.getIndex());
            assertEquals(0, quality.getSampleSize());
            deal.replace(new BigDecimal("812.5"), 64);
        });

        db.run(em -> {
            JdpFactorScore deal = em.createQuery("select j from JdpFactorScore j where j.factorCode = 'DEAL'",
                    JdpFactorScore.class).getSingleResult();
            assertEquals(new BigDecimal("812.50"), deal.getIndex());
            assertEquals(64, deal.getSampleSize());
        });
    }

    @Test
    void cscResponsesWithBlankRatings() {
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            em.persist(new CscResponse("R202400000001", year, 1, dealer, new CscResponse.Ratings(7, 0, 10, 8, 9)));
            em.persist(new CscResponse("R202400000002", year, 3, dealer,
                    new CscResponse.Ratings(null, 9, null, null, 6)));
        });

        db.run(em -> {
            CscResponse full = em.createQuery("select c from CscResponse c where c.responseId = 'R202400000001'",
                    CscResponse.class).getSingleResult();
            assertEquals(new CscResponse.Ratings(7, 0, 10, 8, 9), full.getRatings());
            assertEquals(1, full.getQuarter());
            assertEquals("D0001", full.getDealer().getCode());
            assertEquals(2024, full.getYear().getYear());
            CscResponse partial = em.createQuery("select c from CscResponse c where c.responseId = 'R202400000002'",
                    CscResponse.class).getSingleResult();
            assertEquals(3, partial.getQuarter());
            assertNull(partial.rating(CscItem.AWARENESS), "blank is not 0");
            assertEquals(9, partial.rating(CscItem.ATTITUDE));
            assertNull(partial.rating(CscItem.COMMUNICATION));
            assertNull(partial.rating(CscItem.EXPERIENCE));
            assertEquals(6, partial.rating(CscItem.FIRST_TIME_RESOLUTION));
            partial.replace(partial.getYear(), 4, partial.getDealer(), new CscResponse.Ratings(1, 2, 3, 4, null));
        });

        db.run(em -> {
            CscResponse partial = em.createQuery("select c from CscResponse c where c.responseId = 'R202400000002'",
                    CscResponse.class).getSingleResult();
            assertEquals(4, partial.getQuarter());
            assertEquals(new CscResponse.Ratings(1, 2, 3, 4, null), partial.getRatings());
        });
    }

    @Test
    void trainingScoresAndCrisisAssessments() {
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            em.persist(new TrainingScore(year, dealer, LocalDate.of(2024, 9, 3), "TAS-吴", new BigDecimal("8.5")));
            em.persist(new CrisisAssessment(year, dealer, LocalDate.of(2024, 2, 28), new BigDecimal("9")));
        });

        db.run(em -> {
            TrainingScore training = em.createQuery("select t from TrainingScore t", TrainingScore.class)
                    .getSingleResult();
            assertEquals(LocalDate.of(2024, 9, 3), training.getSessionDate());
            assertEquals("TAS-吴", training.getTrainer());
            assertEquals(new BigDecimal("8.50"), training.getScore());
            assertEquals("D0001", training.getDealer().getCode());
            assertEquals(2024, training.getYear().getYear());
            training.replace("TAS-周", BigDecimal.TEN);

            CrisisAssessment crisis = em.createQuery("select c from CrisisAssessment c", CrisisAssessment.class)
                    .getSingleResult();
            assertEquals(LocalDate.of(2024, 2, 28), crisis.getAssessedOn());
            assertEquals(new BigDecimal("9.00"), crisis.getScore());
            assertEquals("D0001", crisis.getDealer().getCode());
            crisis.replace(new BigDecimal("7.13"));
        });

        db.run(em -> {
            TrainingScore training = em.createQuery("select t from TrainingScore t", TrainingScore.class)
                    .getSingleResult();
            assertEquals("TAS-周", training.getTrainer());
            assertEquals(new BigDecimal("10.00"), training.getScore());
            assertEquals(new BigDecimal("7.13"), em.createQuery("select c from CrisisAssessment c",
                    CrisisAssessment.class).getSingleResult().getScore());
        });
    }

    @Test
    void purchaseVolumesAndRebateAdjustments() {
        String hash = "0123456789abcdef".repeat(4);
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            em.persist(new PurchaseVolume(year, dealer, 120));
            em.persist(RebateAdjustment.entered(year, dealer, new BigDecimal("-5000"), "负面媒体曝光", "supervisor",
                    Instant.parse("2024-12-01T10:00:00.123456789Z")));
            em.persist(RebateAdjustment.imported(year, dealer, new BigDecimal("2000.5"), "年度特别贡献奖励",
                    hash.toUpperCase(), 2, "admin", NOW));
        });

        db.run(em -> {
            PurchaseVolume volume = em.createQuery("select v from PurchaseVolume v", PurchaseVolume.class)
                    .getSingleResult();
            assertEquals(120, volume.getUnits());
            assertEquals("D0001", volume.getDealer().getCode());
            assertEquals(2024, volume.getYear().getYear());
            volume.replace(0);

            List<RebateAdjustment> adjustments = em.createQuery("select a from RebateAdjustment a order by a.createdAt",
                    RebateAdjustment.class).getResultList();
            RebateAdjustment entered = adjustments.get(0);
            assertEquals(new BigDecimal("-5000.00"), entered.getAmount());
            assertEquals("负面媒体曝光", entered.getReason());
            assertFalse(entered.isImported());
            assertNull(entered.getSourceHash());
            assertNull(entered.getSourceLine());
            assertEquals(Instant.parse("2024-12-01T10:00:00.123Z"), entered.getCreatedAt(),
                    "kept to the millisecond, as the column does");
            assertEquals("supervisor", entered.getCreatedBy());
            RebateAdjustment imported = adjustments.get(1);
            assertEquals(new BigDecimal("2000.50"), imported.getAmount());
            assertEquals(hash, imported.getSourceHash());
            assertEquals(2, imported.getSourceLine());
            assertEquals(NOW, imported.getCreatedAt());
            assertEquals("admin", imported.getCreatedBy());
        });

        assertEquals(0, db.call(em -> em.createQuery("select v from PurchaseVolume v", PurchaseVolume.class)
                .getSingleResult()).getUnits());
    }

    // --- the year's state, as stored, guards its facts ---

    @Test
    void noFactOfAFrozenYearCanBeCreatedOrChanged() throws Exception {
        db.run(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            em.persist(new PurchaseVolume(year, Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001"), 10));
        });
        try (Connection jdbc = db.connect(); Statement sql = jdbc.createStatement()) {
            sql.executeUpdate("update evaluation_year set state = 'APPROVED' where eval_year = 2024");
        }

        db.run(em -> {
            EvaluationYear year = Fixtures.findYear(em, 2024);
            Dealer dealer = Fixtures.findDealer(em, "D0001");
            assertFalse(year.acceptsData());
            assertThrows(IllegalStateException.class, () -> new PurchaseVolume(year, dealer, 20));
            assertThrows(IllegalStateException.class, () -> new Inspection(year, 1, dealer, ChecklistMap.CS_MAP,
                    LocalDate.of(2024, 1, 2), "李娜"));
            assertThrows(IllegalStateException.class, () -> RebateAdjustment.entered(year, dealer, BigDecimal.ONE,
                    "late", "admin", NOW));
            PurchaseVolume volume = em.createQuery("select v from PurchaseVolume v", PurchaseVolume.class)
                    .getSingleResult();
            assertThrows(IllegalStateException.class, () -> volume.replace(20));
            assertEquals(10, volume.getUnits());
        });
    }
}
