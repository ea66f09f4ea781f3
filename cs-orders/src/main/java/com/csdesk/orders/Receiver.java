package com.csdesk.orders;

import org.jspecify.annotations.Nullable;

/** The receiving address (收货地址) of an order. */
public record Receiver(String name, String phone, String province, @Nullable String city,
        @Nullable String district, String detail) {

    /** The address as one line, as it is compared with the lifetime-free-shipping address. */
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

    /**
     * Whether this is the given address written as one line, spaces aside: how the lifetime-free-shipping
     * address and the 3-day accumulation's "same address" are told.
     */
    public boolean isAt(@Nullable String addressLine) {
        return addressLine != null && compact(oneLine()).equals(compact(addressLine));
    }

    private static String compact(String address) {
        return address.replaceAll("\\s+", "");
    }
}
