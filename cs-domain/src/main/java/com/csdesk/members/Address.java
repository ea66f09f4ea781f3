package com.csdesk.members;

import org.jspecify.annotations.Nullable;

/** A receiving address (收货地址) of a member's address book; {@code province} is the short name (上海). */
public record Address(String receiver, String phone, String province, @Nullable String city,
        @Nullable String district, String detail, @Nullable String postalCode, boolean isDefault) {

    /** One line as printed on a waybill: province, city, district, street. */
    public String oneLine() {
        StringBuilder s = new StringBuilder(province);
        if (city != null && !city.equals(province)) {
            s.append(city);
        }
        if (district != null) {
            s.append(district);
        }
        return s.append(detail).toString();
    }
}
