package com.csdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** CS Desk (客服工作台): the storefront, desk and ops APIs and the desk pages, in one application. */
@SpringBootApplication
public class CsDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(CsDeskApplication.class, args);
    }
}
