package com.dealercs.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * The dealer portal's known data, made once per run and shared by the classes that read it: four
 * dealers of their own (P1101–P1103 in one region, P1104 in another), all rated in a published year;
 * P1101's failed checkpoints are a small set whose cost is worked out by hand (scoring.md §1.1):
 * <pre>
 * SSI_MAP (imported) Q1: SSI-ENV 1 of 2 failed, SSI-STAFF 2 of 4 failed (possible 3)
 *                    Q2: SSI-ENV 3 of 4 failed, SSI-STAFF none failed      (possible 3)
 *   an inspection weighs 1/2 of the year's component (two quarters, one inspection each)
 *   SSI-ENV   (2.50 + 3.75) / 2 = 3.125 → 3.13     SSI-STAFF (5.00 + 0) / 2 = 2.50
 * CS_MAP (entered, approved, with a photo) Q3: CS-HW 1 of 4 failed, the rest N/A (possible 3)
 *   CS-HW 15 × 3 × 1/4 / 3 = 3.75
 * </pre>
 * so "what to fix first" is CS-HW 3.75, SSI-ENV 3.13, SSI-STAFF 2.50. A later year is published with
 * no data for P1101 (it must not become its first view), and a third one stays open.
 */
public final class DealerPortalData {

    public static final String OWN = "P1101";
    public static final String OWN_NAME = "门户测试一汽车销售服务有限公司";
    public static final List<String> OTHERS = List.of("P1102", "P1103", "P1104");
    public static final String REGION = "门户测试区";

    /** The years: published with data, published without P1101's data (later), open. */
    public record Years(int published, int emptyPublished, int open) {
    }

    private static Years years;
    private static Account dealer;
    private static Account otherDealer;
    private static long photoInspection;
    private static long otherInspection;

    private DealerPortalData() {
    }

    public static synchronized Years years() {
        if (years == null) {
            make();
        }
        return years;
    }

    /** P1101's dealer user. */
    public static Account dealer() {
        years();
        return dealer;
    }

    /** P1102's dealer user. */
    public static Account otherDealer() {
        years();
        return otherDealer;
    }

    /** P1101's entered CS-MAP inspection with a photo of CS-HW-01. */
    public static long photoInspection() {
        years();
        return photoInspection;
    }

    /** An approved inspection of P1102. */
    public static long otherInspection() {
        years();
        return otherInspection;
    }

    private static void make() {
        Imports.dealers(OWN + "," + OWN_NAME + "," + REGION + ",江苏,南京,2018-01-01,ACTIVE",
                "P1102,门户测试二汽车销售服务有限公司," + REGION + ",江苏,苏州,2018-01-01,ACTIVE",
                "P1103,门户测试三汽车销售服务有限公司," + REGION + ",江苏,无锡,2018-01-01,ACTIVE",
                "P1104,门户对照四汽车销售服务有限公司,门户对照区,安徽,合肥,2018-01-01,ACTIVE");
        List<Integer> picked = new ArrayList<>(List.of(TestYears.fresh(), TestYears.fresh(), TestYears.fresh()));
        picked.sort(null);
        int y = picked.get(0);
        int open = picked.get(1);
        int empty = picked.get(2);

        Imports.volumes(y, OWN, 30, "P1102", 25, "P1103", 40, "P1104", 20);
        Imports.completed("soc", "year,dealer_code,kind,visit_date,score\n"
                + y + "," + OWN + ",FINAL," + y + "-10-10,81.50\n" + y + ",P1102,FINAL," + y + "-10-10,92.00\n"
                + y + ",P1103,FINAL," + y + "-10-11,70.25\n" + y + ",P1104,FINAL," + y + "-10-12,88.00\n");
        Imports.completed("crisis", "year,dealer_code,assessed_on,score\n"
                + y + "," + OWN + "," + y + "-03-18,7.50\n" + y + ",P1102," + y + "-03-18,9.00\n"
                + y + ",P1103," + y + "-03-19,6.00\n" + y + ",P1104," + y + "-03-20,8.50\n");
        Imports.completed("training", "year,dealer_code,session_date,trainer,score\n"
                + y + "," + OWN + "," + y + "-09-03,TAS-吴,8.00\n" + y + ",P1102," + y + "-09-03,TAS-吴,9.50\n"
                + y + ",P1103," + y + "-09-04,TAS-吴,6.50\n" + y + ",P1104," + y + "-09-05,TAS-吴,7.00\n");

        StringBuilder csv = new StringBuilder("year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,"
                + "result,comment\n");
        String q1 = y + ",1," + OWN + ",SSI_MAP," + y + "-02-10,王敏,";
        csv.append(q1).append("SSI-ENV-01,FAIL,展厅外墙有污渍\n").append(q1).append("SSI-ENV-02,PASS,\n")
                .append(q1).append("SSI-STAFF-01,FAIL,组织机构图未更新\n").append(q1).append("SSI-STAFF-02,FAIL,\n")
                .append(q1).append("SSI-STAFF-03,PASS,\n").append(q1).append("SSI-STAFF-04,PASS,\n");
        String q2 = y + ",2," + OWN + ",SSI_MAP," + y + "-05-12,王敏,";
        csv.append(q2).append("SSI-ENV-01,FAIL,外墙仍有污渍\n").append(q2).append("SSI-ENV-02,FAIL,\n")
                .append(q2).append("SSI-ENV-03,FAIL,接待区杂物\n").append(q2).append("SSI-ENV-04,PASS,\n");
        for (int i = 1; i <= 4; i++) {
            csv.append(q2).append("SSI-STAFF-0").append(i).append(",PASS,\n");
        }
        String[][] others = {{"P1102", "PASS", "PASS"}, {"P1103", "FAIL", "FAIL"}, {"P1104", "FAIL", "PASS"}};
        for (String[] o : others) {
            String ssi = y + ",1," + o[0] + ",SSI_MAP," + y + "-02-20,李强,";
            csv.append(ssi).append("SSI-ENV-01,").append(o[1]).append(",\n").append(ssi).append("SSI-ENV-02,PASS,\n")
                    .append(ssi).append("SSI-STAFF-01,").append(o[2]).append(",\n");
            String cs = y + ",1," + o[0] + ",CS_MAP," + y + "-02-21,李强,";
            csv.append(cs).append("CS-HW-01,").append(o[2]).append(",\n").append(cs).append("CS-HW-02,PASS,\n");
        }
        JsonNode imported = Imports.completed("inspections", csv.toString());
        assertEquals(0, imported.get("rejected").asInt(), imported.toString());

        photoInspection = enteredWithPhoto(y);
        Scorecards.calculate(y);
        Scorecards.approveAndPublish(y);

        // a later year, published, without data of P1101; and an open one
        Imports.volumes(empty, "P1104", 20);
        Imports.completed("training", "year,dealer_code,session_date,trainer,score\n"
                + empty + ",P1104," + empty + "-09-05,TAS-吴,7.00\n");
        Scorecards.calculate(empty);
        Scorecards.approveAndPublish(empty);
        Imports.volumes(open, OWN, 31);

        Reply list = Api.get("/api/v1/inspections?year=" + y + "&dealerCode=P1102", "admin",
                DeployedApplication.adminPassword());
        assertEquals(200, list.status(), list.body());
        otherInspection = list.json().get(0).get("id").asLong();

        dealer = Api.createAccount("DEALER", OWN);
        otherDealer = Api.createAccount("DEALER", "P1102");
        years = new Years(y, empty, open);
    }

    /** P1101's CS-MAP inspection of Q3, entered, with a photo of its failed CS-HW-01, approved by another supervisor. */
    private static long enteredWithPhoto(int y) {
        Account author = Api.createAccount("SUPERVISOR", null);
        Account approver = Api.createAccount("SUPERVISOR", null);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("dealerCode", OWN);
        request.put("year", y);
        request.put("quarter", 3);
        request.put("map", "CS_MAP");
        request.put("inspectionDate", y + "-08-20");
        request.put("inspector", "王敏");
        Reply created = Api.postJson("/api/v1/inspections", author.username(), author.password(), request);
        assertEquals(201, created.status(), created.body());
        JsonNode draft = created.json();
        long id = draft.get("id").asLong();
        List<Map<String, Object>> results = new ArrayList<>();
        for (JsonNode item : draft.get("items")) {
            for (JsonNode checkpoint : item.get("checkpoints")) {
                String code = checkpoint.get("code").asText();
                String result = switch (code) {
                    case "CS-HW-01" -> "FAIL";
                    case "CS-HW-02", "CS-HW-03", "CS-HW-04" -> "PASS";
                    default -> "NA";
                };
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("checkpointCode", code);
                entry.put("result", result);
                entry.put("comment", "CS-HW-01".equals(code) ? "前台台面破损，需更换" : null);
                results.add(entry);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", draft.get("version").asLong());
        body.put("results", results);
        Reply saved = Api.putJson("/api/v1/inspections/" + id + "/results", author.username(), author.password(), body);
        assertEquals(200, saved.status(), saved.body());
        Reply photo = Api.postBytes("/api/v1/inspections/" + id + "/checkpoints/CS-HW-01/photos", author.username(),
                author.password(), "image/jpeg", jpeg());
        assertEquals(201, photo.status(), photo.body());
        Reply submitted = Api.postJson("/api/v1/inspections/" + id + "/submission", author.username(),
                author.password(), "");
        assertEquals(200, submitted.status(), submitted.body());
        Reply approved = Api.postJson("/api/v1/inspections/" + id + "/approval", approver.username(),
                approver.password(), "");
        assertEquals(200, approved.status(), approved.body());
        return id;
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xd9e4f5));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(0x8a5a2b));
        IntStream.range(0, 6).forEach(i -> g.fillRect(80 + i * 80, 200, 60, 120));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
