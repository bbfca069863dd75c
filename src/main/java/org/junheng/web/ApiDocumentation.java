package org.junheng.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs} and {@code /swagger-ui.html}: what Junheng is, and the
 * two ways to sign in — a user's name and password (Basic) or a personal API token (Bearer).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI junhengApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("均衡 Junheng API").version(version)
                        .description("县域义务教育优质均衡评估、强弱校帮扶与教师交流轮岗 — the official quality-balance "
                                + "assessment of a county's compulsory education (教督〔2017〕6号), the records of "
                                + "assistance programmes between strong and weak schools, and teacher rotation plans. "
                                + "Every answer is limited to the caller's scope: a region or school outside it does "
                                + "not exist (404). Errors are RFC 9457 problem details naming the field at fault; "
                                + "records carry their version as an ETag and are updated with If-Match.")
                        .license(new License().name("Apache License 2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a user's name and password"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("a personal API token (POST /api/v1/tokens), jh_…")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
