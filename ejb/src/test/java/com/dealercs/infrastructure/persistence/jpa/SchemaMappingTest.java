package com.dealercs.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ManyToOneMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mappings say exactly what the migrations built: every column of a mapped table is mapped,
 * every mapped column exists, and lengths, precision, scale and nullability agree. EclipseLink
 * never generates DDL here, so nothing else would notice a mapping that drifted from the schema
 * before a server runs into it.
 */
class SchemaMappingTest {

    private static final Pattern LISTED_CLASS = Pattern.compile("<class>([\\w.]+)</class>");

    @RegisterExtension
    static final TestDatabase db = TestDatabase.shared();
    private static Map<String, Column> schema;
    private static List<Mapped> mapped;

    @BeforeAll
    static void start() throws SQLException {
        schema = schema();
        mapped = mapped();
    }

    /** A column as the database has it; names in lower case, the type in upper case. */
    record Column(String table, String name, String type, Long length, Integer precision, Integer scale,
                  boolean nullable) {
    }

    /** A column as a mapping has it. */
    record Mapped(String owner, DatabaseMapping mapping, DatabaseField field) {

        String key() {
            return (field.getTableName() + "." + field.getName()).toLowerCase();
        }
    }

    @Test
    void theTestUnitListsEveryEntityOfTheApplication() throws IOException, URISyntaxException {
        Set<String> listed = new TreeSet<>();
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream("META-INF/persistence-test.xml")) {
            Matcher classes = LISTED_CLASS.matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
            while (classes.find()) {
                listed.add(classes.group(1));
            }
        }
        Path mainClasses = Path.of(com.dealercs.domain.model.network.Dealer.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        Set<String> persistent = new TreeSet<>();
        try (Stream<Path> files = Files.walk(mainClasses)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = mainClasses.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                    if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                            || type.isAnnotationPresent(MappedSuperclass.class)) {
                        persistent.add(name);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that cannot load here (e.g. needs the server) is no entity of ours
                }
            }
        }
        assertEquals(persistent, listed, "META-INF/persistence-test.xml lists every entity, embeddable and mapped superclass");
    }

    @Test
    void everyColumnOfAMappedTableIsMapped() {
        Set<String> tables = new TreeSet<>();
        Set<String> mappedColumns = new TreeSet<>();
        for (Mapped column : mapped) {
            tables.add(column.field().getTableName().toLowerCase());
            mappedColumns.add(column.key());
        }
        List<String> unmapped = schema.values().stream().filter(column -> tables.contains(column.table()))
                .map(column -> column.table() + "." + column.name())
                .filter(key -> !mappedColumns.contains(key)).toList();
        assertEquals(List.of(), unmapped, "columns no mapping writes");
    }

    @Test
    void everyMappedColumnExists() {
        List<String> missing = mapped.stream().filter(column -> !schema.containsKey(column.key()))
                .map(column -> column.owner() + "." + column.mapping().getAttributeName() + " -> " + column.key())
                .toList();
        assertEquals(List.of(), missing, "mapped columns the migrations never created");
    }

    @Test
    void textLengthsDecimalsAndNullabilityAgreeWithTheSchema() {
        List<String> disagreements = new ArrayList<>();
        for (Mapped column : mapped) {
            Column actual = schema.get(column.key());
            if (actual == null) {
                continue; // reported by everyMappedColumnExists
            }
            String where = column.owner() + "." + column.mapping().getAttributeName() + " (" + column.key() + "): ";
            DatabaseField field = column.field();
            if (column.mapping() instanceof DirectToFieldMapping direct && !direct.isPrimaryKeyMapping()
                    && !isVersion(column)) {
                if (actual.nullable() != field.isNullable()) {
                    disagreements.add(where + "nullable " + field.isNullable() + ", column " + actual.nullable());
                }
                if (actual.length() != null && actual.type().startsWith("CHARACTER")) {
                    // JPA's default length is 255; the length counts for enums stored as strings too
                    long declared = field.getLength() == 0 ? 255 : field.getLength();
                    if (declared != actual.length()) {
                        disagreements.add(where + "length " + declared + ", column " + actual.length());
                    }
                }
                if (actual.type().equals("DECIMAL") || actual.type().equals("NUMERIC")) {
                    if (field.getPrecision() != actual.precision() || field.getScale() != actual.scale()) {
                        disagreements.add(where + "decimal(" + field.getPrecision() + "," + field.getScale()
                                + "), column (" + actual.precision() + "," + actual.scale() + ")");
                    }
                }
            }
            if (column.mapping() instanceof ManyToOneMapping reference && !actual.nullable()
                    && reference.isOptional()) {
                disagreements.add(where + "optional, column NOT NULL");
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void foreignKeysOfTheFactsPointAtTheYearAndTheDealer() {
        for (String table : List.of("inspection", "soc_score", "jdp_factor_score", "csc_response", "training_score",
                "crisis_assessment", "purchase_volume", "rebate_adjustment")) {
            Set<String> references = new TreeSet<>();
            for (Mapped column : mapped) {
                if (column.mapping() instanceof ManyToOneMapping && column.key().startsWith(table + ".")) {
                    references.add(column.field().getName().toLowerCase() + " -> "
                            + column.mapping().getReferenceDescriptor().getJavaClass().getSimpleName());
                    assertEquals(FetchType.LAZY, declaredFetch(column), column.owner() + "."
                            + column.mapping().getAttributeName() + " is lazy (where the server weaves)");
                }
            }
            assertEquals(Set.of("dealer_id -> Dealer", "year_id -> EvaluationYear"), references, table);
        }
    }

    /** The fetch declared on the field, in the entity's class or a mapped superclass of it. */
    private static FetchType declaredFetch(Mapped column) {
        String name = column.mapping().getAttributeName();
        for (Class<?> type = column.mapping().getDescriptor().getJavaClass(); type != null;
                type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(name).getAnnotation(ManyToOne.class).fetch();
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new AssertionError("No field " + name + " in " + column.mapping().getDescriptor().getJavaClass());
    }

    private static boolean isVersion(Mapped column) {
        var locking = column.mapping().getDescriptor().getOptimisticLockingPolicy();
        return locking != null && column.field().equals(locking.getWriteLockField());
    }

    private static List<Mapped> mapped() {
        List<Mapped> columns = new ArrayList<>();
        for (ClassDescriptor descriptor : JpaHelper.getServerSession(db.emf()).getProject().getOrderedDescriptors()) {
            if (!descriptor.isAggregateDescriptor()) {
                collect(descriptor, columns);
            }
        }
        return columns;
    }

    private static void collect(ClassDescriptor descriptor, List<Mapped> columns) {
        String owner = descriptor.getJavaClass().getSimpleName();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof AggregateCollectionMapping elements) {
                // an element collection: its own table, keyed by the owner's id
                elements.getTargetForeignKeyFields().forEach(field -> columns.add(new Mapped(owner, mapping, field)));
                collect(elements.getReferenceDescriptor(), columns);
            } else {
                mapping.getFields().forEach(field -> columns.add(new Mapped(owner, mapping, field)));
            }
        }
    }

    private static Map<String, Column> schema() throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        try (Connection jdbc = db.connect(); Statement sql = jdbc.createStatement();
             ResultSet rows = sql.executeQuery("select table_name, column_name, data_type,"
                     + " character_maximum_length, numeric_precision, numeric_scale, is_nullable"
                     + " from information_schema.columns where table_schema = 'public'")) {
            while (rows.next()) {
                Column column = new Column(rows.getString(1).toLowerCase(), rows.getString(2).toLowerCase(),
                        rows.getString(3).toUpperCase(Locale.ROOT), (Long) rows.getObject(4, Long.class),
                        (Integer) rows.getObject(5, Integer.class), (Integer) rows.getObject(6, Integer.class),
                        "YES".equals(rows.getString(7)));
                columns.put(column.table() + "." + column.name(), column);
            }
        }
        return columns;
    }
}
