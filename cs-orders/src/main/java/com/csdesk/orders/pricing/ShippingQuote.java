package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import com.csdesk.shared.Text;
import java.util.List;

/**
 * The shipping part of a quote (运费明细): carrier, region, the parcels with their fees, and the
 * free-shipping rule applied with the reason. The first shipment is the only one a free-shipping
 * rule covers; with in-stock goods first (现货先发) it holds the in-stock lines.
 *
 * @param region the region charged; for overseas forwarding, that of the forwarder's mainland address
 * @param baseFee the rate-table fee of all shipments, before the rule
 * @param fee what the buyer pays for shipping, all shipments together
 */
public record ShippingQuote(Carrier carrier, Region region, boolean overseasForwarding, List<Shipment> shipments,
        Money baseFee, Money fee, FreeShippingRule rule, Text explanation) {

    public ShippingQuote {
        shipments = List.copyOf(shipments);
    }
}
