package com.csdesk.web.pages;

import com.csdesk.members.Address;
import com.csdesk.members.CustomerType;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberView;
import com.csdesk.members.Note;
import com.csdesk.web.security.Viewer;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member pages: search with results as you type, and the member 360 page edited in place. */
@Controller
@RequestMapping("/desk/members")
class MemberPagesController {

    private static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Note.SHOP_ZONE);

    private final MemberManagement members;
    private final Viewer viewer;

    MemberPagesController(MemberManagement members, Viewer viewer) {
        this.members = members;
        this.viewer = viewer;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        return "members/search";
    }

    @GetMapping("/results")
    String results(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q.strip();
        model.addAttribute("q", query);
        model.addAttribute("page", query.isEmpty() ? null
                : members.search(query.length() > 64 ? query.substring(0, 64) : query, viewer.phoneSearch(),
                        Math.max(0, page), PAGE_SIZE)
                        .map(m -> new MemberRow(m.nickname(), m.realName(), viewer.phone(m.phone()), m.province(),
                                m.tier(), m.cumulativeSpend())));
        return "members/results :: results";
    }

    @GetMapping("/{nickname}")
    String member(@PathVariable String nickname, Model model) {
        MemberView m = members.get(nickname);
        model.addAttribute("phone", viewer.phone(m.phone()));
        model.addAttribute("registered", DATE_TIME.format(m.registeredAt()));
        model.addAttribute("lifetimeAddress", viewer.address(m.lifetimeFreeShippingAddress()));
        model.addAttribute("addresses", m.addresses().stream().map(this::row).toList());
        return withParts(m, model, "members/member");
    }

    @PostMapping("/{nickname}/tags")
    String addTag(@PathVariable String nickname, @RequestParam String tag, Model model) {
        return withParts(members.addTag(nickname, tag), model, "members/parts :: tags");
    }

    @DeleteMapping("/{nickname}/tags/{tag}")
    String removeTag(@PathVariable String nickname, @PathVariable String tag, Model model) {
        return withParts(members.removeTag(nickname, tag), model, "members/parts :: tags");
    }

    @PostMapping("/{nickname}/notes")
    String addNote(@PathVariable String nickname, @RequestParam String text, Model model) {
        return withParts(members.addNote(nickname, text), model, "members/parts :: notes");
    }

    @PutMapping("/{nickname}/customer-types")
    String setTypes(@PathVariable String nickname, @RequestParam(name = "types", required = false) @Nullable List<String> types,
            @RequestParam(required = false) @Nullable Long version, Model model) {
        Set<CustomerType> chosen = EnumSet.noneOf(CustomerType.class);
        if (types != null) {
            types.stream().filter(t -> !t.isBlank()).map(CustomerType::valueOf).forEach(chosen::add);
        }
        return withParts(members.setCustomerTypes(nickname, chosen, version), model, "members/parts :: types");
    }

    private String withParts(MemberView m, Model model, String view) {
        model.addAttribute("m", m);
        model.addAttribute("dimensions", CustomerType.Dimension.values());
        Map<CustomerType.Dimension, List<CustomerType>> byDimension = Arrays.stream(CustomerType.values())
                .collect(Collectors.groupingBy(CustomerType::dimension));
        model.addAttribute("typesByDimension", byDimension);
        return view;
    }

    private AddressRow row(Address a) {
        String text = Objects.requireNonNullElse(viewer.address(a.oneLine()), "");
        return new AddressRow(a.receiver(), viewer.phone(a.phone()), a.isDefault(), text);
    }

    /** A search result line with the phone as the viewer may see it. */
    record MemberRow(String nickname, @Nullable String realName, @Nullable String phone, @Nullable String province,
            com.csdesk.members.Tier tier, com.csdesk.shared.Money cumulativeSpend) {
    }

    /** An address line with phone and street as the viewer may see them. */
    record AddressRow(String receiver, @Nullable String phone, boolean isDefault, String text) {
    }
}
