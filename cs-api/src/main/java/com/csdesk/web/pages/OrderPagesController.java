package com.csdesk.web.pages;

import com.csdesk.audit.AuditTrail;
import com.csdesk.orders.Flag;
import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderDesk.DeskOrder;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.Receiver;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Province;
import com.csdesk.shared.Text;
import com.csdesk.web.desk.OrderMasking;
import com.csdesk.web.security.Viewer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The order pages: search with results as you type, the order page with the agents' actions (each
 * refusal shown in the page), the urge list, the member's orders on the 360 page, and the
 * warehouse's tasks. Form fields are optional here so that the order's own rules explain what is missing.
 */
@Controller
class OrderPagesController {

    private static final int PAGE_SIZE = 20;
    private static final int MEMBER_ORDERS = 10;
    private static final String AGENTS = "hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR')";

    private static final int AUDIT_LINES = 30;

    private final OrderDesk desk;
    private final OrderManagement orders;
    private final AuditTrail audit;
    private final Viewer viewer;

    OrderPagesController(OrderDesk desk, OrderManagement orders, AuditTrail audit, Viewer viewer) {
        this.desk = desk;
        this.orders = orders;
        this.audit = audit;
        this.viewer = viewer;
    }

    @ModelAttribute("fmt")
    OrderPageFormat format() {
        return OrderPageFormat.INSTANCE;
    }

    @GetMapping("/desk/orders")
    @PreAuthorize(AGENTS)
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("flags", Flag.values());
        return "orders/search";
    }

    @GetMapping("/desk/orders/results")
    @PreAuthorize(AGENTS)
    String results(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String flag, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q.strip();
        OrderDesk.Criteria criteria = new OrderDesk.Criteria(query.length() > 64 ? query.substring(0, 64) : query,
                status.isBlank() ? null : OrderStatus.valueOf(status), flag.isBlank() ? null : Flag.valueOf(flag),
                date(from, "from"), date(to, "to"));
        model.addAttribute("page", desk.search(criteria, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("filters", new Filters(query, status, flag, from, to));
        return "orders/results :: results";
    }

    @GetMapping("/desk/orders/{orderNo}")
    @PreAuthorize(AGENTS)
    String order(@PathVariable String orderNo, Model model) {
        return withOrder(orderNo, model, null, "orders/order");
    }

    @PostMapping("/desk/orders/{orderNo}/notes")
    @PreAuthorize(AGENTS)
    String addNote(@PathVariable String orderNo, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean reservedGoods, Model model) {
        orders.addNote(orderNo, text, reservedGoods);
        return withOrder(orderNo, model, "orders.done.note", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/flag")
    @PreAuthorize(AGENTS)
    String setFlag(@PathVariable String orderNo, @RequestParam Flag flag, @RequestParam(required = false) @Nullable Long version,
            Model model) {
        desk.setFlag(orderNo, flag, version);
        return withOrder(orderNo, model, "orders.done.flag", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/line-cancellations")
    @PreAuthorize(AGENTS)
    String cancelLines(@PathVariable String orderNo,
            @RequestParam(name = "lineNos", required = false) @Nullable List<Integer> lineNos,
            @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable Long version,
            Model model) {
        desk.cancelLines(orderNo, lineNos == null ? List.of() : lineNos, reason, version);
        return withOrder(orderNo, model, "orders.done.cancelled", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/member-price")
    @PreAuthorize(AGENTS)
    String applyMemberPrice(@PathVariable String orderNo, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable Long version, Model model) {
        desk.applyMemberPrice(orderNo, reason, version);
        return withOrder(orderNo, model, "orders.done.price", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/attribute-changes")
    @PreAuthorize(AGENTS)
    String changeAttributes(@PathVariable String orderNo, @RequestParam int lineNo,
            @RequestParam(defaultValue = "") String attributes, @RequestParam(required = false) @Nullable Integer quantity,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable Long version,
            Model model) {
        desk.changeAttributes(orderNo, lineNo, attributes, quantity, note, version);
        return withOrder(orderNo, model, "orders.done.attributes", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/address")
    @PreAuthorize(AGENTS)
    String changeAddress(@PathVariable String orderNo, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String province,
            @RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String detail, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable Long version, Model model) {
        desk.changeAddress(orderNo, new Receiver(name, phone, province, city, district, detail), reason, version);
        return withOrder(orderNo, model, "orders.done.address", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/close")
    @PreAuthorize(AGENTS)
    String close(@PathVariable String orderNo, @RequestParam(defaultValue = "") String consent,
            @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable Long version,
            Model model) {
        desk.closeWithConsent(orderNo, consent, reason, version);
        return withOrder(orderNo, model, "orders.done.closed", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/invoice")
    @PreAuthorize(AGENTS)
    String invoice(@PathVariable String orderNo, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String taxId, @RequestParam(required = false) @Nullable Long version,
            Model model) {
        desk.requestInvoice(orderNo, title, taxId, version);
        return withOrder(orderNo, model, "orders.done.invoice", "orders/order :: detail");
    }

    @PostMapping("/desk/orders/{orderNo}/urge")
    @PreAuthorize(AGENTS)
    String urgeFromOrder(@PathVariable String orderNo, Model model) {
        desk.urge(orderNo);
        return withOrder(orderNo, model, "orders.done.urged", "orders/order :: detail");
    }

    @GetMapping("/desk/orders/urge")
    @PreAuthorize(AGENTS)
    String urgeList(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", desk.toUrge(Math.max(0, page), PAGE_SIZE));
        return "orders/urge";
    }

    @PostMapping("/desk/orders/urge/{orderNo}")
    @PreAuthorize(AGENTS)
    String urge(@PathVariable String orderNo, Model model) {
        OrderView o = desk.urge(orderNo);
        model.addAttribute("o", o);
        return "orders/urge :: urged";
    }

    @GetMapping("/desk/members/{nickname}/orders")
    @PreAuthorize(AGENTS)
    String memberOrders(@PathVariable String nickname, Model model) {
        model.addAttribute("nickname", nickname);
        model.addAttribute("rows", desk.recentOf(nickname, MEMBER_ORDERS));
        return "orders/member :: list";
    }

    @GetMapping("/desk/warehouse")
    @PreAuthorize("hasRole('WAREHOUSE')")
    String warehouse(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("tasks", desk.warehouseTasks(open, 200));
        return "orders/warehouse";
    }

    @PostMapping("/desk/warehouse/tasks/{id}/confirm")
    @PreAuthorize("hasRole('WAREHOUSE')")
    String confirm(@PathVariable long id, Model model) {
        model.addAttribute("t", desk.confirmTask(id));
        return "orders/warehouse :: task";
    }

    private String withOrder(String orderNo, Model model, @Nullable String done, String view) {
        DeskOrder d = desk.detail(orderNo);
        OrderView o = d.order();
        Receiver r = o.receiver();
        model.addAttribute("d", d);
        model.addAttribute("o", o);
        model.addAttribute("phone", viewer.phone(r.phone()));
        String city = r.city() == null || r.city().startsWith(r.province()) && r.city().length() <= r.province().length() + 1
                ? "" : r.city();
        model.addAttribute("address", r.province() + " " + city + Objects.toString(r.district(), "") + " "
                + viewer.address(r.detail()));
        model.addAttribute("tasks", d.tasks().stream().map(t -> OrderMasking.task(t, viewer)).toList());
        model.addAttribute("unpaid", o.status() == OrderStatus.WAITING_PAYMENT);
        model.addAttribute("paidUnshipped", o.status() == OrderStatus.PAID
                && o.lines().stream().allMatch(l -> l.shippedQuantity() == 0));
        model.addAttribute("paid", o.paidAt() != null && o.status() != OrderStatus.CLOSED);
        model.addAttribute("flags", Flag.values());
        model.addAttribute("provinces", Province.domestic());
        model.addAttribute("done", done);
        // who changed what: an address change carries the addresses, shown to those who see addresses
        model.addAttribute("audit", audit.history("order", orderNo, AUDIT_LINES).stream()
                .map(e -> new AuditLine(e.at(), e.actor(), e.action(),
                        ADDRESS_CHANGED.equals(e.action()) && !viewer.seesAddress() ? null : e.after()))
                .toList());
        return view;
    }

    private static @Nullable LocalDate date(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-date", field, Text.of("日期无效:" + text, "Invalid date: " + text));
        }
    }

    private static final String ADDRESS_CHANGED = "order.address-changed";

    /** A line of the order's change log as the viewer may see it. */
    record AuditLine(java.time.Instant at, String actor, String action, @Nullable String after) {
    }

    /** The search's filters, carried by the pager. */
    record Filters(String q, String status, String flag, String from, String to) {
    }

}
