package com.csdesk.web.pages;

import com.csdesk.staff.StaffManagement;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in and the desk's home page. */
@Controller
class HomePageController {

    private final StaffManagement staff;

    HomePageController(StaffManagement staff) {
        this.staff = staff;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String root() {
        return "redirect:/desk";
    }

    @GetMapping("/desk")
    String home(Authentication auth, Model model) {
        model.addAttribute("me", staff.find(auth.getName()).orElseThrow());
        return "home";
    }

    @GetMapping("/desk/team")
    String team(Model model) {
        model.addAttribute("staff", staff.list());
        return "team/team";
    }
}
