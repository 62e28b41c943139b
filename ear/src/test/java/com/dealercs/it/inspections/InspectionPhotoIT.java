package com.dealercs.it.inspections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Photos kept as evidence of an inspection's checkpoints, through the API as a tablet and an
 * integrator use it (docs/interfaces.md §2): refused by their content whatever their name or type,
 * 413 above 10 MB, 409 for a sixth photo or a photo of an inspection that is no longer a draft, kept
 * without their EXIF (a GPS position) with a thumbnail and their SHA-256 as ETag, shown with the
 * inspection's checkpoints, and to a dealer user only once its own inspection is approved.
 *
 * <p>The inspections are entered through the inspections' own API ({@code POST /api/v1/inspections}
 * and the rest of its workflow), which is served by a resource of its own beside the photos' one:
 * calling both proves that the two resources' paths under {@code /inspections} do not hide each other.
 */
class InspectionPhotoIT extends DeployedApplication {

    private static final String DEALER = "F0001";
    private static final String OTHER_DEALER = "F0002";
    private static final String CHECKPOINT = "CS-HW-01";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static int year;
    private static Account author;
    private static Account approver;
    private static Account executive;
    private static Account dealerUser;
    private static Account otherDealerUser;
    private static int nextDay = 1;

    /** An answer with its bytes, for images. */
    record Bytes(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text(), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    @BeforeAll
    static void dealersAccountsAndAYear() {
        year = TestYears.fresh();
        Imports.dealers(DEALER + ",照片测试一汽车销售服务有限公司,照片测试区,浙江,杭州,2019-01-01,ACTIVE",
                OTHER_DEALER + ",照片测试二汽车销售服务有限公司,照片测试区,浙江,宁波,2019-01-01,ACTIVE");
        author = Api.createAccount("SUPERVISOR", null);
        approver = Api.createAccount("SUPERVISOR", null);
        executive = Api.createAccount("EXECUTIVE", null);
        dealerUser = Api.createAccount("DEALER", DEALER);
        otherDealerUser = Api.createAccount("DEALER", OTHER_DEALER);
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void onlyAWholeJpegOrPngIsTakenWhateverItsTypeSays() throws Exception {
        long id = draft(DEALER);
        byte[] truncated = jpeg(800, 600);
        truncated = Arrays.copyOf(truncated, truncated.length / 2);
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(picture(60, 40), "gif", gif);

        Map<String, byte[]> refused = Map.of(
                "a text file sent as a JPEG", "photo.jpg: not really a photo".getBytes(StandardCharsets.UTF_8),
                "a GIF", gif.toByteArray(),
                "a truncated JPEG", truncated);
        for (Map.Entry<String, byte[]> upload : refused.entrySet()) {
            Reply reply = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                    upload.getValue());
            assertEquals(400, reply.status(), upload.getKey() + ": " + reply.body());
            Api.assertJsonError(reply);
            assertTrue(reply.body().contains("JPEG") || reply.body().contains("PNG"),
                    upload.getKey() + " is told what is taken: " + reply.body());
        }
        assertTrue(Api.get("/api/v1/inspections/" + id, author.username(), author.password()).json()
                .toString().contains("\"photos\":[]"), "nothing was kept");

        // the content decides: a PNG sent as application/octet-stream, a JPEG sent as image/png
        Reply png = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(),
                "application/octet-stream", png(320, 200));
        assertEquals(201, png.status(), png.body());
        assertEquals("image/png", png.json().get("contentType").asText());
        Reply jpeg = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/png",
                jpeg(320, 200));
        assertEquals(201, jpeg.status(), jpeg.body());
        assertEquals("image/jpeg", jpeg.json().get("contentType").asText());

        // a checkpoint that is not on the inspection's checklist (CS_MAP), an inspection that does not exist
        Reply wrongCheckpoint = Api.postBytes(photos(id, "SSI-ENV-01"), author.username(), author.password(),
                "image/jpeg", jpeg(100, 100));
        assertEquals(400, wrongCheckpoint.status(), wrongCheckpoint.body());
        Api.assertJsonError(wrongCheckpoint);
        assertEquals(404, Api.postBytes(photos(id + 100_000, CHECKPOINT), author.username(), author.password(),
                "image/jpeg", jpeg(100, 100)).status());
    }

    @Test
    void aPhotoAboveTenMegabytesIsRefusedWith413() {
        long id = draft(DEALER);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        Reply reply = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg", big);

        assertEquals(413, reply.status(), reply.body());
        Api.assertJsonError(reply);
        assertTrue(reply.body().contains("10 MB"), reply.body());
    }

    @Test
    void aPhotoOfNearlyTenMegabytesIsKeptWhole() throws Exception {
        long id = draft(DEALER);
        byte[] large = noise(3000, 2600);
        assertTrue(large.length > 8 * 1024 * 1024 && large.length <= 10 * 1024 * 1024, "size " + large.length);

        Reply added = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg", large);

        assertEquals(201, added.status(), added.body());
        Bytes image = bytes("/api/v1/inspections/" + id + "/photos/" + added.json().get("id").asLong(), author, null);
        assertEquals(200, image.status());
        assertArrayEquals(large, image.body(), "a JPEG without metadata is kept byte for byte, in one database row");
    }

    @Test
    void aCheckpointKeepsFivePhotosAndRefusesASixth() throws Exception {
        long id = draft(DEALER);
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Reply added = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                    jpeg(200 + i, 150));
            assertEquals(201, added.status(), added.body());
            kept.add(added.json().get("id").asLong());
        }

        Reply sixth = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                jpeg(210, 150));

        assertEquals(409, sixth.status(), sixth.body());
        Api.assertJsonError(sixth);
        assertTrue(sixth.body().contains(CHECKPOINT), sixth.body());
        // another checkpoint has room of its own; another HQ user may add too
        assertEquals(201, Api.postBytes(photos(id, "CS-HW-02"), approver.username(), approver.password(), "image/jpeg",
                jpeg(210, 150)).status());
        // one removed, one more taken; a removed photo is gone
        assertEquals(204, delete("/api/v1/inspections/" + id + "/photos/" + kept.get(0), author).status());
        assertEquals(404, bytes("/api/v1/inspections/" + id + "/photos/" + kept.get(0), author, null).status());
        assertEquals(201, Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                jpeg(210, 150)).status());
        JsonNode checkpoint = checkpoint(Api.get("/api/v1/inspections/" + id, author.username(), author.password())
                .json(), CHECKPOINT);
        assertEquals(5, checkpoint.get("photos").size(), checkpoint.toString());
        // neither executives nor dealers add or remove
        assertEquals(403, Api.postBytes(photos(id, CHECKPOINT), executive.username(), executive.password(),
                "image/jpeg", jpeg(100, 100)).status());
        assertEquals(403, delete("/api/v1/inspections/" + id + "/photos/" + kept.get(1), dealerUser).status());
    }

    @Test
    void aPhotoIsKeptWithoutItsExifWithAThumbnailAndItsChecksumAsETag() throws Exception {
        long id = draft(DEALER);
        byte[] tagged = withGps(jpeg(1600, 1200));
        assertNotNull(((JpegImageMetadata) Imaging.getMetadata(tagged)).getExif().getGpsInfo(),
                "the photo sent carries a GPS position");

        Reply added = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg", tagged);

        assertEquals(201, added.status(), added.body());
        JsonNode photo = added.json();
        long photoId = photo.get("id").asLong();
        assertTrue(added.headers().firstValue("Location").orElse("")
                .endsWith("/api/v1/inspections/" + id + "/photos/" + photoId), added.headers().map().toString());
        assertEquals(CHECKPOINT, photo.get("checkpointCode").asText());
        assertEquals(1600, photo.get("width").asInt());
        assertEquals(1200, photo.get("height").asInt());

        Bytes image = bytes("/api/v1/inspections/" + id + "/photos/" + photoId, author, null);
        assertEquals(200, image.status(), image.text());
        assertTrue(image.header("Content-Type").startsWith("image/jpeg"), image.header("Content-Type"));
        assertEquals("nosniff", image.header("X-Content-Type-Options"));
        assertTrue(image.header("Cache-Control").contains("private"), image.header("Cache-Control"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.body()));
        assertEquals(sha256, photo.get("sha256").asText(), "the checksum is of what is stored and served");
        assertEquals("\"" + sha256 + "\"", image.header("ETag"));
        assertEquals(image.body().length, photo.get("size").asLong());
        ImageMetadata metadata = Imaging.getMetadata(image.body());
        assertTrue(metadata == null || ((JpegImageMetadata) metadata).getExif() == null, "no EXIF: " + metadata);
        assertFalse(new String(image.body(), StandardCharsets.ISO_8859_1).contains("Exif\0\0"));
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertEquals(1600, served.getWidth());
        assertEquals(304, bytes("/api/v1/inspections/" + id + "/photos/" + photoId, author, image.header("ETag"))
                .status(), "the browser's copy is still good");

        Bytes thumbnail = bytes("/api/v1/inspections/" + id + "/photos/" + photoId + "/thumbnail", author, null);
        assertEquals(200, thumbnail.status(), thumbnail.text());
        assertTrue(thumbnail.header("Content-Type").startsWith("image/jpeg"), thumbnail.header("Content-Type"));
        assertEquals("nosniff", thumbnail.header("X-Content-Type-Options"));
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertEquals(240, small.getWidth());
        assertEquals(180, small.getHeight());

        // beside its checkpoint in the inspection, as the API's inspection shows it
        JsonNode listed = checkpoint(Api.get("/api/v1/inspections/" + id, author.username(), author.password()).json(),
                CHECKPOINT).get("photos");
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(photoId, listed.get(0).get("id").asLong());
        assertEquals(sha256, listed.get(0).get("sha256").asText());
        assertEquals("image/jpeg", listed.get(0).get("contentType").asText());
        // and in the database: the bytes served are the bytes kept
        assertEquals(sha256, TestDatabase.rows("select sha256 from checkpoint_photo where id = ?", photoId).get(0)
                .get("sha256").toString().strip());
    }

    @Test
    void aDealerSeesNoPhotoOfADraftNorOfAnotherDealer() throws Exception {
        long id = draft(DEALER);
        long photoId = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/png",
                png(300, 300)).json().get("id").asLong();
        String path = "/api/v1/inspections/" + id + "/photos/" + photoId;

        assertEquals(403, bytes(path, dealerUser, null).status(), "its own draft: not yet");
        assertEquals(403, bytes(path + "/thumbnail", dealerUser, null).status());
        assertEquals(403, bytes(path, otherDealerUser, null).status());
        Bytes refused = bytes(path, otherDealerUser, null);
        assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.header("Content-Type"));
        assertFalse(refused.text().contains("PNG"), refused.text());
        assertEquals(200, bytes(path, executive, null).status(), "executives read every inspection");
        assertTrue(bytes(path, executive, null).header("Content-Type").startsWith("image/png"));
        assertEquals(401, bytes(path, null, null).status());
        // a photo is reached only through its own inspection
        long otherId = draft(OTHER_DEALER);
        assertEquals(404, bytes("/api/v1/inspections/" + otherId + "/photos/" + photoId, author, null).status());
        assertEquals(404, delete("/api/v1/inspections/" + otherId + "/photos/" + photoId, author).status());
    }

    @Test
    void anApprovedInspectionsPhotosAreItsDealersAndNoLongerChange() throws Exception {
        long id = draft(DEALER);
        long photoId = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                jpeg(640, 480)).json().get("id").asLong();
        long removable = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                jpeg(640, 480)).json().get("id").asLong();
        approve(id);
        String path = "/api/v1/inspections/" + id + "/photos/" + photoId;

        Bytes seen = bytes(path, dealerUser, null);
        assertEquals(200, seen.status(), seen.text());
        assertTrue(seen.header("Content-Type").startsWith("image/jpeg"), seen.header("Content-Type"));
        assertEquals(200, bytes(path + "/thumbnail", dealerUser, null).status());
        JsonNode inspection = Api.get("/api/v1/inspections/" + id, dealerUser.username(), dealerUser.password()).json();
        assertEquals(2, checkpoint(inspection, CHECKPOINT).get("photos").size(), inspection.toString());
        assertEquals(403, bytes(path, otherDealerUser, null).status(), "never another dealer's");

        Reply added = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                jpeg(100, 100));
        assertEquals(409, added.status(), added.body());
        Api.assertJsonError(added);
        assertEquals(409, delete("/api/v1/inspections/" + id + "/photos/" + removable, author).status());
    }

    @Test
    void aReopenedInspectionsEvidenceChangesAuditedWithTheReason() throws Exception {
        long id = draft(DEALER);
        long kept = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                jpeg(640, 480)).json().get("id").asLong();
        approve(id);
        Reply reopened = Api.postJson("/api/v1/inspections/" + id + "/reopening", author.username(),
                author.password(), Map.of("reason", "照片拍错了经销商"));
        assertEquals(200, reopened.status(), reopened.body());

        assertEquals(204, delete("/api/v1/inspections/" + id + "/photos/" + kept, author).status());
        Reply added = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/png",
                png(320, 240));
        assertEquals(201, added.status(), added.body());

        Reply audit = Api.get("/api/v1/audit?subject=inspection:" + id + "&action=INSPECTION_CORRECTED", "admin",
                adminPassword());
        assertEquals(200, audit.status(), audit.body());
        List<String> changes = new ArrayList<>();
        audit.json().forEach(entry -> {
            assertEquals("照片拍错了经销商", entry.get("reason").asText(), entry.toString());
            assertEquals(author.username(), entry.get("actor").asText());
            changes.add(entry.path("before").asText("") + " -> " + entry.path("after").asText(""));
        });
        String addedSha = added.json().get("sha256").asText().substring(0, 12);
        // newest first: the photo added after the one removed
        assertEquals(2, changes.size(), audit.body());
        assertEquals(" -> " + CHECKPOINT + " photo " + addedSha, changes.get(0));
        assertTrue(changes.get(1).startsWith(CHECKPOINT + " photo ") && changes.get(1).endsWith(" -> "), changes.get(1));
    }

    @Test
    void anImportedInspectionTakesNoPhoto() throws IOException {
        String date = year + "-08-05";
        Imports.completed("inspections", "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result\n"
                + year + ",3," + OTHER_DEALER + ",CS_MAP," + date + ",李娜," + CHECKPOINT + ",PASS\n");
        long id = ((Number) TestDatabase.rows("select i.id from inspection i join dealer d on d.id = i.dealer_id "
                + "where d.dealer_code = ? and i.inspection_date = ?", OTHER_DEALER, java.sql.Date.valueOf(date))
                .get(0).get("id")).longValue();

        Reply reply = Api.postBytes(photos(id, CHECKPOINT), author.username(), author.password(), "image/jpeg",
                jpeg(100, 100));

        assertEquals(409, reply.status(), reply.body());
        Api.assertJsonError(reply);
    }

    // ------------------------------------------------------------------ inspections through their API

    /** A new CS-MAP draft of the dealer, entered by the author on a day of its own. */
    private static synchronized long draft(String dealerCode) {
        String date = String.format("%d-05-%02d", year, nextDay++);
        Reply created = Api.postJson("/api/v1/inspections", author.username(), author.password(), Map.of(
                "dealerCode", dealerCode, "year", year, "quarter", 2, "map", "CS_MAP", "inspectionDate", date,
                "inspector", "王敏"));
        assertEquals(201, created.status(), created.body());
        assertEquals("DRAFT", created.json().get("status").asText());
        return created.json().get("id").asLong();
    }

    /** Every checkpoint PASS, submitted by the author, approved by another supervisor. */
    private static void approve(long id) {
        JsonNode inspection = Api.get("/api/v1/inspections/" + id, author.username(), author.password()).json();
        List<Map<String, Object>> results = new ArrayList<>();
        inspection.get("items").forEach(item -> item.get("checkpoints").forEach(checkpoint -> results.add(
                Map.of("checkpointCode", checkpoint.get("code").asText(), "result", "PASS"))));
        Reply saved = Api.putJson("/api/v1/inspections/" + id + "/results", author.username(), author.password(),
                Map.of("version", inspection.get("version").asLong(), "results", results));
        assertEquals(200, saved.status(), saved.body());
        Reply submitted = Api.postJson("/api/v1/inspections/" + id + "/submission", author.username(),
                author.password(), "{}");
        assertEquals(200, submitted.status(), submitted.body());
        Reply approved = Api.postJson("/api/v1/inspections/" + id + "/approval", approver.username(),
                approver.password(), "{}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().get("status").asText());
    }

    private static JsonNode checkpoint(JsonNode inspection, String code) {
        for (JsonNode item : inspection.get("items")) {
            for (JsonNode checkpoint : item.get("checkpoints")) {
                if (code.equals(checkpoint.get("code").asText())) {
                    return checkpoint;
                }
            }
        }
        throw new AssertionError("No checkpoint " + code + " in " + inspection);
    }

    private static String photos(long inspectionId, String checkpointCode) {
        return "/api/v1/inspections/" + inspectionId + "/checkpoints/" + checkpointCode + "/photos";
    }

    // ------------------------------------------------------------------ HTTP with bytes

    private static Bytes bytes(String path, Account account, String ifNoneMatch) {
        HttpRequest.Builder request = request(path, account).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.build());
    }

    private static Bytes delete(String path, Account account) {
        return send(request(path, account).DELETE().build());
    }

    private static HttpRequest.Builder request(String path, Account account) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60));
        if (account != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Bytes send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ photos

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | (((x / 8 + y / 8) % 2) * 200));
            }
        }
        return image;
    }

    /** A JPEG of random pixels at the highest quality: megabytes that do not compress. */
    private static byte[] noise(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(10);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "png", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block holding a camera and the GPS position of a showroom in Hangzhou. */
    private static byte[] withGps(byte[] jpeg) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "TestCam");
        exif.setGpsInDegrees(120.155, 30.274);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }
}
