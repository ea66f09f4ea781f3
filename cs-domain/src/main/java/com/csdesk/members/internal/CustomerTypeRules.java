package com.csdesk.members.internal;

import com.csdesk.members.CustomerType;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.util.Collection;
import java.util.stream.Collectors;

/** A member is one type per dimension at most: nobody is both 友善型 and 刁酸型. */
final class CustomerTypeRules {

    private CustomerTypeRules() {
    }

    static void requireOnePerDimension(Collection<CustomerType> types) {
        var clashes = types.stream().collect(Collectors.groupingBy(CustomerType::dimension)).entrySet().stream()
                .filter(e -> e.getValue().size() > 1).toList();
        if (!clashes.isEmpty()) {
            var clash = clashes.getFirst();
            String zh = clash.getValue().stream().map(t -> t.label().zh()).collect(Collectors.joining("、"));
            String en = clash.getValue().stream().map(t -> t.label().en()).collect(Collectors.joining(", "));
            throw new InvalidInputException("customer-type-clash", "types", Text.of(
                    clash.getKey().label().zh() + "只能选一种:" + zh,
                    "Choose one type " + clash.getKey().label().en().toLowerCase() + ", not " + en));
        }
    }
}
