package com.dealercs.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integration tests run against the real EAR, exactly as built, deployed by Arquillian into a
 * real Payara Server 6 domain configured like production (bin/lib/test-domains.sh), on H2 or on
 * the MySQL-compatible server of CS_TEST_DB_URL. They talk to it as clients do: HTTP.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

    @Deployment(testable = false)
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("cs.ear")));
    }

    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("cs.http.port");
    }

    public static String adminPassword() {
        return System.getProperty("cs.admin.password");
    }
}
