package org.junheng;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real application on a random port, on the database of the current pass (see
 * {@link TestDatabase}), without demo data and with a known admin password.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "junheng.demo.load-on-first-start=false",
        "junheng.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "junheng.password-strength=4",
        "junheng.data-dir=${java.io.tmpdir}/junheng-test-data"})
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {

    String ADMIN_PASSWORD = "test-admin-password";
}
