package com.csdesk.web.storefront;

import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.PaymentNotice;
import com.csdesk.orders.PaymentOutcome;
import com.csdesk.orders.PlaceOrder;
import com.csdesk.orders.QuoteRequest;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.ShipmentRequest;
import com.csdesk.orders.TrackingNotice;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Province;
import com.csdesk.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The storefront's order flow: quote → order → pay → ship → track → receipt. Every status move is
 * checked by the order; an illegal one is a 409 problem saying which move and why.
 */
@RestController
@Validated
@RequestMapping("/api/storefront/v1")
@Tag(name = "Storefront: orders")
@SecurityRequirement(name = "apiKey")
class StorefrontOrderController {

    /** Set on the answer to a repeated Idempotency-Key: the order was placed by an earlier request. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final OrderManagement orders;

    StorefrontOrderController(OrderManagement orders) {
        this.orders = orders;
    }

    @PostMapping("/orders/quote")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "Price a basket for a member, with the whole breakdown; nothing is stored",
            description = "Unknown province: 400 naming it. Unknown member: 404. Unknown SKU: 400 naming it.")
    StorefrontQuote quote(@Valid @RequestBody OrderPayloads.Quote q) {
        return StorefrontQuote.of(orders.quote(new QuoteRequest(q.member().strip(), q.province(), q.carrier(),
                OrderPayloads.Line.toRequests(q.lines()), q.address() == null ? null : receiver(q.province(), q.address()),
                Boolean.TRUE.equals(q.inStockFirst()), Boolean.TRUE.equals(q.overseasForwarding()))));
    }

    @PostMapping("/orders")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "Place an order (WAITING_PAYMENT) and reserve its in-stock goods",
            description = """
                    201 with the new order. With the header `Idempotency-Key`, a repeat of the same request answers \
                    200 with the same order and the header `Idempotent-Replayed: true` (never a second order); \
                    the same key with a different body is a 409.""")
    ResponseEntity<StorefrontOrder> place(
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) @Nullable String idempotencyKey,
            @Valid @RequestBody OrderPayloads.Order o) {
        Receiver address = receiver(o.province(), o.address());
        var placed = orders.place(new PlaceOrder(o.member().strip(), o.carrier(), OrderPayloads.Line.toRequests(o.lines()),
                address, o.buyerMessage(), Boolean.TRUE.equals(o.inStockFirst()),
                Boolean.TRUE.equals(o.overseasForwarding())), idempotencyKey);
        if (placed.created()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(StorefrontOrder.of(placed.order()));
        }
        return ResponseEntity.ok().header(REPLAYED, "true").body(StorefrontOrder.of(placed.order()));
    }

    @GetMapping("/orders/{orderNo}")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "An order: status, lines, amounts, times, payments, shipments with tracking")
    StorefrontOrder get(@PathVariable String orderNo) {
        return StorefrontOrder.of(orders.get(orderNo));
    }

    /** A payment notification's answer: what became of the payment, and the order. */
    record PaymentAnswer(PaymentOutcome outcome, StorefrontOrder order) {
    }

    @PostMapping("/orders/{orderNo}/payments")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "A payment notification",
            description = """
                    200 with `outcome` ACCEPTED (the order is PAID). The same paymentId again changes nothing and \
                    answers the same; a different payment for a paid order is recorded as DUPLICATE, to be refunded. \
                    A wrong amount or a closed order is a 409 (the attempt is recorded for the agents).""")
    PaymentAnswer pay(@PathVariable String orderNo, @Valid @RequestBody OrderPayloads.Payment p) {
        var paid = orders.pay(orderNo, new PaymentNotice(p.paymentId().strip(), p.method(), Money.of(p.amount())));
        return new PaymentAnswer(paid.outcome(), StorefrontOrder.of(paid.order()));
    }

    @PostMapping("/orders/{orderNo}/shipments")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "Ship lines (all remaining when none are named); SHIPPED once every line has left",
            description = "The same waybill for the same order again changes nothing.")
    StorefrontOrder ship(@PathVariable String orderNo, @Valid @RequestBody OrderPayloads.Shipment s) {
        return StorefrontOrder.of(orders.ship(orderNo, new ShipmentRequest(s.carrier(), s.waybillNo(),
                OrderPayloads.Line.toRequests(s.lines()))));
    }

    @PostMapping("/shipments/{waybillNo}/events")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "A carrier's tracking event (picked up, in transit, delivered, damaged, lost, returned)",
            description = "A repeated event is recorded once; an exception (damaged, lost, returned) opens an after-sales ticket.")
    StorefrontOrder track(@PathVariable String waybillNo, @Valid @RequestBody OrderPayloads.TrackingEvent e) {
        return StorefrontOrder.of(orders.track(waybillNo, new TrackingNotice(e.kind(), e.at(), e.location(),
                e.description())));
    }

    @PostMapping("/orders/{orderNo}/receipt")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "The buyer confirmed receipt: SHIPPED → COMPLETED")
    StorefrontOrder confirmReceipt(@PathVariable String orderNo) {
        return StorefrontOrder.of(orders.confirmReceipt(orderNo));
    }

    /** The address, whose province must be one we know and, when the body names a province too, the same. */
    private static Receiver receiver(@Nullable String province, AddressPayload a) {
        if (province != null && !province.isBlank() && Province.parse(province) != Province.parse(a.province())) {
            throw new InvalidInputException("province-mismatch", "province", Text.of(
                    "省份 " + province + " 与收货地址的省份 " + a.province() + " 不一致",
                    "Province " + province + " differs from the address's province " + a.province()));
        }
        Province.parse(a.province());
        return new Receiver(a.receiver(), a.phone(), a.province(), a.city(), a.district(), a.detail());
    }
}
