package com.csdesk.products.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ProductRepository extends JpaRepository<ProductEntity, Long> {

    /**
     * The product, its row locked until the transaction ends: a reservation cannot slip in between
     * reading what is reserved and writing the new stock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ProductEntity> findForUpdateBySku(String sku);
}
