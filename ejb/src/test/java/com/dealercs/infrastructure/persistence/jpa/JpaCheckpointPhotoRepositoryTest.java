package com.dealercs.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CheckpointPhoto;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.PhotoDescription;
import com.dealercs.domain.model.facts.PhotoKind;
import com.dealercs.domain.model.facts.PhotoLimits;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Photos survive the trip to the database (the V6 migration on H2 in MySQL mode) and are listed without their bytes. */
class JpaCheckpointPhotoRepositoryTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.emptiedBeforeEach();

    private static final String SHA = "ab".repeat(32);

    private long inspectionId;

    @BeforeEach
    void givenADraft() {
        inspectionId = db.call(em -> {
            EvaluationYear year = Fixtures.year(em, 2024);
            Dealer dealer = Fixtures.dealer(em, Fixtures.region(em, "华北"), "D0001");
            Inspection inspection = Inspection.entered(year, 2, dealer, ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 14),
                    "王敏", "supervisor", Fixtures.NOW);
            em.persist(inspection);
            em.flush();
            return inspection.getId();
        });
    }

    /** A JPEG-signed image of {@code size} bytes (the repository does not decode). */
    private static byte[] jpeg(int size, int fill) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) fill);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private long add(String checkpointCode, byte[] image) {
        return withRepository((photos, em) -> {
            Inspection inspection = em.find(Inspection.class, inspectionId);
            CheckpointPhoto photo = new CheckpointPhoto(inspection, Fixtures.checkpoint(em, inspection.getYear(),
                    checkpointCode), PhotoKind.JPEG, image, new PhotoLimits.Size(4032, 3024), jpeg(300, 2), SHA,
                    "supervisor", Fixtures.NOW);
            photos.add(photo);
            return photo.getId();
        });
    }

    @Test
    void aPhotoOfTenMegabytesIsStoredAndReadBackWhole() {
        byte[] image = jpeg((int) PhotoLimits.MAX_BYTES, 7);
        long id = add("CS-HW-01", image);

        CheckpointPhoto stored = withRepository((photos, em) -> photos.find(id).orElseThrow());

        assertArrayEquals(image, stored.getImage());
        assertArrayEquals(jpeg(300, 2), stored.getThumbnail());
        assertEquals(PhotoLimits.MAX_BYTES, stored.getSizeBytes());
        assertEquals(SHA, stored.getSha256());
        assertEquals(Fixtures.NOW, stored.getUploadedAt());
        assertEquals("CS-HW-01", withRepository((photos, em) -> photos.find(id).orElseThrow().getCheckpoint().getCode()));
    }

    @Test
    void anInspectionsPhotosAreDescribedInUploadOrderAndCountedByCheckpoint() {
        long first = add("CS-HW-02", jpeg(100, 1));
        long second = add("CS-HW-01", jpeg(200, 1));
        long third = add("CS-HW-02", jpeg(300, 1));

        List<PhotoDescription> described = withRepository((photos, em) -> photos.describe(inspectionId));

        assertEquals(List.of(first, second, third), described.stream().map(PhotoDescription::id).toList());
        assertEquals(List.of("CS-HW-02", "CS-HW-01", "CS-HW-02"),
                described.stream().map(PhotoDescription::checkpointCode).toList());
        assertEquals(List.of(100L, 200L, 300L), described.stream().map(PhotoDescription::sizeBytes).toList());
        assertTrue(described.stream().allMatch(d -> d.kind() == PhotoKind.JPEG && d.width() == 4032
                && d.height() == 3024 && SHA.equals(d.sha256()) && Fixtures.NOW.equals(d.uploadedAt())));
        long onTheSecond = withRepository((photos, em) -> {
            Inspection inspection = em.find(Inspection.class, inspectionId);
            return photos.count(inspection, Fixtures.checkpoint(em, inspection.getYear(), "CS-HW-02"));
        });
        assertEquals(2L, onTheSecond);
        assertEquals(List.of(), withRepository((photos, em) -> photos.describe(inspectionId + 1)));

        withRepository((photos, em) -> {
            photos.remove(photos.find(first).orElseThrow());
            return null;
        });
        assertEquals(List.of(second, third), withRepository((photos, em) -> photos.describe(inspectionId)).stream()
                .map(PhotoDescription::id).toList());
    }

    @Test
    void aPhotoIsOfTheKindItsBytesSayAndHasAChecksum() {
        assertThrows(IllegalArgumentException.class, () -> withRepository((photos, em) -> {
            Inspection inspection = em.find(Inspection.class, inspectionId);
            return new CheckpointPhoto(inspection, Fixtures.checkpoint(em, inspection.getYear(), "CS-HW-01"),
                    PhotoKind.PNG, jpeg(100, 1), new PhotoLimits.Size(1, 1), jpeg(10, 1), SHA, "supervisor",
                    Fixtures.NOW);
        }));
        assertThrows(IllegalArgumentException.class, () -> withRepository((photos, em) -> {
            Inspection inspection = em.find(Inspection.class, inspectionId);
            return new CheckpointPhoto(inspection, Fixtures.checkpoint(em, inspection.getYear(), "CS-HW-01"),
                    PhotoKind.JPEG, jpeg(100, 1), new PhotoLimits.Size(1, 1), jpeg(10, 1), "not a checksum",
                    "supervisor", Fixtures.NOW);
        }));
    }

    private static <T> T withRepository(BiFunction<JpaCheckpointPhotoRepository, EntityManager, T> work) {
        return db.call(em -> {
            JpaCheckpointPhotoRepository repository = new JpaCheckpointPhotoRepository();
            repository.em = em;
            return work.apply(repository, em);
        });
    }
}
