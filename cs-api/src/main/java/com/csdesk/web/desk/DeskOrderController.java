package com.csdesk.web.desk;

import com.csdesk.members.MemberManagement;
import com.csdesk.orders.Flag;
import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.Receiver;
import com.csdesk.web.desk.DeskOrderResponses.OrderDetail;
import com.csdesk.web.desk.DeskOrderResponses.OrderLine;
import com.csdesk.web.desk.DeskOrderResponses.OrderPage;
import com.csdesk.web.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders for agents (订单处理): search, the order detail and the changes agents may make. Every change
 * takes the {@code version} the agent read (optional); a change made meanwhile is refused with 409.
 */
@RestController
@Validated
@RequestMapping("/api/desk/v1")
@Tag(name = "Desk: orders")
@SecurityRequirement(name = "basic")
class DeskOrderController {

    private final OrderDesk desk;
    private final OrderManagement orders;
    private final MemberManagement members;
    private final Viewer viewer;

    DeskOrderController(OrderDesk desk, OrderManagement orders, MemberManagement members, Viewer viewer) {
        this.desk = desk;
        this.orders = orders;
        this.members = members;
        this.viewer = viewer;
    }

    @GetMapping("/orders")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Search orders by order number, buyer nickname or product name, with filters",
            description = "`q` matches order numbers by prefix, nicknames and product names by contains (two "
                    + "characters or more). Dates are shop dates, inclusive. Newest first, paged with `hasNext`.")
    OrderPage search(@RequestParam(required = false) @Size(max = 64) @Nullable String q,
            @RequestParam(required = false) @Nullable OrderStatus status,
            @RequestParam(required = false) @Nullable Flag flag,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Locale locale) {
        return DeskOrderResponses.page(desk.search(new OrderDesk.Criteria(q, status, flag, from, to), page, size), locale);
    }

    @GetMapping("/orders/{orderNo}")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "The order detail: lines, messages and notes, flag, times, receiver, shipments, price breakdown")
    OrderDetail get(@PathVariable String orderNo, Locale locale) {
        return detail(orderNo, locale);
    }

    @GetMapping("/members/{nickname}/orders")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "The member's newest orders (purchase record), for the member 360 view",
            description = "404 when no member has this nickname, as for the member's other endpoints.")
    List<OrderLine> memberOrders(@PathVariable @NotBlank String nickname,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit, Locale locale) {
        members.requireExists(nickname);
        return desk.recentOf(nickname, limit).stream().map(r -> DeskOrderResponses.line(r, locale)).toList();
    }

    record CancelLinesRequest(@NotEmpty @Size(max = 100) List<@NotNull Integer> lineNos, @NotBlank @Size(max = 200) String reason,
            @Nullable Long version) {
    }

    @PostMapping("/orders/{orderNo}/line-cancellations")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Cancel lines of an unpaid order (with a reason); the order is priced again")
    OrderDetail cancelLines(@PathVariable String orderNo, @Valid @RequestBody CancelLinesRequest r, Locale locale) {
        desk.cancelLines(orderNo, r.lineNos(), r.reason(), r.version());
        return detail(orderNo, locale);
    }

    record ReasonRequest(@NotBlank @Size(max = 200) String reason, @Nullable Long version) {
    }

    @PostMapping("/orders/{orderNo}/member-price")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Apply the member price (修改价格) to an unpaid order",
            description = "The system computes the price from the member's cumulative spend now; there is no way to type a price.")
    OrderDetail applyMemberPrice(@PathVariable String orderNo, @Valid @RequestBody ReasonRequest r, Locale locale) {
        desk.applyMemberPrice(orderNo, r.reason(), r.version());
        return detail(orderNo, locale);
    }

    record AttributesRequest(@NotNull @Min(1) Integer lineNo, @NotBlank @Size(max = 200) String attributes,
            @Nullable @Min(1) Integer quantity, @NotBlank @Size(max = 200) String note, @Nullable Long version) {
    }

    @PostMapping("/orders/{orderNo}/attribute-changes")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Change size/colour of a line of a paid, unshipped order; the note is required and the warehouse gets a task",
            description = "`quantity` units of the line change (all when omitted); fewer than all become a line of their own.")
    OrderDetail changeAttributes(@PathVariable String orderNo, @Valid @RequestBody AttributesRequest r, Locale locale) {
        desk.changeAttributes(orderNo, r.lineNo(), r.attributes(), r.quantity(), r.note(), r.version());
        return detail(orderNo, locale);
    }

    record AddressRequest(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 20) String phone,
            @NotBlank @Size(max = 20) String province, @Nullable @Size(max = 50) String city,
            @Nullable @Size(max = 50) String district, @NotBlank @Size(max = 200) String detail,
            @NotBlank @Size(max = 200) String reason, @Nullable Long version) {
    }

    @PutMapping("/orders/{orderNo}/address")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Change the receiving address before shipment",
            description = "An unpaid order is priced again; a paid order keeps its price, so the new address must be in "
                    + "the same shipping region, and the warehouse gets a task.")
    OrderDetail changeAddress(@PathVariable String orderNo, @Valid @RequestBody AddressRequest r, Locale locale) {
        desk.changeAddress(orderNo, new Receiver(r.name(), r.phone(), r.province(), r.city(), r.district(), r.detail()),
                r.reason(), r.version());
        return detail(orderNo, locale);
    }

    /** {@code reservedGoods} is optional: a plain note unless it says the goods are held (留货). */
    record NoteRequest(@NotBlank @Size(max = 500) String text, @Nullable Boolean reservedGoods) {
    }

    @PostMapping("/orders/{orderNo}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Add a seller note (卖家备注); a reserved-goods note (留货) is cleared when the order ships")
    OrderDetail addNote(@PathVariable String orderNo, @Valid @RequestBody NoteRequest r, Locale locale) {
        orders.addNote(orderNo, r.text(), Boolean.TRUE.equals(r.reservedGoods()));
        return detail(orderNo, locale);
    }

    record FlagRequest(@NotNull Flag flag, @Nullable Long version) {
    }

    @PutMapping("/orders/{orderNo}/flag")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Set the flag (旗帜): RED needs attention, BLUE normal / reserved / shipped, GREY none")
    OrderDetail setFlag(@PathVariable String orderNo, @Valid @RequestBody FlagRequest r, Locale locale) {
        desk.setFlag(orderNo, r.flag(), r.version());
        return detail(orderNo, locale);
    }

    record CloseRequest(@NotBlank @Size(max = 200) String consent, @NotBlank @Size(max = 200) String reason,
            @Nullable Long version) {
    }

    @PostMapping("/orders/{orderNo}/close")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Close an unpaid order with the customer's consent recorded (never without it)")
    OrderDetail close(@PathVariable String orderNo, @Valid @RequestBody CloseRequest r, Locale locale) {
        desk.closeWithConsent(orderNo, r.consent(), r.reason(), r.version());
        return detail(orderNo, locale);
    }

    record InvoiceRequest(@NotBlank @Size(max = 100) String title, @Nullable @Size(max = 20) String taxId,
            @Nullable Long version) {
    }

    @PostMapping("/orders/{orderNo}/invoice")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Record the buyer's invoice request (发票: title, tax id) on a paid order")
    OrderDetail requestInvoice(@PathVariable String orderNo, @Valid @RequestBody InvoiceRequest r, Locale locale) {
        desk.requestInvoice(orderNo, r.title(), r.taxId(), r.version());
        return detail(orderNo, locale);
    }

    @GetMapping("/orders/to-urge")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Unpaid orders to urge (催付): old enough and not urged yet, oldest first")
    OrderPage toUrge(@RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Locale locale) {
        return DeskOrderResponses.page(desk.toUrge(page, size), locale);
    }

    @PostMapping("/orders/{orderNo}/urge")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')")
    @Operation(summary = "Record that the buyer was urged to pay; each order at most once")
    OrderDetail urge(@PathVariable String orderNo, Locale locale) {
        desk.urge(orderNo);
        return detail(orderNo, locale);
    }

    private OrderDetail detail(String orderNo, Locale locale) {
        return DeskOrderResponses.detail(desk.detail(orderNo), viewer, locale);
    }
}
