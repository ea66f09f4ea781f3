package com.csdesk.web.storefront;

import com.csdesk.products.ProductManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/storefront/v1/products")
@Tag(name = "Storefront: products")
@SecurityRequirement(name = "apiKey")
class StorefrontProductController {

    private final ProductManagement products;
    private final StorefrontMapper mapper;

    StorefrontProductController(ProductManagement products, StorefrontMapper mapper) {
        this.products = products;
        this.mapper = mapper;
    }

    @PutMapping("/{sku}")
    @Operation(summary = "Create or update a product", description = "201 when created, 200 when updated. "
            + "A stock below what unshipped orders and exchanges have reserved is refused (409).")
    ResponseEntity<StorefrontProduct> save(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "must be 1–64 letters, digits, '.', '_' or '-'") String sku,
            @Valid @RequestBody ProductPayload payload) {
        var saved = products.save(sku, mapper.toProductData(payload));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(mapper.toResponse(saved.product()));
    }

    @GetMapping("/{sku}")
    @Operation(summary = "A product with its stock")
    StorefrontProduct get(@PathVariable String sku) {
        return mapper.toResponse(products.get(sku));
    }
}
