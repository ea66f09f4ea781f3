package com.csdesk.orders.pricing;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import com.csdesk.shared.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shipping rate table (运费表): per carrier and region, the fee for the first kilogram and for each
 * additional kilogram. A carrier and region without an entry is "not offered". Admins edit it at
 * run time, so the orders module loads it from the database; {@link #defaults()} is the shop's
 * starting table.
 */
public record RateTable(List<Entry> entries) {

    /**
     * One cell of the table (运费标准). A zero additional-kg fee means the buyer pays the first weight
     * only (首重), as with ZTO in regions A and B.
     */
    public record Entry(Carrier carrier, Region region, Money firstKgFee, Money additionalKgFee) {

        public Entry {
            if (carrier.isRefused()) {
                throw new InvalidInputException("invalid-rate-table", "carrier",
                        Text.of("运费表不能包含" + carrier.zh() + ":本店不发" + carrier.zh(),
                                "The rate table cannot list " + carrier.en() + ": the shop refuses it"));
            }
            requireNotNegative(firstKgFee, "firstKgFee", carrier, region);
            requireNotNegative(additionalKgFee, "additionalKgFee", carrier, region);
        }

        /**
         * The fee for a parcel of the given chargeable weight (whole kilograms, at least 1). With ZTO the buyer
         * pays the first weight only, except in remote regions, whatever the cell's additional-kg fee says.
         */
        public Money feeFor(int weightKg) {
            if (!chargesContinuedWeight()) {
                return firstKgFee;
            }
            return firstKgFee.plus(additionalKgFee.times(weightKg - 1));
        }

        private boolean chargesContinuedWeight() {
            return carrier != Carrier.ZTO || region == Region.REMOTE;
        }

        /** Refuses a cell the shipping rules would ignore: a continued-weight fee for ZTO outside remote regions. */
        public void requireMeaningful() {
            if (!chargesContinuedWeight() && additionalKgFee.isPositive()) {
                throw new InvalidInputException("invalid-rate-table", "additionalKgFee", Text.of(
                        carrier.zh() + "发往" + region.zh() + "只收首重,续重费须为 0",
                        carrier.en() + " to " + region.en() + " charges the first kilogram only; its additional-kg fee is 0"));
            }
        }

        private static void requireNotNegative(Money fee, String field, Carrier carrier, Region region) {
            if (fee.isNegative()) {
                throw new InvalidInputException("invalid-rate-table", field,
                        Text.of(carrier.zh() + "发往" + region.zh() + "的运费不能为负数:" + fee,
                                carrier.en() + " fee to " + region.en() + " cannot be negative: " + fee));
            }
        }
    }

    public RateTable {
        entries = List.copyOf(entries);
        Set<String> cells = new HashSet<>();
        for (Entry entry : entries) {
            if (!cells.add(entry.carrier() + "/" + entry.region())) {
                throw new InvalidInputException("invalid-rate-table", "entries",
                        Text.of("运费表中" + entry.carrier().zh() + "发往" + entry.region().zh() + "出现了两次",
                                "The rate table lists " + entry.carrier().en() + " to " + entry.region().en()
                                        + " twice"));
            }
        }
    }

    /** The shop's default table (DOMAIN 3.3); cells left out are not offered. */
    public static RateTable defaults() {
        List<Entry> entries = new ArrayList<>();
        // ZTO charges the first weight only in A and B, continued weight in remote regions.
        entries.add(entry(Carrier.ZTO, Region.A, 6, 0));
        entries.add(entry(Carrier.ZTO, Region.B, 8, 0));
        entries.add(entry(Carrier.ZTO, Region.REMOTE, 15, 10));
        entries.add(entry(Carrier.SF, Region.A, 12, 2));
        entries.add(entry(Carrier.SF, Region.B, 12, 2));
        entries.add(entry(Carrier.SF, Region.REMOTE, 20, 8));
        entries.add(entry(Carrier.SF, Region.HK_MO_TW, 30, 10));
        entries.add(entry(Carrier.EMS, Region.A, 20, 6));
        entries.add(entry(Carrier.EMS, Region.B, 20, 6));
        entries.add(entry(Carrier.EMS, Region.REMOTE, 20, 6));
        // Listed although HK/MO/TW ship by SF only: the rate is the carrier's, the restriction the shop's.
        entries.add(entry(Carrier.EMS, Region.HK_MO_TW, 40, 10));
        entries.add(entry(Carrier.EMS, Region.OVERSEAS, 150, 50));
        return new RateTable(entries);
    }

    private static Entry entry(Carrier carrier, Region region, long firstKgFee, long additionalKgFee) {
        return new Entry(carrier, region, Money.of(firstKgFee), Money.of(additionalKgFee));
    }

    /** The rate of a carrier to a region; empty when the carrier does not go there. */
    public Optional<Entry> find(Carrier carrier, Region region) {
        return entries.stream()
                .filter(entry -> entry.carrier() == carrier && entry.region() == region)
                .findFirst();
    }
}
