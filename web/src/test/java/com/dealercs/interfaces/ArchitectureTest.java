package com.dealercs.interfaces;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;

/**
 * The pages and the API talk to application services and their views only. Of the domain they
 * may name values (enums such as {@code Role} or {@code ImportKind}, records, constant holders
 * such as {@code PasswordPolicy}); never an entity, a repository or any other domain interface
 * (those are implemented by the persistence layer), and nothing of the persistence layer itself.
 */
@AnalyzeClasses(packages = "com.dealercs.interfaces", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPersistence = noClasses().that().resideInAPackage("com.dealercs.interfaces..")
            .should().dependOnClassesThat().resideInAnyPackage("com.dealercs.infrastructure..",
                    "jakarta.persistence..", "java.sql..", "javax.sql..")
            .orShould().dependOnClassesThat().areAssignableTo(DatabaseIdentityStoreDefinition.class)
            .because("the web module reaches the database only through the application's services");

    @ArchTest
    static final ArchRule onlyDomainValues = noClasses().that().resideInAPackage("com.dealercs.interfaces..")
            .should().dependOnClassesThat(domainClassesOtherThanValues())
            .because("entities, repositories and domain services stay behind the application");

    private static DescribedPredicate<JavaClass> domainClassesOtherThanValues() {
        return DescribedPredicate.describe("are domain classes other than values (enums, records, constant holders)",
                type -> type.getPackageName().startsWith("com.dealercs.domain") && !isValue(type));
    }

    private static boolean isValue(JavaClass type) {
        if (type.isEnum() || type.isRecord()) {
            return true;
        }
        JavaClass outer = type.getEnclosingClass().orElse(null);
        if (outer != null && outer.isEnum()) {
            // the constant-specific bodies of an enum
            return true;
        }
        // a final class with nothing but constants and static rules
        return !type.isInterface() && type.getModifiers().contains(JavaModifier.FINAL)
                && type.getFields().stream().allMatch(field -> field.getModifiers().contains(JavaModifier.STATIC));
    }
}
