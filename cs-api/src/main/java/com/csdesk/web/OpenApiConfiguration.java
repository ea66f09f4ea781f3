package com.csdesk.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI at /v3/api-docs (all) and per surface (/v3/api-docs/storefront, desk, ops), with Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI csDeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CS Desk API").version("v1").description("""
                        The storefront API (header `X-Api-Key`), the desk API for agents and the ops API for \
                        admins (HTTP Basic with a staff account). Errors are RFC 9457 problem details \
                        (`application/problem+json`) with a stable `type` per kind of error."""))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    @Bean
    GroupedOpenApi storefrontApiGroup() {
        return GroupedOpenApi.builder().group("storefront").pathsToMatch("/api/storefront/**").build();
    }

    @Bean
    GroupedOpenApi deskApiGroup() {
        return GroupedOpenApi.builder().group("desk").pathsToMatch("/api/desk/**").build();
    }

    @Bean
    GroupedOpenApi opsApiGroup() {
        return GroupedOpenApi.builder().group("ops").pathsToMatch("/api/ops/**").build();
    }
}
